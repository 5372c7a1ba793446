using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// File name patterns (通配符): <c>*</c> any characters within a path segment, <c>?</c> one character, <c>**</c> as a
/// whole segment any number of directories. Used when the shell did not expand a pattern (quoted, or on Windows).
/// </summary>
internal static class Glob
{
    /// <summary>Whether the argument is a pattern rather than a plain path.</summary>
    public static bool IsPattern(string argument) => argument.IndexOfAny(['*', '?']) >= 0;

    /// <summary>
    /// Expands a pattern to the files it matches, sorted by ordinal path. False with a bilingual reason when the pattern
    /// is malformed (<c>**</c> not a whole segment, a wildcard in a drive or root part).
    /// </summary>
    public static bool TryExpand(string pattern, out IReadOnlyList<string> files, out string problem)
    {
        files = Array.Empty<string>();
        problem = string.Empty;
        var segments = pattern.Replace('\\', '/').Split('/');
        if (segments.Any(s => s.Contains("**", StringComparison.Ordinal) && s != "**"))
        {
            problem = CliMessages.GlobDoubleStar(pattern);
            return false;
        }

        // The base directory: the leading segments without wildcards.
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsPattern(segments[fixedCount]))
        {
            fixedCount++;
        }

        var baseDirectory = string.Join("/", segments.Take(fixedCount));
        if (baseDirectory.Length == 0 && pattern.StartsWith('/'))
        {
            baseDirectory = "/";
        }

        var root = baseDirectory.Length == 0 ? "." : baseDirectory;
        if (!Directory.Exists(root))
        {
            problem = CliMessages.GlobDirectoryNotFound(pattern, root);
            return false;
        }

        var regex = new Regex("^" + ToRegex(segments.Skip(fixedCount)) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var recursive = segments.Skip(fixedCount).Count() > 1 || segments[^1] == "**";
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (regex.IsMatch(relative))
            {
                found.Add(baseDirectory.Length == 0 ? relative : Path.Combine(baseDirectory, relative).Replace('\\', '/'));
            }
        }

        found.Sort(StringComparer.Ordinal);
        files = found;
        return true;
    }

    private static string ToRegex(IEnumerable<string> segments)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var segment in segments)
        {
            if (segment == "**")
            {
                // Any number of directories, including none: "(?:[^/]+/)*" before the next segment.
                if (!first)
                {
                    sb.Append('/');
                }

                sb.Append("(?:[^/]+/)*");
                first = true;
                continue;
            }

            if (!first)
            {
                sb.Append('/');
            }

            first = false;
            foreach (var c in segment)
            {
                sb.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        var text = sb.ToString();
        // A trailing "**" matches every file below.
        return text.EndsWith("(?:[^/]+/)*", StringComparison.Ordinal) ? text + "[^/]+" : text;
    }
}
