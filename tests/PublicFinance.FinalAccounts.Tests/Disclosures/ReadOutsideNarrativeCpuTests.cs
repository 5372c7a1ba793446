using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The read's work outside the narrative made cheaper in session 19 (issue 8), each fast path against the path it
/// replaced or a plain statement of what it must answer: the claims put in text order by packed keys (against LINQ's
/// stable <c>OrderBy</c>/<c>ThenBy</c>), a position turned back into its offset (against <see cref="SourceText.Position"/>),
/// a member found by reference and first character (against a search by the name's characters), a unit decided by its
/// first character (against the comparison of every unit in turn, <see cref="Scanner.UnitAtByComparison"/>), the decoder's
/// one strict pass (against the runtime's strict decoder and the byte searches), a 绩效自评表 row's cells and its header
/// pre-test (against a split character by character and the header words asked one by one), and the contract's check for
/// lone surrogates (against a loop over every character). The whole read is compared with the build before by the
/// golden read results and by session 19's throw-away sameness probe (docs/performance.md).
/// </summary>
public class ReadOutsideNarrativeCpuTests
{
    /// <summary>
    /// Random starts — mostly a few lines and columns (many ties), sometimes values past the packing (2^23 and more,
    /// <c>int.MaxValue</c>), sometimes a finding without a span (the default span, (0, 0)) — in text order as LINQ's
    /// stable sort by line, then column, puts them: the same items in the same order, ties in the order given.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property TextOrder_AsOrderByThenBy()
    {
        var any = Gen.Frequency((12, Gen.Choose(1, 5)), (1, Gen.Elements(0, 1 << 23, (1 << 23) - 1, 1 << 24, int.MaxValue)));
        var start = any.SelectMany(line => any.Select(column => line == 0 || column == 0 ? (0, 0) : (line, column)));
        return Prop.ForAll(start.ListOf().ToArbitrary(), starts =>
        {
            var items = starts.Select((s, i) => (s.Item1, s.Item2, i)).ToList();
            var expected = items.OrderBy(x => x.Item1).ThenBy(x => x.Item2).ToList();
            var sorted = TextOrder.Sort(items, At, copy: false);
            var copied = TextOrder.Sort(items, At, copy: true);
            return (expected.SequenceEqual(sorted) && expected.SequenceEqual(copied) && !ReferenceEquals(copied, items))
                .Label(string.Join(" ", starts));
        });

        static SourceSpan At((int Line, int Column, int Index) x)
            => x.Line == 0 ? default : new SourceSpan(x.Line, x.Column, x.Line, x.Column);
    }

    /// <summary>
    /// Hand-made: starts (2, 5), (1, 9), (2, 5), (1, 1) — line 1 first, column 1 before 9, then line 2's two items at the
    /// same place in the order given (0 before 2): 3, 1, 0, 2. Already in order, the list itself comes back unless a copy
    /// is asked for.
    /// </summary>
    [Fact]
    public void TextOrder_HandMade()
    {
        var starts = new[] { (2, 5), (1, 9), (2, 5), (1, 1) };
        var order = TextOrder.Sort(
            Enumerable.Range(0, 4).ToList(), i => new SourceSpan(starts[i].Item1, starts[i].Item2, starts[i].Item1, 20), false);
        Assert.Equal([3, 1, 0, 2], order);

        var inOrder = new List<int> { 0, 1 };
        Assert.Same(inOrder, TextOrder.Sort(inOrder, i => new SourceSpan(1, i + 1, 1, 9), copy: false));
        Assert.NotSame(inOrder, TextOrder.Sort(inOrder, i => new SourceSpan(1, i + 1, 1, 9), copy: true));
    }

    /// <summary>
    /// Random texts of lines (including empty ones and "\r\n"): every offset's position turns back into the offset, and a
    /// pair that turns into an offset is that offset's position; a pair no offset has (a column past its line's end, line
    /// 0, a line past the last) turns into -1 — checked against every offset up to twice the text's length.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property OffsetOf_InvertsPosition()
    {
        var piece = Gen.Elements("年", "ab", "\n", "\r\n", "\n\n", "1.5万元", " ");
        var texts = piece.ArrayOf().Select(string.Concat);
        var pair = Gen.Choose(0, 6).SelectMany(a => Gen.Choose(0, 6).Select(b => (a, b)));
        return Prop.ForAll(texts.ToArbitrary(), pair.ListOf().ToArbitrary(), (text, pairs) =>
        {
            var source = new SourceText(text);
            var limit = (2 * text.Length) + 3;
            var positions = Enumerable.Range(0, limit).Select(o => source.Position(o)).ToList();
            var back = positions.Select(p => source.OffsetOf(p.Line, p.Column)).SequenceEqual(Enumerable.Range(0, limit));
            var pairsAgree = pairs.All(p =>
            {
                var offset = source.OffsetOf(p.a, p.b);
                var holder = positions.IndexOf((p.a, p.b));
                return offset == holder || (holder < 0 && offset >= limit);
            });
            return (back && pairsAgree).Label(text.Replace("\n", "\\n", StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// Hand-made: "ab\r\ncd\n\nef" has line starts 0, 4, 7, 8 (lines split at "\n" only; the "\r" is line 1's column 3).
    /// (2, 2) is "d" at 4 + 1 = 5; (1, 3) the "\r" at 2; (3, 1) the empty line at 7; (4, 5) past the last line's end is
    /// still 8 + 4 = 12 (the last line has no next start to end it, as <see cref="SourceText.Position"/> has none);
    /// (3, 2) would be 8, which is line 4's: -1; line 0 and line 5: -1.
    /// </summary>
    [Fact]
    public void OffsetOf_HandMade()
    {
        var source = new SourceText("ab\r\ncd\n\nef");
        Assert.Equal(5, source.OffsetOf(2, 2));
        Assert.Equal(2, source.OffsetOf(1, 3));
        Assert.Equal(7, source.OffsetOf(3, 1));
        Assert.Equal(12, source.OffsetOf(4, 5));
        Assert.Equal(-1, source.OffsetOf(3, 2));
        Assert.Equal(-1, source.OffsetOf(0, 1));
        Assert.Equal(-1, source.OffsetOf(5, 1));
        Assert.Equal(-1, source.OffsetOf(1, 0));
    }

    /// <summary>
    /// Random objects whose members are named from a few names — some the very strings asked for, some equal copies, some
    /// of the same length and first character — asked for by the name itself, by an equal copy and by a range of a longer
    /// pointer: the member found is the first whose name has the asked characters, as a search by characters finds.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Member_AsASearchByCharacters()
    {
        string[] names = ["amount", "amounts", "anount", "share", "shade", "a", "b", string.Empty, "change"];
        var gen = Gen.OneOf(
            Gen.Elements(names).Select(n => (Name: n, Copy: false)), Gen.Elements(names).Select(n => (Name: n, Copy: true)));
        return Prop.ForAll(gen.ListOf().ToArbitrary(), Gen.Elements(names).ToArbitrary(), (members, asked) =>
        {
            var node = DraftNode.NewObject();
            var placed = new List<(string Name, DraftNode Node)>();
            foreach (var (name, copy) in members)
            {
                var value = DraftNode.Of(name);
                var own = copy ? new string(name.AsSpan()) : name;
                node.Append(own, value);
                placed.Add((own, value));
            }

            var expected = placed.FirstOrDefault(p => p.Name == asked).Node;
            var pointer = "/x/" + asked + "/y";
            var copyAsked = new string(asked.AsSpan());
            return (ReferenceEquals(expected, node.Member(asked)) && ReferenceEquals(expected, node.Member(copyAsked))
                    && ReferenceEquals(expected, node.Member(pointer, 3, 3 + asked.Length)))
                .Label($"{string.Join(",", members)} ? {asked}");
        });
    }

    /// <summary>
    /// Random stretches of unit pieces and look-alikes (万人, 元/, 平方, 台(套), digits, spaces) read from every index to
    /// every end: the unit decided by the first character is the unit every comparison in turn decides, with the same text
    /// and the same end.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property UnitAt_AsTheComparisonInTurn()
    {
        var piece = Gen.Elements(
            "万", "元", "亿", "千", "人", "张", "份", "次", "%", "平方米", "平方", "/", "台(套)", "台（套）", "批次", "批", "个", "辆",
            "套", "项", "家", "间", "台", " ", "  ", "a", "1", "年");
        return Prop.ForAll(piece.ArrayOf().Select(string.Concat).ToArbitrary(), text =>
        {
            for (var i = 0; i <= text.Length; i++)
            {
                for (var end = i; end <= text.Length; end++)
                {
                    if (Scanner.UnitAt(text, i, end) != Scanner.UnitAtByComparison(text, i, end))
                    {
                        return false.Label($"{text} at {i} to {end}");
                    }
                }
            }

            return true.ToProperty();
        });
    }

    /// <summary>
    /// Hand-made units: "万人" is no unit (the end stays at the number: 0); "万 " is 万元 with the 元 dropped (end 1);
    /// " 亿元" after a space ends at 3; "元/吨" is none; "台(套)" is the count "台(套)", not "台", ending at 4; "平方" alone is
    /// none; "% " a percent ending at 1.
    /// </summary>
    [Fact]
    public void UnitAt_HandMade()
    {
        Assert.Equal((FigureUnit.None, string.Empty, 0), Scanner.UnitAt("万人", 0, 2));
        Assert.Equal((FigureUnit.WanYuan, string.Empty, 1), Scanner.UnitAt("万 ", 0, 2));
        Assert.Equal((FigureUnit.YiYuan, string.Empty, 3), Scanner.UnitAt(" 亿元", 0, 3));
        Assert.Equal((FigureUnit.None, string.Empty, 0), Scanner.UnitAt("元/吨", 0, 3));
        Assert.Equal((FigureUnit.Count, "台(套)", 4), Scanner.UnitAt("台(套)", 0, 4));
        Assert.Equal((FigureUnit.None, string.Empty, 0), Scanner.UnitAt("平方", 0, 2));
        Assert.Equal((FigureUnit.Percent, string.Empty, 1), Scanner.UnitAt("% ", 0, 2));
    }

    /// <summary>
    /// Random texts (ideographs, ASCII, surrogate pairs, NUL) as UTF-8 bytes, with or without a byte-order mark, detected
    /// or forced, sometimes with one byte broken: well-formed bytes give the strict decoder's text, unless they hold a NUL
    /// (and no byte-order mark says UTF-8): then the file is binary at the first NUL; ill-formed bytes forced as UTF-8 are
    /// reported at the first byte the runtime's UTF-8 transcoder stops at (an independent reading of the same rules).
    /// </summary>
    [Property(MaxTest = 400)]
    public Property Decoder_OnePass_AsTheRulesSay()
    {
        var piece = Gen.Elements("年", "a", "1.5", "\n", "😀", "\0", "，", "é");
        var texts = piece.ArrayOf().Select(string.Concat);
        var forms = Gen.Choose(0, 3).ToArbitrary();
        return Prop.ForAll(texts.ToArbitrary(), forms, Gen.Choose(0, 1000).ToArbitrary(), (text, form, at) =>
        {
            var bom = form is 1 or 3;
            var forced = form >= 2;
            var body = Encoding.UTF8.GetBytes(text);
            var broken = at % 3 == 0 && body.Length > 0;
            if (broken)
            {
                body[at % body.Length] = 0xFF;   // never in well-formed UTF-8
            }

            byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
            var decoded = DisclosureDecoder.Decode(bytes, forced ? DisclosureEncoding.Utf8 : DisclosureEncoding.Auto);
            if (broken)
            {
                if (!forced && !bom)
                {
                    return (!decoded.Succeeded || decoded.Encoding == DisclosureEncoding.Gb18030).Label("detected: not UTF-8");
                }

                var chars = new char[body.Length + 1];
                var status = System.Text.Unicode.Utf8.ToUtf16(body, chars, out var read, out _, replaceInvalidSequences: false);
                var offset = (bom ? 3 : 0) + read;
                return (status == System.Buffers.OperationStatus.InvalidData && !decoded.Succeeded
                        && decoded.ErrorByteOffset == offset).Label($"invalid at {offset}: {decoded.ErrorByteOffset}");
            }

            var nul = Array.IndexOf(body, (byte)0);
            if (nul >= 0 && !bom)
            {
                return (!decoded.Succeeded && decoded.ErrorByteOffset == nul).Label($"binary at {nul}");
            }

            return (decoded.Succeeded && decoded.Text == text && decoded.Encoding == DisclosureEncoding.Utf8).Label("text");
        });
    }

    /// <summary>
    /// Random 绩效自评表 rows (tab- or '|'-separated; cells of header words, their look-alikes, figures, blanks, spaces
    /// and ideographic spaces): the cells are the row split at every separator and trimmed, as a split character by
    /// character gives them; and a row none of whose cells starts with a first character of the words the reader asks
    /// before a line (<see cref="PerformanceTableReader.RowWordStarts"/>) holds none of those words, exactly or as a start.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property PerformanceRow_SplitAndHeaderPreTest()
    {
        var cell = Gen.Elements(
            "项目名称", "主管部门", "年初预算数", "年度总体目标", "一级指标", "三级指标", "总分", "合计得分", "总计", "年 初预算数",
            "产出指标", "数量指标", "12.50", "  ", string.Empty, " 满意度\u3000", "- ", "全年预算数", "目标", "项", "总");
        var rows = Gen.Elements('\t', '|').SelectMany(sep => cell.ArrayOf().Select(cells => (sep, cells)));
        return Prop.ForAll(rows.ToArbitrary(), row =>
        {
            var text = string.Join(row.sep.ToString(), row.cells);
            var split = new PerformanceRow();
            split.Split(text, text);
            var expected = ByCharacter(text);
            var cellsAgree = split.Count == expected.Count
                && Enumerable.Range(0, expected.Count).All(i => split.Text(i) == expected[i]);
            string[] words = ["项目名称", "部门名称", "单位名称", "主管部门", "年初预算数", "年度总体目标", "一级指标", "总分", "合计得分", "总计"];
            var preTest = split.AnyCellStartsWith(PerformanceTableReader.RowWordStarts)
                || words.All(w => split.FindExact(w) < 0 && split.FindStart(w) < 0);
            return (cellsAgree && preTest).Label(text);
        });
    }

    /// <summary>The cells of a row as a loop over every character splits them (the split before session 19), trimmed.</summary>
    private static List<string> ByCharacter(string text)
    {
        var separator = text.Contains('\t', StringComparison.Ordinal) ? '\t' : '|';
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == separator)
            {
                cells.Add(text[start..i].Trim(' ', '\u3000', '\t'));
                start = i + 1;
            }
        }

        if (separator == '|' && cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        return cells;
    }

    /// <summary>
    /// Random strings of ideographs, ASCII, surrogate pairs and lone high and low surrogates: the vectorised first search
    /// answers what a loop over every character answers (well-formed UTF-16: every high surrogate followed by a low one,
    /// no low one alone).
    /// </summary>
    [Property(MaxTest = 400)]
    public Property IsText_AsALoop()
    {
        var piece = Gen.Elements("年", "a", "😀", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "\uDC00\uD800");
        return Prop.ForAll(piece.ArrayOf().Select(string.Concat).ToArbitrary(), text =>
        {
            var wellFormed = true;
            for (var i = 0; i < text.Length && wellFormed; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    wellFormed = false;
                }
            }

            return (ContractLeafText.IsText(text) == wellFormed).Label(text);
        });
    }
}
