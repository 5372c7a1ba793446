using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// Schema 1.5 members the reader fills since session 24 (issue 8, recall; precision first), each on invented texts of its
/// own in several wordings, with a near-miss wording per pattern that must not be read as the member: the 三公 table split
/// by functional class (<c>threePublic/byClass</c>) in the one-cell-per-line, <c>|</c>, tab and space-aligned layouts;
/// 本年结余 and 年末事业基金 (<c>overall/currentYearSurplus</c>, <c>institutionFund</c>); the components of 机关运行经费
/// (<c>operatingExpenses/components</c>); 资产总额 and the assets' values by category (<c>assets/totalValue</c>,
/// <c>assets/categories</c>). Every text is consistent, so no Error may be raised on it.
/// </summary>
public class ReadGapsTwentyFourTests
{
    private const string ByClass = "/narrative/threePublic/byClass/";

    // ---- 1. The 三公 table split by functional class ----

    /// <summary>
    /// The rows of an invented transposed 三公 table (2022): items as columns, 公务接待费 over 小计 / two classes. By hand:
    /// 决算 11.00 = 0.00 + 5.50 + 5.50, 接待 5.50 = 1.20 + 4.30; 上年 9.00 = 0.00 + 6.00 + 3.00, 接待 3.00 = 1.40 + 1.60;
    /// 对比 = 决算 − 上年: 2.00, −0.50, 2.50 = −0.20 + 2.70. No class figure equals an item's figure.
    /// </summary>
    private static readonly string[][] ClassRows =
    [
        ["项目", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费", "", ""],
        ["", "", "", "小计", "公务用车购置费", "公务用车运行费", "小计", "行政运行", "机关服务"],
        ["2022年度预算数", "12.00", "0.00", "6.00", "0.00", "6.00", "6.00", "6.00", "0.00"],
        ["2022年度决算数", "11.00", "0.00", "5.50", "0.00", "5.50", "5.50", "1.20", "4.30"],
        ["2021年度决算数", "9.00", "0.00", "6.00", "0.00", "6.00", "3.00", "1.40", "1.60"],
        ["决算对比", "2.00", "0.00", "-0.50", "0.00", "-0.50", "2.50", "-0.20", "2.70"],
    ];

    private const string ClassTitle = "某区政府采购中心2022年度“三公”经费支出决算说明\n(单位:万元)\n";

    /// <summary>The table in one of four layouts: one cell per line (blank header cells left out), |, tab, spaces.</summary>
    private static string ClassTable(string layout, string[][]? rows = null)
    {
        rows ??= ClassRows;
        var sb = new StringBuilder(ClassTitle);
        foreach (var row in rows)
        {
            switch (layout)
            {
                case "cells":
                    // The header's spanned blanks are not written (a merged cell is one line); a row's blank cells are.
                    var body = row.Skip(1).Any(c => decimal.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _));
                    foreach (var cell in row.Where(c => c.Length > 0 || body))
                    {
                        sb.Append(cell).Append(" |\n");
                    }

                    break;
                case "pipes":
                    sb.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
                    break;
                case "tabs":
                    sb.Append(string.Join("\t", row)).Append('\n');
                    break;
                default:
                    sb.Append(string.Join("    ", row.Where(c => c.Length > 0))).Append('\n');
                    break;
            }
        }

        return sb.Append("注：决算数包括当年财政拨款和以前年度结转资金安排的支出。\n").ToString();
    }

    [Theory]
    [InlineData("cells")]
    [InlineData("pipes")]
    [InlineData("tabs")]
    [InlineData("spaces")]
    public void AClassSplitOfReception_IsReadIntoByClass_InEveryLayout(string layout)
    {
        var (read, errors) = ReadWithErrors(ClassTable(layout));
        Assert.Empty(errors);

        // The items as before: 公务接待费 5.50 (小计), its prior year 3.00 and change 2.50.
        Assert.Equal("5.50", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("3.00", At(read, "/narrative/threePublic/reception/change/priorYearAmount"));

        // The split: 小计 5.50 this year, 3.00 the year before; 行政运行 1.20 (1.40 before, down 0.20), 机关服务 4.30 (1.60
        // before, up 2.70).
        var split = read.Report.Narrative!.ThreePublic!.ByClass!.Reception!;
        Assert.Equal("5.50", split.Total!.ToString());
        Assert.Equal("3.00", split.PriorYearTotal!.ToString());
        Assert.Equal(["行政运行", "机关服务"], split.Classes.Select(c => c.Name));
        Assert.Equal(["1.20", "4.30"], split.Classes.Select(c => c.Amount.ToString()));
        Assert.Equal(["1.40", "1.60"], split.Classes.Select(c => c.Change!.PriorYearAmount!.ToString()));
        Assert.Equal(["0.20", "2.70"], split.Classes.Select(c => c.Change!.Amount!.ToString()));
        Assert.Equal(
            [ChangeDirection.Decrease, ChangeDirection.Increase], split.Classes.Select(c => c.Change!.Direction));
        Assert.Null(read.Report.Narrative!.ThreePublic.ByClass.OverseasTravel);

        // The class figures are claims located at their cells; the budget row's class cells stay notes (the split has no
        // budget): 6.00 and 0.00 of the two classes.
        Assert.Contains(read.Claims, c => c.Pointer == ByClass + "reception/classes/1/amount" && c.Value == "4.30");
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("holds the final, the prior year", StringComparison.Ordinal)));

        // FA4005 checks the split: Σ classes = 小计, this year and the year before.
        var coverage = Validator.Default.Validate(read.Report).CoverageOf("FA4005")!;
        Assert.Equal(2, coverage.Passed);   // 本年 and 上年 of 公务接待费
        Assert.Equal(0, coverage.Failed);
    }

    [Theory]
    [InlineData("cells")]
    [InlineData("pipes")]
    public void AClassSplitThatDoesNotAddUp_IsFA4005(string layout)
    {
        // 机关服务's 决算 written 4.40 for 4.30: 1.20 + 4.40 = 5.60 ≠ 5.50 — the table's own error, now reported.
        var rows = ClassRows.Select(r => (string[])r.Clone()).ToArray();
        rows[3][8] = "4.40";
        rows[5][8] = "2.80";   // its change follows (4.40 − 1.60), so only the split is wrong
        var (read, errors) = ReadWithErrors(ClassTable(layout, rows));
        Assert.Equal("4.40", At(read, ByClass + "reception/classes/1/amount"));
        Assert.Single(errors, e => e.StartsWith("FA4005", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cells")]
    [InlineData("tabs")]
    public void AClassCellInWords_LeavesThatRowsSplitUnread(string layout)
    {
        // Near miss: the 决算 row's second class is words with a figure: the split of the year is not read at all (a partial
        // split would be summed as if whole), and every class cell stays a located note.
        var rows = ClassRows.Select(r => (string[])r.Clone()).ToArray();
        rows[3][8] = "以前年度结转4.30";
        var (read, errors) = ReadWithErrors(ClassTable(layout, rows));
        Assert.Empty(errors);
        Assert.Null(read.Report.Narrative!.ThreePublic!.ByClass);
        Assert.Equal("5.50", At(read, "/narrative/threePublic/reception/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Pointer.Contains("/byClass/", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("cell in words", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAComparisonRow_TheClassesKeepTheirAmountsOnly()
    {
        // Near miss: no 对比 row, so no class has a direction of change: the prior-year class cells stay notes, and the
        // split has this year's figures only (no prior total to be compared with classes that lack theirs).
        var (read, errors) = ReadWithErrors(ClassTable("pipes", ClassRows.Take(5).ToArray()));
        Assert.Empty(errors);
        var split = read.Report.Narrative!.ThreePublic!.ByClass!.Reception!;
        Assert.Equal(["1.20", "4.30"], split.Classes.Select(c => c.Amount.ToString()));
        Assert.All(split.Classes, c => Assert.Null(c.Change));
        Assert.Null(split.PriorYearTotal);
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("give no direction of change", StringComparison.Ordinal)));
    }

    [Fact]
    public void ClassesUnderTheVehicleSubtotal_AreNotAnItemsSplit()
    {
        // Near miss: the classes stand under 公务用车购置及运行费, which has no split in the model (only 购置费 and 运行费
        // have): nothing goes under byClass.
        string[][] rows =
        [
            ["项目", "合计", "公务用车购置及运行费", "", ""],
            ["", "", "小计", "行政运行", "机关服务"],
            ["2022年度决算数", "5.50", "5.50", "2.50", "3.00"],
        ];
        var (read, errors) = ReadWithErrors(ClassTable("pipes", rows));
        Assert.Empty(errors);
        Assert.Null(read.Report.Narrative?.ThreePublic?.ByClass);
        Assert.DoesNotContain(read.Claims, c => c.Value is "2.50" or "3.00");
        Assert.Equal("5.50", At(read, "/narrative/threePublic/vehiclesSubtotal/amount"));   // the subtotal as before
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("for the function class", StringComparison.Ordinal)));
    }

    /// <summary>
    /// An invented 三公 table by functional class (2022): 年初预算 and 决算 over the items, the vehicle subtotal over 小计 /
    /// 购置费 / 运行费, one row per class and the 合计 row. By hand, 决算: 运行费 13.20 = 9.80 + 3.40, 接待 5.50 = 4.30 + 1.20,
    /// 合计 18.70 = 0.00 + 13.20 + 5.50; 预算: 20.00 = 0.00 + 14.00 + 6.00 (15.00 + 5.00 by class).
    /// </summary>
    private static string ClassRowsTable(char separator, string reception = "5.50")
    {
        string[][] rows =
        [
            ["科目", "年初预算", "", "", "", "", "", "决算", "", "", "", "", ""],
            ["", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "",
                "公务接待费"],
            ["", "", "", "小计", "购置费", "运行费", "", "", "", "小计", "购置费", "运行费", ""],
            ["合计", "20.00", "0.00", "14.00", "0.00", "14.00", "6.00", "18.70", "0.00", "13.20", "0.00", "13.20", reception],
            ["行政运行", "15.00", "0.00", "10.00", "0.00", "10.00", "5.00", "14.10", "0.00", "9.80", "0.00", "9.80", "4.30"],
            ["机关服务", "5.00", "0.00", "4.00", "0.00", "4.00", "1.00", "4.60", "0.00", "3.40", "0.00", "3.40", "1.20"],
        ];
        var lines = rows.Select(r => separator == '|' ? "| " + string.Join(" | ", r) + " |" : string.Join("\t", r));
        return "某县某局2022年度“三公”经费支出决算说明\n（单位：万元）\n" + string.Join("\n", lines) + "\n注：本表按支出功能分类科目列示。\n";
    }

    [Theory]
    [InlineData('|')]
    [InlineData('\t')]
    public void ATableByClass_GivesTheItemsAndTheirSplits(char separator)
    {
        var (read, errors) = ReadWithErrors(ClassRowsTable(separator));
        Assert.Empty(errors);

        // The 合计 row is the items: 决算 and 年初预算.
        Assert.Equal("18.70", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("13.20", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("6.00", At(read, "/narrative/threePublic/reception/budget/budgetAmount"));

        // Each class row's 决算 under an item is that class's figure; items all zero (出国, 购置) have no split.
        var byClass = read.Report.Narrative!.ThreePublic!.ByClass!;
        Assert.Equal(["行政运行 9.80", "机关服务 3.40"], byClass.VehicleOperation!.Classes.Select(c => c.Name + " " + c.Amount));
        Assert.Equal(["行政运行 4.30", "机关服务 1.20"], byClass.Reception!.Classes.Select(c => c.Name + " " + c.Amount));
        Assert.Equal("5.50", byClass.Reception.Total!.ToString());
        Assert.Null(byClass.OverseasTravel);
        Assert.Null(byClass.VehiclePurchase);
        Assert.Equal(2, Validator.Default.Validate(read.Report).CoverageOf("FA4005")!.Passed);
    }

    [Fact]
    public void ATableByClassWithAWrongSubtotal_IsReported()
    {
        // 接待 合计 written 5.60 for 5.50 (4.30 + 1.20): FA4005 on the split and FA1207 on the items — one cell, both sums.
        var (_, errors) = ReadWithErrors(ClassRowsTable('|', reception: "5.60"));
        Assert.Equal(["FA1207", "FA4005"], errors.Select(e => e.Split(' ')[0]).Order());
    }

    [Fact]
    public void ATableByClassWhoseRowsDoNotLineUp_IsANote()
    {
        // Near miss: a class row lost a cell (12 for 13): nothing of the table is read, one note says so.
        var text = ClassRowsTable('|').Replace("| 机关服务 | 5.00 |", "| 机关服务 |", StringComparison.Ordinal);
        var (read, _) = ReadWithErrors(text);
        Assert.Null(read.Report.Narrative?.ThreePublic?.ByClass);
        Assert.Single(read.Notes, n => n.MessageEn.Contains("by function class: the header", StringComparison.Ordinal));
    }

    // ---- 2. 本年结余 and 事业基金 ----

    private const string Overview = "某县某医院2022年度部门决算说明\n一、收入支出决算总体情况说明\n";

    [Theory]
    [InlineData("本年收支结余50.20万元", "50.20")]
    [InlineData("本年结余为50.20万元", "50.20")]
    [InlineData("2022年度收支结余 50.2 万元", "50.2")]
    [InlineData("当年收支差额为-12.30万元", "-12.30")]
    public void TheYearsSurplus_IsCurrentYearSurplus(string words, string expected)
    {
        var (read, errors) = ReadWithErrors(Overview + "2022年度收入总计1200.00万元，支出总计1200.00万元。" + words + "。\n");
        Assert.Empty(errors);
        Assert.Equal(expected, At(read, "/narrative/overall/currentYearSurplus/amount"));
    }

    [Fact]
    public void TheSurplusChange_IsTheSurplusOwn()
    {
        // "比上年增加 10.00 万元" after the surplus in its sentence is the surplus's change, never the overview's.
        var (read, _) = ReadWithErrors(Overview + "2022年度收入总计1200.00万元。本年收支结余50.20万元，比上年增加10.00万元，主要是医疗收入增加。\n");
        Assert.Equal("10.00", At(read, "/narrative/overall/currentYearSurplus/change/amount"));
        Assert.Null(At(read, "/narrative/overall/change/amount"));
    }

    [Theory]
    [InlineData("年末事业基金余额320.00万元", "320.00")]
    [InlineData("事业基金余额为320.00万元", "320.00")]
    [InlineData("年末事业基金 320 万元", "320")]
    public void TheYearEndInstitutionFund_IsInstitutionFund(string words, string expected)
    {
        var (read, errors) = ReadWithErrors(Overview + "2022年度收入总计1200.00万元，支出总计1200.00万元。" + words + "。\n");
        Assert.Empty(errors);
        Assert.Equal(expected, At(read, "/narrative/overall/institutionFund/amount"));
    }

    [Theory]
    [InlineData("年初事业基金余额280.00万元")]        // the year's start, not its end
    [InlineData("上年结余40.00万元")]                  // the year before
    [InlineData("2021年度收支结余40.00万元")]          // another year, by number
    [InlineData("提取事业基金15.00万元")]              // a flow into the fund
    [InlineData("结余分配后转入事业基金15.00万元")]    // a distribution
    [InlineData("年末结转和结余15.00万元，其中结余15.00万元")] // a carry-over and a bare 结余
    [InlineData("专用基金余额15.00万元")]              // another fund
    public void ANearMiss_IsNeitherSurplusNorFund(string words)
    {
        var (read, _) = ReadWithErrors(Overview + "2022年度收入总计1200.00万元，支出总计1200.00万元。" + words + "。\n");
        Assert.Null(At(read, "/narrative/overall/currentYearSurplus/amount"));
        Assert.Null(At(read, "/narrative/overall/institutionFund/amount"));
    }

    [Fact]
    public void TheChangesOfSurplusAndFund_AskNoReason()
    {
        // 结余 up 8.40 and 事业基金 down 15.00, no reason given: the templates ask none for these balances, so FA2106 (a
        // change should come with its reason) is not applicable to them — it warned twice before (review of session 24).
        var (read, _) = ReadWithErrors(Overview + "2022年度收入总计980.00万元，支出总计980.00万元。本年收支结余36.40万元，比上年增加8.40万元，"
            + "增长30.0%。年末事业基金余额215.00万元，比上年减少15.00万元。\n");
        Assert.Equal("8.40", At(read, "/narrative/overall/currentYearSurplus/change/amount"));
        Assert.Equal("15.00", At(read, "/narrative/overall/institutionFund/change/amount"));
        Assert.Equal(0, Validator.Default.Validate(read.Report).CoverageOf("FA2106")?.Failed ?? 0);
    }

    // ---- 3. The components of 机关运行经费 ----

    private const string Operating = "某县某局2022年度部门决算说明\n五、机关运行经费支出情况说明\n";

    [Theory]
    [InlineData("2022年度机关运行经费支出25.60万元，主要包括办公费5.20万元、水电费3.10万元、差旅费2.00万元。")]
    [InlineData("本部门2022年度机关运行经费支出25.60万元，比上年减少1.00万元，其中：办公费5.20万元，水电费3.10万元，差旅费2.00万元。")]
    [InlineData("机关运行经费25.60万元，具体为：办公费 5.20 万元；水电费 3.10 万元；差旅费 2.00 万元。")]
    public void ComponentsWithAmounts_AreListed(string sentence)
    {
        var (read, errors) = ReadWithErrors(Operating + sentence + "\n");
        Assert.Empty(errors);
        var operating = read.Report.Narrative!.OperatingExpenses!;
        Assert.Equal("25.60", operating.AdministrativeOperatingExpenses!.Amount.ToString());
        Assert.Equal(["办公费", "水电费", "差旅费"], operating.Components.Select(c => c.Name));
        Assert.Equal(["5.20", "3.10", "2.00"], operating.Components.Select(c => c.Amount.ToString()));
    }

    [Theory]
    [InlineData("2022年度机关运行经费支出25.60万元，主要用于办公费、水电费、差旅费等支出。")]          // names without amounts
    [InlineData("2022年度机关运行经费支出25.60万元。办公费5.20万元，水电费3.10万元。")]             // another sentence, no list word
    [InlineData("2022年度机关运行经费支出25.60万元，比上年增加2.00万元，增长8.5%。")]              // a change, not a component
    [InlineData("2022年度公用经费支出25.60万元，主要包括办公费5.20万元、水电费3.10万元。")]          // another total's parts
    [InlineData("2022年度机关运行经费支出25.60万元，其中：财政拨款支出25.00万元。")]                // a fund, not a component
    public void ANearMiss_IsNoComponent(string sentence)
    {
        var (read, _) = ReadWithErrors(Operating + sentence + "\n");
        Assert.Empty(read.Report.Narrative?.OperatingExpenses?.Components ?? []);
    }

    // ---- 4. The assets' total and their values by category ----

    private const string Assets = "某县某局2022年度部门决算说明\n七、国有资产占用情况说明\n";

    [Fact]
    public void TheAssetsTotalAndCategoryValues_AreRead()
    {
        var (read, errors) = ReadWithErrors(Assets + "截至2022年12月31日，本部门资产总额1520.30万元。房屋及构筑物原值860.00万元，净值610.50万元；"
            + "车辆3辆，原值80.00万元，净值12.40万元；通用设备原值95.60万元。\n");
        Assert.Empty(errors);
        var assets = read.Report.Narrative!.Assets!;
        Assert.Equal("1520.30", assets.TotalValue!.ToString());
        Assert.Equal(3, assets.Vehicles!.Count);   // the count stays a count
        Assert.Equal(
            ["Buildings 860.00/610.50", "Vehicles 80.00/12.40", "GeneralEquipment 95.60/"],
            assets.Categories.Select(c => $"{c.Category} {c.OriginalValue}/{c.NetValue}"));
    }

    [Theory]
    [InlineData("资产总计 1,520.3 万元；其中房屋原值 860 万元。", "1520.3", "Buildings 860/")]
    [InlineData("国有资产总额1520.30万元，专用设备净值40.00万元。", "1520.30", "SpecialEquipment /40.00")]
    public void OtherWordings_AreRead(string sentence, string total, string category)
    {
        var (read, errors) = ReadWithErrors(Assets + sentence + "\n");
        Assert.Empty(errors);
        Assert.Equal(total, read.Report.Narrative!.Assets!.TotalValue!.ToString());
        var c = Assert.Single(read.Report.Narrative!.Assets.Categories);
        Assert.Equal(category, $"{c.Category} {c.OriginalValue}/{c.NetValue}");
    }

    [Theory]
    [InlineData("本年处置车辆2辆，原值30.00万元。")]                // a disposal, not the holdings
    [InlineData("固定资产原值1200.00万元，净值800.00万元。")]        // no one category
    [InlineData("房屋和车辆原值900.00万元。")]                     // two categories at once
    [InlineData("年初资产总额1400.00万元。")]                      // the year's start
    [InlineData("净资产总额1400.00万元。")]                        // net assets, not the total
    [InlineData("车辆3辆，价值80.00万元。")]                       // 价值 is the vehicles' value as before, no category
    public void ANearMiss_IsNoAssetCategoryOrTotal(string sentence)
    {
        var (read, _) = ReadWithErrors(Assets + sentence + "\n");
        Assert.Empty(read.Report.Narrative?.Assets?.Categories ?? []);
        Assert.Null(read.Report.Narrative?.Assets?.TotalValue);
    }

    // ---- 5. The outside review's near misses (session 24): each failed before the fix ----

    /// <summary>
    /// An invented 三公 table by class with the given body rows under the header of <see cref="ClassRowsTable"/>: 预算 and
    /// 决算 (or <paramref name="final"/>, e.g. a year's 决算) over 合计, 出国, the vehicles (小计 / 购置费 / 运行费), 接待.
    /// </summary>
    private static string ClassRowsWith(char separator, string[][] body, string budget = "年初预算", string final = "决算")
    {
        string[][] header =
        [
            ["科目", budget, "", "", "", "", "", final, "", "", "", "", ""],
            ["", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "",
                "公务接待费"],
            ["", "", "", "小计", "购置费", "运行费", "", "", "", "小计", "购置费", "运行费", ""],
        ];
        var lines = header.Concat(body).Select(r => separator == '|' ? "| " + string.Join(" | ", r) + " |" : string.Join("\t", r));
        return "某县某局2022年度“三公”经费支出决算说明\n（单位：万元）\n" + string.Join("\n", lines) + "\n注：按支出功能分类科目列示。\n";
    }

    /// <summary>A body row: the label, then 预算 合计/出国/车小计/购置/运行/接待 and 决算 the same, 出国 and 购置 zero.</summary>
    private static string[] Cells(string label, string budgetRun, string budgetReception, string run, string reception)
    {
        var budgetTotal = (decimal.Parse(budgetRun, System.Globalization.CultureInfo.InvariantCulture)
            + decimal.Parse(budgetReception, System.Globalization.CultureInfo.InvariantCulture)).ToString("0.00",
            System.Globalization.CultureInfo.InvariantCulture);
        var total = (decimal.Parse(run, System.Globalization.CultureInfo.InvariantCulture)
            + decimal.Parse(reception, System.Globalization.CultureInfo.InvariantCulture)).ToString("0.00",
            System.Globalization.CultureInfo.InvariantCulture);
        return [label, budgetTotal, "0.00", budgetRun, "0.00", budgetRun, budgetReception, total, "0.00", run, "0.00", run, reception];
    }

    /// <summary>
    /// The 合计 row and two classes, by hand: 运行 7.50 = 5.25 + 2.25, 接待 3.10 = 1.80 + 1.30; 预算 运行 8.00 = 5.00 + 3.00,
    /// 接待 3.50 = 2.00 + 1.50.
    /// </summary>
    private static string[][] TwoClasses() =>
    [
        Cells("合计", "8.00", "3.50", "7.50", "3.10"),
        Cells("行政单位离退休", "5.00", "2.00", "5.25", "1.80"),
        Cells("事业单位离退休", "3.00", "1.50", "2.25", "1.30"),
    ];

    [Theory]
    [InlineData('|')]
    [InlineData('\t')]
    public void AHierarchyWithCodes_SplitsByItsLeavesOnly(char separator)
    {
        // 208 over 20805 over 2080501 / 2080502: the 类 and 款 rows repeat their children's sum (运行 7.50 = 5.25 + 2.25;
        // 接待 3.10 = 1.80 + 1.30). Summing every row as a class gave FA4005 (22.50 for 7.50); only the 项 are the split.
        string[][] body =
        [
            Cells("合计", "8.00", "3.50", "7.50", "3.10"),
            Cells("208 社会保障和就业支出", "8.00", "3.50", "7.50", "3.10"),
            Cells("20805 行政事业单位养老支出", "8.00", "3.50", "7.50", "3.10"),
            Cells("2080501 行政单位离退休", "5.00", "2.00", "5.25", "1.80"),
            Cells("2080502 事业单位离退休", "3.00", "1.50", "2.25", "1.30"),
        ];
        var (read, errors) = ReadWithErrors(ClassRowsWith(separator, body));
        Assert.Empty(errors);
        var byClass = read.Report.Narrative!.ThreePublic!.ByClass!;
        Assert.Equal(["5.25", "2.25"], byClass.VehicleOperation!.Classes.Select(c => c.Amount.ToString()));
        Assert.Equal(["1.80", "1.30"], byClass.Reception!.Classes.Select(c => c.Amount.ToString()));
        Assert.Equal(0, Validator.Default.Validate(read.Report).CoverageOf("FA4005")!.Failed);
    }

    [Theory]
    [InlineData('|')]
    [InlineData('\t')]
    public void AHierarchyWithoutCodes_IsNoSplit(char separator)
    {
        // The same levels named only: 社会保障和就业支出 (运行 7.50) is the sum of the two rows after it (5.25 + 2.25) —
        // a parent row, so the rows are no one level and no split is read (nor an FA4005 raised).
        string[][] body =
        [
            Cells("合计", "8.00", "3.50", "7.50", "3.10"),
            Cells("社会保障和就业支出", "8.00", "3.50", "7.50", "3.10"),
            Cells("行政单位离退休", "5.00", "2.00", "5.25", "1.80"),
            Cells("事业单位离退休", "3.00", "1.50", "2.25", "1.30"),
        ];
        var (read, errors) = ReadWithErrors(ClassRowsWith(separator, body));
        Assert.Empty(errors);
        Assert.Null(read.Report.Narrative!.ThreePublic!.ByClass);
        Assert.Equal("10.60", At(read, "/narrative/threePublic/total/amount"));   // 7.50 + 3.10: the items as before
    }

    [Theory]
    [InlineData("栏次")]
    [InlineData("行次")]
    public void AColumnNumbersRow_IsNoClass(string label)
    {
        // 栏次 1 … 12 numbers the columns: read as a class it gave FA4005 (运行 13.20 + 10 for 13.20).
        string[][] body =
        [
            [label, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
            .. TwoClasses(),
        ];
        var (read, errors) = ReadWithErrors(ClassRowsWith('|', body));
        Assert.Empty(errors);
        var byClass = read.Report.Narrative!.ThreePublic!.ByClass!;
        Assert.Equal(["行政单位离退休", "事业单位离退休"], byClass.Reception!.Classes.Select(c => c.Name));
    }

    [Theory]
    [InlineData('|')]
    [InlineData('\t')]
    public void ATableOfAnotherYear_IsNotThisYears(char separator)
    {
        // 2021年度决算数 in a 2022 text is last year's table: read as this year's it gave FA8003 (10.60 against the
        // narrative's 12.00) and FA1207. It is a note; the 2022 table beside it reads as before.
        var body = TwoClasses();
        const string Narrative = "一、“三公”经费支出情况\n2022年度“三公”经费财政拨款支出决算12.00万元，比上年增加1.40万元，主要是接待任务增加。\n";
        var prior = ClassRowsWith(separator, body, budget: "2021年度预算数", final: "2021年度决算数").Replace("说明\n", "说明\n" + Narrative);
        var (read, errors) = ReadWithErrors(prior);
        Assert.Empty(errors);
        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Null(read.Report.Narrative!.ThreePublic!.ByClass);
        Assert.Single(read.Notes, n => n.MessageEn.Contains("names a year on its columns", StringComparison.Ordinal));

        var (same, sameErrors) = ReadWithErrors(ClassRowsWith(separator, body, final: "2022年度决算数"));
        Assert.Empty(sameErrors);
        Assert.Equal("10.60", At(same, "/narrative/threePublic/total/amount"));
        Assert.NotNull(same.Report.Narrative!.ThreePublic!.ByClass);
    }

    [Theory]
    [InlineData("cells")]
    [InlineData("pipes")]
    [InlineData("tabs")]
    [InlineData("spaces")]
    public void ATransposedClassOverItsSubclasses_IsNoSplit(string layout)
    {
        // 公务接待费 over 小计 / 社会保障和就业支出 / its two 项: 6.30 = 2.10 + 4.20, and the 类 repeats 6.30. Summed as
        // three classes it gave FA4005 (12.60 for 6.30); the split is left unread, each class cell a note.
        string[][] rows =
        [
            ["项目", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费", "", "", ""],
            ["", "", "", "小计", "公务用车购置费", "公务用车运行费", "小计", "社会保障和就业支出", "行政单位离退休", "事业单位离退休"],
            ["2022年度决算数", "11.30", "0.00", "5.00", "0.00", "5.00", "6.30", "6.30", "2.10", "4.20"],
        ];
        var (read, errors) = ReadWithErrors(ClassTable(layout, rows));
        Assert.Empty(errors);
        Assert.Null(read.Report.Narrative!.ThreePublic!.ByClass);
        Assert.Equal("6.30", At(read, "/narrative/threePublic/reception/amount"));
    }

    [Theory]
    [InlineData('|')]
    [InlineData('\t')]
    public void AnAmountRowWithoutClasses_IsTheItemsRow(char separator)
    {
        // 项目 over 预算数 / 决算数 and a single 金额 row: no functional class, so no split (it gave four "function class
        // 金额" notes); the row is the items' figures.
        string[][] body = [Cells("金额", "8.00", "3.50", "7.50", "3.10")];
        var (read, errors) = ReadWithErrors(ClassRowsWith(separator, body, budget: "预算数", final: "决算数").Replace("科目", "项目"));
        Assert.Empty(errors);
        Assert.Null(read.Report.Narrative!.ThreePublic!.ByClass);
        Assert.Equal("3.10", At(read, "/narrative/threePublic/reception/amount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("function class", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBudgetCellsByClass_AreOneNote()
    {
        // Two classes × 预算 出国 / 购置 / 运行 / 接待 = 8 budget cells by class: one note for the table, not eight.
        var body = TwoClasses();
        var (read, _) = ReadWithErrors(ClassRowsWith('|', body));
        var note = Assert.Single(read.Notes, n => n.MessageEn.Contains("budget cells by class", StringComparison.Ordinal));
        Assert.Contains("8", note.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("for the function class", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("车辆4辆，原值60.00万元；单价100万元以上专用设备3台，原值450.00万元。")]
    [InlineData("车辆4辆，原值60.00万元；单位价值50万元以上的通用设备原值300.00万元。")]
    public void AValueOfTheCategorysPartAboveAPrice_IsANote(string sentence)
    {
        // 单价…以上 names a part of the category: its value is not the category's whole original value.
        var (read, errors) = ReadWithErrors(Assets + "截至2022年12月31日，本部门资产总额1520.30万元，其中：" + sentence + "\n");
        Assert.Empty(errors);
        var c = Assert.Single(read.Report.Narrative!.Assets!.Categories);   // the vehicles only
        Assert.Equal("Vehicles 60.00/", $"{c.Category} {c.OriginalValue}/{c.NetValue}");
        Assert.Single(read.Notes, n => n.MessageEn.Contains("of a part of a category", StringComparison.Ordinal));
    }
}
