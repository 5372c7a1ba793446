using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8, docs/performance.md "Session 39: …"): <c>LevelScopedFigure</c> searched back to the sentence's
/// start at every figure for a ';' and for 级/属 — quadratic in a long sentence without a full stop. It now asks
/// <see cref="LastCharBefore"/>, a scan that goes on from the last figure's place. These tests hold it against the plain
/// search, and the reader's part figures against what they were.
/// </summary>
public sealed class SpeedSessionThirtyNineTests
{
    private static readonly char[] Chars = ['级', '属', ';', '；'];

    private static int Plain(string text, int from, int at)
        => at <= from ? -1 : text.LastIndexOfAny(Chars, at - 1, at - from);

    /// <summary>Asks going forward, one behind, at the start, and of another start or text.</summary>
    [Fact]
    public void Find_AnswersThePlainSearch_OnExamples()
    {
        const string Text = "本级支出1.00万元，其他2.00万元；所属3.00万元，4.00万元";
        var cursor = new LastCharBefore(Chars);
        Assert.Equal(1, cursor.Find(Text, 0, 5));    // 级 at 1
        Assert.Equal(19, cursor.Find(Text, 0, 20));  // ；at 19 (本级支出 4, 1.00万元， 7, 其他 2, 2.00万元 6)
        Assert.Equal(1, cursor.Find(Text, 0, 10));   // behind the scan: the plain search
        Assert.Equal(21, cursor.Find(Text, 0, 30));  // 属 at 21 (所 at 20, after the ；)
        Assert.Equal(-1, cursor.Find(Text, 2, 2));   // an empty stretch
        Assert.Equal(-1, cursor.Find(Text, 2, 19));  // another start: nothing of the set in [2, 19)
        Assert.Equal(-1, cursor.Find(Text, 0, 0));
        Assert.Equal(-1, cursor.Find("1.00万元，2.00万元", 0, 12));   // another text
    }

    /// <summary>
    /// Runs of asks over texts of the set's characters, figures and commas: any start, any place — forward, backward, at
    /// the start, past it (empty), the whole text — now and then on an equal text of another reference or another start.
    /// Each answer is the plain search's.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property Find_AnswersThePlainSearch()
    {
        var texts = Gen.Elements("级", "属", ";", "；", "本", "1.00", "万元", "，", "其中")
            .ArrayOf().Select(parts => string.Concat(parts));
        var asks = Gen.Choose(0, 1000).Three().ListOf();
        var cases = from text in texts from list in asks select (text, list);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var cursor = new LastCharBefore(Chars);
            var other = new string(c.text.ToCharArray());   // equal, another reference
            foreach (var (a, b, kind) in c.list)
            {
                var n = c.text.Length;
                var from = kind % 5 == 0 ? a % (n + 1) : 0;
                var at = b % (n + 1);
                var text = kind % 7 == 0 ? other : c.text;
                if (cursor.Find(text, from, at) != Plain(text, from, at))
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>
    /// A sentence without a full stop: figures of the department, then 机关本级's, a ';' and the department's again. The
    /// 本级's two amounts are notes (the stretch since the last ';' names it), the figures after the ';' are read as before.
    /// </summary>
    [Fact]
    public void PartFigures_InALongSentence_AreStillNotes()
    {
        var body = "二、支出决算情况说明\n2022年度本年支出合计3150.40万元，其中：基本支出2010.10万元，项目支出1140.30万元，"
            + "机关本级支出1800.00万元，其中基本支出1200.00万元；本年支出比上年增加100.00万元\n";
        var (read, _) = TextReading.Read("某市民政局2022年度部门决算说明\n" + body);
        Assert.Equal("3150.40", TextReading.At(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("2010.10", TextReading.At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.FigureOfAPart.En));
    }
}
