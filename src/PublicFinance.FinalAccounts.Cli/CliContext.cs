namespace PublicFinance.FinalAccounts.Cli;

/// <summary>Where a run reads and writes (运行环境): the writers, standard input, and whether stdout is a terminal.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Stdin">Standard input, or null when there is none.</param>
/// <param name="Interactive">Whether standard output is a terminal: progress display and a summary table instead of plain lines.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Stream? Stdin, bool Interactive)
{
    /// <summary>
    /// The byte stream under <see cref="Out"/> (the process's standard output), or null: UTF-8 output (JSON, SARIF) is
    /// written to it directly, without a round trip through text. Whoever writes to it flushes <see cref="Out"/> first.
    /// </summary>
    public Stream? Utf8Out { get; init; }

    /// <summary>
    /// Writes UTF-8 bytes (whole sequences) to standard output: straight to <see cref="Utf8Out"/> when there is one,
    /// after whatever went to <see cref="Out"/>, else decoded onto <see cref="Out"/>.
    /// </summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8Out is { } stream)
        {
            Out.Flush();   // whatever went to the text writer comes first
            stream.Write(utf8);
            stream.Flush();
        }
        else
        {
            Out.Write(Encoding.UTF8.GetString(utf8));
        }
    }
}
