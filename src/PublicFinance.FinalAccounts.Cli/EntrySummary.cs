using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// What a run keeps of one input once its output is written (输入摘要): its name, entity, year and counts — not the
/// report nor the findings, so a run of 10,000 inputs holds 10,000 small records, not 10,000 reports.
/// </summary>
/// <param name="Name">The input's name.</param>
/// <param name="Entity">The reporting entity's name (单位), or null when the input could not be read.</param>
/// <param name="FiscalYear">The fiscal year (年度), when known.</param>
/// <param name="Errors">The number of errors (错误).</param>
/// <param name="Warnings">The number of warnings (警告).</param>
/// <param name="Infos">The number of infos (提示).</param>
/// <param name="Fails">Whether a finding is at or above the run's <c>--fail-on</c> severity.</param>
internal sealed record EntrySummary(string Name, string? Entity, int? FiscalYear, int Errors, int Warnings, int Infos, bool Fails)
{
    /// <summary>Whether the input was read and checked (已检查).</summary>
    public bool Checked => Entity is not null;

    /// <summary>Keeps the counts of an entry.</summary>
    public static EntrySummary Of(RunEntry entry, Severity failOn)
    {
        if (entry.Checked is not { } done)
        {
            return new EntrySummary(entry.Name, null, null, 0, 0, 0, false);
        }

        var r = done.Result;
        var fails = false;
        foreach (var d in r.Diagnostics)
        {
            fails |= d.Severity <= failOn;
        }

        return new EntrySummary(
            entry.Name, done.Report.Entity.Name, done.Input.FiscalYear, r.ErrorCount, r.WarningCount, r.InfoCount, fails);
    }
}
