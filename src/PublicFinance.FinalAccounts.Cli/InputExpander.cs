namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Turns the input arguments into inputs (展开输入): a file stays a file, a directory gives every input file below it
/// (recursively, sorted), a pattern gives the files it matches, <c>-</c> reads standard input once. A name that cannot be
/// expanded becomes a <see cref="InputSource.Problem"/> in its place, so it is reported and the others are still checked.
/// </summary>
internal static class InputExpander
{
    /// <summary>
    /// The file extensions taken from a directory: reports, texts and published files. Markdown is left out, so a
    /// README or SOURCES.md beside the disclosures is not read as one; a file named on the command line (or matched by a
    /// pattern) is read whatever its name.
    /// </summary>
    public static IReadOnlyList<string> DirectoryExtensions { get; } = [".json", ".txt", ".pdf", ".html", ".htm", ".xlsx", ".xls"];

    /// <summary>Expands the arguments in order; duplicates (the same full path twice) are kept once, at their first place.</summary>
    public static IReadOnlyList<InputSource> Expand(IReadOnlyList<string> arguments, Stream? stdin)
    {
        var inputs = new List<InputSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stdinRead = false;
        void AddFile(string path)
        {
            if (seen.Add(Path.GetFullPath(path)))
            {
                inputs.Add(InputSource.File(path));
            }
        }

        foreach (var argument in arguments)
        {
            if (argument == InputSource.StdinName)
            {
                inputs.Add(stdinRead
                    ? InputSource.Failed(argument, CliMessages.StdinTwice)
                    : ReadStdin(stdin));
                stdinRead = true;
            }
            else if (Directory.Exists(argument))
            {
                var files = FilesBelow(argument);
                if (files.Count == 0)
                {
                    inputs.Add(InputSource.Failed(argument, CliMessages.NoInputInDirectory(argument, DirectoryExtensions)));
                }

                foreach (var file in files)
                {
                    AddFile(file);
                }
            }
            else if (File.Exists(argument) || !Glob.IsPattern(argument))
            {
                AddFile(argument);   // a missing file is reported by the loader: "file not found"
            }
            else if (!Glob.TryExpand(argument, out var matched, out var problem))
            {
                inputs.Add(InputSource.Failed(argument, problem));
            }
            else if (matched.Count == 0)
            {
                inputs.Add(InputSource.Failed(argument, CliMessages.NoFileMatches(argument)));
            }
            else
            {
                foreach (var file in matched)
                {
                    AddFile(file);
                }
            }
        }

        return inputs;
    }

    /// <summary>
    /// One input that must be one file (<c>summary</c>, <c>--previous</c>): <c>-</c> is standard input, anything else a
    /// file path taken as is — a directory or a pattern is refused by the loader with the reason, never expanded.
    /// </summary>
    public static InputSource Single(string argument, Stream? stdin) =>
        argument == InputSource.StdinName ? ReadStdin(stdin) : InputSource.File(argument);

    /// <summary>Every input file below a directory, skipping hidden directories (.git), sorted by ordinal path.</summary>
    private static List<string> FilesBelow(string directory)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                files.AddRange(Directory.EnumerateFiles(current)
                    .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())));
                foreach (var sub in Directory.EnumerateDirectories(current))
                {
                    if (!Path.GetFileName(sub).StartsWith('.'))
                    {
                        pending.Push(sub);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable subdirectory is skipped; its files cannot be listed.
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static InputSource ReadStdin(Stream? stdin)
    {
        if (stdin is null)
        {
            return InputSource.Failed(InputSource.StdinName, CliMessages.StdinUnavailable);
        }

        try
        {
            using var kept = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while (kept.Length <= InputFile.MaxPublishedBytes && (n = stdin.Read(buffer, 0, buffer.Length)) > 0)
            {
                kept.Write(buffer, 0, n);
            }

            if (kept.Length > InputFile.MaxPublishedBytes)
            {
                return InputSource.Failed(InputSource.StdinName, CliMessages.StdinTooLarge(InputFile.MaxPublishedBytes));
            }

            return new InputSource(InputSource.StdinName, null, kept.ToArray(), null);
        }
        catch (IOException ex)
        {
            return InputSource.Failed(InputSource.StdinName, CliMessages.StdinUnreadable(ex.Message));
        }
    }
}
