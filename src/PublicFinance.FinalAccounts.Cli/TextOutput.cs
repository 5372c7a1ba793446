using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The text output of <c>check</c> (文本输出): per input a headline, the findings grouped by severity, each located
/// <c>file:line:col:</c> (a text's span, a report JSON value's position) and, for a table figure of a published file,
/// its page, table, row and column; the reader's account; optionally coverage and claims.
/// </summary>
internal static class TextOutput
{
    /// <summary>The severities in the order the text lists them, with their headings.</summary>
    private static readonly (Severity Severity, string Heading)[] SeverityGroups =
        [(Severity.Error, "错误 Errors"), (Severity.Warning, "警告 Warnings"), (Severity.Info, "提示 Info")];

    /// <summary>The outcomes in the order the coverage lists them, with their labels.</summary>
    private static readonly (CheckOutcome Outcome, string Label)[] OutcomeLabels =
    [
        (CheckOutcome.Failed, "未通过 failed"), (CheckOutcome.Passed, "通过 passed"), (CheckOutcome.CouldNotRun, "无法检查 could not run"),
        (CheckOutcome.NotApplicable, "不适用 not applicable"),
    ];

    /// <summary>Renders one checked input.</summary>
    public static string Render(CheckedInput input, CheckSettings settings)
    {
        var sb = new StringBuilder();
        Render(sb, input, settings);
        return sb.ToString();
    }

    /// <summary>Renders one checked input at the end of <paramref name="sb"/> (a worker's reused builder: no string is made).</summary>
    public static void Render(StringBuilder sb, CheckedInput input, CheckSettings settings)
    {
        var loaded = input.Input;
        var locate = loaded.Disclosure is null ? null : new Func<string, string?>(loaded.Disclosure.Locate);
        Findings(sb, loaded.Name, loaded.Report.Entity.Name, loaded.FiscalYear, input.Result, locate);
        if (loaded.Read is { } read)
        {
            // The reader's own account: what it placed, what it saw but did not place, and why.
            sb.Append('\n').Append(ReadLine(read, loaded.Disclosure)).Append('\n');
            using var notes = new StringWriter(sb, CultureInfo.InvariantCulture);
            WriteNotes(loaded.Name, read, notes, 50);
        }

        if (settings.Coverage)
        {
            Coverage(sb, input.Result);
        }

        if (settings.Claims && loaded.Read is not null)
        {
            sb.Append(Claims(loaded.Read.Claims, input.Result));
        }
    }

    /// <summary>The headline, the rule counts and the findings by severity, appended to <paramref name="sb"/>.</summary>
    internal static void Findings(
        StringBuilder sb, string file, string entity, int? year, ValidationResult result, Func<string, string?>? locate = null)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{entity} ");
        if (year is { } shownYear)
        {
            sb.Append(inv, $"{shownYear}");
        }
        else
        {
            sb.Append("年度未知 year unknown");
        }

        sb.Append(inv, $" — {result.ErrorCount} 错误 errors, {result.WarningCount} 警告 warnings, ")
            .Append(inv, $"{result.InfoCount} 提示 info\n");
        var coverage = result.Coverage;
        Span<int> outcomes = stackalloc int[5];
        foreach (var c in coverage)
        {
            outcomes[OutcomeIndex(c.Outcome)]++;
        }

        sb.Append(inv, $"规则 Rules: {outcomes[1]} 通过 passed, {outcomes[0]} 未通过 failed, ")
            .Append(inv, $"{outcomes[3]} 不适用 not applicable, ")
            .Append(inv, $"{outcomes[2]} 无法检查 could not run ")
            .Append(inv, $"(of {coverage.Count})\n");
        var diagnostics = result.Diagnostics;
        foreach (var (severity, heading) in SeverityGroups)
        {
            var count = 0;
            foreach (var d in diagnostics)
            {
                count += d.Severity == severity ? 1 : 0;
            }

            if (count == 0)
            {
                continue;
            }

            sb.Append('\n').Append(heading).Append(inv, $" ({count})\n");
            foreach (var d in diagnostics)
            {
                if (d.Severity != severity)
                {
                    continue;
                }

                sb.Append("  ").Append(file).Append(':');
                if (d.Span is { } span)
                {
                    sb.Append(inv, $"{span.StartLine}:{span.StartColumn}:");
                }

                sb.Append(' ').Append(d.RuleId);
                if (d.Pointers.Count > 0)
                {
                    sb.Append(' ').Append(d.Pointers[0]);
                }
                // A figure read from a table of a published file: where it is printed (p.15 表 row … column …).
                if (locate is not null && d.Pointers.Select(locate).FirstOrDefault(l => l is not null) is { } cell)
                {
                    sb.Append(" — ").Append(cell);
                }

                sb.Append('\n');
                sb.Append("      ").Append(d.MessageZh).Append('\n');
                sb.Append("      ").Append(d.MessageEn).Append('\n');
            }
        }
    }

    /// <summary>The place of an outcome in <see cref="OutcomeLabels"/> (4 for a value that is none of them).</summary>
    private static int OutcomeIndex(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Failed => 0,
        CheckOutcome.Passed => 1,
        CheckOutcome.CouldNotRun => 2,
        CheckOutcome.NotApplicable => 3,
        _ => 4,
    };

    /// <summary>Every rule with its outcome and counts, and what was missing when it could not run, appended to the builder.</summary>
    internal static void Coverage(StringBuilder sb, ValidationResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append("\n覆盖 Coverage\n");
        foreach (var (outcome, label) in OutcomeLabels)
        {
            foreach (var c in result.Coverage)
            {
                if (c.Outcome != outcome)
                {
                    continue;
                }

                sb.Append(inv, $"  {c.Rule.Id} {label} ({c.Passed}/{c.Failed}/{c.NotApplicable}/{c.CouldNotRun}) {c.Rule.TitleZh}");
                if (outcome == CheckOutcome.CouldNotRun && c.Missing.Count > 0)
                {
                    sb.Append(" — 缺 missing: ").Append(string.Join(", ", c.Missing.Take(3)));
                }

                sb.Append('\n');
            }
        }
    }

    /// <summary>Every claim of a text with the checks that verified it: ✓ all passed, ✗ one failed, – not checked.</summary>
    internal static string Claims(IReadOnlyList<Claim> claims, ValidationResult result)
    {
        var byPointer = VerificationsByPointer(result);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var verified = claims.Count(c => byPointer.ContainsKey(c.Pointer));
        sb.Append(inv, $"\n陈述 Claims ({claims.Count}, {verified} 已核对 checked)\n");
        foreach (var claim in claims)
        {
            sb.Append("  ").Append(claim.Span).Append(' ').Append(claim.Kind).Append(' ')
                .Append(claim.Pointer).Append(' ').Append(claim.Value);
            if (!byPointer.TryGetValue(claim.Pointer, out var checks))
            {
                sb.Append(" –\n");
                continue;
            }

            sb.Append(checks.Any(v => v.Outcome == CheckOutcome.Failed) ? " ✗" : " ✓");
            foreach (var v in checks.GroupBy(v => v.RuleId).Select(g => g.First()))
            {
                sb.Append(' ').Append(v.RuleId);
                if (v.Computed is { } computed && v.Pointers[0] == claim.Pointer)
                {
                    sb.Append(' ').Append(ValidationContext.ShowRange(computed));
                }
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The checks recorded for each pointer they involve.</summary>
    internal static Dictionary<string, List<Verification>> VerificationsByPointer(ValidationResult result)
    {
        var byPointer = new Dictionary<string, List<Verification>>(StringComparer.Ordinal);
        foreach (var v in result.Verifications)
        {
            foreach (var p in v.Pointers.Distinct(StringComparer.Ordinal))
            {
                if (!byPointer.TryGetValue(p, out var list))
                {
                    byPointer[p] = list = new List<Verification>();
                }

                list.Add(v);
            }
        }

        return byPointer;
    }

    /// <summary>
    /// "读出 N 个数字，文中另有 M 个数字未能归位 — read N figures, M figures in the text not placed": N counts the narrative's
    /// claims and the table cells the report holds (<paramref name="disclosure"/>'s table figures, each cell once, a cell a
    /// claim of the narrative starts at not again), and names the cells apart when there are any (blind round 24, family 6:
    /// a text whose only figures were a pasted table said "读出 0").
    /// </summary>
    internal static string ReadLine(DisclosureReadResult read, PublishedDisclosure? disclosure = null)
    {
        var cells = TableCells(read, disclosure);
        return cells == 0
            ? CliMessages.ReaderAccount(read.FigureCount, read.UnplacedFigureCount, read.Notes.Count)
            : CliMessages.ReaderAccountWithCells(read.FigureCount + cells, cells, read.UnplacedFigureCount, read.Notes.Count);
    }

    /// <summary>The distinct table cells behind the report's table figures that no claim of the narrative starts at.</summary>
    internal static int TableCells(DisclosureReadResult read, PublishedDisclosure? disclosure)
    {
        if (disclosure is null || disclosure.TableSources.Count == 0)
        {
            return 0;
        }

        var claimed = new HashSet<(int, int)>();
        foreach (var claim in read.Claims)
        {
            claimed.Add((claim.Span.StartLine, claim.Span.StartColumn));
        }

        var cells = new HashSet<CellLocation>();
        foreach (var source in disclosure.TableSources.Values)
        {
            if (source.Location is not { } at
                || (at.TextLine is { } line && at.TextColumn is { } column && claimed.Contains((line, column))))
            {
                continue;
            }

            cells.Add(at);
        }

        return cells.Count;
    }

    /// <summary>Writes the reader's notes (at most <paramref name="limit"/>, then a count of the rest).</summary>
    internal static void WriteNotes(string name, DisclosureReadResult read, TextWriter writer, int limit)
    {
        var shown = 0;
        foreach (var note in read.Notes)
        {
            if (shown++ == limit)
            {
                writer.WriteLine("note: " + CliMessages.MoreNotes(read.Notes.Count - limit));
                break;
            }

            writer.WriteLine($"note: {name}:{note.Span}: {note.MessageZh} {note.MessageEn}");
        }
    }

    /// <summary>The plain per-file summary after several inputs (when standard output is not a terminal).</summary>
    internal static string Summary(RunSummary summary)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"\n合计 Summary: {summary.Inputs} 个输入 inputs — {summary.Inputs - summary.Unreadable} 已检查 checked, ")
            .Append(inv, $"{summary.Unreadable} 无法读取 unreadable; ")
            .Append(inv, $"{summary.Errors} 错误 errors, {summary.Warnings} 警告 warnings, {summary.Infos} 提示 info\n");
        foreach (var entry in summary.Entries)
        {
            sb.Append("  ").Append(entry.Name).Append(": ");
            sb.Append(entry.Checked
                ? string.Create(inv, $"{entry.Errors} 错误 errors, {entry.Warnings} 警告 warnings, {entry.Infos} 提示 info")
                : "无法读取 unreadable");
            sb.Append('\n');
        }

        return sb.ToString();
    }
}
