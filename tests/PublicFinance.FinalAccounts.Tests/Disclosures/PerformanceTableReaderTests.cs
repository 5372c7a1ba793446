using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The 绩效自评表 reader decides its rows on cell ranges and writes into the evaluation's objects directly (session 10):
/// it must build exactly what the reader built when each cell was a string and each value a pointer walked from the
/// root (<see cref="PerformanceTableReaderOracle"/>, the old code kept for the tests) — the draft report, every span,
/// claim, note and finding, in the same order — on the seed, the real texts, mutated real rows and random rows.
/// </summary>
public class PerformanceTableReaderTests
{
    /// <summary>The seed's nine tables: the same draft, spans, claims, notes and findings both ways.</summary>
    [Fact]
    public void Seed_ReadAsByTheOracle()
    {
        var (reader, oracle) = Both(TestFiles.SampleText);
        AssertSame(reader, oracle);

        // Not vacuous: the seed has an overall table and project tables (奖励 rows 243–245 and 259–266 among them).
        Assert.True(reader.Root.Member("performance")?.Member("evaluations")?.Count > 5);
        Assert.Contains(reader.Claims, c => c.Pointer.Contains("/indicators/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RealTexts_ReadAsByTheOracle(int index)
    {
        var (reader, oracle) = Both(TestFiles.Data(TestFiles.RealShanghaiTexts[index]));
        AssertSame(reader, oracle);
    }

    /// <summary>
    /// A hand-made table whose values are reasoned here: a '|' row with a leading '|' (its empty first cell is no cell),
    /// cells with spaces inside (the header words are read without them), a 分 after a score, commas in an amount, a
    /// dash for a missing value, and an indicator broken over two rows.
    /// </summary>
    [Fact]
    public void HandMadeTable_ValuesAsWritten()
    {
        const string Text = "项目支出绩效自评表\n"
            + "| 项目名称 | 某 项目 |\n"
            + "| 资金 | 年初 预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            + "| 年度资金总额 | 1,234.50 | 1,000 | 900 | 10 | 90% | 9 分 |\n"
            + "| 其他资金 | — | - | 0 | / | -- | —— |\n"
            + "| 一级指标 | 二级指标 | 三级 指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
            + "| 产出指标 | 数量指标 | 培训 | >=100人次 | 120人次 | 10 | 9.5 | 略 |\n"
            + "| | | 人次 | | | | | 有 偏差 |\n"
            + "| 总分 | | | | | 100 | 95 |\n";
        var (reader, oracle) = Both(Text);
        AssertSame(reader, oracle);
        var evaluation = reader.Root.Member("performance")!.Member("evaluations")!.At(0);
        Assert.Equal("某 项目", evaluation.Member("name")!.Text);                  // a value keeps its inner space
        var total = evaluation.Member("funds")!.At(0);
        Assert.Equal("total", total.Member("kind")!.Text);
        Assert.Equal("1234.50", total.Member("initialBudget")!.Text);            // commas dropped, decimals kept
        Assert.Equal("9", total.Member("score")!.Text);                          // "9 分": the 分 dropped
        Assert.Equal("90", total.Member("executionRate")!.Text);                 // the sign dropped
        var other = evaluation.Member("funds")!.At(1);
        Assert.Equal("otherFunds", other.Member("kind")!.Text);
        Assert.Null(other.Member("initialBudget"));                              // "—" is no value
        Assert.Equal("0", other.Member("executed")!.Text);
        Assert.Null(other.Member("weight"));                                     // "/" is no value
        var indicator = evaluation.Member("indicators")!.At(0);
        Assert.Equal("培训人次", indicator.Member("name")!.Text);                  // the continuation row appended
        Assert.Equal("略有偏差", indicator.Member("deviationNote")!.Text);          // white space removed
        Assert.Equal("9.5", indicator.Member("score")!.Text);
        Assert.Equal("100", evaluation.Member("totalWeight")!.Text);             // the last two values after 总分
        Assert.Equal("95", evaluation.Member("totalScore")!.Text);
    }

    /// <summary>
    /// Session 30 (found by the random property below, failing replays (8460096338628685118,4066771200411730569,57) and
    /// (1926119200498873408,12432368654725670821,48)): a two-cell name row joined to its title line (blind round 26 B, r7)
    /// whose value is itself a name word, before another name row. The oracle had never learnt r7, so it took the later row's
    /// value; both now read the joined row first. The name row read first gives the name (a later name row does not replace
    /// it), so the name is the joined row's value: the name word itself.
    /// </summary>
    [Theory]
    [InlineData("项目支出绩效自评表\n部门名称\t部门名称\n| 单位名称 | 乙 | |\n", "部门名称")]
    [InlineData("项目支出绩效自评表\n单位名称\t单位名称\n项目名称\t丙\t\t\n", "单位名称")]
    public void JoinedNameRowWhoseValueIsANameWord_ReadAsByTheOracle(string text, string expectedName)
    {
        var (reader, oracle) = Both(text);
        AssertSame(reader, oracle);
        var evaluation = reader.Root.Member("performance")!.Member("evaluations")!.At(0);
        Assert.Equal(expectedName, evaluation.Member("name")!.Text);
    }

    /// <summary>
    /// Session 60 (the property's failing replay at the merge of tables59, shrunk): a name row of its own under no title, then
    /// a 年度总体目标 header (a word broken by a space) — session 59 opens an untitled table from it; the oracle had not learnt it
    /// and read nothing. Both now open the evaluation, named by the row.
    /// </summary>
    [Fact]
    public void UntitledNameRowBeforeGoalHeader_ReadAsByTheOracle()
    {
        var (reader, oracle) = Both("| 项目名称 | 办公室及文印中心专项经费 |  |  |  |  |  |  |  |\n年度总体 目标\t预期目标\t\n");
        AssertSame(reader, oracle);
        var evaluation = reader.Root.Member("performance")!.Member("evaluations")!.At(0);
        Assert.Equal("办公室及文印中心专项经费", evaluation.Member("name")!.Text);
    }

    /// <summary>
    /// Session 60, the reader fixed at the merge of tables59: a name word with a space inside (<c>项目 名称</c>, as header words are
    /// read without white space) opens an untitled table as <c>项目名称</c> does — before, the cheap start test missed it.
    /// </summary>
    [Fact]
    public void SpacedNameWord_OpensAnUntitledTable()
    {
        var (reader, oracle) = Both("| 项目 名称 | 某项目 | | |\n| 主管部门 | 某局 | 实施单位 | 某中心 |\n");
        AssertSame(reader, oracle);
        var evaluation = reader.Root.Member("performance")!.Member("evaluations")!.At(0);
        Assert.Equal("某项目", evaluation.Member("name")!.Text);
        Assert.Equal("某局", evaluation.Member("department")!.Text);
    }

    /// <summary>
    /// Session 60, the reader fixed: a name row waits for the very next block — a title between it and a header drops it. Before,
    /// the header after the title opened a second, untitled evaluation from the name row, leaving the titled one empty.
    /// </summary>
    [Fact]
    public void TitleAfterAWaitingNameRow_DropsIt()
    {
        var (reader, oracle) = Both("项目支出绩效自评表\n| 项目名称 | 乙项目 | | |\n| 总分 | 100 | 90 |\n| 项目名称 | 甲项目 | | |\n"
            + "项目支出绩效自评表\n| 主管部门 | 某局 | 实施单位 | 某中心 |\n");
        AssertSame(reader, oracle);
        var evaluations = reader.Root.Member("performance")!.Member("evaluations")!;
        Assert.Equal(2, evaluations.Count);
        Assert.Equal("乙项目", evaluations.At(0).Member("name")!.Text);
        Assert.Null(evaluations.At(1).Member("name"));
        Assert.Equal("某局", evaluations.At(1).Member("department")!.Text);
    }

    /// <summary>
    /// Session 60, the reader fixed: a mixed header (session 59) has its rate column starting with 执行率 or its score column
    /// with 得分 — <c>本年执行率 | 本年得分</c> is none (before, whether it was one depended on the row's other cells: the header
    /// test is asked only of rows with a cell starting with a header word's first character).
    /// </summary>
    [Theory]
    [InlineData("指标\t预算\t执行数\t执行率\t得分", 1)]
    [InlineData("资金\t预算\t执行数\t本年执行率\t得分", 1)]
    [InlineData("指标\t预算\t执行数\t本年执行率\t本年得分", 0)]
    [InlineData("本年\t本年预算\t本年执行数\t本年执行率\t本年得分", 0)]
    public void MixedHeader_RateOrScoreColumnStartsWithItsWord(string header, int funds)
    {
        var (reader, oracle) = Both("项目支出绩效自评表\n" + header + "\n资金\t100.00\t90.00\t90%\t9\n");
        AssertSame(reader, oracle);
        var evaluation = reader.Root.Member("performance")!.Member("evaluations")!.At(0);
        Assert.Equal(funds, evaluation.Member("funds")?.Count ?? 0);
    }

    /// <summary>
    /// Where a name row starts in a title block that joined lines (without a break): at the first name word a tab follows,
    /// whichever word — “单位名称⇥单位名称项目名称⇥丙” starts at its first 单位名称 (index 9, after the nine characters of the
    /// title), not at the later 项目名称 that the words' order once preferred; no tab after a name word, no row.
    /// </summary>
    [Theory]
    [InlineData("项目支出绩效自评表单位名称\t单位名称项目名称\t丙", 9)]
    [InlineData("项目支出绩效自评表项目名称 \t某项目", 9)]
    [InlineData("项目支出绩效自评表（续）部门名称\t某部门", 12)]
    [InlineData("项目支出绩效自评表项目名称某项目", -1)]
    [InlineData("项目名称\t某项目", -1)]
    public void NameRowStart_FirstNameWordFollowedByATab(string text, int expected)
        => Assert.Equal(expected, PerformanceNameLines.NameRowStart(text));

    /// <summary>Words a row can be made of: the header words, fund labels, values, dashes and noise.</summary>
    private static readonly string[] Words =
    [
        "项目名称", "部门名称", "单位名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年预算", "调整后预算数", "全年执行数",
        "预算执行数", "分值", "权重", "执行率", "得分", "年度总体目标", "预期目标", "实际完成情况", "实际完成目标", "全年实际完成情况",
        "一级指标", "二级指标", "三级指标", "年度指标值", "预期指标值", "指标值", "指标值设定依据", "实际完成值", "实际完成指标值",
        "全年实际值", "偏差原因", "偏差原因分析及改进措施", "总分", "合计得分", "总计", "年度资金总额", "其中：当年财政拨款", "上年结转",
        "上级资金(万元)", "本级资金", "其他资金", "合计", "1,234.56", "10", "9.5分", "100%", "99.99%", "—", "-", "--", "/", "——",
        ">=4 次", "≤5%", "=1 年", "1，000", "abc", string.Empty, " ", "分", "1e5", "99999999999999999999999999999999",
    ];

    /// <summary>
    /// Texts of 自评 tables: the seed's own rows and rows of the words above, mutated (spaces put inside cells, cells
    /// dropped, doubled or swapped, tabs turned into '|'), with titles between them, and random strings.
    /// </summary>
    // Random seeds (session 29 pinned one while the reader and the oracle disagreed on a name row joined to its title; fixed in
    // session 30, the two failing replays are facts above). 5,000 random cases passed when the pin was removed.
    [Property(MaxTest = 300)]
    public Property MutatedAndRandomRows_ReadAsByTheOracle()
    {
        var seedRows = TestFiles.SampleText.Split('\n').Where(l => l.Contains('\t')).ToArray();
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => (s ?? string.Empty).Replace('\n', ' '));
        var word = Gen.OneOf(Gen.Elements(Words), Gen.Elements(Words), random);
        var made = Gen.Choose(0, 10).SelectMany(n => word.ArrayOf(n)).Select(cells => string.Join("\t", cells));
        var row = Gen.OneOf(Gen.Elements(seedRows), Gen.Elements(seedRows), made);
        var mutated = from r in row
                      from kind in Gen.Choose(0, 6)
                      from at in Gen.Choose(0, 20)
                      select Mutate(r, kind, at);
        var line = Gen.Frequency(
            (12, mutated),
            (1, Gen.Elements("项目支出绩效自评表", "部门整体支出绩效自评表", "一、说明", "其他文字10万元。")),
            (1, random));
        var gen =
            from count in Gen.Choose(0, 60)
            from lines in line.ArrayOf(count)
            select "项目支出绩效自评表\n" + string.Join("\n", lines);
        return Prop.ForAll(gen.ToArbitrary(), text => Same(text).Label(text));
    }

    private static string Mutate(string row, int kind, int at)
    {
        var cells = row.Split('\t').ToList();
        var i = at % Math.Max(1, cells.Count);
        switch (kind)
        {
            case 1 when cells[i].Length > 1:
                cells[i] = cells[i].Insert(cells[i].Length / 2, at % 2 == 0 ? " " : "\u3000");
                break;
            case 2 when cells.Count > 1:
                cells.RemoveAt(i);
                break;
            case 3:
                cells.Insert(i, cells[i]);
                break;
            case 4 when cells.Count > 1:
                (cells[0], cells[i]) = (cells[i], cells[0]);
                break;
            case 5:
                return "| " + string.Join(" | ", cells) + " |";
            case 6:
                return string.Join("|", cells);
        }

        return string.Join("\t", cells);
    }

    private static (ReportBuilder Reader, ReportBuilder Oracle) Both(string text)
    {
        return (Read(text, oracle: false), Read(text, oracle: true));

        static ReportBuilder Read(string text, bool oracle)
        {
            var source = new SourceText(text);
            var builder = new ReportBuilder(source);
            var blocks = Paragraphs.Split(source.Text);
            new NarrativeReader(builder).Read(blocks);   // first, as in a read: its claims and contexts come before
            if (oracle)
            {
                new PerformanceTableReaderOracle(builder).Read(blocks);
            }
            else
            {
                new PerformanceTableReader(builder).Read(blocks);
            }

            return builder;
        }
    }

    private static void AssertSame(ReportBuilder reader, ReportBuilder oracle)
    {
        Assert.Equal(oracle.Root.ToJson(), reader.Root.ToJson());
        Assert.Equal(oracle.Claims, reader.Claims);
        Assert.Equal(oracle.Notes, reader.Notes);
        Assert.Equal(oracle.Findings.Select(TextReading.Show), reader.Findings.Select(TextReading.Show));
        Assert.Equal(oracle.Spans.ToList(), reader.Spans.ToList());
    }

    private static bool Same(string text)
    {
        try
        {
            var (reader, oracle) = Both(text);
            AssertSame(reader, oracle);
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }
}
