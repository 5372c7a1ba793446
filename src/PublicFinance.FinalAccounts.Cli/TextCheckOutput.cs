namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The text output of a <c>check</c> run (文本输出), streamed: each input's block under a <c>==&gt; name &lt;==</c>
/// heading when there are several, then the per-file summary (a table on a terminal, plain lines when piped).
/// </summary>
internal sealed class TextCheckOutput : ICheckOutput
{
    /// <summary>Each worker's builder, reused for every input it formats (a block is encoded from it to UTF-8 at once).</summary>
    [ThreadStatic]
    private static StringBuilder? scratch;

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
    {
        if (entry.Checked is not { } done)
        {
            return null;
        }

        var sb = scratch ?? new StringBuilder();
        scratch = null;   // not shared with a nested call while in use
        TextOutput.Render(sb, done, settings);
        var block = PreparedBlock.OfUtf8(sb);
        if (sb.Capacity <= MaxKeptChars)
        {
            scratch = sb.Clear();
        }

        return block;
    }

    /// <summary>The largest builder a worker keeps for the next input (a huge block's builder is let go).</summary>
    private const int MaxKeptChars = 1 << 20;

    /// <inheritdoc />
    public RunEntry Write(CliContext context, RunEntry entry)
    {
        if (entry.Checked is not { } done)
        {
            return entry;
        }

        var heading = several ? (first ? string.Empty : "\n") + "==> " + entry.Name + " <==\n" : string.Empty;
        first = false;
        if (entry.Block is { Utf8: not null } block)
        {
            // The heading goes the same way as the block (straight to the byte stream when there is one).
            if (heading.Length > 0)
            {
                context.WriteUtf8(Encoding.UTF8.GetBytes(heading));
            }

            context.WriteUtf8(block.Bytes);
            block.ReturnBuffer();
        }
        else
        {
            context.Out.Write(heading);
            context.Out.Write(entry.Block?.Text ?? TextOutput.Render(done, settings));
        }

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
            context.WriteUtf8(Encoding.UTF8.GetBytes(TextOutput.Summary(summary)));
        }
    }
}
