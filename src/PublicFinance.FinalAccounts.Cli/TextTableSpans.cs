using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Places a text's table findings at their cell (表格文本的定位): a finding the validator could not place through the
/// narrative's source map (its pointers name only table figures) is given the line:column span of the first of its
/// figures printed in a table pasted in the text — the cell's text, up to its separator.
/// </summary>
internal static class TextTableSpans
{
    /// <summary>The findings, those of the text's tables located; the same list when there is nothing to place.</summary>
    public static IReadOnlyList<Diagnostic> Locate(IReadOnlyList<Diagnostic> diagnostics, LoadedInput input)
    {
        if (input.Kind != InputKind.Text || input.Disclosure is not { } disclosure || input.SourceText is not { } text)
        {
            return diagnostics;
        }

        List<Diagnostic>? located = null;
        string[]? lines = null;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            if (d.Span is not null)
            {
                continue;
            }

            foreach (var pointer in d.Pointers)
            {
                if (disclosure.TableSources.TryGetValue(pointer, out var source)
                    && source.Location is { TextLine: { } line, TextColumn: { } column })
                {
                    lines ??= text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                    located ??= [.. diagnostics];
                    located[i] = d with { Span = CellSpan(lines, line, column) };
                    break;
                }
            }
        }

        return located ?? diagnostics;
    }

    /// <summary>The span of the cell starting at line:column: up to a <c>|</c>, a tab, two spaces or the line's end.</summary>
    internal static SourceSpan CellSpan(string[] lines, int line, int column)
    {
        var text = line <= lines.Length ? lines[line - 1] : string.Empty;
        var end = column - 1;
        while (end < text.Length && text[end] is not ('|' or '\t') && !(text[end] == ' ' && end + 1 < text.Length && text[end + 1] == ' '))
        {
            end++;
        }

        while (end > column - 1 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new SourceSpan(line, column, line, Math.Max(column, end));
    }
}
