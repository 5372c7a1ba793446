using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The input text and a normalised copy of it that maps every character back to its original position
/// (规范化文本). Normalisation: full-width ASCII and digits to half-width, ideographic space to space, Chinese
/// brackets/colon/comma/semicolon/percent to their ASCII forms, minus signs to '-', box-drawing cell borders (│ ┃ ║) to '|',
/// common Traditional characters to Simplified, Markdown bold markers and heading hashes removed. Lines are kept; joining
/// broken sentences is done on the normalised lines by <see cref="Paragraphs"/>.
/// </summary>
internal sealed class SourceText
{
    private int[]? lineStarts;

    public SourceText(string original)
    {
        Original = original;

        // A text that normalisation leaves unchanged (whitespace, ASCII, most plain text without full-width forms) is
        // its own normalised text: no copy and one identity run. Otherwise one pass from the first change into an
        // exact-size buffer (a character is only ever dropped, never added). The origin of each character is kept as
        // runs (OffsetMap): a new run only where a character was dropped, so a 4 Mi text's map is a few bytes per
        // line, not 16 MB. The line starts are found only when a position is first asked for (Position).
        var table = NormalizeTable.Value;
        var first = FirstChange(original, table, out var blankChunks);
        if (first == original.Length)
        {
            Origin = OffsetMap.Shifted(0, original.Length);
            Text = Laid(original, original, Origin);
            BlankChunks = blankChunks;
            return;
        }

        // A text from which nothing is dropped (no "\r", "**", byte-order mark, NUL or pinyin gloss after the first change:
        // most texts without CRLF line ends) is normalised straight into its string — one write of the text, no buffer
        // copied out afterwards. Otherwise into a rented buffer (not zeroed, not a new large-object array per read),
        // copied out as the string once its length is known.
        var origin = new OffsetMap();
#if NET
        if (!AnyDropFrom(original, table, first))
        {
            var text = string.Create(original.Length, (original, first, origin), static (chars, state) =>
                Normalise(state.original, state.first, chars, state.origin));
            var length = origin.Length - 1;
            Origin = origin;
            Text = Laid(original, length == text.Length ? text : text.Substring(0, length), origin);
            return;
        }
#endif

        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(original.Length);
        Origin = origin;
        Text = Laid(original, new string(buffer, 0, Normalise(original, first, buffer, origin)), origin);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>
    /// The normalised <paramref name="normalised"/> after the layout passes, each one character for one (positions keep their
    /// origin): CSV rows (session 56) and full-width-space rows (session 61) as tab rows, then amounts whose thousands are
    /// grouped by a space joined where certain (session 62, <see cref="SpaceGroupedNumbers"/>).
    /// </summary>
    private static string Laid(string original, string normalised, OffsetMap origin)
        => SpaceGroupedNumbers.Join(
            FullWidthSpaceTableLines.Tabulate(original, CsvTableLines.Tabulate(original, normalised, origin), origin));

    /// <summary>
    /// Writes the normalised <paramref name="original"/> into <paramref name="chars"/> (at least as long as the original:
    /// a character is only ever dropped, never added) — the characters before <paramref name="first"/>, the first one
    /// normalisation changes, as they are — and the origin of each character into <paramref name="origin"/>, ended by
    /// the original's length. Returns the normalised length.
    /// </summary>
    private static int Normalise(string original, int first, Span<char> chars, OffsetMap origin)
    {
        var table = NormalizeTable.Value;
        var plain = Plain;
        original.AsSpan(0, first).CopyTo(chars);
        var length = first;

        // The characters kept since the last one dropped: [runStart, runStart + (length - runLength)) of the original.
        // The run is given to the map when a character is dropped (and at the end), not one character at a time.
        var runStart = 0;
        var runLength = 0;
        var i = first;
        while (i < original.Length)
        {
            // One table read per character, written as the table gives it: prose, digits and the punctuation normalisation
            // changes (the '，' of every clause) cost the same. A search for the next character to change and a block
            // copy up to it (before session 18) paid a call, and often a vectorised search, per clause of Chinese text.
            // Only the characters that may be dropped ("\r", '*', brackets, NUL, byte-order mark) are looked at closer.
            var c = original[i];
            var kept = plain[c];
            if (kept != '\0')
            {
                chars[length] = kept;
                length++;
                i++;
                continue;
            }

            // Dropped: a "**" pair, a carriage return, a byte-order mark, a pinyin gloss ("總計(jì)" from a mirror site).
            if (c == '*' && i + 1 < original.Length && original[i + 1] == '*')
            {
                i++;
            }
            else if (c != '\r' && table[c] != '\0')
            {
                if (!IsGlossOpening(original, i, length > 0 ? chars[length - 1] : '\0', out var glossEnd))
                {
                    chars[length] = table[c];
                    length++;
                    i++;
                    continue;
                }

                i = glossEnd;
            }

            origin.AddRun(runStart, length - runLength);
            runStart = i + 1;
            runLength = length;
            i++;
        }

        origin.AddRun(runStart, length - runLength);
        origin.Add(original.Length);
        return length;
    }

#if NET
    /// <summary>
    /// Whether normalising <paramref name="text"/> from <paramref name="first"/> on drops a character: a "\r", a "**"
    /// pair, a character the table maps to NUL (byte-order mark, NUL) or a pinyin gloss. Nothing before the first drop
    /// is dropped, so the normalised character before a bracket is the table's image of the original one before it. A
    /// vectorised search from one such character to the next; only decides which buffer <see cref="Normalise"/> writes
    /// into (a wrong answer would cost a copy, never change the text).
    /// </summary>
    private static bool AnyDropFrom(string text, char[] table, int first)
    {
        for (var i = first; i < text.Length; i++)
        {
            var at = text.AsSpan(i).IndexOfAny(DropValues);
            if (at < 0)
            {
                return false;
            }

            i += at;
            var c = text[i];
            if (c is '\r' or '\0' or '\uFEFF' || (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
                || (c is '(' or '\uFF08' && IsGlossOpening(text, i, i > 0 ? table[text[i - 1]] : '\0', out _)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters at which normalisation may drop something (see <see cref="AnyDropFrom"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> DropValues =
        System.Buffers.SearchValues.Create("\r\0\uFEFF*(\uFF08");
#endif

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>For each normalised index, the index in <see cref="Original"/> (one extra entry for the end).</summary>
    public OffsetMap Origin { get; }

    /// <summary>The length of the stretches <see cref="BlankChunks"/> speaks of (4 Ki characters: 8 KB, cache-sized).</summary>
    internal const int ChunkLength = 4096;

    /// <summary>
    /// For a text normalisation leaves unchanged, one flag per <see cref="ChunkLength"/> characters (from the start),
    /// set when that stretch holds only white space; null when there is no such stretch or the text was copied. Found
    /// while the first-change scan has the stretch in the cache, so that the block splitter can pass over it without
    /// reading it again (<see cref="Paragraphs.Blocks(string, bool[])"/>).
    /// </summary>
    internal bool[]? BlankChunks { get; }

    /// <summary>Line and column (1-based) of an original offset.</summary>
    public (int Line, int Column) Position(int originalOffset)
    {
        // Positions are mostly asked for in text order, several on one line: the line of the last one is tried first.
        // Then the line after it (the next claim, the next table row), then a binary search written out over the starts
        // (Array.BinarySearch went through the generic comparer's search: ≈ 1 % of a seed read in session 18's profile).
        var starts = lineStarts ??= LineStarts(Original);
        var line = lastLine;
        if (originalOffset < starts[line] || (line + 1 < starts.Length && originalOffset >= starts[line + 1]))
        {
            if (originalOffset < 0)
            {
                line = -1;   // as the search gave (and the column below then throws, as it did)
            }
            else if (line + 1 < starts.Length && originalOffset >= starts[line + 1]
                && (line + 2 == starts.Length || originalOffset < starts[line + 2]))
            {
                line++;
            }
            else
            {
                line = LineOf(starts, originalOffset);
            }

            lastLine = Math.Max(line, 0);
        }

        return (line + 1, originalOffset - starts[line] + 1);
    }

    /// <summary>
    /// The original offset that <see cref="Position"/> gives (<paramref name="line"/>, <paramref name="column"/>) for, or -1
    /// when it gives that pair for none (a line out of range, a column before the line or past its end): comparing such
    /// offsets is comparing the positions, without working a position out per offset (session 19).
    /// </summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The offset, or -1.</returns>
    internal int OffsetOf(int line, int column)
    {
        var starts = lineStarts ??= LineStarts(Original);
        if (line < 1 || line > starts.Length || column < 1)
        {
            return -1;
        }

        var offset = starts[line - 1] + (long)column - 1;
        return (line < starts.Length && offset >= starts[line]) || offset > int.MaxValue ? -1 : (int)offset;
    }

    /// <summary>
    /// The original offset at which <see cref="Span"/> puts the start of a span starting at normalised
    /// <paramref name="start"/>.
    /// </summary>
    internal int StartOffset(int start) => Origin[Math.Min(start, Origin.Length - 1)];

    /// <summary>
    /// The last index of <paramref name="starts"/> (increasing, <c>starts[0] = 0</c>) whose value is at most
    /// <paramref name="offset"/> (≥ 0): the line of the offset.
    /// </summary>
    internal static int LineOf(int[] starts, int offset)
    {
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The (0-based) line of the last position asked for.</summary>
    private int lastLine;

    /// <summary>The offset at which each line of <paramref name="text"/> starts.</summary>
    internal static int[] LineStarts(string text)
    {
#if NET
        var lines = 1 + text.AsSpan().Count('\n');   // one vectorised count, not a search call per line
#else
        var lines = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lines++;
        }
#endif

        var starts = new int[lines];
#if NET
        FillLineStarts(text, starts);
#else
        var at = -1;
        for (var line = 1; (at = text.IndexOf('\n', at + 1)) >= 0; line++)
        {
            starts[line] = at + 1;
        }
#endif

        return starts;
    }

#if NET
    /// <summary>
    /// Writes the start of every line after the first into <paramref name="starts"/> (sized by the count of '\n'): the
    /// text compared with '\n' a vector at a time and each line break taken from the comparison's bits (session 26; one
    /// search call per line before, which on the short lines of a table cost more than the search itself).
    /// </summary>
    private static void FillLineStarts(string text, int[] starts)
    {
        var span = text.AsSpan();
        var line = 1;
        var i = 0;
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            ref var first = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span));
            var lineBreak = System.Runtime.Intrinsics.Vector256.Create((ushort)'\n');
            var width = System.Runtime.Intrinsics.Vector256<ushort>.Count;
            for (; i + width <= span.Length; i += width)
            {
                var block = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref first, (nuint)i);
                var mask = System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(
                    System.Runtime.Intrinsics.Vector256.Equals(block, lineBreak));
                for (; mask != 0; mask &= mask - 1)
                {
                    starts[line++] = i + System.Numerics.BitOperations.TrailingZeroCount(mask) + 1;
                }
            }
        }

        for (; i < span.Length; i++)
        {
            if (span[i] == '\n')
            {
                starts[line++] = i + 1;
            }
        }
    }
#endif

    /// <summary>
    /// The index of the first character that normalisation changes or drops (the length when there is none). The text
    /// is looked at one stretch of <see cref="ChunkLength"/> characters at a time; when a stretch has no change, whether
    /// it holds only white space is decided while it is still in the cache (<paramref name="blankChunks"/>, kept only
    /// when the whole text is unchanged).
    /// </summary>
    private static int FirstChange(string text, char[] table, out bool[]? blankChunks)
    {
        blankChunks = null;
        for (var chunk = 0; chunk < text.Length; chunk += ChunkLength)
        {
            var end = Math.Min(chunk + ChunkLength, text.Length);
            for (var i = NextCandidate(text, chunk, end); i < end; i = NextCandidate(text, i + 1, end))
            {
                var c = text[i];
                if (table[c] != c || c == '\r' || (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
                    || IsGlossOpening(text, i, i > 0 ? text[i - 1] : '\0', out _))
                {
                    blankChunks = null;
                    return i;
                }
            }

            if (WhiteSpace.IndexOfOther(text, chunk, end) < 0)
            {
                blankChunks ??= new bool[((text.Length - 1) / ChunkLength) + 1];
                blankChunks[chunk / ChunkLength] = true;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// The index of the first character at or after <paramref name="from"/> that normalisation may change or drop (the
    /// length when there is none): one the table maps to another character, '\r', '\0', '*' (of a "**" pair) or '('
    /// (of a pinyin gloss). Every other character is copied as it is, so the passes only stop at these.
    /// </summary>
    internal static int NextCandidate(string text, int from) => NextCandidate(text, from, text.Length);

    /// <summary>
    /// <see cref="NextCandidate(string, int)"/> before <paramref name="end"/> (or <paramref name="end"/>): a few
    /// characters tested against <see cref="Candidates"/> first, then a vectorised search (<see cref="CharSearch"/>) —
    /// in Chinese text the next '，' or '：' is usually a few characters away.
    /// </summary>
    private static int NextCandidate(string text, int from, int end)
    {
#if NET
        return CharSearch.IndexOf(text, from, end, Candidates, CandidateValues);
#else
        return CharSearch.IndexOf(text, from, end, Candidates);
#endif
    }

    /// <summary>
    /// A bracket at <paramref name="i"/> that opens a pinyin gloss after an ideograph (<paramref name="previous"/>, as normalised).
    /// </summary>
    private static bool IsGlossOpening(string text, int i, char previous, out int glossEnd)
    {
        glossEnd = -1;
        if (text[i] is not ('(' or '\uFF08') || !IsIdeograph(previous))
        {
            return false;
        }

        glossEnd = PinyinGloss(text, i);
        return glossEnd > i;
    }

    /// <summary>The span of normalised characters [start, end) in original line:column terms (end inclusive).</summary>
    public SourceSpan Span(int start, int end)
    {
        if (end <= start)
        {
            end = start + 1;
        }

        var from = Origin[Math.Min(start, Origin.Length - 1)];   // looked up once (was twice)
        var a = Position(from);
        var last = Origin[Math.Min(end - 1, Origin.Length - 1)];
        var b = Position(Math.Max(last, from));
        return new SourceSpan(a.Line, a.Column, b.Line, Math.Max(b.Column, b.Line == a.Line ? a.Column : 1));
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Letters of Hanyu Pinyin: a–z, ü and the tone-marked vowels.</summary>
    private const string PinyinLetters = "abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    /// <summary>
    /// When a bracket at <paramref name="open"/> holds a pinyin gloss — one syllable (1–6 letters) or, since session 38
    /// (blind round 36, "原因(yuán yīn)：", "決算(jué suàn)"), up to eight syllables each after one space — with at least one
    /// tone mark, the index of its closing bracket; else -1.
    /// </summary>
    private static int PinyinGloss(string text, int open)
    {
        var i = open + 1;
        var toned = false;
        for (var syllables = 0; syllables < 8; syllables++)
        {
            var start = i;
            while (i < text.Length && i - start < 7 && PinyinLetters.IndexOf(text[i]) >= 0)
            {
                toned |= text[i] > 'z';
                i++;
            }

            var letters = i - start;
            if (letters is < 1 or > 6)
            {
                return -1;
            }

            if (i + 1 < text.Length && text[i] == ' ' && PinyinLetters.IndexOf(text[i + 1]) >= 0)
            {
                i++;   // the next syllable
                continue;
            }

            return toned && i < text.Length && text[i] is ')' or '\uFF09' ? i : -1;
        }

        return -1;
    }

    /// <summary>
    /// <see cref="Normalize"/> for every UTF-16 code unit, built once (128 KB): one array read per character
    /// instead of a range test, a switch and a dictionary look-up.
    /// </summary>
    private static readonly Lazy<char[]> NormalizeTable = new(() =>
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Normalize((char)c);
        }

        return table;
    });

    /// <summary>
    /// A table line as <see cref="Normalise"/> would write it, character for character (规范化表格行): full-width digits,
    /// letters and number signs (．％－＋) to half-width and Traditional characters to Simplified, so a table written
    /// "| 金額 | ２２．５０ |" reads as the prose reader reads it (session 48). Every other character — the spaces,
    /// brackets, colons and commas that shape a row, a byte-order mark — stays, so a cell's column is its original column.
    /// </summary>
    internal static string NormaliseTableLine(string line)
    {
        var at = 0;
        while (at < line.Length && !ChangesInTable(line[at]))
        {
            at++;
        }

        if (at == line.Length)
        {
            return line;
        }

        var chars = line.ToCharArray();
        for (; at < chars.Length; at++)
        {
            if (ChangesInTable(chars[at]))
            {
                chars[at] = NormalizeTable.Value[chars[at]];
            }
        }

        return new string(chars);
    }

    /// <summary>Whether <see cref="NormaliseTableLine"/> changes a character: a full-width digit, letter or number sign, or a
    /// Traditional character.</summary>
    private static bool ChangesInTable(char c) =>
        c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A')
            or '\uFF0E' or '\uFF05' or '\uFF0D' or '\uFF0B'
        || (c >= '\u4E00' && Traditional.ContainsKey(c));

    private static char Normalize(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        switch (c)
        {
            case '\u3000':
            case '\u00A0':
            case '\u2002':
            case '\u2003':
            case '\u2009':
            case '\u202F':
                return ' ';
            case '\u2212':
            case '\u2013':
                return '-';
            case '\u2502':
            case '\u2503':
            case '\u2551':
                return '|';   // session 52: a box-drawn table's cell border (│ ┃ ║) is a bar cell separator
            case '\u3001':
                return '、';
            case '\uFEFF':
                return '\0';
        }

        return Traditional.TryGetValue(c, out var simplified) ? simplified : c;
    }

    /// <summary>Traditional → Simplified for the characters that occur in final-accounts wording.</summary>
    private static readonly Dictionary<char, char> Traditional = Build(
        "費费務务預预決决萬万撥拨財财運运輸输維维護护縣县單单減减節节總总較较嚴严關关級级輛辆與与機机內内規规開开結结評评標标華华風风門门職职責责對对動动駕驾員员導导約约執执轉转專专實实來来資资辦办擔担場场駛驶學学構构設设額额編编領领農农補补貼贴傳传佔占遊游別别"
        + "鄉乡應应貫贯徹彻條条厲厉變变慶庆輔辅術术監监負负貨货裝装訓训個个綜综類类屬属納纳凈净營营記记現现環环過过雜杂續续時时間间長长產产誤误詳详帶带當当際际賓宾響响習习黨党沒没說说購购況况體体為为計计項项區区國国車车業业數数經经觀观議议據据價价歷历"
        + "參参論论證证識识認认調调診诊險险療疗衛卫災灾處处廳厅課课會会稅税種种權权畫画劃划紀纪檢检審审統统穩稳優优發发質质線线網网絡络電电話话藝艺團团隊队園园圍围鎮镇廠厂礦矿漁渔獸兽養养豬猪飼饲灣湾島岛橋桥鐵铁鋼钢銀银錢钱貸贷債债賬账帳帐歸归餘余於于"
        + "後后裡里準准幹干係系範范鐘钟樓楼層层廣广東东張张陳陈劉刘楊杨趙赵黃黄呂吕鄭郑馬马羅罗孫孙葉叶蘇苏許许鄧邓蕭萧韓韩馮冯盧卢蔣蒋賈贾閻阎湯汤龍龙鳳凤遼辽寧宁蘭兰陝陕貴贵雲云濟济滬沪閩闽贛赣魯鲁粵粤瓊琼隴陇齊齐燈灯熱热氣气愛爱親亲舉举義义戰战爭争"
        + "軍军禮礼讓让請请這这們们麼么樣样還还進进遠远達达選选邊边遷迁遺遗適适遞递連连遲迟檔档橫横歡欢歲岁殘残殺杀漢汉滿满潔洁澤泽濕湿無无煙烟燒烧爺爷獨独獎奖畢毕異异盡尽盤盘眾众礎础稱称積积窮穷競竞筆笔簡简糧粮紅红紙纸組组細细終终絕绝給给絲丝綠绿緊紧"
        + "練练縮缩績绩織织繳缴繼继罰罚聯联聲声聽听脫脱腦脑興兴舊旧艱艰藥药號号虧亏蟲虫製制複复見见視视覺觉覽览訂订討讨訊讯訪访詞词試试詩诗該该語语誠诚談谈諮咨講讲謝谢譯译讀读豐丰貝贝貢贡貧贫販贩貿贸賣卖賽赛贊赞贈赠趕赶趨趋跡迹踐践軌轨軟软載载輕轻轄辖"
        + "郵邮鄰邻醫医釋释針针鈔钞銷销鋪铺錄录錯错鍵键閑闲閱阅闆板階阶陸陆陽阳隨随隱隐雖虽雙双雞鸡離离難难霧雾靜静頁页頂顶順顺須须頻频題题顏颜願愿顧顾顯显飛飞飯饭飲饮飾饰館馆驗验髮发鬥斗魚鱼鳥鸟點点齡龄齒齿壞坏壓压壇坛塊块報报墳坟獻献曆历書书極极樂乐"
        + "櫃柜涼凉測测溝沟滅灭漲涨潤润濱滨瀏浏灑洒爾尔牆墙狀状猶犹獲获瑪玛畝亩疊叠癥症盜盗矯矫確确碼码礙碍禍祸穀谷竊窃築筑篩筛籌筹簽签籃篮糾纠紋纹純纯紛纷紡纺緒绪緣缘緩缓繩绳罷罢聖圣聞闻肅肃脅胁脹胀膽胆臨临艦舰莊庄萊莱蒼苍蓋盖蓮莲薦荐薩萨藍蓝蘋苹虛虚"
        + "衝冲襲袭訴诉詐诈誌志誘诱謀谋謂谓譽誉貓猫賀贺賠赔賦赋賴赖輩辈輪轮輯辑辭辞辯辩釀酿鈴铃鉛铅鋁铝鍋锅鎖锁鏈链鑑鉴閃闪閉闭閘闸闊阔闡阐陣阵靈灵韌韧頌颂頭头頸颈顆颗飄飘餓饿駐驻騎骑騰腾驅驱驚惊鬆松鮮鲜鳴鸣麥麦龜龟億亿啟启嗎吗圖图壽寿夠够奪夺奮奋婦妇"
        + "媽妈寬宽寫写將将屆届嶺岭巖岩帥帅師师幣币幫帮廟庙廢废彈弹徑径從从復复徵征憂忧態态懷怀戲戏擁拥擇择擊击擴扩擬拟攜携攝摄敵敌斷断暫暂暢畅朧胧棄弃棟栋歐欧殼壳毀毁氫氢沖冲淚泪渦涡溫温濃浓烏乌煩烦燦灿爐炉犧牺狹狭獄狱瑣琐甦苏瘡疮盞盏睜睁矚瞩硯砚碩硕"
        + "禱祷窩窝竄窜籠笼糞粪緯纬縫缝縱纵繞绕繪绘羨羡聰聪膚肤艙舱蘆芦蝦虾蠟蜡襯衬託托詢询詮诠誇夸諾诺謹谨譜谱豎竖貞贞賄贿賜赐賤贱賺赚贏赢踴踊軀躯輝辉轎轿遜逊邁迈鄒邹醜丑鍊炼鎊镑鏡镜閒闲闖闯隸隶雛雏靂雳韋韦頒颁頗颇頹颓顛颠颱台餅饼饑饥駁驳駝驼騙骗驕骄"
        + "髒脏鬧闹鯨鲸鵝鹅鷹鹰鹽盐麗丽黴霉齋斋勁劲勞劳勢势勵励勸劝匯汇協协卻却厭厌叢丛噸吨壯壮壺壶奧奥媯妫孿孪寶宝尋寻屢屡岡冈嶄崭崗岗巒峦幟帜幾几庫库廂厢廈厦廬庐弳弪彌弥彎弯彙汇徠徕恆恒惡恶惱恼惻恻愜惬慘惨慚惭慣惯慮虑慾欲憑凭憐怜憲宪憶忆懇恳懶懒懸悬"
        + "懼惧戀恋戶户掃扫掛挂採采揚扬換换損损搖摇撐撑撲扑擋挡擠挤擲掷擾扰攔拦攤摊敘叙斂敛斕斓昇升晉晋曉晓曠旷桿杆棧栈檯台櫥橱歎叹殯殡毆殴氈毡汙污淪沦淺浅渾浑滯滞滷卤漿浆潛潜澀涩濤涛濫滥瀋沈灘滩煉炼爛烂牘牍犢犊猙狰獅狮玀猡璽玺甕瓮疇畴瘋疯癢痒皚皑矇蒙"
        + "碭砀磚砖禦御禿秃稈秆穌稣窯窑竅窍筧笕箋笺簾帘籤签籬篱紐纽紮扎絃弦綁绑綢绸綱纲綴缀緝缉緞缎締缔縛缚繃绷繡绣纖纤罈坛羥羟聳耸脈脉臉脸臍脐臘腊膠胶艷艳蒞莅蔥葱蕩荡蘊蕴虜虏蝕蚀蠶蚕衊蔑裊袅褲裤覓觅訛讹訝讶詛诅詠咏誕诞誦诵諒谅諧谐諷讽謊谎謠谣譏讥讚赞"
        + "豔艳贓赃贖赎躍跃軋轧軸轴輿舆轟轰辮辫遙遥邏逻郟郏醞酝鈍钝鈎钩鈣钙鉤钩銅铜鋒锋錦锦鍛锻鐺铛鑰钥閨闺闕阙陰阴陘陉隕陨雋隽靄霭鞏巩韁缰韻韵頑顽頰颊顫颤飪饪餡馅饒饶駭骇驟骤骯肮鬍胡鬱郁鱗鳞鴨鸭鶯莺麩麸黽黾齦龈収收買买並并儲储劇剧則则備备臺台");

    private static Dictionary<char, char> Build(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            if (pairs[i] != pairs[i + 1])
            {
                map[pairs[i]] = pairs[i + 1];
            }
        }

        return map;
    }

    // Declared after NormalizeTable and Traditional: static fields are initialised in order, and these read both.

    /// <summary>
    /// Whether normalisation may change or drop a character (see <see cref="NextCandidate(string, int)"/>), per UTF-16
    /// code unit.
    /// </summary>
    private static readonly bool[] Candidates = BuildCandidates();

#if NET
    /// <summary><see cref="Candidates"/> as a vectorised set.</summary>
    private static readonly System.Buffers.SearchValues<char> CandidateValues = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Where(c => Candidates[c]).Select(c => (char)c)]);
#endif

    /// <summary>
    /// <see cref="NormalizeTable"/> with NUL for the characters <see cref="Normalise"/> must look at closer — those the table
    /// maps to NUL (NUL, byte-order mark: dropped), '\r' (dropped), '*' (of a "**" pair) and the brackets that may open a
    /// pinyin gloss — so that every other character costs one read of this table.
    /// </summary>
    private static readonly char[] Plain = BuildPlain();

    private static char[] BuildPlain()
    {
        var plain = (char[])NormalizeTable.Value.Clone();
        plain['\r'] = plain['*'] = plain['('] = plain['\uFF08'] = '\0';
        return plain;
    }

    private static bool[] BuildCandidates()
    {
        var table = NormalizeTable.Value;
        var candidates = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            candidates[c] = table[c] != c || c is '\r' or '\0' or '*' or '(';
        }

        return candidates;
    }
}
