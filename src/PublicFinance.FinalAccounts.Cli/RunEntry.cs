namespace PublicFinance.FinalAccounts.Cli;

/// <summary>One input of a run and how it went (运行条目): checked, or unreadable with the reasons.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Checked">The checked input, or null when it could not be read or checked.</param>
/// <param name="Errors">What was written about it on standard error (the reasons it could not be read; may be empty).</param>
internal sealed record RunEntry(string Name, CheckedInput? Checked, string Errors)
{
    /// <summary>The output block formatted by the worker (<see cref="ICheckOutput.Prepare"/>), or null.</summary>
    public PreparedBlock? Block { get; init; }
}
