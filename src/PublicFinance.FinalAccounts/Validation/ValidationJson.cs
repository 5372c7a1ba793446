using System.Text.Encodings.Web;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Writes validation results and the rule catalogue as JSON (校验结果与规则目录的 JSON 输出): deterministic, camelCase,
/// numbers as JSON numbers carrying their written decimals, indented with two spaces.
/// </summary>
public static class ValidationJson
{
    private static readonly JsonWriterOptions WriterOptions =
        new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a result: counts, diagnostics and per-rule coverage.</summary>
    /// <param name="result">The result.</param>
    /// <returns>JSON text ending with a newline.</returns>
    public static string Write(ValidationResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        return WriteWith(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("errors", result.ErrorCount);
            w.WriteNumber("warnings", result.WarningCount);
            w.WriteNumber("infos", result.InfoCount);
            w.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                WriteDiagnostic(w, d);
            }

            w.WriteEndArray();
            if (result.Verifications.Count > 0)
            {
                WriteVerifications(w, result.Verifications);
            }

            WriteCoverage(w, result.Coverage);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the <c>"verifications"</c> member: every recorded arithmetic check (复核记录) with its rule, outcome,
    /// pointers and stated/computed intervals — as <see cref="Write(ValidationResult)"/> writes it.
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="verifications">The verifications.</param>
    public static void WriteVerifications(Utf8JsonWriter writer, IReadOnlyList<Verification> verifications) =>
        WriteObjects(writer, "verifications", verifications, nameof(verifications), static (w, v) =>
        {
            w.WriteString(Names.RuleId, v.RuleId);
            w.WriteString(Names.Outcome, Names.Outcomes[(int)v.Outcome]);
            WriteStrings(w, Names.Pointers, v.Pointers);
            WriteInterval(w, Names.Stated, v.Stated);
            WriteInterval(w, Names.Computed, v.Computed);
        });

    /// <summary>
    /// Writes the <c>"coverage"</c> member: each rule's outcome and counts (规则覆盖) — as
    /// <see cref="Write(ValidationResult)"/> writes it.
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="coverage">The per-rule coverage.</param>
    public static void WriteCoverage(Utf8JsonWriter writer, IReadOnlyList<RuleCoverage> coverage) =>
        WriteObjects(writer, "coverage", coverage, nameof(coverage), static (w, c) =>
        {
            w.WriteString(Names.RuleId, c.Rule.Id);
            w.WriteString(Names.Outcome, Names.Outcomes[(int)c.Outcome]);
            w.WriteNumber(Names.Passed, c.Passed);
            w.WriteNumber(Names.Failed, c.Failed);
            w.WriteNumber(Names.NotApplicable, c.NotApplicable);
            w.WriteNumber(Names.CouldNotRun, c.CouldNotRun);
            if (c.Missing.Count > 0)
            {
                WriteStrings(w, Names.Missing, c.Missing);
            }
        });

    /// <summary>Writes an array member of objects, one per item, after checking the public arguments.</summary>
    private static void WriteObjects<T>(
        Utf8JsonWriter writer, string name, IReadOnlyList<T> items, string itemsParameter, Action<Utf8JsonWriter, T> writeMembers)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (items is null)
        {
            throw new ArgumentNullException(itemsParameter);
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeMembers(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one diagnostic as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        writer.WriteStartObject();
        writer.WriteString(Names.RuleId, diagnostic.RuleId);
        writer.WriteString(Names.Severity, Names.Severities[(int)diagnostic.Severity]);
        writer.WriteString(Names.Category, Names.Categories[(int)diagnostic.Category]);
        writer.WriteString(Names.MessageZh, diagnostic.MessageZh);
        writer.WriteString(Names.MessageEn, diagnostic.MessageEn);
        WriteStrings(writer, Names.Pointers, diagnostic.Pointers);
        WriteInterval(writer, Names.Stated, diagnostic.Stated);
        WriteInterval(writer, Names.Computed, diagnostic.Computed);
        if (diagnostic.Difference is { } difference)
        {
            writer.WriteNumber(Names.Difference, difference);
        }

        if (diagnostic.Slack is { } slack)
        {
            writer.WriteNumber(Names.Slack, slack);
        }

        if (diagnostic.ConsequenceOf is { } link)
        {
            writer.WriteStartObject(Names.ConsequenceOf);
            writer.WriteString(Names.RuleId, link.RootRuleId);
            WriteStrings(writer, Names.Pointers, link.RootPointers);
            writer.WriteString(Names.Figure, link.Figure);
            writer.WriteNumber(Names.ImpliedValue, link.ImpliedValue);
            writer.WriteString(Names.OriginalSeverity, Names.Severities[(int)link.OriginalSeverity]);
            writer.WriteEndObject();
        }

        if (diagnostic.Span is { } span)
        {
            writer.WriteStartObject(Names.Span);
            writer.WriteNumber(Names.StartLine, span.StartLine);
            writer.WriteNumber(Names.StartColumn, span.StartColumn);
            writer.WriteNumber(Names.EndLine, span.EndLine);
            writer.WriteNumber(Names.EndColumn, span.EndColumn);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the rule catalogue (<c>docs/rules/catalogue.json</c>): every rule's descriptor.</summary>
    /// <returns>JSON text ending with a newline.</returns>
    public static string WriteCatalogue() => WriteWith(w =>
    {
        w.WriteStartObject();
        w.WriteString("$comment", ValidationMessages.GeneratedFileComment);
        w.WriteStartArray("rules");
        foreach (var d in RuleCatalogue.Descriptors)
        {
            w.WriteStartObject();
            WriteMembers(
                w,
                [
                    ("id", d.Id), ("category", Camel(d.Category.ToString())), ("severity", Camel(d.DefaultSeverity.ToString())),
                    ("titleZh", d.TitleZh), ("titleEn", d.TitleEn), ("formula", d.Formula), ("basis", d.Basis),
                    ("implementation", RuleCatalogue.TryGetRule(d.Id, out var rule) && rule is RelationRule ? "relations" : "code"),
                ]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Writes every declared relation (<c>docs/rules/relations.json</c>) so other tools can reuse them.</summary>
    /// <returns>JSON text ending with a newline.</returns>
    public static string WriteRelations() => WriteWith(w =>
    {
        w.WriteStartObject();
        w.WriteString("$comment", ValidationMessages.GeneratedFileComment);
        w.WriteString("semantics", RelationsSemantics);
        w.WriteStartArray("relations");
        foreach (var relation in RuleCatalogue.Relations)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", relation.RuleId);
            RelationJson.Write(w, relation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>What relations.json says its pointers and relations mean (the file's <c>semantics</c> member).</summary>
    private const string RelationsSemantics =
        "Pointers are JSON Pointer templates into a report in the published schema; '*' is every element of a list. "
        + "A '*' in the checked figure (total, percent, lesser) binds the same position in the other templates; any further '*' "
        + "is summed over. Each figure written with d decimals stands for [v - 0.5*10^-d, v + 0.5*10^-d]; a relation holds when "
        + "the intervals meet (XBRL Calculations 1.1, round-to-nearest).";

    private static string WriteWith(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>Writes string members in the order given (one list of names and values instead of a call per member).</summary>
    internal static void WriteMembers(Utf8JsonWriter w, ReadOnlySpan<(string Name, string Value)> members)
    {
        foreach (var (name, value) in members)
        {
            w.WriteString(name, value);
        }
    }

    internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
        => WriteStrings(w, JsonEncodedText.Encode(name), values);

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteInterval(Utf8JsonWriter w, JsonEncodedText name, DecimalInterval? interval)
    {
        if (interval is not { } i)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber(Names.Lower, i.Lower);
        w.WriteNumber(Names.Upper, i.Upper);
        w.WriteEndObject();
    }

    internal static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>
    /// The member names and enum values written for every finding and coverage row, encoded once (a bulk check writes
    /// hundreds per report: docs/performance.md, the command line, session 11).
    /// </summary>
    private static class Names
    {
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
        public static readonly JsonEncodedText Passed = JsonEncodedText.Encode("passed");
        public static readonly JsonEncodedText Failed = JsonEncodedText.Encode("failed");
        public static readonly JsonEncodedText NotApplicable = JsonEncodedText.Encode("notApplicable");
        public static readonly JsonEncodedText CouldNotRun = JsonEncodedText.Encode("couldNotRun");
        public static readonly JsonEncodedText Missing = JsonEncodedText.Encode("missing");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText MessageZh = JsonEncodedText.Encode("messageZh");
        public static readonly JsonEncodedText MessageEn = JsonEncodedText.Encode("messageEn");
        public static readonly JsonEncodedText Pointers = JsonEncodedText.Encode("pointers");
        public static readonly JsonEncodedText Stated = JsonEncodedText.Encode("stated");
        public static readonly JsonEncodedText Computed = JsonEncodedText.Encode("computed");
        public static readonly JsonEncodedText Lower = JsonEncodedText.Encode("lower");
        public static readonly JsonEncodedText Upper = JsonEncodedText.Encode("upper");
        public static readonly JsonEncodedText Difference = JsonEncodedText.Encode("difference");
        public static readonly JsonEncodedText ConsequenceOf = JsonEncodedText.Encode("consequenceOf");
        public static readonly JsonEncodedText Figure = JsonEncodedText.Encode("figure");
        public static readonly JsonEncodedText ImpliedValue = JsonEncodedText.Encode("impliedValue");
        public static readonly JsonEncodedText OriginalSeverity = JsonEncodedText.Encode("originalSeverity");
        public static readonly JsonEncodedText Slack = JsonEncodedText.Encode("slack");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText StartLine = JsonEncodedText.Encode("startLine");
        public static readonly JsonEncodedText StartColumn = JsonEncodedText.Encode("startColumn");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly EncodedCamelNames Outcomes = new(i => (CheckOutcome)i);
        public static readonly EncodedCamelNames Severities = new(i => (Validation.Severity)i);
        public static readonly EncodedCamelNames Categories = new(i => (RuleCategory)i);
    }
}
