namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// One input named on the command line after expansion (输入): a file, or standard input (<c>-</c>), or a name that
/// could not be expanded (a missing file, a glob that matches nothing) — reported in its place, the others still checked.
/// </summary>
/// <param name="Name">The name shown in output: the path as found, or <c>-</c> for standard input.</param>
/// <param name="Path">The file path; null for standard input and for a problem.</param>
/// <param name="Bytes">The bytes of standard input (read once); null for a file.</param>
/// <param name="Problem">Why the name could not be expanded (bilingual), or null.</param>
internal sealed record InputSource(string Name, string? Path, byte[]? Bytes, string? Problem)
{
    /// <summary>The name given to standard input in output.</summary>
    public const string StdinName = "-";

    /// <summary>A file.</summary>
    public static InputSource File(string path) => new(path, path, null, null);

    /// <summary>A name that could not be expanded, with the reason.</summary>
    public static InputSource Failed(string name, string problem) => new(name, null, null, problem);
}
