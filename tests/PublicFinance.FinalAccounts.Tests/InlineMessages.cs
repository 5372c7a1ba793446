using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// Finds bilingual messages written inline instead of in a message catalogue (消息目录, issue 13): Chinese text in the
/// arguments of an exception (<c>new …Exception(…)</c>, <c>throw new(…)</c>, a <c>: base(…)</c> call) or of a
/// diagnostic (<c>Note(…)</c>, <c>Finding(…)</c>, <c>AddNote</c>, <c>AddFinding</c>), outside the catalogue files
/// (every file whose name holds <c>Messages</c>: <c>DisclosureMessages*.cs</c>, <c>DocumentMessages.cs</c>,
/// <c>ValidationMessages*.cs</c>, <c>Messages*.cs</c>, <c>CliMessages.cs</c>).
/// </summary>
/// <remarks>
/// A syntactic check, not a compiler's: an exception built by a target-typed <c>new(…)</c> outside a <c>throw</c>, or a
/// message assembled in a helper method and passed in, is not seen. Comment lines are skipped; string and character
/// literals are skipped while the arguments' parentheses are matched, so a <c>"("</c> in a literal does not end them.
/// </remarks>
internal static partial class InlineMessages
{
    /// <summary>Whether a file is a message catalogue, where bilingual literals belong.</summary>
    /// <param name="fileName">The file's name, e.g. <c>DisclosureMessages.Invariants.cs</c>.</param>
    public static bool IsCatalogue(string fileName) => fileName.Contains("Messages", StringComparison.Ordinal);

    /// <summary>The 1-based lines where an exception or a diagnostic with inline Chinese text starts (empty when none).</summary>
    /// <param name="text">A C# file's text.</param>
    public static List<int> Lines(string text)
    {
        var lines = new List<int>();
        foreach (Match m in RaiseStart().Matches(text))
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
            if (IsComment(text.Substring(lineStart, m.Index - lineStart)))
            {
                continue;
            }

            var end = ClosingParenthesis(text, m.Index + m.Length);
            var arguments = text.Substring(m.Index + m.Length, end - (m.Index + m.Length)).Split('\n')
                .Where(l => !IsComment(l));
            if (arguments.Any(l => l.Any(IsCjk)))
            {
                lines.Add(text.Take(m.Index).Count(c => c == '\n') + 1);
            }
        }

        return lines;
    }

    private static bool IsComment(string linePrefix)
    {
        var trimmed = linePrefix.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*');
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>The index of the parenthesis that closes the one just before <paramref name="from"/> (or the end).</summary>
    private static int ClosingParenthesis(string text, int from)
    {
        var depth = 1;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    i = StringEnd(text, i);
                    break;
                case '\'':
                    // A character literal: 'x', '\'' or '"' (a quote inside one must not open a string).
                    var close = text.IndexOf('\'', i + (i + 1 < text.Length && text[i + 1] == '\\' ? 3 : 2));
                    i = close > i && close - i <= 8 ? close : i;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return text.Length;
    }

    /// <summary>The index of the quote that closes the literal opened at <paramref name="open"/>.</summary>
    private static int StringEnd(string text, int open)
    {
        var verbatim = open > 0 && text[open - 1] == '@' || open > 1 && text[open - 2] == '@';
        for (var i = open + 1; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i;
            }
            else if (text[i] == '\n' && !verbatim)
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Where a message is raised: an exception built or thrown, a base constructor, a note or a finding.</summary>
    [GeneratedRegex(@"\bthrow\s+new\s*\(|\bnew\s+\w*Exception\s*\(|:\s*base\s*\(|\b(?:Note|AddNote|Finding|AddFinding)\s*\(")]
    private static partial Regex RaiseStart();
}
