using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The text output of <c>check</c> (文本输出): per input a headline, the findings grouped by severity, each located
/// <c>file:line:col:</c> (a text's span, a report JSON value's position) and, for a table figure of a published file,
/// its page, table, row and column; the reader's account; optionally coverage and claims.
/// </summary>
internal static class TextOutput
{
    /// <summary>Renders one checked input.</summary>
    public static string Render(CheckedInput input, CheckSettings settings)
    {
        var sb = new StringBuilder();
        var loaded = input.Input;
        var locate = loaded.Disclosure is null ? null : new Func<string, string?>(loaded.Disclosure.Locate);
        sb.Append(Findings(loaded.Name, loaded.Report.Entity.Name, loaded.FiscalYear, input.Result, locate));
        if (loaded.Read is { } read)
        {
            // The reader's own account: what it placed, what it saw but did not place, and why.
            sb.Append('\n').Append(ReadLine(read)).Append('\n');
            using var notes = new StringWriter(CultureInfo.InvariantCulture);
            WriteNotes(loaded.Name, read, notes, 50);
            sb.Append(notes);
        }

        if (settings.Coverage)
        {
            sb.Append(Coverage(input.Result));
        }

        if (settings.Claims && loaded.Read is not null)
        {
            sb.Append(Claims(loaded.Read.Claims, input.Result));
        }

        return sb.ToString();
    }

    /// <summary>The headline, the rule counts and the findings by severity.</summary>
    internal static string Findings(string file, string entity, int? year, ValidationResult result, Func<string, string?>? locate = null)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var shownYear = year?.ToString(inv) ?? "年度未知 year unknown";
        sb.Append(inv, $"{entity} {shownYear} — {result.ErrorCount} 错误 errors, {result.WarningCount} 警告 warnings, ")
            .Append(inv, $"{result.InfoCount} 提示 info\n");
        var coverage = result.Coverage;
        int Outcomes(CheckOutcome outcome) => coverage.Count(c => c.Outcome == outcome);
        sb.Append(inv, $"规则 Rules: {Outcomes(CheckOutcome.Passed)} 通过 passed, {Outcomes(CheckOutcome.Failed)} 未通过 failed, ")
            .Append(inv, $"{Outcomes(CheckOutcome.NotApplicable)} 不适用 not applicable, ")
            .Append(inv, $"{Outcomes(CheckOutcome.CouldNotRun)} 无法检查 could not run ")
            .Append(inv, $"(of {coverage.Count})\n");
        (Severity Severity, string Heading)[] groups =
            [(Severity.Error, "错误 Errors"), (Severity.Warning, "警告 Warnings"), (Severity.Info, "提示 Info")];
        foreach (var (severity, heading) in groups)
        {
            var group = result.Diagnostics.Where(d => d.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            sb.Append('\n').Append(heading).Append(inv, $" ({group.Count})\n");
            foreach (var d in group)
            {
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

        return sb.ToString();
    }

    /// <summary>Every rule with its outcome and counts, and what was missing when it could not run.</summary>
    internal static string Coverage(ValidationResult result)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append("\n覆盖 Coverage\n");
        (CheckOutcome Outcome, string Label)[] outcomes =
        [
            (CheckOutcome.Failed, "未通过 failed"), (CheckOutcome.Passed, "通过 passed"), (CheckOutcome.CouldNotRun, "无法检查 could not run"),
            (CheckOutcome.NotApplicable, "不适用 not applicable"),
        ];
        foreach (var (outcome, label) in outcomes)
        {
            foreach (var c in result.Coverage.Where(c => c.Outcome == outcome))
            {
                sb.Append(inv, $"  {c.Rule.Id} {label} ({c.Passed}/{c.Failed}/{c.NotApplicable}/{c.CouldNotRun}) {c.Rule.TitleZh}");
                if (outcome == CheckOutcome.CouldNotRun && c.Missing.Count > 0)
                {
                    sb.Append(" — 缺 missing: ").Append(string.Join(", ", c.Missing.Take(3)));
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
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

    /// <summary>"读出 N 个数字，文中另有 M 个数字未能归位 — read N figures, M figures in the text not placed".</summary>
    internal static string ReadLine(DisclosureReadResult read)
        => CliMessages.ReaderAccount(read.FigureCount, read.UnplacedFigureCount, read.Notes.Count);

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
