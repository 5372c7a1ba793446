namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Splits normalised text into blocks in one pass over its lines. Whether a short line is a cell of a table written
/// one cell per line depends on the four lines either side, so lines are read a few ahead of the one placed: a
/// bounded window, never a whole-text list, so the working set of a step is the same for a 1 Mi and a 4 Mi text.
/// </summary>
internal static class Paragraphs
{
    /// <summary>
    /// A paragraph that has grown to this many characters is closed at the next line break even without a sentence
    /// end (the join repairs sentences broken by PDF conversion; no real paragraph is this long, and a bounded paragraph
    /// keeps each step's buffers cache-sized).
    /// </summary>
    public const int MaxParagraphLength = 32 * 1024;

    /// <summary>The most lines read ahead while a short line waits for its four next candidate cells.</summary>
    private const int MaxLookahead = 256;

    /// <summary>Every block of <paramref name="text"/> in a list (tests, and the list-based oracle of the pipeline).</summary>
    public static List<Block> Split(string text) => [.. Blocks(text)];

    /// <summary>
    /// The blocks of <paramref name="text"/> in order, each given as soon as it is decided: a block is kept by the
    /// splitter only while its look-ahead window or a following blank cell can still change it, so the caller can
    /// read it and let it go (the reading passes then hold no list of the whole text).
    /// </summary>
    public static IEnumerable<Block> Blocks(string text) => Blocks(text, null);

    /// <summary>
    /// The blocks of <paramref name="text"/> as <see cref="Blocks(string)"/> gives them, passing over the stretches
    /// <paramref name="blankChunks"/> marks as white space (<see cref="SourceText.BlankChunks"/> of this text) unread.
    /// </summary>
    public static IEnumerable<Block> Blocks(string text, bool[]? blankChunks) => new Splitter(text, blankChunks).Run();

    /// <summary>
    /// <see cref="Split(string)"/> with the placed lines read ahead forgotten only once more than
    /// <paramref name="forgetAfter"/> of them are more than the lines still waiting (the tests: the blocks do not depend on
    /// it).
    /// </summary>
    internal static List<Block> Split(string text, int forgetAfter) => [.. new Splitter(text, null, forgetAfter).Run()];

    /// <summary>How many placed lines the splitter keeps before it forgets them (<see cref="Split(string, int)"/>).</summary>
    internal const int ForgetPlacedAfter = 16;

    /// <summary>
    /// The start of the first line at or after the line starting at <paramref name="lineStart"/> that holds a
    /// character other than white space (<see cref="char.IsWhiteSpace(char)"/>), or one past the end of the text when
    /// every line left is blank. <paramref name="blankChunks"/> (see <see cref="SourceText.BlankChunks"/>) names
    /// stretches known to be white space, which are passed over without being read.
    /// </summary>
    internal static int PastBlankLines(string text, int lineStart, bool[]? blankChunks = null)
    {
        var content = NextNonWhiteSpace(text, lineStart, blankChunks);
        if (content < 0)
        {
            return text.Length + 1;
        }

        var lineBreak = content > lineStart ? text.LastIndexOf('\n', content - 1, content - lineStart) : -1;
        return lineBreak < 0 ? lineStart : lineBreak + 1;
    }

    /// <summary>The index of the first character at or after <paramref name="from"/> that is not white space, or -1.</summary>
    private static int NextNonWhiteSpace(string text, int from, bool[]? blankChunks)
    {
        if (blankChunks is null)
        {
            return WhiteSpace.IndexOfOther(text, from, text.Length);
        }

        for (var i = from; i < text.Length;)
        {
            var end = Math.Min(((i / SourceText.ChunkLength) + 1) * SourceText.ChunkLength, text.Length);
            if (!blankChunks[i / SourceText.ChunkLength] && WhiteSpace.IndexOfOther(text, i, end) is var at and >= 0)
            {
                return at;
            }

            i = end;
        }

        return -1;
    }

    /// <summary>
    /// A bare number ("77.00", "-2.86", "15%"; a trailing " |" of a web-page cell already trimmed).
    /// </summary>
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

    /// <summary>
    /// Where to cut a piece that is too long for one paragraph, at most at <paramref name="limit"/>: after the last
    /// sentence end (。 ! ?) in the second half of [<paramref name="start"/>, limit), else after the last clause end
    /// (; , 、 space), else at <paramref name="limit"/> moved back out of a number and a surrogate pair.
    /// </summary>
    internal static int Cut(string text, int start, int limit)
    {
        var half = start + ((limit - start) / 2);
        for (var i = limit - 1; i >= half; i--)
        {
            if (text[i] is '。' or '!' or '?')
            {
                return i + 1;
            }
        }

        for (var i = limit - 1; i >= half; i--)
        {
            if (text[i] is ';' or ',' or '、' or ' ')
            {
                return i + 1;
            }
        }

        var cut = limit;
        while (cut > half && (char.IsHighSurrogate(text[cut - 1]) || IsNumberChar(text[cut - 1]) && IsNumberChar(text[cut])))
        {
            cut--;
        }

        return cut;
    }

    /// <summary>
    /// A web-page cell line: "label |" (a cell written one per line, ending in its separator) — the one '|' of the
    /// line is its last character, so a '|' row ("项目 | 决算数 |") or a trailing run ("附件. | ||||") is none.
    /// </summary>
    private static bool EndsWithCellSeparator(string text, int start, int end)
    {
        var e = end;
        while (e > start && (text[e - 1] == ' ' || text[e - 1] == '\r'))
        {
            e--;
        }

        var s = start;
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        return e - s >= 2 && text[e - 1] == '|' && text.IndexOf('|', s, e - 1 - s) < 0;
    }

    /// <summary>
    /// A PDF page mark on a line of its own: "第 3 页 共 12 页", "第3页/共12页", "共12页 第3页", "第 3 页", "- 3 -", "— 3 —",
    /// "7/12" (spaces anywhere). Such a line printed inside a paragraph is no part of it.
    /// </summary>
    internal static bool IsPageMark(string text, int s, int e)
    {
        var i = s;
        if (PageOfPages(text, s, e))
        {
            return true;   // session 53: "7/12", the page and the page count
        }

        if (text[i] is '-' or '—')
        {
            i = SkipSpaces(text, i + 1, e);
            var digits = i;
            i = SkipDigits(text, i, e);
            i = SkipSpaces(text, i, e);
            return i > digits && i == e - 1 && text[i] is '-' or '—';
        }

        var pages = 0;
        while (i < e)
        {
            if (text[i] is not ('第' or '共'))
            {
                return false;
            }

            i = SkipSpaces(text, i + 1, e);
            var digits = i;
            i = SkipSpaces(text, SkipDigits(text, i, e), e);
            if (i == digits || i >= e || text[i] != '页')
            {
                return false;
            }

            pages++;
            i = SkipSpaces(text, i + 1, e);
            if (i < e && text[i] is '/' or ',')
            {
                i = SkipSpaces(text, i + 1, e);
            }
        }

        return pages is 1 or 2;
    }

    /// <summary>
    /// Session 53: "7/12" alone on a line — a page number, a slash and a page count of one to three digits each, the page
    /// not beyond the count (a date is written with its year, a share of two counts is not a line of its own).
    /// </summary>
    private static bool PageOfPages(string text, int s, int e)
    {
        var i = SkipDigits(text, s, e);
        var page = i - s;
        var slash = SkipSpaces(text, i, e);
        if (page is < 1 or > 3 || slash >= e || text[slash] != '/')
        {
            return false;
        }

        var countAt = SkipSpaces(text, slash + 1, e);
        var end = SkipDigits(text, countAt, e);
        return end == e && end - countAt is >= 1 and <= 3 && text[s] != '0' && text[countAt] != '0'
            && DigitsValue(text, s, s + page) <= DigitsValue(text, countAt, end);
    }

    /// <summary>The value of the ASCII digits [<paramref name="from"/>, <paramref name="to"/>) (at most three: a page number).</summary>
    private static int DigitsValue(string text, int from, int to)
    {
        var value = 0;
        for (var i = from; i < to; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>
    /// Session 53: the mark of a table's continuation on a new page, alone on its line — "续表", "续上表", "续表1", "（续表）",
    /// "续表：". The rows after it (the header repeated, then more rows) are the same table's, so the line is dropped as a
    /// page mark is and the table runs on over it.
    /// </summary>
    internal static bool IsContinuationMark(string text, int s, int e)
    {
        var z = e > s && text[e - 1] == ':' ? e - 1 : e;
        var bracketed = z - s >= 3 && text[s] == '(' && text[z - 1] == ')';
        var a = bracketed ? s + 1 : s;
        z = bracketed ? z - 1 : z;
        if (z - a < 1 || text[a] != '续')
        {
            return false;
        }

        var i = a + 1;
        if (i == z)
        {
            return bracketed;   // "（续）"
        }

        i += text[i] == '上' ? 1 : 0;
        return i < z && text[i] == '表' && SkipDigits(text, i + 1, z) == z;
    }

    /// <summary>A title line: it names 决算 and has no sentence or clause mark (。 , ; : ! ?).</summary>
    private static bool IsTitleLine(string text, int s, int e)
    {
        if (text.IndexOf("决算", s, e - s, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        for (var k = s; k < e; k++)
        {
            if (text[k] is '。' or ',' or ';' or ':' or '!' or '?')
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpaces(string text, int i, int e)
    {
        while (i < e && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int SkipDigits(string text, int i, int e)
    {
        while (i < e && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether a line after a paragraph ending in ':' ("…完成年初预算的 111.11%。其中:", "具体如下:") is the first entry of the
    /// list it announces, not the rest of a sentence broken by the page: numbered "(1)" or "一是", or a functional class
    /// named with its level ("一般公共服务支出(类)…", the entries of 2014–2018 county texts are often not numbered). Such an
    /// entry opens a paragraph of its own, so that its figures are its own (merged, the first entry was lost). Session 52: a
    /// circled number ("①…", blind round 48 t10) and "1." / "1、" / "1)" (not a decimal: no digit after the dot) too.
    /// </summary>
    internal static bool StartsListEntry(string text, int s, int e)
    {
        if (s + 2 < e && text[s] == '(' && char.IsDigit(text[s + 1]))
        {
            var close = SkipDigits(text, s + 1, e);
            return close < e && text[close] == ')';
        }

        if (s + 1 < e && NarrativeReader.CircledNumber(text[s]))
        {
            return true;
        }

        if (s + 2 < e && char.IsDigit(text[s]))
        {
            var mark = SkipDigits(text, s, e);
            return mark - s <= 2 && mark + 1 < e && text[mark] is '.' or '、' or ')' && !char.IsDigit(text[mark + 1]);
        }

        if (s + 1 < e && BlockClassifier.IsChineseNumeral(text[s]) && text[s + 1] == '是')
        {
            return true;
        }

        var level = text.IndexOf("(类)", s, Math.Min(e - s, 24), StringComparison.Ordinal);
        return level > s && text.IndexOf(',', s, level - s) < 0 && text.IndexOf('。', s, level - s) < 0
            || IsCodedItemHead(text, s, e);
    }

    /// <summary>
    /// Session 53 (blind round 49 t04): a line that opens with an item's name and its 7-digit code in brackets before a colon
    /// ("行政运行（2081101）：486.32万元", normalised "行政运行(2081101):…"; the name words only: no digit, no clause mark). Under
    /// "…列示如下：" the first such line ran into the lead-in, and the coded-item reader, which takes the head only where its
    /// paragraph opens (session 52's <c>CodedItemHead</c>), lost it: its amount was a note.
    /// </summary>
    private static bool IsCodedItemHead(string text, int s, int e)
    {
        var open = text.IndexOf('(', s, Math.Min(e - s, MaxCodedHeadName + 1));
        if (open - s < 2 || open + 10 >= e || text[open + 8] != ')' || text[open + 9] != ':')
        {
            return false;
        }

        for (var i = s; i < open; i++)
        {
            if (char.IsDigit(text[i]) || text[i] is ',' or ';' or ':' or '。' or '、' or '(' or ')')
            {
                return false;
            }
        }

        for (var i = open + 1; i < open + 8; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest item name before the bracketed code of <see cref="IsCodedItemHead"/>, in characters.</summary>
    private const int MaxCodedHeadName = 40;

    /// <summary>A line of a single '|' (spaces around it allowed): in a one-cell-per-line table, a blank cell.</summary>
    private static bool IsLoneSeparator(string text, int start, int end)
    {
        var bars = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '|')
            {
                bars++;
            }
            else if (text[i] is not (' ' or '\r'))
            {
                return false;
            }
        }

        return bars == 1;
    }

    private static (int, int) TrimRange(string text, int s, int e)
    {
        // A form feed (a PDF page break) before a line's first word is no part of it: "\f加 415.39 万元" continues the
        // "各增" of the page before as 增加, and "\f4. …" is list item 4 (blind round 27 C, cause 2).
        while (s < e && (text[s] == ' ' || text[s] == '\r' || text[s] == '\f'))
        {
            s++;
        }

        while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\r'))
        {
            e--;
        }
        // A line of only whitespace (tabs included) is blank: nothing of it is joined into a paragraph.
        var blank = s;
        while (blank < e && WhiteSpace.Is(text[blank]))
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

    /// <summary>A non-blank line read ahead: its range, trimmed range and what the cell decision needs.</summary>
    private struct Line
    {
        public int Start;
        public int End;
        public int S;
        public int E;

        /// <summary>The line's index among the candidate lines (not starting with '|' or '#'), or -1.</summary>
        public int Candidate;
        public bool Number;
        public bool Short;

        /// <summary>A lone '|' after a "label |" line: a blank cell of a one-cell-per-line table.</summary>
        public bool BlankCell;

        /// <summary>A web-page cell "text |" (short, no sentence end).</summary>
        public bool CellStyle;

        /// <summary>A short label between two web-page cells: the first half of a cell broken over two lines.</summary>
        public bool Continued;

        /// <summary>Whether the next non-blank line has been read, and whether it is a web-page cell.</summary>
        public bool NextKnown;
        public bool NextCellStyle;
        public bool PreviousCellStyle;
    }

    /// <summary>
    /// The lines read ahead, oldest first: a growing array whose lines are read and changed in place (a
    /// <see cref="List{T}"/> of this struct gave a copy of each line at every look, and one back at every change).
    /// </summary>
    private sealed class LineWindow
    {
        private Line[] items = new Line[32];

        /// <summary>The lines held.</summary>
        public int Count { get; private set; }

        /// <summary>The line at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), in place.</summary>
        public ref Line this[int index]
        {
            // Inlined: a call per look cost more than the copy it saves (the splitter's own profile, session 26).
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    OutOfRange(index);
                }

                return ref items[index];
            }
        }

        /// <summary>Adds <paramref name="line"/> at the end.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(in Line line)
        {
            if (Count == items.Length)
            {
                Grow();
            }

            items[Count++] = line;
        }

        private void Grow() => Array.Resize(ref items, items.Length * 2);

        private static void OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, null);

        /// <summary>Forgets the first <paramref name="count"/> lines (0 ≤ count ≤ <see cref="Count"/>).</summary>
        public void RemoveFront(int count)
        {
            Array.Copy(items, count, items, 0, Count - count);
            Count -= count;
        }
    }

    /// <summary>The splitter's state: the blocks so far, the open paragraph and the lines read ahead.</summary>
    private sealed class Splitter
    {
        private readonly string text;
        private readonly List<Block> blocks = [];

        /// <summary>The pieces of an inline space-aligned table (<see cref="InlineSpaceTable"/>; scratch).</summary>
        private readonly List<(int Start, int End)> inlinePieces = [];

        /// <summary>Whether the pieces of an inline table are being placed (they are not cut again).</summary>
        private bool inlineTable;

        /// <summary>Non-blank lines read but not yet placed, oldest at <see cref="head"/>.</summary>
        private readonly LineWindow ahead = new();

        /// <summary>The Number flag of each candidate line from <see cref="numbersBase"/> on (a sliding window).</summary>
        private readonly List<bool> numbers = [];
        private readonly StringBuilder prose = new();
        private int head;
        private int numbersBase;
        private int candidates;
        private bool previousEndsWithSeparator;
        private bool previousCellStyle;
        private bool lastCellStyle;
        private bool lastCandidateWasCell;
        private OffsetMap? proseMap;

        // The open paragraph while it is one piece of the text [firstStart, firstEnd): it becomes a view of the text when
        // flushed so (no copy into the builder, no string, no map of its own); a second piece copies it into the builder.
        private bool proseOpen;
        private bool firstOnly;
        private int firstStart;
        private int firstEnd;

        // Session 49: the last piece appended to the open paragraph [lastStart, lastEnd) — the entry a list's next entry
        // follows when the open paragraph began with a lead-in or a title ("…主要用于以下方面:" / "(1)…" / "(2)…").
        private int lastStart;
        private int lastEnd;

        // The last non-whitespace character of the open paragraph, tracked as it grows so that deciding whether
        // it ended a sentence never re-scans it (a run of whitespace-only lines stays linear).
        private char proseLast;

        // Where the open paragraph's last piece ended in the text (session 48: a heading whose space before the line break
        // must survive the join, HeadingRunsIntoLine).
        private int proseEnd;

        /// <summary>The identity map of the whole text, shared by every heading, row and cell fragment.</summary>
        private readonly OffsetMap identity;

        /// <summary>The stretches of the text known to hold only white space (<see cref="SourceText.BlankChunks"/>), or null.</summary>
        private readonly bool[]? blankChunks;

        /// <summary>How many placed lines are kept before they are forgotten (<see cref="ForgetPlacedAfter"/>).</summary>
        private readonly int forgetAfter;

        public Splitter(string text, bool[]? blankChunks, int forgetAfter = ForgetPlacedAfter)
        {
            this.text = text;
            this.blankChunks = blankChunks;
            this.forgetAfter = forgetAfter;
            identity = OffsetMap.Shifted(0, text.Length);
            numbering = HeadingNumbering.Infer(text, NarrativeReader.NamesSection);
        }

        /// <summary>The text's heading levels when it numbers them in other styles than "一、" (session 49), else null.</summary>
        private readonly HeadingNumbering? numbering;

        public IEnumerable<Block> Run()
        {
            var lineStart = 0;
            while (lineStart <= text.Length)
            {
                // A run of lines of only white space changes nothing (ReadAhead skips a blank line unless it holds a
                // lone '|'), so it is passed over in one vectorised search instead of line by line.
                if (lineStart < text.Length && WhiteSpace.Is(text[lineStart]))
                {
                    lineStart = PastBlankLines(text, lineStart, blankChunks);
                    if (lineStart > text.Length)
                    {
                        break;
                    }
                }

                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                ReadAhead(lineStart, lineEnd);
                PlaceDecided(false);
                lineStart = lineEnd + 1;

                // Give every placed block but a last cell: a blank cell line after it may still add to it (Place).
                var ready = blocks.Count > 0 && blocks[blocks.Count - 1].Kind == BlockKind.Cell ? blocks.Count - 1 : blocks.Count;
                if (ready > 0)
                {
                    for (var i = 0; i < ready; i++)
                    {
                        yield return blocks[i];
                    }

                    blocks.RemoveRange(0, ready);
                }
            }

            PlaceDecided(true);
            FlushProse();
            foreach (var block in blocks)
            {
                yield return block;
            }

            blocks.Clear();
        }

        /// <summary>Records a line (blank lines carry nothing and are skipped, except a blank cell).</summary>
        private void ReadAhead(int start, int end)
        {
            var (s, e) = TrimRange(text, start, end);
            if (s >= e)
            {
                if (previousEndsWithSeparator && IsLoneSeparator(text, start, end))
                {
                    Link(true);
                    ahead.Add(new Line { Start = start, End = end, S = start, E = end, Candidate = Candidate(false), BlankCell = true });
                }

                return;
            }

            if (IsPageMark(text, s, e) || IsRunningTitle(s, e) || BoxRuleLine.Is(text, s, e) || IsContinuationMark(text, s, e)
                || SimpleTableRuleLine.Is(text, s, e))
            {
                return;   // a PDF page's footer or repeated title inside a paragraph: the paragraph runs on over it
            }

            var endsWithSeparator = EndsWithCellSeparator(text, start, end);
            var cellStyle = endsWithSeparator && e - s <= 40 && text.IndexOf('。', s, e - s) < 0;
            Link(cellStyle);
            var line = new Line
            {
                Start = start, End = end, S = s, E = e, Candidate = -1, CellStyle = cellStyle, PreviousCellStyle = previousCellStyle,
            };
            previousEndsWithSeparator = endsWithSeparator;
            if (text[s] != '|' && text[s] != '#')
            {
                line.Number = IsBareNumber(text, s, e);
                line.Short = e - s <= 24 && IsLabelLine(text, s, e);
                line.Candidate = Candidate(line.Number);
            }

            // A short label right after a web-page cell may be the first half of a broken cell: the line after it
            // counts it as a cell line before it ("公务用车" / "购置费 |") — one such line, never a run of them.
            previousCellStyle = cellStyle || lastCellStyle && line.Short;
            lastCellStyle = cellStyle;

            ahead.Add(line);
        }

        /// <summary>The trimmed range of the text's first non-blank line when it is a title; (-1, -1) before it is read,
        /// (-2, -2) when it is no title.</summary>
        private (int S, int E) title = (-1, -1);

        /// <summary>
        /// Whether the line [<paramref name="s"/>, <paramref name="e"/>) repeats the text's first line when that is a title
        /// (a PDF's running title printed at the top of every page: it names 决算 and has no sentence or clause mark); the
        /// first line itself is recorded, not dropped, and a first line that is no title makes no later line one.
        /// </summary>
        private bool IsRunningTitle(int s, int e)
        {
            if (title.S == -1)
            {
                title = IsTitleLine(text, s, e) ? (s, e) : (-2, -2);
                return false;
            }

            return title.S >= 0 && e - s == title.E - title.S && string.CompareOrdinal(text, s, text, title.S, e - s) == 0;
        }

        /// <summary>Tells the line read before (if not yet placed) whether the next one is a web-page cell.</summary>
        private void Link(bool cellStyle)
        {
            if (ahead.Count > head)
            {
                ref var before = ref ahead[ahead.Count - 1];
                before.NextKnown = true;
                before.NextCellStyle = cellStyle;
            }
        }

        private int Candidate(bool number)
        {
            numbers.Add(number);
            return candidates++;
        }

        /// <summary>Places the lines whose cell decision is known (all of them at the end of the text).</summary>
        private void PlaceDecided(bool end)
        {
            while (head < ahead.Count)
            {
                ref var line = ref ahead[head];   // in place: no copy of the line per test (session 26)
                var waiting = line.Candidate >= 0 && !line.Number && (line.Short && line.Candidate + 4 >= candidates || !line.NextKnown);
                if (waiting && !end && ahead.Count - head <= MaxLookahead)
                {
                    break;
                }

                head++;
                var cell = line.Candidate >= 0 && IsCell(line);
                line.Continued = cell && !line.CellStyle && !line.Number && line.PreviousCellStyle && line.NextCellStyle;
                Place(line, cell);
            }

            // Forget what no later decision can look at: placed lines, and candidates more than four behind. Placed lines go
            // once 16 of them are more than the lines still waiting (a line waits for the next one at least), so the list
            // holds about 32 lines, not 128 (64 before session 25) — a few lines copied each time.
            if (head > forgetAfter && head * 2 > ahead.Count)
            {
                ahead.RemoveFront(head);
                head = 0;
            }

            var keep = head < ahead.Count && ahead[head].Candidate >= 0 ? ahead[head].Candidate : candidates;
            var drop = keep - 4 - numbersBase;
            if (drop > 64)
            {
                numbers.RemoveRange(0, drop);
                numbersBase += drop;
            }
        }

        /// <summary>
        /// Cells of a table written one cell per line: bare numbers, and short lines without sentence punctuation
        /// (labels, column names) that have a bare number among the next four candidate lines and at least two bare
        /// numbers within four lines either side; a blank cell when the candidate before it was a cell.
        /// </summary>
        private bool IsCell(in Line line)
        {
            if (line.BlankCell)
            {
                return lastCandidateWasCell;
            }

            if (line.Number)
            {
                return true;
            }

            // Web-page cells ("text |", one per line): two in a row are a table; a short label between two of them is
            // the first half of a cell broken over two lines ("公务用车" / "购置费 |").
            if (line.CellStyle && (line.PreviousCellStyle || line.NextCellStyle))
            {
                return true;
            }

            if (line.Short && line.PreviousCellStyle && line.NextCellStyle)
            {
                return true;
            }

            if (!line.Short)
            {
                return false;
            }

            var hasAhead = false;
            var around = 0;
            var k = line.Candidate;
            for (var j = Math.Max(numbersBase, k - 4); j <= Math.Min(candidates - 1, k + 4); j++)
            {
                if (numbers[j - numbersBase])
                {
                    around++;
                    hasAhead |= j > k;
                }
            }

            return hasAhead && around >= 2;
        }

        private void Place(in Line line, bool cell)
        {
            if (line.Candidate >= 0)
            {
                lastCandidateWasCell = cell;
            }

            if (line.BlankCell)
            {
                if (cell && blocks.Count > 0 && blocks[blocks.Count - 1] is { Kind: BlockKind.Cell } last)
                {
                    blocks[blocks.Count - 1] = new Block(BlockKind.Cell, last.Content, last.BlankCellsAfter + 1, last.Continued);
                }

                return;
            }

            if (line.End - line.Start < WebPageText.MinLength)
            {
                Piece(line.S, line.E, cell, line.Continued);
                return;
            }

            // A web page's whole 说明 on one line is cut into its headings and paragraphs first (WebPageText).
            foreach (var (pieceStart, pieceEnd) in WebPageText.Segments(text, line.Start, line.End))
            {
                var (s, e) = TrimRange(text, pieceStart, pieceEnd);
                if (s < e)
                {
                    Piece(s, e, cell && s == line.S, false);
                }
            }
        }

        private void Piece(int s, int e, bool cell, bool continued)
        {
            if (cell)
            {
                FlushProse();
                blocks.Add(new Block(BlockKind.Cell, Line(s, e), 0, continued));
                return;
            }

            var kind = BlockClassifier.Classify(text, s, e, out var contentStart, numbering);
            if (kind == BlockKind.TableRow && !inlineTable && InlineBarTable.Cut(text, s, e, inlinePieces))
            {
                PieceAll(continued);   // session 44: a '|' table run into a paragraph — heading, rows, prose apart
                return;
            }

            if (kind is not (BlockKind.Prose or BlockKind.ListItem))
            {
                FlushProse();
                blocks.Add(new Block(kind, Line(contentStart, e)));
                return;
            }

            // Session 43: a space-aligned table run into the line (a web page on one line): its header and rows are
            // pieces of their own, read as table rows; the prose around it stays prose.
            if (!inlineTable && InlineSpaceTable.Cut(text, s, e, inlinePieces))
            {
                PieceAll(continued);
                return;
            }

            if (ParallelEntry.InlineSubNumberedTitleEnd(text, contentStart, e) is var titleEnd and > 0)
            {
                FlushProse();   // session 53: "5.2 结构情况　一般公共服务支出…" — the title a paragraph of its own, then the text
                AppendProse(contentStart, titleEnd);
                FlushProse();
                contentStart = titleEnd;
                while (text[contentStart] == ' ')
                {
                    contentStart++;
                }
            }

            if (PerformanceNameLines.IsKeyLine(text, contentStart, e))
            {
                FlushProse();   // session 56: "项目名称：…" under a 绩效自评表's title, a paragraph of its own
                AppendProse(contentStart, e);
                FlushProse();
                return;
            }

            if (KeyValueLine.Is(text, contentStart, e) && e - contentStart <= MaxParagraphLength)
            {
                FlushProse();   // session 50: a key–value item line is a paragraph of its own (KeyValueLine)
                AppendProse(contentStart, e);
                FlushProse();
                return;
            }

            // A list item starts a paragraph; a prose line continues the open paragraph unless that ended a sentence
            // (or the paragraph has reached MaxParagraphLength). Session 48: a line that starts the next entry of the list the
            // open paragraph is an entry of ("(一)…" then "(二)…"; ParallelEntry) starts a paragraph even when the open one ends
            // without "。" (a web page's or a Word export's paragraph end); not after ',' ';' ':' (a sentence or list going on).
            // Session 49: also the next entry after the open paragraph's last line (a lead-in or a title, then "(1)…" joined to
            // it, then "(2)…"), the first entry "(1)…" under a title line without a sentence end (StartsListUnderTitle), and a
            // new subject after a line that ends in an amount ("…856.40万元" / "政府性基金预算…"; NewSubjectLine), and a title
            // numbered on two levels ("5.3 具体使用情况"; IsSubNumberedTitle).
            if (kind == BlockKind.ListItem || !proseOpen || proseLast is '。' or '!' or '?' || ProseLength >= MaxParagraphLength
                || proseLast == ':' && StartsListEntry(text, contentStart, e)
                || proseLast is ')' or '出' && OpenEndsWithClassMark()
                && (StartsListEntry(text, contentStart, e) || text[contentStart] is >= '\u2460' and <= '\u2473')
                || proseLast is not (',' or ';' or ':') && (ParallelEntry.Follows(text, firstStart, firstEnd, contentStart, e)
                    || !firstOnly && ParallelEntry.Follows(text, lastStart, lastEnd, contentStart, e))
                || firstOnly && ParallelEntry.StartsListUnderTitle(text, firstStart, firstEnd, contentStart, e)
                || NewSubjectLine.Starts(text, lastStart, lastEnd, contentStart, e)
                || proseLast is not (',' or ';' or ':') && ThreePublicPartLine.Starts(text, contentStart, e)   // session 52
                || proseLast is not (',' or ';' or ':') && StartsItemClass(text, contentStart, e)   // session 53
                || proseLast is not (',' or ';' or ':') && ParallelEntry.IsSubNumberedTitle(text, contentStart, e)
                || proseLast is not ',' && NarrativeReader.OpensWithEntryBullet(text, contentStart, e)   // session 53: "● …"
                || proseLast is ';' or ':' && ParallelEntry.ItemHeadLine(text, contentStart, e))   // session 53: "名称（编码）：…"
            {
                FlushProse();
            }

            // A piece longer than a paragraph may grow (a text without line breaks: a scraped page whose headings were
            // not found, or adversarial input) is read as bounded paragraphs, so that no later step works on a string
            // that outgrows the cache: cut after a sentence end, else after a clause end, never inside a number.
            if (e - contentStart > MaxParagraphLength)
            {
                FlushProse();
                while (e - contentStart > MaxParagraphLength)
                {
                    var cut = Cut(text, contentStart, contentStart + MaxParagraphLength);
                    AppendProse(contentStart, cut);
                    FlushProse();
                    contentStart = cut;
                }
            }

            AppendProse(contentStart, e);
        }

        /// <summary>
        /// Session 53 (blind round 49 t10): whether the line opens with a class of items as its subject — "执行率低于100%的项目，
        /// 主要是…", "决算数大于调整预算数的其余项目，…" (<see cref="NarrativeReader.ItemClassWay"/> of the words before its first
        /// comma): such a line speaks of every item of its class, so it is never the rest of the item line before it (a line
        /// ended without "。"); joined, the class's reason became the last item's.
        /// </summary>
        private static bool StartsItemClass(string text, int s, int e)
        {
            var limit = Math.Min(e, s + 40);
            for (var i = s; i < limit; i++)
            {
                if (text[i] is ',' or '，')
                {
                    return i > s && NarrativeReader.ItemClassWay(text, s, i) is not null;
                }
            }

            return false;
        }

        /// <summary>Gives each of the inline table's pieces (<see cref="inlinePieces"/>) as a piece of its own.</summary>
        private void PieceAll(bool continued)
        {
            inlineTable = true;
            foreach (var (ps, pe) in inlinePieces.ToArray())
            {
                Piece(ps, pe, false, continued);
            }

            inlineTable = false;
        }

        /// <summary>Appends [<paramref name="s"/>, <paramref name="e"/>) of the text to the open paragraph.</summary>
        private void AppendProse(int s, int e)
        {
            if (!proseOpen)
            {
                proseOpen = true;
                proseLast = '\0';
                firstOnly = true;   // the first piece stays where it is in the text (see FlushProse)
                (firstStart, firstEnd) = (s, e);
                (lastStart, lastEnd) = (s, e);
                TrackLast(s, e);
                return;
            }

            if (firstOnly)
            {
                // A second piece: the first is copied into the builder as it would have been when it came.
                firstOnly = false;
                proseMap = new OffsetMap();
                prose.Append(text, firstStart, firstEnd - firstStart);
                proseMap.AddRun(firstStart, firstEnd - firstStart);
            }

            proseMap ??= new OffsetMap();

            // Two numbers must not run together when a line break between them is removed ("2946.25" / "2") — unless they
            // are one number broken at the line end ("收入1,2" / "34.56万元", "支出7.0" / "0万元": blind round 25 B, r2).
            if (prose.Length > 0 && IsNumberChar(prose[prose.Length - 1]) && IsNumberChar(text[s])
                && !BrokenNumber.Joins(prose, text, s, e))
            {
                prose.Append(' ');
                proseMap.Add(s);
            }
            else if (HeadingRunsIntoLine(s))
            {
                prose.Append(' ');
                proseMap.Add(s);
            }

            prose.Append(text, s, e - s);
            proseMap.AddRun(s, e - s);
            (lastStart, lastEnd) = (s, e);
            TrackLast(s, e);
        }

        /// <summary>
        /// Session 48 (blind round 44 t06): whether the open paragraph ends in a numbered heading's words that were followed
        /// by white space (a space, or the line break itself) ("…33.94万元。 六、基本支出决算情况 " / "基本支出1174.83万元，其中…"), so that
        /// the join keeps one space between the heading and the next line's text (<paramref name="next"/>): without it the
        /// heading's words ran into the first label ("基本支出决算情况基本支出") and the inline heading was never cut. Only
        /// words ending in 情况 / 情况说明 after a Chinese numeral and '、', with no clause mark or digit between.
        /// </summary>
        private bool HeadingRunsIntoLine(int next)
        {
            if (proseEnd >= text.Length || !WhiteSpace.Is(text[proseEnd]) || WhiteSpace.Is(text[next]) || prose.Length < 4
                || !(EndsWith("情况") || EndsWith("情况说明")))
            {
                return false;
            }

            for (var i = prose.Length - 3; i > 0 && i > prose.Length - 42; i--)
            {
                var c = prose[i];
                if (c == '、')
                {
                    return BlockClassifier.IsChineseNumeral(prose[i - 1]);
                }

                if (c is ',' or ';' or ':' or '。' or '，' or '；' or '：' || IsNumberChar(c))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether the open paragraph's builder ends in <paramref name="words"/>.</summary>
        private bool EndsWith(string words)
        {
            if (prose.Length < words.Length)
            {
                return false;
            }

            for (var i = 0; i < words.Length; i++)
            {
                if (prose[prose.Length - words.Length + i] != words[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the open paragraph ends with a 类's level mark ("1.医疗卫生与计划生育支出(类)", a line without figures): the
        /// "(1)公共卫生(款)…(项):" line after it is the first of the 类's items, a paragraph of its own (session 34, blind round 32
        /// E1: merged, the item's 年初预算 and 决算 were read as the 财政拨款 total's budget comparison, a false FA1208). Session
        /// 35: "1.教育(类)支出", the mark before the name's last word, is such a line too.
        /// </summary>
        private bool OpenEndsWithClassMark()
        {
            if (firstOnly)
            {
                return EndsWithClassMark(text, firstStart, firstEnd);
            }

            var end = prose.Length;
            while (end > 0 && WhiteSpace.Is(prose[end - 1]))
            {
                end--;
            }

            if (end >= 5 && prose[end - 2] == '支' && prose[end - 1] == '出')
            {
                end -= 2;
            }

            return end >= 3 && prose[end - 3] == '(' && prose[end - 2] == '类' && prose[end - 1] == ')';
        }

        /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="s"/> ends with "(类)" or
        /// "(类)支出".</summary>
        private static bool EndsWithClassMark(string s, int start, int end)
        {
            if (end - start >= 5 && s[end - 2] == '支' && s[end - 1] == '出')
            {
                end -= 2;
            }

            return end - start >= 3 && s[end - 3] == '(' && s[end - 2] == '类' && s[end - 1] == ')';
        }

        /// <summary>The length of the open paragraph (its one piece, or the builder's text).</summary>
        private int ProseLength => firstOnly ? firstEnd - firstStart : prose.Length;

        /// <summary>
        /// Keeps the last non-whitespace character of [<paramref name="s"/>, <paramref name="e"/>) as <see cref="proseLast"/>.
        /// </summary>
        private void TrackLast(int s, int e)
        {
            proseEnd = e;
            for (var i = e - 1; i >= s; i--)
            {
                if (!WhiteSpace.Is(text[i]))
                {
                    proseLast = text[i];
                    break;
                }
            }
        }

        /// <summary>
        /// The fragment of [<paramref name="s"/>, <paramref name="e"/>) of the text, on the shared identity map: a view,
        /// whose string is cut out only when a reader asks for it (a table row decided on its range never is).
        /// </summary>
        private Fragment Line(int s, int e) => new(text, s, e - s, identity);

        private void FlushProse()
        {
            var open = proseOpen;
            proseOpen = false;
            if (open && firstOnly)
            {
                // One piece: a view of the text on the identity map, the same characters and positions as the copy with
                // its own map (a run from firstStart, and the end after it), cut out only when a reader asks for its text.
                firstOnly = false;
                if (firstEnd > firstStart)
                {
                    blocks.Add(new Block(BlockKind.Prose, Line(firstStart, firstEnd).Trim()));
                }

                return;
            }

            if (proseMap is null || prose.Length == 0)
            {
                proseMap = null;
                prose.Clear();
                return;
            }

            proseMap.Add(proseMap.Length > 0 ? proseMap[proseMap.Length - 1] + 1 : 0);
            blocks.Add(new Block(BlockKind.Prose, new Fragment(prose.ToString(), proseMap).Trim()));
            prose.Clear();
            proseMap = null;
        }
    }
}
