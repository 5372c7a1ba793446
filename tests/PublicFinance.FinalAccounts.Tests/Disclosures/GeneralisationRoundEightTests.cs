using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Generalisation round eight (blind round 21, issue 8): 项 lines written code first ("2050101 行政运行 85.20万元", m2) read
/// as the code-named family reads "行政运行（2050101）", with its precision rules; and a web page's navigation bar of '|'
/// cells before the title ("无障碍 | 长者模式 | 登录 …", f5) is not a table, so the title's year and issuer are found. Every
/// text is invented and consistent, so no Error may be raised on it.
/// </summary>
public class GeneralisationRoundEightTests
{
    private const string Appropriation = "某县某局2024年度部门决算说明\n五、财政拨款支出决算情况说明\n"
        + "2024年度财政拨款支出300.00万元，其中教育支出200.00万元，占66.67%；住房保障支出100.00万元，占33.33%。按项级科目列示如下：\n";

    private const string GeneralBudget = "某县某局2024年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n";

    private static string[] Items(DisclosureReadResult read, bool general = false)
        => [.. (general ? read.Report.Narrative?.GeneralBudget?.Items : read.Report.Narrative?.Appropriation?.Items)
            ?.Select(i => $"{i.Code?.Value}:{i.Name}:{i.Amount}") ?? []];

    /// <summary>
    /// The four shapes of a code written first (a space, none, brackets, a dash) read the item with its code, the name after
    /// it and the amount: 2050101 is 行政运行 under 教育支出 (205, stated in the sentence before), 85.20 as written.
    /// </summary>
    [Theory]
    [InlineData("2050101 行政运行 85.20万元，主要用于机关运转。")]
    [InlineData("2050101行政运行85.20万元，主要用于机关运转。")]
    [InlineData("[2050101]行政运行 85.20万元，主要用于机关运转。")]
    [InlineData("【2050101】行政运行85.20万元。")]
    [InlineData("2050101-行政运行 85.20万元。")]
    [InlineData("2050101 行政运行支出为 85.20万元。")]
    public void AnItemLine_WrittenCodeFirst_IsTheItem(string line)
    {
        var (read, diagnostics) = Read(Appropriation + line + "\n");
        Assert.Contains("2050101:行政运行:85.20", Items(read));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A code the catalogue does not list (2050201 学前教育; the catalogue's 教育 项 are few) is read when its 类 was stated
    /// (教育支出 200.00 above), and 2210201 住房公积金 (a code the catalogue lists, its name) under 住房保障支出. Two 项 of
    /// 200.00 and one of 100.00: each an item of its own, none summed into the stated classes here.
    /// </summary>
    [Fact]
    public void SeveralItemLines_AreEachAnItem()
    {
        var (read, diagnostics) = Read(Appropriation
            + "2050101 行政运行 120.00万元，主要用于机关运转；\n2050201 学前教育 80.00万元，主要用于幼儿园运转；\n"
            + "2210201 住房公积金 100.00万元。\n");
        var items = Items(read);
        Assert.Contains("2050101:行政运行:120.00", items);
        Assert.Contains("2050201:学前教育:80.00", items);
        Assert.Contains("2210201:住房公积金:100.00", items);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A number shaped as a code is never an item unless the catalogue or the text vouches for it: 2345678 (a telephone
    /// number's shape; its 类 234 is stated nowhere and the name is no catalogue name), a code followed by a unit or a decimal
    /// point (an amount), a 3-digit class code followed by a word the catalogue does not give it (205 人员).
    /// </summary>
    [Theory]
    [InlineData("2345678 城建事务 12.00万元。")]
    [InlineData("联系电话2345678，行政运行12.00万元。")]
    [InlineData("2050101元行政运行12.00万元。")]
    [InlineData("205 人员经费 12.00万元。")]
    public void ANumberShapedAsACode_IsNoItem(string line)
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出12.00万元。\n" + line + "\n");
        Assert.Empty(Items(read, general: true));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// 类, 款 and 项 lines in the 一般公共预算 section: the 类 (205, 100.00) is a class; the 款 20501 an item; the 项 2050101
    /// under that 款 is a note — with both in the items, 类 = Σ 项 (FA1205) would count 100.00 twice (200.00 ≠ 100.00).
    /// </summary>
    [Fact]
    public void AClassSectionAndItemLine_DoNotCountTwice()
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出100.00万元。\n205 教育支出 100.00万元。\n"
            + "20501 教育管理事务 100.00万元。\n2050101 行政运行 100.00万元。\n");
        var general = read.Report.Narrative!.GeneralBudget!;
        Assert.Equal("205:教育支出:100.00", Assert.Single(general.Classes, c => c.Code?.Value == "205") is var c
            ? $"{c.Code?.Value}:{c.Name}:{c.Amount}" : null);
        Assert.Equal(["20501:教育管理事务:100.00"], Items(read, general: true));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.CodedLineNested.Zh);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A coded 项 listed in the sentence of its stated 类 (the class's main items, 300.00 + 50.00 of 400.00) is a located
    /// note, as for "行政运行（2010101）": placed, 类 = Σ 项 would be a false Error (400.00 ≠ 350.00).
    /// </summary>
    [Fact]
    public void ACodedItem_InItsClassesSentence_IsANote()
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出400.00万元。\n"
            + "一般公共服务支出（类）400.00万元，主要用于：\n2010101 行政运行 300.00万元；\n2010102 一般行政管理事务 50.00万元。\n");
        Assert.Empty(Items(read, general: true));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.ItemOfStatedClass.Zh);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A line of '|' cells that are navigation words is no table row; a table's row stays one.</summary>
    [Theory]
    [InlineData("无障碍 | 长者模式 | 登录 首页 > 政务公开 > 部门决算", false)]
    [InlineData("| 首页 | 网站地图 | 搜索 |", false)]
    [InlineData("English | 繁體 | 无障碍浏览 某市某局2024年度部门决算", false)]
    [InlineData("| 项目 | 决算数 |", true)]
    [InlineData("首页 | 收入 | 100.00", true)]
    [InlineData("登录 | 注册 | 2024年收入 100.00", true)]
    public void ANavigationBar_IsNoTableRow(string line, bool table)
        => Assert.Equal(table, BlockClassifier.Classify(line, 0, line.Length, out _) == BlockKind.TableRow);

    /// <summary>
    /// The title after a navigation bar — with a trail of links, with its date only, on a line of its own, or inside a long
    /// scraped line (the site's menu before "您当前的位置") — gives the fiscal year (2024, bracketed where two are written)
    /// and the issuer.
    /// </summary>
    [Theory]
    [InlineData("无障碍 | 长者模式 | 登录 首页 > 政务公开 > 部门决算 某区某局2025年部门决算信息公开（2024年度） 发布日期：2025-09-12 "
        + "一、收入支出决算总体情况 ", "某区某局")]
    [InlineData("无障碍 | 长者模式 | 登录 某市某局2024年度部门决算 发布日期：2025-09-12\n一、收入支出决算总体情况\n", "某市某局")]
    [InlineData("English | 繁體 | 无障碍\n某县某局2024年度部门决算说明\n一、收入支出决算总体情况\n", "某县某局")]
    public void ATitle_AfterANavigationBar_IsFound(string head, string issuer)
    {
        var (read, diagnostics) = Read(head + "2024年度收入总计1,320.50万元，支出总计1,320.50万元。\n");
        Assert.Equal(2024, read.FiscalYear);
        Assert.Equal(issuer, read.Report.Entity.Name);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A whole page on one line (over 300 characters, cut by <see cref="WebPageText"/>): the menu before the trail is left
    /// out, and the title after the trail gives 2024 (bracketed) and the issuer.
    /// </summary>
    [Fact]
    public void AScrapedPage_WithANavigationBar_KeepsItsTitle()
    {
        var text = "无障碍 | 长者模式 | 登录 首页 机构概况 政务公开 办事服务 互动交流 您当前的位置：首页 > 政务公开 > 财政信息 > 部门决算 > "
            + "某区某办公室 某区某办公室2025年部门决算信息公开（2024年度） 发布日期：2025-09-10 来源：某办 "
            + "一、部门基本情况 某区某办公室负责本区有关工作，内设三个科室。 二、收入支出决算总体情况 2024年度收入总计1,320.50万元，"
            + "支出总计1,320.50万元。本年收入合计1,300.50万元，年初结转和结余20.00万元。 三、收入决算情况 本年收入合计1,300.50万元，"
            + "全部为财政拨款收入。 四、支出决算情况 本年支出合计1,320.50万元，全部为基本支出。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal(2024, read.FiscalYear);
        Assert.Equal("某区某办公室", read.Report.Entity.Name);
        Assert.Empty(Errors(diagnostics));
    }
}
