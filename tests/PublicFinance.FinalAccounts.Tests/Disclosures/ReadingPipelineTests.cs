using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The reading passes take the blocks one at a time (issue 14): the streamed pipeline must build exactly what the
/// passes built when each walked the whole block list in turn (<see cref="ReadingPipeline.RunOnList"/>, the old code
/// path kept as the oracle) — the draft report, every span, claim, note, finding and statement, in the same order,
/// and the same year, entity and unplaced count.
/// </summary>
public class ReadingPipelineTests
{
    private static readonly string[] RealTexts = TestFiles.RealShanghaiTexts;

    /// <summary>Lines that reach every pass: titles, headings, prose, the three table layouts, 自评 tables, units.</summary>
    private static readonly string[] Snippets =
    [
        "某局2023年度部门决算说明",
        "一、收入支出决算总体情况",
        "(二)支出决算情况",
        "## 七、“三公”经费支出决算情况说明",
        "2023年度收入总计1,234.56万元，比上年增加12.30万元，增长1.0%，主要原因是人员增加。",
        "“三公”经费支出5.00万元，比上年减少1.00万元，下降16.7%。",
        "公务接待费2.00万元，接待12批次、80人次。",
        "本年支出 9.80万元",
        "单位:元",
        "单位：万元",
        "| 项目 | 预算数 | 决算数 |",
        "| 公务接待费 | 3.00 | 2.00 |",
        "| 合计 | 6.00 | 5.00 |",
        "| 收入 | 12.34 | | 5.6 |||",
        "| 项目 | 比上年增、减情况 |",
        "| | 增减金额 | 增减幅度 |",
        "项目名称 | 全年预算数 | “决算数” |",
        "| 科目 | 预算 数 | 上年 决算 |",
        "| 三公经费合计 | 1.00 | 2.00 | 3.00 | 4.00% |",
        "\t公务用车运行费\t0.50\t0.40\t",
        "| 、 | 决算数 |",
        "单 位 : 元",
        "|---|---|",
        "项目\t上年决算数\t本年决算数\t增减金额",
        "因公出国(境)费\t1.00\t0.50\t-0.50",
        "项目",
        "决算数",
        "合计",
        "公务接待费",
        "10.00",
        "9.00",
        "|",
        "公务用车 |",
        "购置费 |",
        "项目支出绩效自评表",
        "部门整体支出绩效自评表",
        "项目名称\t某项目",
        "年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t10\t10\t9\t10\t90%\t9",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
        "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10\t",
        "总分\t100\t95",
        "XX单位增加(减少)经费",
        string.Empty,
        "\t",
    ];

    [Fact]
    public void Seed_StreamedAsOnTheList() => AssertSame(TestFiles.SampleText);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RealTexts_StreamedAsOnTheList(int index) => AssertSame(TestFiles.Data(RealTexts[index]));

    /// <summary>The seed with a blank cell after a cell and before an open paragraph (the splitter holds a last cell back).</summary>
    [Fact]
    public void BlankCellAfterProse_StreamedAsOnTheList()
        => AssertSame("项目\n决算数\n合计\n10.00\n说明文字\n|\n|\n9.00\n8.00\n7.00\n|\n");

    /// <summary>
    /// Session 47: a one-cell-per-line run holding a unit cell (单 位 : 元) between a bar table's header and its row — the
    /// run kept for the end (streamed) had not yet declared its unit, so the row was read in 万元 when streamed and in 元 on
    /// the list (FsCheck's replay 658824783505041634,10529217498710927053 of the property below, shrunk).
    /// </summary>
    [Fact]
    public void UnitCellRunBeforeABarRow_StreamedAsOnTheList()
        => AssertSame("| 科目 | 预算 数 | 上年 决算 |\n10.00\n\t\t质量指标\t出勤 率\t≥98%\t=100%\t10\t10\t按计划出勤\n单 位 : 元\n"
            + "10.00\n| 公务接待费 | 3.00 | 2.00 |");

    /// <summary>Random lines from the snippets above and from the seed, in any order: the same result both ways.</summary>
    [Property(MaxTest = 300)]
    public Property RandomLines_StreamedAsOnTheList()
    {
        var seedLines = TestFiles.SampleText.Split('\n');
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        var line = Gen.OneOf(Gen.Elements(Snippets), Gen.Elements(seedLines), random);
        var gen =
            from count in Gen.Choose(0, 80)
            from lines in line.ArrayOf(count)
            select string.Join("\n", lines);
        return Prop.ForAll(gen.ToArbitrary(), text => Same(text).Label(text));
    }

    /// <summary>Stretches of the seed and the real texts, cut anywhere (tables and sections split midway).</summary>
    [Property(MaxTest = 100)]
    public Property TextStretches_StreamedAsOnTheList()
    {
        var texts = RealTexts.Select(TestFiles.Data).Append(TestFiles.SampleText).ToArray();
        var gen =
            from text in Gen.Elements(texts)
            from start in Gen.Choose(0, text.Length - 1)
            from length in Gen.Choose(0, 6000)
            select text.Substring(start, Math.Min(length, text.Length - start));
        return Prop.ForAll(gen.ToArbitrary(), text => Same(text).Label(text));
    }

    /// <summary>The blocks streamed are the blocks of the list, one for one (kind, text, map, blank cells, continuation).</summary>
    [Fact]
    public void Blocks_AreTheListsBlocks()
    {
        var text = TestFiles.SampleText + "\n项目\n决算数\n合计\n10.00\n|\n|\n9.00\n";
        var streamed = Paragraphs.Blocks(text).ToList();
        var listed = Paragraphs.Split(text);
        Assert.Equal(listed.Count, streamed.Count);
        Assert.True(listed.Count > 100);   // the seed alone has more than a hundred paragraphs, headings and rows
        for (var i = 0; i < listed.Count; i++)
        {
            Assert.Equal(listed[i].Kind, streamed[i].Kind);
            Assert.Equal(listed[i].Content.Text, streamed[i].Content.Text);
            Assert.Equal(listed[i].Content.At(0), streamed[i].Content.At(0));
            Assert.Equal(listed[i].BlankCellsAfter, streamed[i].BlankCellsAfter);
            Assert.Equal(listed[i].Continued, streamed[i].Continued);
        }
    }

    /// <summary>
    /// The unplaced count, streamed: a text without figures has none; a '|' row under no header is read by no pass,
    /// so both of its figures (12.34万元, 5.6% — "收入" and the bare "7" carry no unit) are unplaced, and the seed's
    /// count is the list's.
    /// </summary>
    [Fact]
    public void UnplacedCount_CountsTheFiguresNoClaimStartsAt()
    {
        Assert.Equal(0, Outcome("没有数字的一段话。\n", streamed: true).Outcome.UnplacedFigureCount);
        Assert.Equal(2, Outcome("| 收入 | 12.34万元 | 5.6% | 7 |\n", streamed: true).Outcome.UnplacedFigureCount);
        var seed = Outcome(TestFiles.SampleText, streamed: true).Outcome.UnplacedFigureCount;
        Assert.Equal(Outcome(TestFiles.SampleText, streamed: false).Outcome.UnplacedFigureCount, seed);
    }

    /// <summary>"单 位 : 万元" declares 万元 as "单位:万元" does (spaces inside are ignored, nothing else is).</summary>
    [Theory]
    [InlineData("单位:万元", "单位:万元", true)]
    [InlineData("(金额单 位 : 万 元)", "单位:万元", true)]
    [InlineData("单位:元", "单位:万元", false)]
    [InlineData("单位、:万元", "单位:万元", false)]
    [InlineData("单单位:元", "单位:元", true)]
    [InlineData("单位:\t元", "单位:元", false)]
    public void ContainsIgnoringSpaces_IsContainsOnTheTextWithoutSpaces(string text, string word, bool expected)
    {
        Assert.Equal(expected, TextTableReader.ContainsIgnoringSpaces(text, word));
        Assert.Equal(text.Replace(" ", string.Empty).Contains(word, StringComparison.Ordinal), expected);
    }

    /// <summary>
    /// The range form (a row read as a view of the whole text, session 11) answers for [from, to) exactly what the
    /// string form answers for that substring: a word running past <c>to</c> does not count.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property ContainsIgnoringSpaces_OnARange_IsOnTheSubstring()
    {
        var piece = Gen.Elements("单", "位", ":", "万", "元", " ", "单位:万元", "单 位", "x", "\n");
        var gen =
            from pieces in piece.ArrayOf()
            let text = string.Concat(pieces)
            from start in Gen.Choose(0, text.Length)
            from end in Gen.Choose(start, text.Length)
            from word in Gen.Elements("单位:万元", "单位:元")
            select (text, start, end, word);
        return Prop.ForAll(gen.ToArbitrary(), c =>
            (TextTableReader.ContainsIgnoringSpaces(c.text, c.start, c.end, c.word)
                == TextTableReader.ContainsIgnoringSpaces(c.text.Substring(c.start, c.end - c.start), c.word)).Label(c.ToString()));
    }

    private static (ReadingOutcome Outcome, ReportBuilder Builder) Outcome(string text, bool streamed)
    {
        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        var outcome = streamed ? ReadingPipeline.Run(source, builder) : ReadingPipeline.RunOnList(source, builder);
        return (outcome, builder);
    }

    private static void AssertSame(string text)
    {
        var (listOutcome, list) = Outcome(text, streamed: false);
        var (streamOutcome, stream) = Outcome(text, streamed: true);
        Assert.Equal(listOutcome, streamOutcome);
        Assert.Equal(list.Root.ToJson(), stream.Root.ToJson());
        Assert.Equal(list.Claims, stream.Claims);
        Assert.Equal(list.Notes, stream.Notes);
        Assert.Equal(list.Findings.Select(TextReading.Show), stream.Findings.Select(TextReading.Show));
        Assert.Equal(list.Spans.ToList(), stream.Spans.ToList());
        Assert.Equal(list.Statements, stream.Statements);
    }

    private static bool Same(string text)
    {
        try
        {
            AssertSame(text);
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }
}
