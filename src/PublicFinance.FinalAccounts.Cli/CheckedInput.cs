using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// One input read and checked (已检查的输入): what <c>check</c> prints and what <c>render</c> needs — the report, the
/// validation result (text findings included), the source name and, for a 说明 text, the source text.
/// </summary>
/// <param name="Input">The input as read.</param>
/// <param name="Result">The findings: the text reader's and the validator's, disabled rules removed, severities overridden.</param>
internal sealed record CheckedInput(LoadedInput Input, ValidationResult Result)
{
    /// <summary>The report (决算报告).</summary>
    public FinalAccountsReport Report => Input.Report;

    /// <summary>The input's name as shown in output.</summary>
    public string SourceName => Input.Name;

    /// <summary>The decoded text of a 说明 text input, else null.</summary>
    public string? SourceText => Input.SourceText;
}
