namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// An output of a run written as the run goes (流式输出): the start, each input's block in input order as soon as it
/// and every input before it are done, and the end with the run's counts. Each call names where to write: on a
/// terminal the blocks are held back while the progress bar is shown.
/// </summary>
internal interface ICheckOutput
{
    /// <summary>Writes what comes before the first input.</summary>
    void Begin(CliContext context);

    /// <summary>
    /// Formats one input's block in the worker that checked it, outside the ordering lock (any thread, any order); null
    /// when there is nothing to format. <see cref="Write"/> formats an entry itself when it comes without a block.
    /// </summary>
    PreparedBlock? Prepare(RunEntry entry) => null;

    /// <summary>
    /// Writes one input's block (in input order); returns the entry as it counts (a page that could not be written makes it unreadable).
    /// </summary>
    RunEntry Write(CliContext context, RunEntry entry);

    /// <summary>Writes what comes after the last input: the totals, the summary.</summary>
    void End(CliContext context, RunSummary summary);
}
