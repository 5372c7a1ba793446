using System.Text.Json;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The JSON output of <c>check</c> (JSON 输出), described by <c>docs/schema/check-output.v1.schema.json</c>: run totals
/// and, per input in input order, its file, kind, entity, year, findings, coverage, the reader's notes and claims — or,
/// for an input that could not be read, why.
/// </summary>
internal sealed class CheckJson : ICheckOutput
{
    /// <summary>The <c>$schema</c> of the output.</summary>
    public const string SchemaId = "https://publicfinance.github.io/PublicFinance.FinalAccounts/schema/check-output.v1.schema.json";

    private readonly StreamedJson json = new();
    private readonly JsonBlocks blocks = new(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("files");
    });

    /// <inheritdoc />
    public void Begin(CliContext context)
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaId);
        w.WriteStartObject("tool");
        w.WriteString("name", "finacct");
        w.WriteString("version", CommandLine.Version);
        w.WriteEndObject();
        w.WriteStartArray("files");
        json.Flush(context);
    }

    /// <inheritdoc />
    public PreparedBlock? Prepare(RunEntry entry) => blocks.Format(w => WriteEntry(w, entry));

    /// <inheritdoc />
    public RunEntry Write(CliContext context, RunEntry entry) => json.WriteEntry(context, entry, Prepare);

    /// <inheritdoc />
    /// <remarks>The totals come after the files: they are known only then (the schema does not order properties).</remarks>
    public void End(CliContext context, RunSummary summary)
    {
        var w = json.Writer;
        w.WriteEndArray();
        w.WriteNumber("inputs", summary.Inputs);
        w.WriteNumber("unreadable", summary.Unreadable);
        w.WriteNumber("errors", summary.Errors);
        w.WriteNumber("warnings", summary.Warnings);
        w.WriteNumber("infos", summary.Infos);
        w.WriteEndObject();
        json.Flush(context);
        context.Out.Write('\n');
        context.Out.Flush();
    }

    private static void WriteEntry(Utf8JsonWriter w, RunEntry entry)
    {
        w.WriteStartObject();
        w.WriteString("file", entry.Name);
        var problems = entry.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entry.Checked is not { } done)
        {
            w.WriteString("status", "unreadable");
            Strings(w, "problems", problems);
            w.WriteEndObject();
            return;
        }

        var input = done.Input;
        var result = done.Result;
        w.WriteString("status", "checked");
        w.WriteString("kind", CamelName.Of(input.Kind));
        w.WriteString("entity", input.Report.Entity.Name);
        if (input.FiscalYear is { } year)
        {
            w.WriteNumber("fiscalYear", year);
        }
        else
        {
            w.WriteNull("fiscalYear");
        }

        w.WriteNumber("errors", result.ErrorCount);
        w.WriteNumber("warnings", result.WarningCount);
        w.WriteNumber("infos", result.InfoCount);
        // The findings as the validator writes them (one format for both outputs), written straight into this document.
        w.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            ValidationJson.WriteDiagnostic(w, diagnostic);
        }

        w.WriteEndArray();

        // Where a table figure of a published file is printed, for the pointers of the findings.
        if (input.Disclosure is { } disclosure)
        {
            w.WriteStartObject("tableCells");
            foreach (var pointer in result.Diagnostics.SelectMany(d => d.Pointers).Distinct(StringComparer.Ordinal))
            {
                if (disclosure.Locate(pointer) is { } cell)
                {
                    w.WriteString(pointer, cell);
                }
            }

            w.WriteEndObject();
        }

        ValidationJson.WriteCoverage(w, result.Coverage);
        if (result.Verifications.Count > 0)
        {
            ValidationJson.WriteVerifications(w, result.Verifications);
        }

        if (input.Read is { } read)
        {
            WriteReader(w, read, result);
        }

        if (input.DocumentNotes.Count > 0)
        {
            w.WriteStartArray("documentNotes");
            foreach (var note in input.DocumentNotes)
            {
                w.WriteStartObject();
                if (note.Location is { } location)
                {
                    w.WriteString("location", location.ToString());
                }

                w.WriteString("messageZh", note.MessageZh);
                w.WriteString("messageEn", note.MessageEn);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (problems.Length > 0)
        {
            Strings(w, "problems", problems);
        }

        w.WriteEndObject();
    }

    /// <summary>The reader's account: figure counts, notes, and every claim with the checks that verified it (when recorded).</summary>
    private static void WriteReader(Utf8JsonWriter w, Disclosures.DisclosureReadResult read, ValidationResult result)
    {
        w.WriteStartObject("figures");
        w.WriteNumber("read", read.FigureCount);
        w.WriteNumber("unplaced", read.UnplacedFigureCount);
        w.WriteEndObject();
        w.WriteStartArray("readerNotes");
        foreach (var note in read.Notes)
        {
            w.WriteStartObject();
            Span(w, note.Span);
            w.WriteString("messageZh", note.MessageZh);
            w.WriteString("messageEn", note.MessageEn);
            w.WriteString("text", note.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var byPointer = result.Verifications.Count > 0 ? TextOutput.VerificationsByPointer(result) : null;
        w.WriteStartArray("claims");
        foreach (var claim in read.Claims)
        {
            w.WriteStartObject();
            w.WriteString("kind", CamelName.Of(claim.Kind));
            w.WriteString("pointer", claim.Pointer);
            Span(w, claim.Span);
            w.WriteString("text", claim.Text);
            w.WriteString("value", claim.Value);
            if (byPointer is not null)
            {
                var checks = byPointer.TryGetValue(claim.Pointer, out var list) ? list : [];
                var outcome = checks.Count == 0 ? "notChecked" : checks.Any(v => v.Outcome == CheckOutcome.Failed) ? "failed" : "passed";
                w.WriteString("outcome", outcome);
                Strings(w, "checkedBy", checks.Select(v => v.RuleId).Distinct(StringComparer.Ordinal));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter w, SourceSpan span)
    {
        w.WriteStartObject("span");
        w.WriteNumber("startLine", span.StartLine);
        w.WriteNumber("startColumn", span.StartColumn);
        w.WriteNumber("endLine", span.EndLine);
        w.WriteNumber("endColumn", span.EndColumn);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
