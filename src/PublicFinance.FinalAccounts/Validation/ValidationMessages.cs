namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The message catalogue of the validator (校验消息目录): every bilingual (Chinese and English) message that the rule
/// descriptors, the relation data, the code rules, the conformance suite and the JSON writer throw or report is
/// written here once. Tests assert against these members, so a reworded message changes in one place.
/// </summary>
/// <remarks>
/// <para>
/// One partial class, one file per subject: this file holds the errors of the validator's own data and declarations,
/// <c>ValidationMessages.Findings.cs</c> the code rules' findings and check labels, <c>ValidationMessages.Conformance.cs</c>
/// the conformance suite's errors and the words of its differences. A new subject (e.g. the relation engine's errors)
/// is a new part, <c>ValidationMessages.&lt;Subject&gt;.cs</c>.
/// </para>
/// <para>
/// Shapes: a message thrown in an exception is one string, English then Chinese; a finding is a
/// <c>(string Zh, string En)</c> pair because a <see cref="Diagnostic"/> carries the two languages apart. Fixed
/// messages are constants or read-only fields, messages with figures are methods. The wording is observable behaviour
/// (the conformance suite, the sample's findings and the CLI print it): change it here only on purpose. Messages built
/// from the rule catalogue's titles and the relations' declared outcomes stay data in <c>RuleCatalogue*.cs</c>.
/// </para>
/// </remarks>
internal static partial class ValidationMessages
{
    /// <summary>A rule id that is not <c>FA</c> and four characters.</summary>
    public const string RuleIdForm = "A rule id has the form FA0000. 规则编号格式为 FA0000。";

    /// <summary>A source span that does not start at 1:1 or ends before it starts.</summary>
    public const string SpanOutOfOrder =
        "A span starts at line 1, column 1 and does not end before it starts. 位置必须从第 1 行第 1 列起，且终点不早于起点。";

    /// <summary>A named figure of a condition relation with both or neither of its two forms.</summary>
    public const string NamedFigureForm = "A named figure has firstOf or sum. 命名数字须给出 firstOf 或 sum 之一。";

    /// <summary>The comment at the top of the generated rule files (catalogue.json, relations.json).</summary>
    public const string GeneratedFileComment =
        "Generated from PublicFinance.FinalAccounts.Validation.RuleCatalogue. Do not edit. 由代码生成，请勿手改。";

    /// <summary>Two rules of the catalogue with one id.</summary>
    /// <param name="id">The repeated id.</param>
    /// <returns>The message.</returns>
    public static string DuplicateRuleId(string id) => "Duplicate rule id " + id + ". 规则编号重复。";

    /// <summary>A share rule's ratio whose numerator is not the share's own amount (a declaration error).</summary>
    /// <param name="percent">The share's percent pointer.</param>
    /// <returns>The message.</returns>
    public static string ShareNumeratorNotOwnAmount(string percent) =>
        "A share's numerator must be its own amount: " + percent + ". 占比的分子必须是其本身的金额：" + percent + "。";

    /// <summary>A data file embedded in the assembly that is not there (a broken build).</summary>
    /// <param name="resourceName">The file's name, e.g. <c>required-parts.tsv</c>.</param>
    /// <returns>The message.</returns>
    public static string EmbeddedDataMissing(string resourceName) =>
        "The embedded data file " + resourceName + " is missing. 缺少内置数据文件。";

    /// <summary>A line of an embedded data file with another number of cells than its header.</summary>
    /// <param name="resourceName">The file's name.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="expected">The header's cells.</param>
    /// <param name="found">The line's cells.</param>
    /// <returns>The message.</returns>
    public static string DataFileColumns(string resourceName, int lineNumber, int expected, int found) =>
        $"{resourceName} line {lineNumber}: expected {expected} columns, found {found}. 数据文件第 {lineNumber} 行列数不符。";

    /// <summary>A kind in <c>required-parts.tsv</c> other than table, section or detail.</summary>
    /// <param name="kind">The kind as written.</param>
    /// <returns>The message.</returns>
    public static string UnknownRequiredPartKind(string kind) =>
        "required-parts.tsv: unknown kind " + kind + ". 未知的类型“" + kind + "”。";
}
