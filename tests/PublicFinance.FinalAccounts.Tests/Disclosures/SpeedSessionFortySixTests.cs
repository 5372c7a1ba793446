using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (issue 8, docs/performance.md "Session 46: …"): families of sessions 44–45 asked at every sentence, table row
/// or share now answer most of them by one cheap test — the fund-led functional list's lead (功能分类 in its first 64
/// characters), a reason given by reference (原因), an inline bar table (prose after the row's last bar), a final's share of
/// its budget (no copy of the label) — and the grade counts make no closure at every character. These tests hold each new
/// answer against the body it replaced or guards (kept as the oracle) on random texts, with examples and near misses.
/// </summary>
public sealed class SpeedSessionFortySixTests
{
    /// <summary>A text of pieces, and any sentence [from, to) within it.</summary>
    private static Arbitrary<(string Text, int From, int To)> Sentences(params string[] pieces)
    {
        var texts = Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p));
        return (from text in texts
                from a in Gen.Choose(0, text.Length)
                from b in Gen.Choose(0, text.Length)
                select (text, Math.Min(a, b), Math.Max(a, b))).ToArbitrary();
    }

    /// <summary>Pieces of fund-led list leads and their near misses (punctuation as the normaliser writes it).</summary>
    private static readonly string[] LeadPieces =
    [
        "一般公共预算财政拨款支出", "公共财政预算财政拨款支出", "财政拨款支出", "按功能分类", "按支出功能分类科目", "按功能分类科目",
        "功能", "分类", "按经济分类", "如下", ":", ",", " ", "其中", "2021年度", "(1)", "一是", "公共安全支出(类)", "812.30万元", "。",
    ];

    /// <summary>Any text, any sentence in it: the pre-tested lead is the whole body's answer.</summary>
    [Property(MaxTest = 3000)]
    public Property FundLedLead_IsTheBodysAnswer()
        => Prop.ForAll(Sentences(LeadPieces),
            s => NarrativeReader.FundLedLead(s.Text, s.From, s.To) == NarrativeReader.FundLedLeadIn(s.Text, s.From, s.To));

    /// <summary>The leads the family reads, and near misses: their fund, or none, as before.</summary>
    [Theory]
    [InlineData("2021年度一般公共预算财政拨款支出按功能分类:公共安全支出(类)812.30万元。", "GeneralBudget")]
    [InlineData("公共财政预算财政拨款支出,按支出功能分类科目如下:", "GeneralBudget")]
    [InlineData("其中财政拨款支出按功能分类科目:", "Appropriation")]
    [InlineData("按支出功能分类科目:公共安全支出(类)812.30万元。", null)]   // no fund named: the department's whole expenditure
    [InlineData("一般公共预算财政拨款支出按经济分类:工资福利支出812.30万元。", null)]   // by economic class
    [InlineData("一般公共预算财政拨款支出按功能分类情况如下:", null)]   // words between the lead and the colon
    public void FundLedLead_ReadsTheLeadsItReadBefore(string sentence, string? fund)
    {
        Assert.Equal(fund, NarrativeReader.FundLedLead(sentence, 0, sentence.Length)?.ToString());
        Assert.Equal(fund, NarrativeReader.FundLedLeadIn(sentence, 0, sentence.Length)?.ToString());
    }

    /// <summary>The lead is looked for in the sentence's first 64 characters only, with the pre-test or without.</summary>
    [Fact]
    public void FundLedLead_LooksAtTheFirstSixtyFourCharacters()
    {
        var late = new string('甲', 60) + "一般公共预算财政拨款支出按功能分类:";
        Assert.Null(NarrativeReader.FundLedLead(late, 0, late.Length));
        Assert.Null(NarrativeReader.FundLedLeadIn(late, 0, late.Length));
        var text = "前文。" + "一般公共预算财政拨款支出按功能分类:";
        Assert.Equal(Section.GeneralBudget, NarrativeReader.FundLedLead(text, 3, text.Length));
    }

    /// <summary>Pieces of reasons by reference and their near misses.</summary>
    private static readonly string[] ReferencePieces =
    [
        "原因", "同上", "也同上", "亦同上", "与上述相同", "与上相同", "同前", "主要", "。", " ", "\n", "七、机关运行经费", "(三)",
        "决算数小于年初预算数的", "1.50万元", "原", "因",
    ];

    /// <summary>Any text, any sentence in it: the pre-tested reference is the whole body's answer.</summary>
    [Property(MaxTest = 3000)]
    public Property SameAsAboveAt_IsTheBodysAnswer()
        => Prop.ForAll(Sentences(ReferencePieces),
            s => NarrativeReader.SameAsAboveAt(s.Text, s.From, s.To) == NarrativeReader.SameAsAboveAtIn(s.Text, s.From, s.To));

    /// <summary>A reference that ends its sentence is found; a sentence without 原因 has none.</summary>
    [Theory]
    [InlineData("决算数小于年初预算数的主要原因同上。", 13, 17)]
    [InlineData("决算数小于年初预算数的主要原因与上述相同。 ", 13, 20)]
    [InlineData("决算数小于年初预算数，主要是人员减少。", -1, -1)]
    [InlineData("同上。", -1, -1)]
    public void SameAsAboveAt_FindsTheReference(string sentence, int at, int end)
    {
        Assert.Equal((at, end), NarrativeReader.SameAsAboveAt(sentence, 0, sentence.Length));
        Assert.Equal((at, end), NarrativeReader.SameAsAboveAtIn(sentence, 0, sentence.Length));
    }

    /// <summary>Any list of grade items, any grade: the loop answers as <c>Any</c> did.</summary>
    [Property(MaxTest = 2000)]
    public Property HasGrade_IsAny()
    {
        var grades = Gen.Elements("excellent", "good", "fair", "poor");
        var items = grades.Select(g => new NarrativeReader.GradeItem(g, 0, 1, false, 1, 2, 3)).ListOf();
        var cases = from list in items
                    from grade in grades
                    select (list, grade);
        return Prop.ForAll(cases.ToArbitrary(), c =>
            NarrativeReader.HasGrade([.. c.list], c.grade) == c.list.Any(i => i.Grade == c.grade));
    }

    /// <summary>
    /// The grade counts read as before the change (the sentence searched in place for 指标 instead of copied): counts of
    /// projects read; the same counts beside 指标 without 项目 passed over (the near miss).
    /// </summary>
    [Fact]
    public void GradeCounts_ReadAsBefore()
    {
        const string Head = "某县农业农村局2024年度部门决算说明\n二、预算绩效情况说明\n";
        var read = DisclosureReader.Read(Head + "本部门对9个项目开展了绩效自评，其中评为“优秀”的项目7个，“良好”的项目2个。\n");
        Assert.Equal("7", TextReading.At(read, "/performance/gradeCounts/0/count"));
        Assert.Equal("2", TextReading.At(read, "/performance/gradeCounts/1/count"));
        var indicators = DisclosureReader.Read(Head + "本部门对9个项目开展了绩效自评，其中评为“优秀”的7个，“良好”的2个，共18项指标。\n");
        Assert.Null(TextReading.At(indicators, "/performance/gradeCounts/0/count"));
    }

    /// <summary>Pieces of bar rows, inline bar tables and prose after them.</summary>
    private static readonly string[] BarPieces =
        ["|", " | ", " ", "\t", "项目", "合计", "公务接待费", "9.50", "8.32", "，", "。", "；", "本年支出较上年减少", "预算数", "决算数", "\n"];

    /// <summary>Any text, any stretch of it: the pre-tested cut is the whole body's, its pieces too.</summary>
    [Property(MaxTest = 3000)]
    public Property InlineBarTableCut_IsTheBodysAnswer()
        => Prop.ForAll(Sentences(BarPieces), x =>
        {
            var (mine, theirs) = (new List<(int Start, int End)> { (0, 0) }, new List<(int Start, int End)> { (0, 0) });
            return InlineBarTable.Cut(x.Text, x.From, x.To, mine) == InlineBarTable.CutIn(x.Text, x.From, x.To, theirs)
                && mine.SequenceEqual(theirs);
        });

    /// <summary>An inline bar table with prose after it is cut as before; a plain row (ending with its bar) is not.</summary>
    [Fact]
    public void InlineBarTableCut_CutsWhatItCutBefore()
    {
        const string Line = "三公经费 | 项目 | 预算数 | 决算数 | | 合计 | 9.50 | 8.32 | | 公务接待费 | 2.00 | 1.40 | 本年支出较上年减少，主要是压减接待。";
        var pieces = new List<(int Start, int End)>();
        Assert.True(InlineBarTable.Cut(Line, 0, Line.Length, pieces));
        Assert.Equal(["三公经费", "| 项目 | 预算数 | 决算数 |", "| 合计 | 9.50 | 8.32 |", "| 公务接待费 | 2.00 | 1.40 |",
            "本年支出较上年减少，主要是压减接待。"], pieces.Select(p => Line[p.Start..p.End]));
        const string Row = "| 合计 | 9.50 | 8.32 | ";
        Assert.False(InlineBarTable.Cut(Row, 0, Row.Length, pieces));
        Assert.Empty(pieces);
    }

    /// <summary>Pieces of share labels: the final's share of its budget, other shares, white space.</summary>
    private static readonly Gen<string> ShareLabels = Gen.Elements(
        "决算", "决算数", "支出", "占", "的", "预算", "预算数", "年初", "调整", "全年", "本年支出", " ", "\t", ",", "其中")
        .ArrayOf().Select(p => string.Concat(p));

    /// <summary>Any label: the final's share of its budget is recognised as it was with the label trimmed and cut.</summary>
    [Property(MaxTest = 4000)]
    public Property IsFinalShareOfBudget_IsThePlainAnswer()
        => Prop.ForAll(ShareLabels.ToArbitrary(),
            label => NarrativeReader.IsFinalShareOfBudget(label) == NarrativeReader.IsFinalShareOfBudgetPlain(label));

    /// <summary>The shares session 45 read as completion rates, and near misses.</summary>
    [Theory]
    [InlineData("决算数占预算数的", true)]
    [InlineData("，支出决算数 占调整预算数的 ", true)]
    [InlineData("决算占年初预算的", true)]
    [InlineData("占本年支出的", false)]
    [InlineData("决算数占预算的比例", false)]
    [InlineData("支出占预算数的", false)]
    public void IsFinalShareOfBudget_ReadsAsBefore(string label, bool share)
    {
        Assert.Equal(share, NarrativeReader.IsFinalShareOfBudget(label));
        Assert.Equal(share, NarrativeReader.IsFinalShareOfBudgetPlain(label));
    }
}
