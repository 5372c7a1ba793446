using System;
using System.Collections.Generic;
using System.Text;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Splits normalised text into blocks.</summary>
internal static class Paragraphs
{
    public static List<Block> Split(string text)
    {
        var blocks = new List<Block>();
        StringBuilder? prose = null;
        OffsetMap? proseMap = null;
        // The last non-whitespace character of the open paragraph, tracked as it grows so that deciding whether
        // it ended a sentence never re-scans it (a run of whitespace-only lines stays linear).
        var proseLast = '\0';
        var cells = CellLines(text);
        var lineStart = 0;

        void FlushProse()
        {
            if (prose is null || prose.Length == 0)
            {
                prose = null;
                proseMap = null;
                return;
            }

            proseMap!.Add(proseMap.Length > 0 ? proseMap[proseMap.Length - 1] + 1 : 0);
            blocks.Add(new Block(BlockKind.Prose, new Fragment(prose.ToString(), proseMap).Trim()));
            prose = null;
            proseMap = null;
        }

        void Line(int from, int to)
        {
            var (s, e) = TrimRange(text, from, to);
            if (s < e && cells.Contains(s))
            {
                FlushProse();
                blocks.Add(new Block(BlockKind.Cell, new Fragment(text.Substring(s, e - s), OffsetMap.Shifted(s, e - s))));
            }
            else if (s < e)
            {
                var kind = BlockClassifier.Classify(text, s, e, out var contentStart);
                if (kind == BlockKind.Prose || kind == BlockKind.ListItem)
                {
                    // A list item starts a paragraph; a prose line continues the open paragraph unless that ended a sentence.
                    if (kind == BlockKind.ListItem || prose is null || proseLast is '。' or '!' or '?')
                    {
                        FlushProse();
                    }

                    if (prose is null)
                    {
                        prose = new StringBuilder();
                        proseMap = new OffsetMap();
                        proseLast = '\0';
                    }

                    // Two numbers must not run together when a line break between them is removed ("2946.25" / "2").
                    if (prose.Length > 0 && IsNumberChar(prose[prose.Length - 1]) && IsNumberChar(text[contentStart]))
                    {
                        prose.Append(' ');
                        proseMap!.Add(contentStart);
                    }

                    prose.Append(text, contentStart, e - contentStart);
                    proseMap!.AddRun(contentStart, e - contentStart);
                    for (var i = e - 1; i >= contentStart; i--)
                    {
                        if (!char.IsWhiteSpace(text[i]))
                        {
                            proseLast = text[i];
                            break;
                        }
                    }
                }
                else
                {
                    FlushProse();
                    blocks.Add(new Block(kind, new Fragment(text.Substring(contentStart, e - contentStart), OffsetMap.Shifted(contentStart, e - contentStart))));
                }
            }
        }

        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            // A web page's whole 说明 on one line is cut into its headings and paragraphs first (WebPageText).
            if (lineEnd - lineStart < WebPageText.MinLength)
            {
                Line(lineStart, lineEnd);
            }
            else
            {
                foreach (var (pieceStart, pieceEnd) in WebPageText.Segments(text, lineStart, lineEnd))
                {
                    Line(pieceStart, pieceEnd);
                }
            }

            lineStart = lineEnd + 1;
        }

        FlushProse();
        return blocks;
    }

    /// <summary>
    /// Starts of the lines that are cells of a table written one cell per line: bare numbers ("77.00", "-2.86",
    /// "15%"), and short lines without sentence punctuation (labels, column names) that have a bare number among
    /// the next four lines and at least two bare numbers within four lines either side.
    /// </summary>
    private static HashSet<int> CellLines(string text)
    {
        var lines = new List<(int S, int E, bool Number, bool Short)>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var (s, e) = TrimRange(text, lineStart, lineEnd);
            if (s < e && text[s] != '|' && text[s] != '#')
            {
                lines.Add((s, e, IsBareNumber(text, s, e), e - s <= 24 && IsLabelLine(text, s, e)));
            }

            lineStart = lineEnd + 1;
        }

        var result = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Number)
            {
                result.Add(lines[i].S);
                continue;
            }

            if (!lines[i].Short)
            {
                continue;
            }

            var ahead = false;
            var around = 0;
            for (var k = Math.Max(0, i - 4); k <= Math.Min(lines.Count - 1, i + 4); k++)
            {
                if (!lines[k].Number)
                {
                    continue;
                }

                around++;
                ahead |= k > i;
            }

            if (ahead && around >= 2)
            {
                result.Add(lines[i].S);
            }
        }

        return result;
    }

    private static bool IsBareNumber(string text, int s, int e)
    {
        var digits = 0;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is not ('.' or ',' or '-' or '+' or '%' or ' '))
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>A label or column name: no sentence punctuation, no digits, not a numbered heading.</summary>
    private static bool IsLabelLine(string text, int s, int e)
    {
        if (BlockClassifier.IsChineseNumeral(text[s]) || text[s] == '第')
        {
            return false;
        }

        for (var i = s; i < e; i++)
        {
            if (text[i] is '。' or ',' or ';' or '!' or '?' or '、' || text[i] is >= '0' and <= '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumberChar(char c) => c is >= '0' and <= '9' or '.' or ',' or '%' or '-';

    private static (int, int) TrimRange(string text, int s, int e)
    {
        while (s < e && (text[s] == ' ' || text[s] == '\r'))
        {
            s++;
        }

        while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\r'))
        {
            e--;
        }
        // A line of only whitespace (tabs included) is blank: nothing of it is joined into a paragraph.
        var blank = s;
        while (blank < e && char.IsWhiteSpace(text[blank]))
        {
            blank++;
        }

        if (blank == e)
        {
            return (e, e);
        }
        // Web-page residue: a cell written "label |" (one cell per line), trailing "| |||" runs, and lines of only
        // '|' or only '?' (characters a mirror site could not encode) carry nothing.
        if (s < e && text[s] != '|')
        {
            while (e > s && (text[e - 1] == '|' || text[e - 1] == ' '))
            {
                e--;
            }
        }

        var k = s;
        while (k < e && (text[k] == '|' || text[k] == ' ' || text[k] == '?'))
        {
            k++;
        }

        return k == e ? (e, e) : (s, e);
    }
}
