using System;
using System.Collections.Generic;
using System.Text;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What kind of block a paragraph is.</summary>
internal enum BlockKind
{
    Prose,
    Heading,
    ListItem,
    TableRow,

    /// <summary>One cell of a table written one cell per line (a bare number, or a short label among them).</summary>
    Cell,
}

/// <summary>
/// A run of normalised text with the normalised index of each of its characters. Slices share their parent's index
/// map (an offset into it), so splitting a paragraph into sentences and clauses copies only the text. The map is
/// kept as runs (<see cref="OffsetMap"/>): a line's fragment is one run, a joined paragraph one run per line.
/// </summary>
internal sealed class Fragment
{
    private readonly OffsetMap map;
    private readonly int offset;

    public Fragment(string text, int[] map)
        : this(text, OffsetMap.From(map), 0)
    {
    }

    public Fragment(string text, OffsetMap map)
        : this(text, map, 0)
    {
    }

    private Fragment(string text, OffsetMap map, int offset)
    {
        Text = text;
        this.map = map;
        this.offset = offset;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Normalised-text index of character <paramref name="i"/> (<see cref="Length"/> gives the end).</summary>
    public int At(int i) => map[offset + i];

    public Fragment Slice(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        end = Math.Max(start, Math.Min(end, Text.Length));
        if (start == 0 && end == Text.Length)
        {
            return this;   // immutable: the whole fragment is itself (a long paragraph is not copied again)
        }

        return new Fragment(Text.Substring(start, end - start), map, offset + start);
    }

    public Fragment Trim()
    {
        var s = 0;
        var e = Text.Length;
        while (s < e && char.IsWhiteSpace(Text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(Text[e - 1]))
        {
            e--;
        }

        return Slice(s, e);
    }

    public override string ToString() => Text;
}

/// <summary>A paragraph: consecutive prose lines joined (PDF conversion breaks sentences across lines), or one
/// heading, list item or table row.</summary>
internal sealed class Block
{
    public Block(BlockKind kind, Fragment content)
    {
        Kind = kind;
        Content = content;
    }

    public BlockKind Kind { get; }

    public Fragment Content { get; }
}

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
                var kind = Classify(text, s, e, out var contentStart);
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

    private static bool EndsWith(string text, int end, string word) => end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

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
        if (IsChineseNumeral(text[s]) || text[s] == '第')
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

    internal static bool IsChineseNumeral(char c) => "一二三四五六七八九十".IndexOf(c) >= 0;

    private static BlockKind Classify(string text, int s, int e, out int contentStart)
    {
        contentStart = s;
        // A table row has at least two tab separators (or starts with |); a single stray tab stays prose.
        var firstTab = text.IndexOf('\t', s, e - s);
        if (firstTab >= 0 && text.IndexOf('\t', firstTab + 1, e - firstTab - 1) >= 0 || text[s] == '|' || text.IndexOf(" | ", s, e - s, StringComparison.Ordinal) >= 0)
        {
            return BlockKind.TableRow;
        }

        if (text[s] == '#')
        {
            var i = s;
            while (i < e && (text[i] == '#' || text[i] == ' '))
            {
                i++;
            }

            contentStart = i;
            return BlockKind.Heading;
        }

        var length = e - s;
        // 一、… / (一)… / 第一部分 … headings are short lines without sentence punctuation.
        var numbered = IsChineseNumeral(text[s]) && Next(text, s, e, '、')
            || text[s] == '(' && s + 1 < e && IsChineseNumeral(text[s + 1])
            || text[s] == '第' && s + 1 < e && IsChineseNumeral(text[s + 1]);
        if (numbered && length <= 40 && text.IndexOf('。', s, length) < 0 && text.IndexOf(':', s, length) < 0)
        {
            return BlockKind.Heading;
        }
        // A table title on its own line ("收入支出决算总表", "财政拨款“三公”经费支出决算表") is a heading too.
        if (length <= 40 && (EndsWith(text, e, "决算表") || EndsWith(text, e, "总表") || EndsWith(text, e, "明细表")) && text.IndexOf('。', s, length) < 0)
        {
            return BlockKind.Heading;
        }
        // A title line on a web page ("2020年某局“三公”经费决算情况说明", "…决算汇总情况"): a heading, so the next line
        // does not run into it.
        if (length <= 60 && (EndsWith(text, e, "说明") || EndsWith(text, e, "情况") || EndsWith(text, e, "决算")) && IsTitleWording(text, s, e))
        {
            return BlockKind.Heading;
        }

        if (numbered && IsChineseNumeral(text[s]))
        {
            return BlockKind.ListItem;   // "三、事业收入：指……" starts its own paragraph
        }

        if (text[s] == '-' && s + 1 < e && text[s + 1] == ' ')
        {
            contentStart = s + 2;
            return BlockKind.ListItem;
        }

        var d = s;
        while (d < e && d - s < 3 && char.IsDigit(text[d]))
        {
            d++;
        }

        if (d > s && d < e && (text[d] == '.' || text[d] == '、') && (d + 1 >= e || !char.IsDigit(text[d + 1])))
        {
            return BlockKind.ListItem;
        }

        return BlockKind.Prose;
    }

    private static bool IsTitleWording(string text, int s, int e)
    {
        var line = text.Substring(s, e - s);
        return (line.Contains("决算") || line.Contains("三公")) && line.IndexOf('。') < 0 && line.IndexOf(',') < 0 && line.IndexOf(';') < 0 && line.IndexOf(':') < 0;
    }

    private static bool Next(string text, int s, int e, char c)
    {
        var i = s;
        while (i < e && IsChineseNumeral(text[i]))
        {
            i++;
        }

        return i < e && text[i] == c;
    }
}
