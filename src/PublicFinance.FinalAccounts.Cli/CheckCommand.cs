using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli
{
    /// <summary>Runs the validator on a report and renders the result as text or JSON.</summary>
    internal static class CheckCommand
    {
        public const int FindingsFound = 1;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var paths = new List<string>();
            var json = false;
            var claims = false;
            var coverage = false;
            var options = ValidationOptions.Default;
            var input = new TextInputOptions();
            var validation = new ValidationArguments();
            for (var i = 1; i < args.Length; i++)
            {
                if (input.TryParse(args, ref i, out var problem) || validation.TryParse(args, ref i, out problem))
                    continue;
                if (problem is not null)
                    return Usage(stderr, problem);
                switch (args[i])
                {
                    case "--format" when i + 1 < args.Length && args[i + 1] is "json" or "text":
                        json = args[++i] == "json";
                        break;
                    case "--claims":
                        claims = true;
                        break;
                    case "--coverage":
                        coverage = true;
                        break;
                    case "--rounding" when i + 1 < args.Length && args[i + 1] is "nearest" or "truncation" or "exact":
                        var mode = args[++i] switch { "truncation" => RoundingMode.Truncation, "exact" => RoundingMode.Exact, _ => RoundingMode.RoundToNearest };
                        options = options with { Rounding = mode };
                        break;
                    default:
                        if (args[i].StartsWith('-'))
                            return Usage(stderr, $"unexpected argument '{args[i]}'. 无法识别的参数“{args[i]}”。");
                        paths.Add(args[i]);
                        break;
                }
            }

            if (paths.Count == 0)
                return Usage(stderr, "check needs a file: finacct check <report.json|disclosure.txt|disclosure.pdf|.html|.xlsx …>. check 需要一个文件参数。");
            if (!validation.TryApply(options, stderr, out options) || !validation.TryLoadPrevious(stderr, out var previous))
                return CommandLine.BadInput;
            var path = paths[0];
            var published = paths.All(PublishedFiles.IsPublishedDocument);
            if (!published && paths.Count > 1)
            {
                return Usage(stderr, $"unexpected argument '{paths[1]}': several files are combined only when all are published files (PDF, web page, workbook). " +
                    $"无法识别的参数“{paths[1]}”：仅公开文件（PDF、网页、Excel）可合并检查。");
            }

            ValidationResult result;
            FinalAccountsReport report;
            IReadOnlyList<Claim> readClaims = Array.Empty<Claim>();
            DisclosureReadResult? textRead = null;
            if (claims)
                options = options with { RecordVerifications = true };
            var validator = Validator.Default.WithOptions(options);
            ValidationResult Validate(FinalAccountsReport r, SourceMap? sources) =>
                previous is null ? validator.Validate(r, sources) : validator.Validate(r, previous, sources);
            PublishedDisclosure? disclosure = null;
            if (published)
            {
                if (!PublishedFiles.TryRead(paths, stderr, out disclosure))
                    return CommandLine.BadInput;
                textRead = disclosure.Read;
                readClaims = textRead.Claims;
                report = disclosure.Report;
                var sources = disclosure.Sources;
                if (!TryValidate(path, stderr, () => Validate(report, sources), out var validated))
                    return CommandLine.BadInput;
                result = validated with { Diagnostics = textRead.TextFindings.Concat(validated.Diagnostics).OrderBy(d => d.RuleId, StringComparer.Ordinal).ToList() };
            }
            else if (CommandLine.IsText(path))
            {
                if (!CommandLine.TryRead(path, input, stderr, out var read))
                    return CommandLine.BadInput;
                textRead = read;
                readClaims = read.Claims;
                report = read.Report;
                if (!TryValidate(path, stderr, () => Validate(report, read.Sources), out var validated))
                    return CommandLine.BadInput;
                // Text findings first in their own rule order, then the validator's; both located by line:column.
                result = validated with { Diagnostics = read.TextFindings.Concat(validated.Diagnostics).OrderBy(d => d.RuleId, StringComparer.Ordinal).ToList() };
            }
            else
            {
                if (!CommandLine.TryLoad(path, stderr, out report))
                    return CommandLine.BadInput;
                var loaded = report;
                if (!TryValidate(path, stderr, () => Validate(loaded, null), out result))
                    return CommandLine.BadInput;
            }

            var year = textRead is null ? report.Entity.FiscalYear : textRead.FiscalYear;
            stdout.Write(json ? ValidationJson.Write(result) : Render(report.Entity.Name, year, result, disclosure is null ? null : disclosure.Locate));
            if (textRead is not null)
            {
                // The reader's own account: what it placed, what it saw but did not place, and why (on stderr for JSON output).
                var writer = json ? stderr : stdout;
                if (!json)
                    writer.Write('\n');
                writer.WriteLine(ReadLine(textRead));
                CommandLine.WriteNotes(path, textRead, writer, json ? 0 : 50);
            }

            if (coverage && !json)
                stdout.Write(RenderCoverage(result));
            if (claims && !json)
                stdout.Write(RenderClaims(readClaims, result));
            return result.HasErrors ? FindingsFound : CommandLine.Success;
        }

        /// <summary>
        /// Runs the checks. A check that fails on arithmetic beyond what a decimal holds (a figure of 29 digits, a percent
        /// with 27 decimals) is reported as unreadable input with the reason, never as a crash and never as "0 errors".
        /// </summary>
        private static bool TryValidate(string path, TextWriter stderr, Func<ValidationResult> validate, out ValidationResult result)
        {
            try
            {
                result = validate();
                return true;
            }
            catch (Exception ex) when (ex is ArithmeticException or ArgumentOutOfRangeException)
            {
                stderr.WriteLine($"error: {path}: the checks could not be computed on these figures ({ex.GetType().Name}: {ex.Message}). 数字超出可计算范围，校验无法完成。");
                result = null!;
                return false;
            }
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteLine("error: " + message);
            stderr.Write(CommandLine.Usage);
            return CommandLine.BadInput;
        }

        /// <summary>Every rule with its outcome and counts, and what was missing when it could not run.</summary>
        internal static string RenderCoverage(ValidationResult result)
        {
            var sb = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            sb.Append("\n覆盖 Coverage\n");
            foreach (var (outcome, label) in new[] { (CheckOutcome.Failed, "未通过 failed"), (CheckOutcome.Passed, "通过 passed"), (CheckOutcome.CouldNotRun, "无法检查 could not run"), (CheckOutcome.NotApplicable, "不适用 not applicable") })
            {
                foreach (var c in result.Coverage.Where(c => c.Outcome == outcome))
                {
                    sb.Append(inv, $"  {c.Rule.Id} {label} ({c.Passed}/{c.Failed}/{c.NotApplicable}/{c.CouldNotRun}) {c.Rule.TitleZh}");
                    if (outcome == CheckOutcome.CouldNotRun && c.Missing.Count > 0)
                        sb.Append(" — 缺 missing: ").Append(string.Join(", ", c.Missing.Take(3)));
                    sb.Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <summary>Every claim of a text with the checks that verified it: ✓ all passed, ✗ one failed, – not checked.</summary>
        internal static string RenderClaims(IReadOnlyList<Claim> claims, ValidationResult result)
        {
            var byPointer = new Dictionary<string, List<Verification>>(StringComparer.Ordinal);
            foreach (var v in result.Verifications)
            {
                foreach (var p in v.Pointers.Distinct(StringComparer.Ordinal))
                {
                    if (!byPointer.TryGetValue(p, out var list))
                        byPointer[p] = list = new List<Verification>();
                    list.Add(v);
                }
            }

            var sb = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            var verified = claims.Count(c => byPointer.ContainsKey(c.Pointer));
            sb.Append(inv, $"\n陈述 Claims ({claims.Count}, {verified} 已核对 checked)\n");
            foreach (var claim in claims)
            {
                sb.Append("  ").Append(claim.Span).Append(' ').Append(claim.Kind).Append(' ').Append(claim.Pointer).Append(' ').Append(claim.Value);
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
                        sb.Append(' ').Append(ValidationContext.ShowRange(computed));
                }

                sb.Append('\n');
            }

            return sb.ToString();
        }

        /// <summary>"读出 N 个数字，文中另有 M 个数字未能归位 — read N figures, M figures in the text not placed".</summary>
        internal static string ReadLine(DisclosureReadResult read) => string.Format(CultureInfo.InvariantCulture,
            "读出 {0} 个数字，文中另有 {1} 个数字未能归位，{2} 条说明 — read {0} figures, {1} figures in the text not placed, {2} notes",
            read.FigureCount, read.UnplacedFigureCount, read.Notes.Count);

        internal static string Render(string entity, int? year, ValidationResult result, Func<string, string?>? locate = null)
        {
            var sb = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            var shownYear = year?.ToString(inv) ?? "年度未知 year unknown";
            sb.Append(inv, $"{entity} {shownYear} — {result.ErrorCount} 错误 errors, {result.WarningCount} 警告 warnings, {result.InfoCount} 提示 info\n");
            var coverage = result.Coverage;
            sb.Append(inv, $"规则 Rules: {coverage.Count(c => c.Outcome == CheckOutcome.Passed)} 通过 passed, {coverage.Count(c => c.Outcome == CheckOutcome.Failed)} 未通过 failed, " +
                $"{coverage.Count(c => c.Outcome == CheckOutcome.NotApplicable)} 不适用 not applicable, {coverage.Count(c => c.Outcome == CheckOutcome.CouldNotRun)} 无法检查 could not run (of {coverage.Count})\n");
            foreach (var (severity, heading) in new[] { (Severity.Error, "错误 Errors"), (Severity.Warning, "警告 Warnings"), (Severity.Info, "提示 Info") })
            {
                var group = result.Diagnostics.Where(d => d.Severity == severity).ToList();
                if (group.Count == 0)
                    continue;
                sb.Append('\n').Append(heading).Append(inv, $" ({group.Count})\n");
                foreach (var d in group)
                {
                    sb.Append("  ").Append(d.RuleId);
                    if (d.Span is { } span)
                        sb.Append(' ').Append(span);
                    sb.Append(' ').Append(d.Pointers.Count > 0 ? d.Pointers[0] : string.Empty);
                    // A figure read from a table of a published file: where it is printed (p.15 表 row … column …).
                    if (locate is not null && d.Pointers.Select(locate).FirstOrDefault(l => l is not null) is { } cell)
                        sb.Append(" — ").Append(cell);
                    sb.Append('\n');
                    sb.Append("      ").Append(d.MessageZh).Append('\n');
                    sb.Append("      ").Append(d.MessageEn).Append('\n');
                }
            }

            return sb.ToString();
        }
    }
}
