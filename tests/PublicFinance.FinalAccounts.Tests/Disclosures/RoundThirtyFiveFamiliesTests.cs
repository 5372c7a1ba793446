using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families blind round 35 left (issue 8, session 38), on invented texts of our own wording and numbers: items written
/// code first whose level mark stayed in the name on the second line or in square brackets (a false FA5003, or the item's
/// figures read as the section total's budget comparison: a false FA2205); approximate amounts (约, 近, 超过, 左右) and 亿元
/// amounts coarser than the report (never report figures; a note naming the figure); and texts without headings, whose
/// figures after an introductory sentence, whose opening overview of both totals and whose 财政拨款 expenditure by 功能分类
/// were notes (未能归类).
/// </summary>
public class RoundThirtyFiveFamiliesTests
{
    // ---- family 2: the level mark of an item written code first, on any line ----------------------------------------

    private const string CodedLinesHead = "某县应急管理局2023年度部门决算说明\n"
        + "一、收入支出决算总体情况\n"
        + "2023年度收入总计900.00万元，支出总计900.00万元。\n"
        + "二、一般公共预算财政拨款支出决算情况\n"
        + "2023年度一般公共预算财政拨款支出640.00万元，具体情况如下：\n";

    /// <summary>The item lines: code, name, budget, final and completion rate (final / budget, two decimals).</summary>
    private static readonly (string Code, string Name, string Budget, string Final, string Rate)[] Items =
    [
        ("2240101", "行政运行", "300.00", "320.00", "106.67"),   // 320 / 300 = 106.67 %
        ("2240106", "安全监管", "80.00", "95.20", "119.00"),     // 95.2 / 80 = 119.00 %
        ("22402", "消防救援事务", "50.00", "52.00", "104.00"),   // 52 / 50 = 104.00 % (a 款: five digits)
        ("2240199", "其他应急管理支出", "200.00", "224.80", "112.40"),   // 224.8 / 200 = 112.40 %
    ];

    private static string ItemLine(int i, string mark, string lead = "")
    {
        var (code, name, budget, final, rate) = Items[i];
        var level = code.Length == 7 ? "项" : "款";
        return $"{lead}{code}{name}{string.Format(System.Globalization.CultureInfo.InvariantCulture, mark, level)}：年初预算{budget}万元，"
            + $"支出决算{final}万元，完成年初预算的{rate}%，主要是业务量增加。\n";
    }

    /// <summary>
    /// Two to four coded lines, the mark in full-width or ASCII round brackets, full-width square or lenticular ones: each line
    /// is its own item, named as the catalogue names the code (no mark), with its own budget comparison; the section total
    /// keeps no comparison of an item's, and neither FA5003 (the name "行政运行(项)") nor an Error is reported.
    /// </summary>
    [Theory]
    [InlineData(2, "（{0}）")]
    [InlineData(3, "({0})")]
    [InlineData(4, "（{0}）")]
    [InlineData(2, "［{0}］")]
    [InlineData(3, "【{0}】")]
    [InlineData(4, "[{0}]")]
    public void CodedItemLines_EachLineIsItsItem_WithoutTheMark(int count, string mark)
    {
        var text = CodedLinesHead + string.Concat(Enumerable.Range(0, count).Select(i => ItemLine(i, mark)));
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003");
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/budget"));
        for (var i = 0; i < count; i++)
        {
            var item = "/narrative/generalBudget/items/" + i;
            Assert.Equal(Items[i].Code, JsonAt(read, item + "/code"));
            Assert.Equal(Items[i].Name, JsonAt(read, item + "/name"));
            Assert.Equal(Items[i].Final, JsonAt(read, item + "/amount"));
            Assert.Equal(Items[i].Budget, JsonAt(read, item + "/budget/budgetAmount"));
            Assert.Equal(Items[i].Rate, JsonAt(read, item + "/budget/completionRate"));
        }
    }

    /// <summary>
    /// Numbered lines ("1、", "（1）", "①") read the same: the mark is taken off the second line's name as off the first's (before,
    /// a line numbered "（2）" before its code was no item: its figures went to the total's comparison, a false FA2205).
    /// </summary>
    [Theory]
    [InlineData("（{0}）", "1、", "2、")]
    [InlineData("[{0}]", "1、", "2、")]
    [InlineData("（{0}）", "（1）", "（2）")]
    [InlineData("【{0}】", "（1）", "（2）")]
    [InlineData("（{0}）", "1、", "（2）")]
    [InlineData("（{0}）", "①", "②")]
    public void NumberedCodedItemLines_AreTheItems(string mark, string first, string second)
    {
        var (read, diagnostics) = Read(CodedLinesHead + ItemLine(0, mark, first) + ItemLine(1, mark, second));

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003");
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("安全监管", JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("95.20", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/budget"));
    }

    /// <summary>
    /// The 类 and 款 names written before a 项 written code first ("灾害防治及应急管理支出（类）应急管理事务（款）2240106安全监管（项）"):
    /// the 项 is the item, with its code and name (before: the line was read as the 款 and its 项 a nested note, every figure
    /// lost, and the 款's entry dropped for want of an amount).
    /// </summary>
    [Fact]
    public void CodedItemAfterItsClassAndSectionNames_IsTheItem()
    {
        const string Lead = "灾害防治及应急管理支出（类）应急管理事务（款）";
        var (read, diagnostics) = Read(CodedLinesHead + ItemLine(1, "（{0}）", Lead) + ItemLine(0, "（{0}）", Lead));

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003");
        Assert.Equal("2240106", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("安全监管", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("95.20", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("2240101", JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("320.00", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.False(Noted(read, "written code first in the line of one already read"));
    }

    /// <summary>The level mark of the code's length is taken off the end of a name, whatever its brackets; another is kept.</summary>
    [Theory]
    [InlineData("行政运行(项)", 7, "行政运行")]
    [InlineData("安全监管[项]", 7, "安全监管")]
    [InlineData("安全监管【项】 ", 7, "安全监管")]
    [InlineData("应急管理事务(款)", 5, "应急管理事务")]
    [InlineData("一般公共服务支出(类)", 3, "一般公共服务支出")]
    [InlineData("行政运行(款)", 7, "行政运行(款)")]   // not the code's level: kept, for the name check to see
    [InlineData("政府办公厅(室)及相关机构事务", 5, "政府办公厅(室)及相关机构事务")]
    [InlineData("行政运行", 7, "行政运行")]
    public void WithoutLevelMark_TakesOffTheCodesMarkOnly(string name, int codeLength, string expected)
        => Assert.Equal(expected, NarrativeReader.WithoutLevelMark(name, codeLength));

    // ---- family 3: approximate and coarse amounts are never report figures -------------------------------------------

    private const string ApproximateText = "某县文化馆2023年度部门决算说明\n"
        + "一、收入支出决算总体情况\n"
        + "2023年度本年收入合计12345.60万元，比上年增加{0}300.00万元{1}。\n"
        + "二、支出决算情况\n"
        + "2023年度本年支出合计12000.00万元，其中基本支出{0}5000.00万元{1}，项目支出7000.00万元。\n";

    /// <summary>
    /// An amount written with 约 / 近 / 超过 / 逾 / 不足 before it or 左右 / 以上 after it is not exact: the change amount and
    /// 基本支出 are not placed (a note names each figure), the exact figures around them are, and no Error is reported (the
    /// parts are not checked against 12000.00 without 基本支出).
    /// </summary>
    [Theory]
    [InlineData("约", "")]
    [InlineData("近", "")]
    [InlineData("超过", "")]
    [InlineData("逾", "")]
    [InlineData("不足", "")]
    [InlineData("", "左右")]
    [InlineData("", "以上")]
    public void ApproximateAmounts_AreNotes_NotFigures(string before, string after)
    {
        var (read, diagnostics) = Read(Fill(ApproximateText, before, after));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("12345.60", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("12000.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic"));
        Assert.Equal("7000.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ApproximateFigure("300.00万元").En);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ApproximateFigure("5000.00万元").En
            && n.MessageZh.Contains("“5000.00万元”", StringComparison.Ordinal));
    }

    /// <summary>The same figures written exactly are placed: the approximate words decide, not the figures.</summary>
    [Fact]
    public void ExactAmounts_AreFigures()
    {
        var (read, diagnostics) = Read(Fill(ApproximateText, "", ""));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("300.00", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("5000.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.StartsWith("The approximate amount", StringComparison.Ordinal));
    }

    /// <summary>
    /// A 亿元 amount with two decimals in a 万元 report (known only to the nearest 100 万元) stays out by design, and its note
    /// names the figure and says why, in both languages.
    /// </summary>
    [Fact]
    public void CoarseYiYuanAmount_ItsNoteNamesTheFigure()
    {
        var (read, diagnostics) = Read("二、收入决算情况\n2024年度本年收入合计1.71亿元，其中财政拨款收入1.26亿元，其他收入450.50万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/total"));
        Assert.Equal("450.50", JsonAt(read, "/narrative/income/otherIncome/amount"));
        var note = Assert.Single(read.Notes, n => n.MessageEn == DisclosureMessages.CoarserFigure("1.71亿元").En);
        Assert.StartsWith("“1.71亿元”：", note.MessageZh, StringComparison.Ordinal);
        Assert.Contains("coarser than the report's unit", note.MessageEn, StringComparison.Ordinal);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.CoarserFigure("1.26亿元").En);
    }

    // ---- family 1: figures in a text without headings ----------------------------------------------------------------

    private const string UnitWithoutHeadings = "本中心为县农业农村局所属公益一类事业单位，本报告为2023年度单位决算说明。"
        + "2023年度本年收入合计3120.50万元，其中财政拨款收入2980.50万元，其他收入140.00万元。\n"
        + "本年支出合计3050.20万元，其中基本支出1020.20万元，项目支出2030.00万元。{0}\n"
        + "{1}\n";

    /// <summary>
    /// After an introductory sentence (no figure but the year), the paragraph's subject is read: 3120.50 = 2980.50 + 140.00 is
    /// the income section's (before: three notes 未能归类). The named projects of 项目支出 have no place in the model: each is a
    /// located note naming it (1210.00 + 520.00 + 300.00 = 2030.00; no rule checks a project list), the first of a 包括 list too
    /// (before: "a figure of another kind" at 项目支出, without the project's name).
    /// </summary>
    [Theory]
    [InlineData("项目支出主要用于：高标准农田建设项目1210.00万元、农机购置补贴项目520.00万元、动物防疫项目300.00万元。")]
    [InlineData("项目支出包括“高标准农田建设项目”1210.00万元、“农机购置补贴项目”520.00万元、“动物防疫项目”300.00万元。")]
    public void UnitTextWithoutHeadings_IncomeAfterTheIntroduction_AndProjectsNoted(string projects)
    {
        var (read, diagnostics) = Read(Fill(UnitWithoutHeadings, projects, ""));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("unit", JsonAt(read, "/entity/kind"));
        Assert.Equal("3120.50", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("2980.50", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("140.00", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Equal("2030.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        var listed = projects.Contains('：', StringComparison.Ordinal);   // session 47: a list after its colon is schema 1.12's
        var names = new[] { "高标准农田建设项目", "农机购置补贴项目", "动物防疫项目" };
        for (var i = 0; i < names.Length; i++)
        {
            if (listed)
            {
                Assert.Equal(names[i], JsonAt(read, "/narrative/expenditure/projectItems/" + i + "/name"));
            }
            else
            {
                Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.NamedProjectWithoutPlace(names[i]).En);
            }
        }

        Assert.Equal(listed, read.Claims.Any(c => c.Value == "1210.00"));
    }

    /// <summary>
    /// The 功能分类 items of all funds' expenditure ("按支出功能分类科目，主要支出为：2130101行政运行（项）…") have no list in the
    /// model: a located note, nothing placed, no Error. Those of the 财政拨款 expenditure ("2023年度财政拨款支出 2980.50 万元，按支出
    /// 功能分类，主要用于：…") are the 财政拨款 section's items, as under its heading.
    /// </summary>
    [Fact]
    public void UnitTextWithoutHeadings_FunctionalItems_PlacedOnlyUnderTheAppropriationSubject()
    {
        var allFunds = Fill(UnitWithoutHeadings, "",
            "按支出功能分类科目，主要支出为：2130101行政运行（项）620.40万元；2130104事业运行（项）399.80万元。");
        var (read, diagnostics) = Read(allFunds);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation"));
        Assert.True(Noted(read, "has no list for it"));

        var appropriation = Fill(UnitWithoutHeadings, "",
            "2023年度财政拨款支出2980.50万元，按支出功能分类，主要用于：2130101行政运行（项）620.40万元，2130104事业运行（项）399.80万元。");
        (read, diagnostics) = Read(appropriation);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2980.50", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("2130101", JsonAt(read, "/narrative/appropriation/items/0/code"));
        Assert.Equal("620.40", JsonAt(read, "/narrative/appropriation/items/0/amount"));
        Assert.Equal("事业运行", JsonAt(read, "/narrative/appropriation/items/1/name"));
        Assert.Equal("399.80", JsonAt(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("3050.20", JsonAt(read, "/narrative/expenditure/total/amount"));
    }

    /// <summary>
    /// A text whose first paragraph states both totals ("2023年度本年收入合计…，本年支出合计…") is read from it: the overview's
    /// 本年收入合计 and 本年支出合计 (before: nothing of the text was read, "no figure of a final-accounts disclosure").
    /// </summary>
    [Fact]
    public void TextWithoutHeadings_OpeningWithBothTotals_IsTheOverview()
    {
        var (read, diagnostics) = Read("2023年度本年收入合计3120.50万元，本年支出合计3050.20万元。\n"
            + "2023年度财政拨款支出2980.50万元，按支出功能分类，主要用于：2130101行政运行（项）620.40万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3120.50", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("3050.20", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("2980.50", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("620.40", JsonAt(read, "/narrative/appropriation/items/0/amount"));
    }

    /// <summary>
    /// A fund's expenditure is not the 财政拨款 expenditure of all funds: a paragraph opening with the 2015 template's
    /// 公共财政拨款支出 or with 一般公共预算财政拨款支出 does not enter the 财政拨款 section; nor does a 三公 statement whose
    /// subject is the 三公经费's 财政拨款支出 (the merge found it: its figure became the section's total, a false FA1208).
    /// </summary>
    [Theory]
    [InlineData("2015年度公共财政拨款支出588.80万元，主要用于：农林水支出（类）588.80万元。")]
    [InlineData("2023年度一般公共预算财政拨款支出588.80万元，比上年增加20.00万元。")]
    [InlineData("2023年度“三公”经费财政拨款支出12.40万元，其中公务接待费2.40万元，公务用车运行维护费10.00万元。")]
    [InlineData("全年三公经费财政拨款支出12.40万元，比上年减少1.00万元。")]
    public void FundExpenditureParagraph_IsNotTheAppropriationSection(string paragraph)
    {
        var (read, diagnostics) = Read("2023年度本年收入合计3120.50万元，本年支出合计3050.20万元。\n" + paragraph + "\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearExpenditure"));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    private static string Fill(string format, params object[] values)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
}
