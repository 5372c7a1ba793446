namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The text output of a <c>check</c> run (文本输出), streamed: each input's block under a <c>==&gt; name &lt;==</c>
/// heading when there are several, then the per-file summary (a table on a terminal, plain lines when piped).
/// </summary>
internal sealed class TextCheckOutput : ICheckOutput
{
    private readonly CheckSettings settings;
    private readonly bool several;
    private bool first = true;

    /// <summary>Creates the output for a run of <paramref name="inputCount"/> inputs.</summary>
    public TextCheckOutput(CheckSettings settings, int inputCount)
    {
        this.settings = settings;
        several = inputCount > 1 && !settings.Combine;
    }

    /// <inheritdoc />
    public void Begin(CliContext context)
    {
    }

    /// <inheritdoc />
    public PreparedBlock? Prepare(RunEntry entry)
        => entry.Checked is { } done ? PreparedBlock.OfText(TextOutput.Render(done, settings)) : null;

    /// <inheritdoc />
    public RunEntry Write(CliContext context, RunEntry entry)
    {
        if (entry.Checked is not { } done)
        {
            return entry;
        }

        if (several)
        {
            context.Out.Write(first ? string.Empty : "\n");
            context.Out.Write("==> " + entry.Name + " <==\n");
        }

        first = false;
        context.Out.Write(entry.Block?.Text ?? TextOutput.Render(done, settings));
        return entry with { Block = null };
    }

    /// <inheritdoc />
    public void End(CliContext context, RunSummary summary)
    {
        if (!several)
        {
            return;
        }

        if (context.Interactive)
        {
            TerminalDisplay.WriteSummary(summary);
        }
        else
        {
            context.Out.Write(TextOutput.Summary(summary));
        }
    }
}
