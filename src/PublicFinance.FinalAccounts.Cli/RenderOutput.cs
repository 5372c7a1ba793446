namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The pages of <c>finacct render</c> (HTML 页面输出): each checked input's page written to the directory as soon as it
/// is done, and a line <c>input → page</c>; a page that cannot be written makes its input count as unreadable.
/// </summary>
internal sealed class RenderOutput : ICheckOutput
{
    private readonly string directory;
    private readonly Func<CheckedInput, string> render;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the output into <paramref name="directory"/> (which exists).</summary>
    public RenderOutput(string directory, Func<CheckedInput, string> render)
    {
        this.directory = directory;
        this.render = render;
    }

    /// <inheritdoc />
    public void Begin(CliContext context)
    {
    }

    /// <inheritdoc />
    public PreparedBlock? Prepare(RunEntry entry) => entry.Checked is { } done ? PreparedBlock.OfText(render(done)) : null;

    /// <inheritdoc />
    public RunEntry Write(CliContext context, RunEntry entry)
    {
        if (entry.Checked is not { } done)
        {
            return entry;
        }

        var path = Path.Combine(directory, ExternalCommands.PageName(entry.Name, used));
        try
        {
            File.WriteAllText(path, entry.Block?.Text ?? render(done), new UTF8Encoding(false));
            context.Out.WriteLine($"{entry.Name} → {path}");
            return entry with { Block = null };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine("error: " + CliMessages.CannotWritePage(entry.Name, path, ex.Message));
            return entry with { Checked = null, Block = null };
        }
    }

    /// <inheritdoc />
    public void End(CliContext context, RunSummary summary)
    {
    }
}
