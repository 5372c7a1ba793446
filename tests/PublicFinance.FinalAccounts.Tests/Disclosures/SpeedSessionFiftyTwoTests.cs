using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 52 (issue 8, docs/performance.md "Session 52: …"): three tests of the reader read their text in place instead of
/// a copy — a topic entry's list number after a joined title (<c>NarrativeReader.TopicEntryNumberEnd(text, start)</c>, which
/// copied the paragraph's rest at every start it tried), a space-aligned row's cell as one number
/// (<c>CellNumber.Is(text, from, to)</c>), a numbered line's head words (<c>HeadingNumbering.HeadEnd</c>) — and a figure's label
/// compacted only when it has something to drop (<c>NarrativeReader.CompactLabel</c>). Each must answer
/// as the copy did: held by FsCheck against the copy's form, with examples.
/// </summary>
public sealed class SpeedSessionFiftyTwoTests
{
    /// <summary>Pieces of a line: list numbers of every style, marks, white space, words and figures.</summary>
    private static readonly string[] LinePieces =
        ["1", "12", "123", ")", "(", ".", "、", "一", "十", "①", "⑳", " ", "\u3000", "*", ":", "。", "\r", "机关运行经费", "a", "3.5", "%"];

    private static Arbitrary<string> Lines() => Gen.Elements(LinePieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary();

    private static Arbitrary<(int A, int B)> Stretches()
        => (from a in Gen.Choose(0, 1000) from b in Gen.Choose(0, 1000) select (a, b)).ToArbitrary();

    /// <summary>Any line, any start: the number's length read in place is the one read on the rest cut out.</summary>
    [Property(MaxTest = 4000)]
    public Property TopicEntryNumberEnd_InPlace_AnswersAsOnTheCopy()
        => Prop.ForAll(Lines(), Stretches(), (text, stretch) =>
        {
            var start = stretch.A % (text.Length + 1);
            return NarrativeReader.TopicEntryNumberEnd(text, start) == NarrativeReader.TopicEntryNumberEnd(text.Substring(start));
        });

    /// <summary>Numbers of each style at a start inside a line, and near misses (a decimal, three digits, a digit before).</summary>
    [Theory]
    [InlineData("其他事项 1)机关运行经费", 5, 2)]
    [InlineData("其他事项 (2)政府采购", 5, 3)]
    [InlineData("其他事项 ③国有资产", 5, 1)]
    [InlineData("其他事项 四、绩效", 5, 2)]
    [InlineData("其他事项 4.5万元", 5, 0)]
    [InlineData("其他事项 123.项目", 5, 0)]
    [InlineData("其他事项 ab", 5, 0)]
    public void TopicEntryNumberEnd_ReadsTheNumberAtItsStart(string text, int start, int expected)
    {
        Assert.Equal(expected, NarrativeReader.TopicEntryNumberEnd(text, start));
        Assert.Equal(NarrativeReader.TopicEntryNumberEnd(text.Substring(start)), expected);
    }

    /// <summary>An entry after a title joined to it still names its topic's section; a definition or a figure does not.</summary>
    [Theory]
    [InlineData("Ⅶ. 另需说明的事项 2) 机关运行经费:本年度机关运行经费支出 12.30 万元。", true)]
    [InlineData("Ⅶ. 另需说明的事项(3)政府采购:本年度政府采购支出总额 8.00 万元。", true)]
    [InlineData("Ⅶ. 另需说明的事项 2) 机关运行经费:是指行政单位的公用经费。", false)]
    [InlineData("全年完成 2) 项任务", false)]
    public void TopicEntrySection_AfterAJoinedTitle(string text, bool topic)
        => Assert.Equal(topic, NarrativeReader.TopicEntrySection(text) is not null);

    /// <summary>Any line, any stretch of it: a cell is one number in place exactly when its copy is, by the oracle.</summary>
    [Property(MaxTest = 4000)]
    public Property CellNumberInPlace_AnswersAsTheTrimmedCopy()
        => Prop.ForAll(Lines(), Stretches(), (text, stretch) =>
        {
            var from = stretch.A % (text.Length + 1);
            var to = from + (stretch.B % (text.Length - from + 1));
            var cell = text.Substring(from, to - from);
            return CellNumber.Is(text, from, to) == CellNumber.ByList(cell) && CellNumber.Is(text, from, to) == CellNumber.Is(cell);
        });

    /// <summary>Cells of a space-aligned row read where they stand, with the row's other cells around them.</summary>
    [Theory]
    [InlineData("基本支出  2,486.37  84.22  3.51%", "2,486.37", true)]
    [InlineData("基本支出  2,486.37  84.22  3.51%", "3.51%", true)]
    [InlineData("基本支出  2,486.37  84.22  3.51%", "基本支出", false)]
    [InlineData("合计　 12.00 13.50", "12.00 13.50", false)]
    [InlineData("合计　 12.00 13.50", "　 12.00", true)]
    public void CellNumberInPlace_OnARowsCells(string row, string cell, bool expected)
    {
        var from = row.IndexOf(cell, StringComparison.Ordinal);
        Assert.Equal(expected, CellNumber.Is(row, from, from + cell.Length));
        Assert.Equal(CellNumber.ByList(cell), expected);
    }

    /// <summary>Any line, any stretch: the head's end read in place gives the words the copy gave (trailing '*' trimmed).</summary>
    [Property(MaxTest = 4000)]
    public Property HeadEnd_GivesTheCopysWords()
        => Prop.ForAll(Lines(), Stretches(), (text, stretch) =>
        {
            var body = stretch.A % (text.Length + 1);
            var e = body + (stretch.B % (text.Length - body + 1));
            return text.Substring(body, HeadingNumbering.HeadEnd(text, body, e) - body) == HeadPlain(text, body, e);
        });

    /// <summary>A heading's words up to a space, '。', ':' or the line's end, bold marks left out.</summary>
    [Theory]
    [InlineData("1.**收入决算情况** 说明", 2, "**收入决算情况")]
    [InlineData("1.收入决算情况**", 2, "收入决算情况")]
    [InlineData("(一)支出决算情况:全年", 3, "支出决算情况")]
    [InlineData("一、***", 2, "")]
    public void HeadEnd_EndsAtTheWords(string line, int body, string expected)
        => Assert.Equal(expected, line.Substring(body, HeadingNumbering.HeadEnd(line, body, line.Length) - body));

    /// <summary>Pieces of a figure's label: words, white space, quotes and the clause marks a compact label drops first.</summary>
    private static readonly string[] LabelPieces = ["本年", "支出", " ", "\u3000", "\t", "\"", "“", "”", ",", ";", ":", "、", "(", ")", "其中"];

    /// <summary>Any label: the compact label is the one the builder made before (the label itself when nothing is dropped).</summary>
    [Property(MaxTest = 4000)]
    public Property CompactLabel_AnswersAsTheBuilder()
        => Prop.ForAll(
            Gen.Elements(LabelPieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            label => NarrativeReader.CompactLabel(label) == CompactLabelPlain(label)
                && NarrativeReader.IsCompactLabel(label) == (CompactLabelPlain(label) == label));

    /// <summary>Labels as the families meet them: already compact (returned as they are), spaced, quoted, after a clause mark.</summary>
    [Theory]
    [InlineData("政府采购支出总额", "政府采购支出总额", true)]
    [InlineData("车辆 2 辆中", "车辆2辆中", false)]
    [InlineData("，“公务用车”购置费", "公务用车购置费", false)]
    [InlineData(" :(其中", "其中", false)]
    [InlineData("", "", true)]
    public void CompactLabel_DropsWhatItDropped(string label, string expected, bool same)
    {
        var normalised = label.Replace('，', ',');
        Assert.Equal(expected, NarrativeReader.CompactLabel(normalised));
        Assert.Equal(same, ReferenceEquals(normalised, NarrativeReader.CompactLabel(normalised)));
    }

    /// <summary><c>NarrativeReader.CompactLabel</c> as it was before session 52 (a builder for every label): the oracle.</summary>
    private static string CompactLabelPlain(string label)
    {
        var sb = new System.Text.StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '“' or '”'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().TrimStart(',', ';', ':', '、', '(');
    }

    /// <summary>The head's words as <c>HeadingNumbering.Head</c> cut them before session 52 (the oracle).</summary>
    private static string HeadPlain(string text, int body, int e)
    {
        var end = body;
        while (end < e && text[end] is not (' ' or '\u3000' or '。' or ':' or '\r'))
        {
            end++;
        }

        return text.Substring(body, end - body).TrimEnd('*');
    }
}
