using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using Differences = PublicFinance.FinalAccounts.Validation.ValidationMessages.Differences;

namespace PublicFinance.FinalAccounts.Validation.Conformance;

/// <summary>
/// A portable conformance suite (一致性测试集, docs/conformance): a manifest with versions and one entry per case file,
/// each case a report with options and every diagnostic and some rule outcomes a validator must produce, or a bad
/// document with the kind of error a reader must report. <see cref="Run"/> runs every case through a
/// <see cref="Validator"/> and reports, per case, pass or the differences.
/// </summary>
/// <remarks>
/// A validator restricted to some rules (<see cref="Validator.WithRules"/>, e.g. only the relations) runs the cases whose
/// scope meets its rules and compares only the diagnostics and outcomes of its rules: no more, no fewer among them.
/// </remarks>
public sealed class ConformanceSuite
{
    /// <summary>The error kind of a document that is not JSON text.</summary>
    public const string NotJson = "notJson";

    /// <summary>
    /// The error kind of JSON with a repeated member name in one object (the schema cannot see it; the reader refuses it).
    /// </summary>
    public const string DuplicateName = "duplicateName";

    /// <summary>The error kind of JSON that the published schema rejects (and so the reader).</summary>
    public const string SchemaInvalid = "schemaInvalid";

    private ConformanceSuite(
        string directory, string suiteVersion, string schemaVersion, string rulesVersion, IReadOnlyList<ConformanceCase> cases)
    {
        Directory = directory;
        SuiteVersion = suiteVersion;
        SchemaVersion = schemaVersion;
        RulesVersion = rulesVersion;
        Cases = cases;
    }

    /// <summary>The suite directory (the one holding manifest.json).</summary>
    public string Directory { get; }

    /// <summary>The version of the suite itself (套件版本).</summary>
    public string SuiteVersion { get; }

    /// <summary>The report schema version the cases are written in ("1.0").</summary>
    public string SchemaVersion { get; }

    /// <summary>The version of the rules specification the expectations follow (docs/rules/spec.md).</summary>
    public string RulesVersion { get; }

    /// <summary>The cases, in manifest order.</summary>
    public IReadOnlyList<ConformanceCase> Cases { get; }

    /// <summary>Loads the suite whose manifest.json is in <paramref name="directory"/>.</summary>
    /// <param name="directory">The suite directory (docs/conformance).</param>
    /// <returns>The suite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ConformanceSuiteException">
    /// The manifest is missing or malformed, or lists a case file that does not exist.
    /// </exception>
    public static ConformanceSuite Load(string directory)
    {
        if (directory is null)
        {
            throw new ArgumentNullException(nameof(directory));
        }

        var manifestPath = Path.Combine(directory, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new ConformanceSuiteException(ValidationMessages.NoManifest(directory));
        }

        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath, Encoding.UTF8));
            var root = manifest.RootElement;
            var cases = new List<ConformanceCase>();
            var index = 0;
            foreach (var entry in Member(root, "cases", JsonValueKind.Array, "manifest.json").EnumerateArray())
            {
                var where = "manifest.json cases[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                var file = Member(entry, "file", JsonValueKind.String, where).GetString()!;
                if (file.Length == 0 || Path.IsPathRooted(file) || file.Split('/').Contains("..")
                    || !File.Exists(Path.Combine(directory, file)))
                {
                    throw new ConformanceSuiteException(ValidationMessages.CaseFileMissing(where, file));
                }

                var features = entry.TryGetProperty("features", out var f) ? Strings(f, where + ".features") : [];
                cases.Add(new ConformanceCase
                {
                    File = file,
                    Scope = Strings(Member(entry, "scope", JsonValueKind.Array, where), where + ".scope"),
                    Required = Member(entry, "required", JsonValueKind.True, where).GetBoolean(),
                    Features = features,
                });
                index++;
            }

            return new ConformanceSuite(
                directory,
                Member(root, "suiteVersion", JsonValueKind.String, "manifest.json").GetString()!,
                Member(root, "schemaVersion", JsonValueKind.String, "manifest.json").GetString()!,
                Member(root, "rulesVersion", JsonValueKind.String, "manifest.json").GetString()!,
                cases);
        }
        catch (JsonException ex)
        {
            throw new ConformanceSuiteException(ValidationMessages.ManifestNotJson(ex.Message), ex);
        }
        catch (IOException ex)
        {
            throw new ConformanceSuiteException(ValidationMessages.SuiteUnreadable(ex.Message), ex);
        }
    }

    /// <summary>Runs every case through <paramref name="validator"/> (its rules; each case's own options).</summary>
    /// <param name="validator">The validator; its options are replaced by each case's options.</param>
    /// <returns>One result per case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
    /// <exception cref="ConformanceSuiteException">A case file is malformed.</exception>
    public ConformanceRun Run(Validator validator)
    {
        if (validator is null)
        {
            throw new ArgumentNullException(nameof(validator));
        }

        var implemented = new HashSet<string>(validator.Rules.Select(r => r.Descriptor.Id), StringComparer.Ordinal);
        return new ConformanceRun { Results = Cases.Select(c => RunCase(c, validator, implemented)).ToList() };
    }

    private ConformanceCaseResult RunCase(ConformanceCase @case, Validator validator, HashSet<string> implemented)
    {
        if (@case.Scope.Count > 0 && !@case.Scope.Any(implemented.Contains))
        {
            return new ConformanceCaseResult { Case = @case, Ran = false, Differences = Array.Empty<string>() };
        }

        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(Directory, @case.File), Encoding.UTF8);
        }
        catch (IOException ex)
        {
            throw new ConformanceSuiteException(ValidationMessages.CaseUnreadable(@case.File, ex.Message), ex);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var differences = root.TryGetProperty("expectedError", out var expectedError)
                ? CheckBadDocument(root, expectedError, @case.File)
                : CheckReport(root, validator, implemented, @case.File);
            return new ConformanceCaseResult { Case = @case, Ran = true, Differences = differences };
        }
        catch (JsonException ex)
        {
            throw new ConformanceSuiteException(ValidationMessages.CaseNotJson(@case.File, ex.Message), ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or ArgumentException or FormatException)
        {
            throw new ConformanceSuiteException(ValidationMessages.CaseInvalid(@case.File, ex.Message), ex);
        }
    }

    private static List<string> CheckReport(JsonElement root, Validator validator, HashSet<string> implemented, string file)
    {
        var differences = new List<string>();
        var reportText = Member(root, "report", JsonValueKind.Object, file).GetRawText();
        if (!FinalAccountsJson.TryDeserialize(reportText, out var report, out var error))
        {
            differences.Add(Differences.ReportUnreadable(error!.Message));
            return differences;
        }

        FinalAccountsReport? previous = null;
        if (root.TryGetProperty("previousReport", out var previousNode))
        {
            if (!FinalAccountsJson.TryDeserialize(previousNode.GetRawText(), out previous, out error))
            {
                differences.Add(Differences.PreviousReportUnreadable(error!.Message));
                return differences;
            }
        }

        var run = validator.WithOptions(ReadOptions(root, file));
        var result = previous is null ? run.Validate(report!) : run.Validate(report!, previous);

        var expected = Member(root, "expected", JsonValueKind.Array, file).EnumerateArray()
            .Select(e => (Rule: e.GetProperty("ruleId").GetString()!, Key: ExpectedKey(e)))
            .Where(e => implemented.Contains(e.Rule)).Select(e => e.Key).ToList();
        var actual = result.Diagnostics
            .Select(d => Key(d.RuleId, Camel(d.Severity.ToString()), d.Pointers)).ToList();
        foreach (var key in Except(expected, actual))
        {
            differences.Add(Differences.Missing(key));
        }

        foreach (var key in Except(actual, expected))
        {
            differences.Add(Differences.Unexpected(key));
        }

        if (root.TryGetProperty("coverage", out var coverage))
        {
            foreach (var rule in coverage.EnumerateObject().Where(p => implemented.Contains(p.Name)))
            {
                var outcome = result.CoverageOf(rule.Name) is { } c ? Camel(c.Outcome.ToString()) : "absent";
                if (outcome != rule.Value.GetString())
                {
                    differences.Add(Differences.Coverage(rule.Name, rule.Value.GetString(), outcome));
                }
            }
        }

        return differences;
    }

    private static List<string> CheckBadDocument(JsonElement root, JsonElement expectedError, string file)
    {
        var expectedKind = Member(expectedError, "kind", JsonValueKind.String, file + " expectedError").GetString()!;
        var expectedPointer = expectedError.TryGetProperty("pointer", out var p) ? p.GetString() : null;
        var text = root.TryGetProperty("documentText", out var raw)
            ? raw.GetString()!
            : Member(root, "document", JsonValueKind.Undefined, file).GetRawText();

        string kind;
        string? pointer = null;
        if (!IsJson(text, out var duplicate))
        {
            kind = NotJson;
        }
        else if (duplicate)
        {
            kind = DuplicateName;
        }
        else if (!FinalAccountsJson.TryDeserialize(text, out _, out var error))
        {
            kind = SchemaInvalid;
            pointer = ToPointer(error!.Path);
        }
        else
        {
            kind = "accepted";
        }

        var differences = new List<string>();
        if (kind != expectedKind)
        {
            differences.Add(Differences.ErrorKind(expectedKind, kind));
        }
        else if (expectedPointer is not null && pointer != expectedPointer)
        {
            differences.Add(Differences.ErrorLocation(expectedPointer, pointer));
        }

        return differences;
    }

    private static bool IsJson(string text, out bool duplicate)
    {
        duplicate = false;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
            duplicate = HasDuplicateName(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasDuplicateName(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).Any(g => g.Count() > 1)
            || element.EnumerateObject().Any(p => HasDuplicateName(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HasDuplicateName),
        _ => false,
    };

    /// <summary>The JSON Pointer of a reader error path: $.a.b[0].c → /a/b/0/c.</summary>
    internal static string? ToPointer(string? path)
    {
        if (path is null || path.Length == 0 || path[0] != '$')
        {
            return null;
        }

        var pointer = new StringBuilder();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                pointer.Append('/').Append(JsonPointer.Escape(path.Substring(i + 1, end - i - 1)));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                pointer.Append('/').Append(JsonPointer.Escape(path.Substring(i + 2, end - i - 2)));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                pointer.Append('/').Append(path.Substring(i + 1, end - i - 1));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    /// <summary>The validation options of a case (its <c>options</c> member; defaults when absent).</summary>
    internal static ValidationOptions ReadOptions(JsonElement root, string file)
    {
        var options = ValidationOptions.Default;
        if (!root.TryGetProperty("options", out var node))
        {
            return options;
        }

        foreach (var option in node.EnumerateObject())
        {
            options = option.Name switch
            {
                "rounding" => options with { Rounding = EnumValue<RoundingMode>(option.Value, file) },
                "allowTruncatedPercentages" => options with { AllowTruncatedPercentages = option.Value.GetBoolean() },
                "reportRoundingDifferences" => options with { ReportRoundingDifferences = option.Value.GetBoolean() },
                "linkConsequences" => options with { LinkConsequences = option.Value.GetBoolean() },
                "scope" => options with { Scope = EnumValue<InputScope>(option.Value, file) },
                "unitType" => options with { UnitType = EnumValue<UnitType>(option.Value, file) },
                "catalogue" => options with
                {
                    Catalogue = ClassificationCatalogue.Load(
                        new StringReader(string.Join("\n", option.Value.EnumerateArray().Select(l => l.GetString())))),
                },
                "severityOverrides" => options with
                {
                    SeverityOverrides = option.Value.EnumerateObject()
                        .ToDictionary(p => p.Name, p => EnumValue<Severity>(p.Value, file), StringComparer.Ordinal),
                },
                _ => throw new ConformanceSuiteException(ValidationMessages.UnknownOption(file, option.Name)),
            };
        }

        return options;
    }

    private static T EnumValue<T>(JsonElement value, string file)
        where T : struct, Enum
    {
        var text = value.GetString() ?? string.Empty;
#if NET5_0_OR_GREATER
        foreach (var member in Enum.GetValues<T>())
#else
        foreach (T member in Enum.GetValues(typeof(T)))
#endif
        {
            if (Camel(member.ToString()) == text)
            {
                return member;
            }
        }

        throw new ConformanceSuiteException(ValidationMessages.InvalidOptionValue(file, text, typeof(T).Name));
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>The key of an expected diagnostic of a case (rule id, severity, pointers).</summary>
    private static string ExpectedKey(JsonElement expected) => Key(
        expected.GetProperty("ruleId").GetString()!,
        expected.GetProperty("severity").GetString()!,
        expected.GetProperty("pointers").EnumerateArray().Select(p => p.GetString()!));

    private static string Key(string ruleId, string severity, IEnumerable<string> pointers) =>
        ruleId + " " + severity + " " + string.Join(",", pointers);

    /// <summary>The multiset difference a − b, in the order of a.</summary>
    private static IEnumerable<string> Except(List<string> a, List<string> b)
    {
        var counts = b.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var key in a)
        {
            if (counts.TryGetValue(key, out var n) && n > 0)
            {
                counts[key] = n - 1;
            }
            else
            {
                yield return key;
            }
        }
    }

    private static string[] Strings(JsonElement array, string where)
        => array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. array.EnumerateArray().Select(e => e.GetString()!)]
            : throw new ConformanceSuiteException(ValidationMessages.ExpectedStringArray(where));

    private static JsonElement Member(JsonElement element, string name, JsonValueKind kind, string where)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            throw new ConformanceSuiteException(ValidationMessages.MemberMissing(where, name));
        }

        var ok = kind switch
        {
            JsonValueKind.Undefined => true,
            JsonValueKind.True => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => value.ValueKind == kind,
        };
        return ok ? value : throw new ConformanceSuiteException(ValidationMessages.MemberKind(where, name, kind, value.ValueKind));
    }
}
