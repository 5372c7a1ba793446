using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 34 (issue 8, blind round 31 M2 and M8), on invented texts: a 财政拨款 结构 heading alone opens the 财政拨款 section
/// (its total and each 类 with its share are read, whatever the list marks); 项 of 教育 and 水利 get their codes through their
/// 类 and 款, and a 项 name several 款 share is never resolved through its 类 alone; "组团 0 个" is the delegations sent.
/// </summary>
public class StructureSectionsAndCodesTests
{
    private const string Head = "某县交通运输局2023年度部门决算说明\n一、收入支出决算总体情况\n2023年度收入总计6420.50万元，支出总计6420.50万元。\n";

    private const string Lead = "2023年度财政拨款支出5280.00万元，主要用于：";

    // The four 类 add up to the total (4224.00 + 528.00 + 316.80 + 211.20 = 5280.00) and each share is its amount over
    // the total to two places (4224.00 / 5280.00 = 80.00%, 528.00 / 5280.00 = 10.00%, 316.80 / 5280.00 = 6.00%, 4.00%).
    private static readonly string[] Classes = ["交通运输支出4224.00万元，占80.00%", "一般公共服务支出528.00万元，占10.00%",
        "社会保障和就业支出316.80万元，占6.00%", "住房保障支出211.20万元，占4.00%"];

    private static readonly string[] Expected = ["214:交通运输支出:4224.00:80.00", "201:一般公共服务支出:528.00:10.00",
        "208:社会保障和就业支出:316.80:6.00", "221:住房保障支出:211.20:4.00"];

    /// <summary>The 类 lines under their lead, with the marks of <paramref name="marks"/> (one per line or all on one line).</summary>
    private static string Lines(string[] marks, bool oneLine)
    {
        var lines = Classes.Select((c, i) => marks[i] + c + (i == Classes.Length - 1 ? "。" : "；")).ToArray();
        return Lead + (oneLine ? string.Concat(lines) : "\n" + string.Join("\n", lines)) + "\n";
    }

    private static readonly string[] Circled = ["①", "②", "③", "④"];
    private static readonly string[] Bracketed = ["⑴", "⑵", "⑶", "⑷"];
    private static readonly string[] Parenthesised = ["（1）", "（2）", "（3）", "（4）"];
    private static readonly string[] HalfBracket = ["1)", "2)", "3)", "4)"];
    private static readonly string[] FirstlySecondly = ["一是", "二是", "三是", "四是"];
    private static readonly string[] Unmarked = ["", "", "", ""];

    private static string[] Marks(string name) => name switch
    {
        "circled" => Circled,
        "bracketed" => Bracketed,
        "parenthesised" => Parenthesised,
        "halfBracket" => HalfBracket,
        "firstly" => FirstlySecondly,
        _ => Unmarked,
    };

    private static string[] Listed(IReadOnlyList<FunctionalFigure>? items)
        => [.. (items ?? []).Select(i => $"{i.Code?.Value}:{i.Name}:{i.Amount}:{i.Share?.Value}")];

    /// <summary>
    /// Blind round 31, M2: a 结构 heading right after the overview, with no 财政拨款 总体 heading before it. Before, the total
    /// and every 类 were "an amount the reader could not place" and each share "a share without a figure" (9 notes). Now
    /// the total is the 财政拨款 section's 本年支出 and each 类 its item with its amount and share; nothing is unplaced and no
    /// Error is raised.
    /// </summary>
    [Theory]
    [InlineData("2.财政拨款支出决算结构情况", "circled", false)]
    [InlineData("二、财政拨款支出决算结构情况", "bracketed", true)]
    [InlineData("二、财政拨款支出结构分析", "parenthesised", false)]
    [InlineData("2.财政拨款支出结构分析", "halfBracket", false)]
    [InlineData("（二）财政拨款支出按功能分类情况", "firstly", false)]
    [InlineData("二、财政拨款支出决算结构情况", "unmarked", true)]
    [InlineData("二、财政拨款支出决算结构情况", "unmarked", false)]
    public void AStructureHeadingAlone_OpensTheAppropriationSection(string heading, string marks, bool oneLine)
    {
        var (read, diagnostics) = Read(Head + heading + "\n" + Lines(Marks(marks), oneLine) + "三、“三公”经费支出情况\n2023年度“三公”经费支出8.20万元。\n");
        Assert.Empty(Errors(diagnostics));
        var appropriation = read.Report.Narrative!.Appropriation!;
        Assert.Equal("5280.00", appropriation.CurrentYearExpenditure!.Amount.ToString());
        Assert.Equal(Expected, Listed(appropriation.Items));
        Assert.False(Noted(read, "could not place"));
        Assert.False(Noted(read, "without a figure"));
        Assert.Equal("8.20", read.Report.Narrative!.ThreePublic!.Total!.Amount.ToString());   // the next section is its own
    }

    /// <summary>The 一般公共预算 variant of the heading: the total is that section's, each 类 one of its classes.</summary>
    [Theory]
    [InlineData("circled", false)]
    [InlineData("parenthesised", false)]
    [InlineData("firstly", true)]
    public void TheGeneralBudgetStructureHeading_ReadsItsClasses(string marks, bool oneLine)
    {
        var lines = Lines(Marks(marks), oneLine).Replace("财政拨款支出", "一般公共预算财政拨款支出", StringComparison.Ordinal);
        var (read, diagnostics) = Read(Head + "二、一般公共预算财政拨款支出决算结构情况\n" + lines);
        Assert.Empty(Errors(diagnostics));
        var general = read.Report.Narrative!.GeneralBudget!;
        Assert.Equal("5280.00", general.Total!.Amount.ToString());
        Assert.Equal(Expected, Listed(general.Classes));
        Assert.False(Noted(read, "could not place"));
    }

    /// <summary>
    /// The 结构 sub-heading under the 财政拨款 section's own 总体 sub-heading stays in the section (as before): the total
    /// stated under 总体 and the classes under 结构 are one section's.
    /// </summary>
    [Fact]
    public void AStructureSubheading_StaysInItsSection()
    {
        var text = Head + "二、财政拨款支出决算情况说明\n（一）财政拨款支出决算总体情况\n2023年度财政拨款支出5280.00万元，比上年增加80.00万元，"
            + "增长1.54%，主要原因是道路养护任务增加。\n（二）财政拨款支出决算结构情况\n2023年度财政拨款支出主要用于以下方面："
            + string.Join("；", Classes) + "。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        var appropriation = read.Report.Narrative!.Appropriation!;
        Assert.Equal("5280.00", appropriation.CurrentYearExpenditure!.Amount.ToString());
        Assert.Equal("80.00", appropriation.Change!.Amount!.ToString());
        Assert.Equal(Expected, Listed(appropriation.Items));
    }

    /// <summary>
    /// The classes read under a 一般公共预算 结构 heading alone are checked: a share that is not its amount over the total
    /// (528.00 / 5280.00 = 10.00%, written 12.00%) is one FA2004 Error on that class's share. (The 财政拨款 section's items have
    /// no share rule: their shares are read, not checked.)
    /// </summary>
    [Fact]
    public void AWrongShareUnderAStructureHeading_IsReported()
    {
        var lines = Lines(Circled, false).Replace("财政拨款支出", "一般公共预算财政拨款支出", StringComparison.Ordinal)
            .Replace("占10.00%", "占12.00%", StringComparison.Ordinal);
        var (read, diagnostics) = Read(Head + "2.一般公共预算财政拨款支出决算结构情况\n" + lines);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2004", error.RuleId);
        Assert.Contains("/narrative/generalBudget/classes/1/share", error.Pointers);
        Assert.Equal("12.00%", read.Report.Narrative!.GeneralBudget!.Classes[1].Share!.Value.ToString());
    }

    // ---- codes of 项 through their 类 and 款 (M8) ------------------------------------------------------------------

    private const string School = "某县第二中学2022年度单位决算说明\n三、一般公共预算财政拨款支出决算情况\n";

    /// <summary>
    /// "教育支出（类）普通教育（款）高中教育（项）" gets 2050204 (the catalogue had no 普通教育 款 before: "not found in the
    /// catalogue"), and a paragraph numbered "（二）" does not make "(二)社会保障和就业支出" the 类's name (a false FA5003 Warning
    /// before: "(二)社会保障和就业支出" does not match 社会保障和就业支出).
    /// </summary>
    [Theory]
    [InlineData("（一）", "（二）")]
    [InlineData("1.", "2.")]
    [InlineData("", "")]
    public void AnEducationItem_GetsItsCode(string first, string second)
    {
        var text = School + first + "教育支出（类）普通教育（款）高中教育（项）。年初预算为820.00万元，支出决算为790.40万元，完成年初预算的96.39%。"
            + "决算数小于预算数的主要原因是厉行节约。\n" + second + "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出"
            + "（项）。年初预算为60.00万元，支出决算为60.00万元，完成年初预算的100.00%。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        var items = read.Report.Narrative!.GeneralBudget!.Items;
        Assert.Equal(["2050204:高中教育:790.40", "2080505:机关事业单位基本养老保险缴费支出:60.00"],
            items.Select(i => $"{i.Code?.Value}:{i.Name}:{i.Amount}"));
        Assert.Equal(["教育支出", "社会保障和就业支出"], items.Select(i => i.ClassName));
        Assert.False(Noted(read, "not found in the catalogue"));
    }

    private const string Waterworks = "某县河道管理所2022年度单位决算说明\n三、一般公共预算财政拨款支出决算情况\n";

    /// <summary>
    /// 水利 项 through their 款: 行政运行 (a name many 款 share) is 2130301 under 水利, 水利工程建设 2130305, 防汛 2130314. The
    /// same 行政运行 under 农林水支出 with no 款 is 农业农村's, 林业和草原's or 水利's: no code (a note), never a guess — and
    /// under a 类 whose catalogue has it in one 款 only (一般公共服务支出 has it in many, 教育支出 in one), still none.
    /// </summary>
    [Theory]
    [InlineData("1.", "（类）")]
    [InlineData("（一）", "(类)")]
    public void WaterItems_GetTheirCodesThroughTheirSection(string mark, string classMark)
    {
        string Line(int n, string names, string budget, string final, string rate)
            => mark.Replace("1", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("一", "一二三四五"[n - 1].ToString(), StringComparison.Ordinal)
                + names.Replace("（类）", classMark, StringComparison.Ordinal) + "。年初预算为" + budget + "万元，支出决算为" + final
                + "万元，完成年初预算的" + rate + "%。" + (budget == final ? "" : "决算数小于预算数的主要原因是工程进度调整。") + "\n";
        var text = Waterworks
            + Line(1, "农林水支出（类）水利（款）行政运行（项）", "210.00", "205.80", "98.00")   // 205.80 / 210.00 = 98.00%
            + Line(2, "农林水支出（类）水利（款）水利工程建设（项）", "300.00", "270.00", "90.00")
            + Line(3, "农林水支出（类）水利（款）防汛（项）", "40.00", "40.00", "100.00")
            + Line(4, "农林水支出（类）行政运行（项）", "20.00", "20.00", "100.00")
            + Line(5, "教育支出（类）行政运行（项）", "10.00", "10.00", "100.00");
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        var items = read.Report.Narrative!.GeneralBudget!.Items;
        Assert.Equal(["2130301:行政运行:205.80", "2130305:水利工程建设:270.00", "2130314:防汛:40.00", ":行政运行:20.00",
            ":行政运行:10.00"], items.Select(i => $"{i.Code?.Value}:{i.Name}:{i.Amount}"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.ClassificationNotFound.En));
    }

    // ---- 组团 (M8) ------------------------------------------------------------------------------------------------

    /// <summary>
    /// "组团0个" beside 因公出国（境） is the delegations sent (0), as "团组0个" is; "接待来访组团3个" (groups received) is not,
    /// and stays a note.
    /// </summary>
    [Theory]
    [InlineData("全年未安排因公出国（境）团组，组团0个，出国（境）0人次", 0)]
    [InlineData("出国组团2个，出国（境）9人次", 2)]
    public void DelegationsSentWrittenAsZuTuan_AreTheDelegationCount(string clause, int delegations)
    {
        var text = "某区侨务办公室2023年度部门决算说明\n三、“三公”经费支出情况\n2023年度“三公”经费支出6.40万元。其中：因公出国（境）费"
            + (delegations == 0 ? "0" : "3.20") + "万元，" + clause + "；公务接待费" + (delegations == 0 ? "6.40" : "3.20")
            + "万元，接待来访组团3个，共接待42批次、310人次。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        var threePublic = read.Report.Narrative!.ThreePublic!;
        Assert.Equal(delegations, threePublic.OverseasDelegations);
        Assert.Equal(42, threePublic.DomesticReceptionBatches);
        Assert.True(Noted(read, "count the reader could not place"));   // 接待来访组团3个
    }

    // ---- tables whose header is split over three lines (item 4) -----------------------------------------------------

    /// <summary>
    /// A 三公 table aligned by spaces whose header runs over three lines (项目 · 因公出国 · 公务用车购置及运行费 · 公务接待费, then
    /// （境）费 · 小计 · 购置费 · 运行费 under them): its columns cannot be told apart for certain, so it is a note and none of its
    /// cells is placed — the narrative's own total and rate (10.50, 87.50% = 10.50 / 12.00) are read, nothing else.
    /// </summary>
    [Fact]
    public void AThreeLineThreePublicHeader_IsANote_NotAGuess()
    {
        var text = "某县档案馆2020年度部门决算说明\n三、“三公”经费支出情况\n2020年度“三公”经费支出决算如下（单位：万元）：\n\n"
            + "项目              因公出国      公务用车购置及运行费           公务接待费\n"
            + "                  （境）费     小计     购置费     运行费\n"
            + "预算数              0.00       9.00      0.00       9.00          3.00\n"
            + "决算数              0.00       8.10      0.00       8.10          2.40\n\n"
            + "2020年度“三公”经费支出10.50万元，完成预算的87.50%。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        var threePublic = read.Report.Narrative!.ThreePublic!;
        Assert.Equal("10.50", threePublic.Total!.Amount.ToString());
        Assert.Null(threePublic.VehiclesSubtotal);
        Assert.Null(threePublic.Reception);
        Assert.True(Noted(read, "does not line up"));
    }

    /// <summary>
    /// A table of the 一般公共预算 classes aligned by spaces with a two-level header (年初预算 and 决算数, each over 合计 · 基本支出 ·
    /// 项目支出): no class, budget or part is taken from its rows (no column is guessed), and the prose's total and rate
    /// (1000.80, 98.12% = 1000.80 / 1020.00) are read as before.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASpaceAlignedClassTableWithASplitHeader_IsNotMisread(bool headerOnThreeLines)
    {
        var header = headerOnThreeLines
            ? "项目\n                  年初预算                      决算数\n"
                + "             合计   基本支出  项目支出     合计   基本支出  项目支出\n"
            : "项目                          年初预算                         决算数\n"
                + "                   合计     基本支出   项目支出     合计     基本支出   项目支出\n";
        var text = "某县林业局2021年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n2021年度一般公共预算财政拨款支出决算情况如下表（单位：万元）：\n\n"
            + header
            + "一般公共服务支出    120.00   100.00    20.00    118.50   100.00    18.50\n"
            + "农林水支出          860.00   300.00   560.00    842.30   298.20   544.10\n"
            + "住房保障支出         40.00    40.00     0.00     40.00    40.00     0.00\n"
            + "合计              1020.00   440.00   580.00   1000.80   438.20   562.60\n\n"
            + "2021年度一般公共预算财政拨款支出1000.80万元，完成年初预算的98.12%。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        var general = read.Report.Narrative!.GeneralBudget!;
        Assert.Equal("1000.80", general.Total!.Amount.ToString());
        Assert.Equal("98.12", general.Total.Budget!.CompletionRate?.Value.ToString());
        Assert.Empty(general.Classes);
        Assert.Empty(general.Items);
    }
}
