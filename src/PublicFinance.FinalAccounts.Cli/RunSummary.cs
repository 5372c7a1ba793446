namespace PublicFinance.FinalAccounts.Cli;

/// <summary>The counts of a whole run (运行合计), built from the inputs' summaries in input order.</summary>
internal sealed class RunSummary
{
    private readonly List<EntrySummary> entries = [];

    /// <summary>Every input's summary, in input order.</summary>
    public IReadOnlyList<EntrySummary> Entries => entries;

    /// <summary>The number of inputs (输入).</summary>
    public int Inputs => entries.Count;

    /// <summary>The number of inputs that could not be read (无法读取).</summary>
    public int Unreadable { get; private set; }

    /// <summary>The number of errors over every input.</summary>
    public int Errors { get; private set; }

    /// <summary>The number of warnings over every input.</summary>
    public int Warnings { get; private set; }

    /// <summary>The number of infos over every input.</summary>
    public int Infos { get; private set; }

    /// <summary>Adds the next input's summary.</summary>
    public void Add(EntrySummary entry)
    {
        entries.Add(entry);
        if (!entry.Checked)
        {
            Unreadable++;
        }

        Errors += entry.Errors;
        Warnings += entry.Warnings;
        Infos += entry.Infos;
    }

    /// <summary>The exit code: 2 when any input could not be read, else 1 when a finding reaches <c>--fail-on</c>, else 0.</summary>
    public int ExitCode => Unreadable > 0 ? CommandLine.BadInput
        : entries.Any(e => e.Fails) ? CommandLine.FindingsFound : CommandLine.Success;
}
