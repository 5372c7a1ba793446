using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Performance;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The string and sign constraints of the published schema that the model itself does not enforce (it stays a faithful
/// record): non-empty names, the schema version, ISO dates, http(s) addresses and unsigned magnitudes. The reader (<see
/// cref="FinalAccountsJson"/>) applies them while reading and the schema generator of the tests
/// writes the same patterns into the schema, so both accept exactly the same documents (docs/schema-versioning.md).
/// </summary>
internal static class JsonContract
{
    /// <summary>
    /// The schema versions a 1.15 reader accepts: "1.0" to "1.15" (a 1.x reader accepts every earlier 1.x document; schema
    /// 1.10 was the first minor of two digits, and "1.01", "1.00" or "1.16" stays refused).
    /// </summary>
    public const string SchemaVersionPattern = "^1\\.(?:[0-9]|1[0-5])$";

    /// <summary>A calendar date yyyy-MM-dd of the years 1900–2999, leap years included (2024-02-29 yes, 2100-02-29 no).</summary>
    public const string DatePattern =
        "^(?:(?:19|2[0-9])[0-9]{2}-"
        + "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:(?:19|2[0-9])(?:0[48]|[2468][048]|[13579][26])|(?:20|24|28)00)-02-29)$";

    /// <summary>
    /// An absolute http or https address in RFC 3986 characters (IRIs percent-encoded): host, optional port, path, query, fragment.
    /// </summary>
    public const string UriPattern =
        "^https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:[/?#](?:[A-Za-z0-9._~:/?#@!$&'()*+,;=\\[\\]-]|%[0-9A-Fa-f]{2})*)?$";

    /// <summary>
    /// A figure written without sign (magnitudes such as 增减额 and weights), within the numeric contract of docs/numbers.md.
    /// </summary>
    public const string UnsignedNumberPattern = "^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,12})?$";

    /// <summary>The JSON names of string members that must not be empty (names, reasons, labels, glossary entries).</summary>
    private static readonly HashSet<string> NonEmptyMembers = new(StringComparer.Ordinal)
    {
        "name", "className", "sectionName", "reason", "label", "term", "definition",
    };

    /// <summary>
    /// The JSON Schema pattern of a string that holds a character other than white space: .NET's white space
    /// (<see cref="char.IsWhiteSpace(char)"/>) written out, so that the schema refuses exactly what the model refuses
    /// (ECMA-262's <c>\S</c> differs on U+0085 and U+FEFF). Unanchored: one such character anywhere suffices.
    /// </summary>
    public const string NonBlankPattern = "[^\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

    /// <summary>String members whose model refuses white space only (the type, the JSON name).</summary>
    private static readonly HashSet<(Type Type, string Member)> NonBlankMembers = new()
    {
        (typeof(Model.Narrative.OperatingExpenseComponent), "name"),
    };

    // Each pattern is compiled the first time a value of its member is read: start-up (one report, one process) does
    // not pay for the date and address patterns when the report has no such member.
    private static readonly Dictionary<string, Lazy<Regex>> Patterns = new(StringComparer.Ordinal)
    {
        ["schemaVersion"] = new(() => Anchored(SchemaVersionPattern)),
        ["publishedOn"] = new(() => Anchored(DatePattern)),
        ["url"] = new(() => Anchored(UriPattern)),
    };

    private static readonly HashSet<(Type Type, string Member)> Unsigned = new()
    {
        (typeof(YearOverYearChange), "amount"), (typeof(YearOverYearChange), "rate"), (typeof(BudgetComparison), "difference"),
        (typeof(FundLine), "weight"), (typeof(FundLine), "score"),
        (typeof(PerformanceIndicator), "weight"), (typeof(PerformanceIndicator), "score"),
        (typeof(PerformanceEvaluation), "totalWeight"), (typeof(PerformanceEvaluation), "totalScore"),
        (typeof(PerformanceStatement), "selfEvaluationScore"), (typeof(PerformanceStatement), "averageProjectScore"),
        (typeof(Model.Narrative.SmeKindContracts), "share"),
        (typeof(Model.Narrative.ProcurementStatement), "microSmallShareOfSme"),
        (typeof(Model.Narrative.ProcurementStatement), "budget"), (typeof(Model.Narrative.ProcurementStatement), "savings"),
        (typeof(Model.Narrative.ProcurementStatement), "savingsRate"),
        (typeof(Model.Narrative.AssetsStatement), "currentAssetsValue"), (typeof(Model.Narrative.AssetsStatement), "fixedAssetsValue"),
        (typeof(Model.Narrative.AssetsStatement), "intangibleAssetsValue"), (typeof(Model.Narrative.AssetsStatement), "otherAssetsValue"),
        (typeof(PerformanceStatement), "evaluationCoverage"), (typeof(KeyEvaluation), "score"),
        (typeof(Model.Narrative.EquipmentHolding), "value"), (typeof(Model.Narrative.ExpenditureStatement), "otherProjects"),
        (typeof(Model.Narrative.GeneralBudgetStatement), "otherItems"),
    };

    /// <summary>
    /// Whether a string member must not be empty: names, reasons, labels and glossary entries — except the entity's
    /// name, which the model requires and the text reader leaves empty (with a note) when a disclosure's title names
    /// no entity, so that the rest of the report is kept.
    /// </summary>
    public static bool IsNonEmpty(Type declaringType, string member)
        => NonEmptyMembers.Contains(member) && !(declaringType == typeof(ReportingEntity) && member == "name");

    /// <summary>The pattern a string member must match (by JSON name), or null.</summary>
    public static string? PatternOf(string member) => member switch
    {
        "schemaVersion" => SchemaVersionPattern,
        "publishedOn" => DatePattern,
        "url" => UriPattern,
        _ => null,
    };

    /// <summary>The JSON Schema <c>format</c> annotation of a string member, or null.</summary>
    public static string? FormatOf(string member) => member switch
    {
        "publishedOn" => "date",
        "url" => "uri",
        _ => null,
    };

    /// <summary>An example value of a constrained string member, or null.</summary>
    public static string? ExampleOf(string member) => member switch
    {
        "schemaVersion" => "1.15",
        "publishedOn" => "2025-08-29",
        "url" => "https://www.urumqi.gov.cn/fjbm/zfbgt/2024/final-accounts.html",
        _ => null,
    };

    /// <summary>Whether a member of an object type is a magnitude written without sign.</summary>
    public static bool IsUnsigned(Type declaringType, string member) => Unsigned.Contains((declaringType, member));

    /// <summary>Whether a string member must hold a character other than white space (<see cref="NonBlankPattern"/>).</summary>
    public static bool IsNonBlank(Type declaringType, string member) => NonBlankMembers.Contains((declaringType, member));

    /// <summary>Whether a string member has a constraint checked by <see cref="CheckString(string, string, bool)"/>.</summary>
    public static bool IsConstrained(Type declaringType, string member)
        => IsNonEmpty(declaringType, member) || Patterns.ContainsKey(member) || IsNonBlank(declaringType, member);

    /// <summary>The error for a string member's value, or null when it is acceptable.</summary>
    /// <param name="member">The JSON name of the member.</param>
    /// <param name="value">The value.</param>
    /// <param name="nonBlank">Whether the member must hold a character other than white space.</param>
    /// <returns>The error, or null.</returns>
    public static string? CheckString(string member, string value, bool nonBlank)
        => CheckString(member, value) ?? (nonBlank && string.IsNullOrWhiteSpace(value) ? Messages.JsonMemberBlank(member) : null);

    /// <summary>The error for a string member's value, or null when it is acceptable.</summary>
    public static string? CheckString(string member, string value)
    {
        if (value.Length == 0 && NonEmptyMembers.Contains(member))
        {
            return $"Expected a non-empty {member}; omit an optional member instead of writing \"\". {member} 不能为空字符串。";
        }

        if (Patterns.TryGetValue(member, out var regex) && !regex.Value.IsMatch(value))
        {
            var what = member switch
            {
                "schemaVersion" => ("a schema version \"1.0\" to \"1.5\"", "模式版本应为 \"1.0\" 至 \"1.5\""),
                "publishedOn" => ("a calendar date yyyy-MM-dd (years 1900–2999)", "应为有效日期 yyyy-MM-dd"),
                _ => ("an absolute http(s) address in URI characters (percent-encode others)", "应为 http(s) 绝对地址，其他字符须百分号编码"),
            };
            return $"Expected {what.Item1}, found \"{value}\". {what.Item2}，实际为“{value}”。";
        }

        return null;
    }

    /// <summary>Compiles a schema pattern with the meaning of ECMA-262: "$" is the end of the text, not before a final newline.</summary>
    private static Regex Anchored(string pattern)
        => new(pattern.Substring(0, pattern.Length - 1) + "\\z", RegexOptions.CultureInvariant);
}
