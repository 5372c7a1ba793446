using System.Text.Json;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The SARIF 2.1.0 output of <c>check</c> (SARIF 输出) for code-scanning dashboards: one run whose driver lists every
/// rule with its titles, formula and basis from the rule catalogue; one result per finding, located physically
/// (file, line, column: a text's span, a report JSON value's position) and logically (the JSON Pointer of the figure);
/// an input that could not be read is a tool execution notification of level error.
/// </summary>
internal sealed class SarifOutput : ICheckOutput
{
    /// <summary>The rules' documentation page.</summary>
    public const string RulesUri = CommandLine.ProjectUri + "/blob/main/docs/rules.md";

    private readonly StreamedJson json = new();
    private readonly JsonBlocks blocks = new(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartArray("results");
    });
    private readonly Dictionary<string, int> ruleIndex;
    private readonly List<(string Name, string Reason)> unreadable = [];

    /// <summary>Creates the output.</summary>
    public SarifOutput()
    {
        ruleIndex = RuleIndex.All.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>A rule's entry in docs/rules.md: the page with the rule's anchor (its id in lower case, <c>#fa1206</c>).</summary>
    public static string RuleUri(string ruleId) => RulesUri + "#" + ruleId.ToLowerInvariant();

    /// <inheritdoc />
    public void Begin(CliContext context)
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w, RuleIndex.All);
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
        json.Flush(context);
    }

    /// <inheritdoc />
    public PreparedBlock? Prepare(RunEntry entry) => entry.Checked is { } done
        ? blocks.Format(w =>
        {
            var uri = done.Result.Diagnostics.Count > 0 ? ToUri(done.SourceName) : string.Empty;   // one file: its URI once
            foreach (var d in done.Result.Diagnostics)
            {
                WriteResult(w, done, uri, d, ruleIndex);
            }
        })
        : null;

    /// <inheritdoc />
    public RunEntry Write(CliContext context, RunEntry entry)
    {
        if (entry.Checked is not { } done)
        {
            // Kept until the end (a name and a line), where the invocation lists it as a tool execution notification.
            var reason = entry.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
                ?? CliMessages.UnreadableFallback;
            unreadable.Add((entry.Name, reason));
            return entry;
        }

        return json.WriteEntry(context, entry, Prepare);
    }

    /// <inheritdoc />
    public void End(CliContext context, RunSummary summary)
    {
        var w = json.Writer;
        w.WriteEndArray();
        WriteInvocation(w);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        json.Flush(context);
        context.Out.Write('\n');
        context.Out.Flush();
    }

    private static void WriteTool(Utf8JsonWriter w, IReadOnlyList<RuleDescriptor> rules)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "finacct");
        w.WriteString("fullName", "finacct — PublicFinance.FinalAccounts 部门决算 checker");
        w.WriteString("version", CommandLine.Version);
        w.WriteString("semanticVersion", CommandLine.Version);
        w.WriteString("informationUri", CommandLine.ProjectUri);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", PascalName(rule.TitleEn));
            Message(w, "shortDescription", Sentence(rule.TitleEn) + " " + rule.TitleZh + "。");
            Message(w, "fullDescription", $"{Sentence(rule.TitleEn)} {rule.TitleZh}。 Formula 公式: {rule.Formula}. Basis 依据: {rule.Basis}.");
            w.WriteStartObject("help");
            w.WriteString(
                "text",
                $"{rule.TitleZh} / {rule.TitleEn}. Formula 公式: {rule.Formula}. Basis 依据: {rule.Basis}. See {RuleUri(rule.Id)}.");
            w.WriteString(
                "markdown",
                $"**{rule.Id}** {rule.TitleZh} / {rule.TitleEn}\n\nFormula 公式: `{rule.Formula}`\n\nBasis 依据: {rule.Basis}\n\n"
                + $"See [the rule catalogue]({RuleUri(rule.Id)}).");
            w.WriteEndObject();
            w.WriteString("helpUri", RuleUri(rule.Id));
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", CamelName.Of(rule.Category));
            w.WriteStartArray("tags");
            w.WriteStringValue("final-accounts");
            w.WriteStringValue(CamelName.Of(rule.Category));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter w)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", unreadable.Count == 0);
        if (unreadable.Count > 0)
        {
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var (name, reason) in unreadable)
            {
                w.WriteStartObject();
                w.WriteString("level", "error");
                Message(w, "message", Sentence(reason));
                w.WriteStartArray("locations");
                w.WriteStartObject();
                PhysicalLocation(w, ToUri(name), null, null);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, CheckedInput done, string uri, Diagnostic d, Dictionary<string, int> ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.RuleId);
        if (ruleIndex.TryGetValue(d.RuleId, out var index))
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(d.Severity));
        var cell = d.Pointers.Count > 0 && done.Input.Disclosure is { } disclosure
            ? d.Pointers.Select(disclosure.Locate).FirstOrDefault(l => l is not null)
            : null;
        Message(w, "message", Sentence(d.MessageEn) + " " + d.MessageZh + (cell is null ? string.Empty : " (" + cell + ")"));
        w.WriteStartArray("locations");
        w.WriteStartObject();
        var byteLength = d.Span is null && done.Input.Extent is null ? done.Input.ByteLength : (long?)null;
        PhysicalLocation(w, uri, d.Span ?? done.Input.Extent, byteLength);
        if (d.Pointers.Count > 0)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", d.Pointers[0]);
            w.WriteString("kind", "value");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        if (d.Pointers.Count > 1)
        {
            w.WriteStartObject("properties");
            w.WriteStartArray("pointers");
            foreach (var p in d.Pointers)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The file (its <see cref="ToUri"/>) and its region: the finding's span or, for a finding on the input as a whole, the
    /// whole text — or, for a published file, all its bytes (<paramref name="byteLength"/>).
    /// </summary>
    private static void PhysicalLocation(Utf8JsonWriter w, string uri, SourceSpan? span, long? byteLength)
    {
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteEndObject();
        if (span is { } s)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", s.StartLine);
            w.WriteNumber("startColumn", s.StartColumn);
            w.WriteNumber("endLine", s.EndLine);
            w.WriteNumber("endColumn", s.EndColumn + 1);   // SARIF's end column is exclusive, a span's inclusive
            w.WriteEndObject();
        }
        else if (byteLength is { } length)
        {
            w.WriteStartObject("region");
            w.WriteNumber("byteOffset", 0);
            w.WriteNumber("byteLength", length);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>A relative path as a relative URI reference (segments escaped), an absolute one as a file URI.</summary>
    internal static string ToUri(string file)
    {
        if (file == InputSource.StdinName)
        {
            return "stdin";
        }

        var path = file.Replace('\\', '/');
        if (Path.IsPathRooted(file))
        {
            return new Uri(Path.GetFullPath(file)).AbsoluteUri;
        }

        return string.Join("/", path.Split('/').Where(s => s is not ("" or ".")).Select(Uri.EscapeDataString));
    }

    private static void Message(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    /// <summary>Ends the text with a period (SARIF messages are sentences).</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '。' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary><c>Summary table: current-year income…</c> → <c>SummaryTableCurrentYearIncome…</c>.</summary>
    private static string PascalName(string title)
    {
        var sb = new StringBuilder();
        foreach (var word in title.Split(' ', '-', ':', ',', ';', '(', ')', '/', '.', '\'', '’', '“', '”', '"'))
        {
            var letters = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (letters.Length > 0)
            {
                sb.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return sb.Length == 0 ? "Rule" : sb.ToString();
    }
}
