using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 53 (precise53): the false Warnings and Errors blind round 49 still gave at session 52's head, each family with
/// invented texts of several shapes (none copied from the round): a class reason with 其余 / 其他 covers the class's items
/// without a reason of their own; a reason inside an item's own line (执行率较低系…) is that item's; a class line after an
/// item line without 。 is its own sentence; a bare "执行率低于100%，系…" in 三公 is the total's budget reason; a change against
/// 年初 is no change on last year; 因公 is 因公出国 only before 出; a year before "A、B分别为X、Y" is no part of A's name; a
/// closing that names a list of items never sets the relation of the last entry. Each fact failed with the base reader.
/// </summary>
public class PrecisionSessionFiftyThreeTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private static string[] Rules(List<Diagnostic> diagnostics, string rule)
        => [.. diagnostics.Where(d => d.RuleId == rule).SelectMany(d => d.Pointers)];

    // ---- 1. a class reason with 其余 / 其他, a reason in the item's own line ---------------------------------------------

    /// <summary>An invented coded 项 list on the 调整预算 basis; the second item's line carries <paramref name="ownReason"/>.</summary>
    private static string RestClassText(string ownReason, string classLine)
        => "某县文化和旅游局2023年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出1,210.00万元。\n"
            + "1.行政运行（2070101）：调整预算400.00万元，决算390.00万元，执行率97.50%。\n"
            + "2.一般行政管理事务（2070102）：调整预算200.00万元，决算150.00万元，执行率75.00%，" + ownReason + "\n"
            + "3.图书馆（2070104）：调整预算100.00万元，决算120.00万元，执行率120.00%。\n"
            + "4.群众文化（2070109）：调整预算300.00万元，决算270.00万元，执行率90.00%。\n" + classLine + "\n";

    /// <summary>
    /// "执行率低于100%的其余项目，主要是…", "其他未完成预算的项目，主要原因是…", "执行率低于100%的其它项目，系…": before, every item
    /// below its budget warned (FA2206 ×3). Items 1 and 4 take the class reason, item 2 keeps its own (written in its line as
    /// "执行率较低系…" or "未完成预算主要是…"), and the item above its budget (图书馆) stays warned.
    /// </summary>
    [Theory]
    [InlineData("执行率较低系部分展览延期至次年举办。", "执行率低于100%的其余项目，主要是厉行节约、按实结算。")]
    [InlineData("执行率较低系部分展览延期至次年举办。", "其他未完成预算的项目，主要原因是压减一般性支出。")]
    [InlineData("未完成预算主要是部分展览延期至次年举办。", "执行率低于100%的其余项目，主要是厉行节约、按实结算。")]
    [InlineData("执行率较低系部分展览延期至次年举办。", "执行率低于100%的其它项目，系厉行节约。")]
    public void AClassReasonWithTheRest_CoversTheItemsWithoutTheirOwn(string ownReason, string classLine)
    {
        var (read, diagnostics) = Read(RestClassText(ownReason, classLine));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal([Items + "2/budget"], Rules(diagnostics, "FA2206"));
        Assert.StartsWith("部分展览延期", JsonAt(read.Report, Items + "1/budget/reason"));
        Assert.NotNull(JsonAt(read.Report, Items + "0/budget/reason"));
        Assert.NotNull(JsonAt(read.Report, Items + "3/budget/reason"));
    }

    /// <summary>
    /// Property: whatever the items' rates and which of them carry a reason of their own, a class reason with 其余 covers
    /// exactly the items below their budget without their own reason: no item below warns, every item above does.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property AClassReasonWithTheRest_CoversExactlyTheClass()
    {
        var gen =
            from parts in Gen.ArrayOf(Gen.Elements(80, 91, 97, 103, 112), 4)
            from own in Gen.ArrayOf(Gen.Elements(true, false), 4)
            from rest in Gen.Elements("其余", "其他", "其它")
            select (parts, own, rest);
        (string Name, string Code)[] names = [("行政运行", "2070101"), ("一般行政管理事务", "2070102"), ("图书馆", "2070104"), ("群众文化", "2070109")];
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var sb = new StringBuilder("某县文化和旅游局2023年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n");
            for (var i = 0; i < 4; i++)
            {
                var budget = 20_000L * (i + 1);
                var final = budget * t.parts[i] / 100;
                sb.Append(CultureInfo.InvariantCulture, $"{i + 1}.{names[i].Name}（{names[i].Code}）：调整预算{GroupedMoney(budget)}万元，")
                    .Append(CultureInfo.InvariantCulture, $"决算{GroupedMoney(final)}万元，执行率{PercentOf(final, budget)}%")
                    .Append(t.own[i] && t.parts[i] < 100 ? "，执行率较低系项目延期。\n" : "。\n");
            }

            sb.Append("执行率低于100%的").Append(t.rest).Append("项目，主要是厉行节约。\n");
            var (_, diagnostics) = Read(sb.ToString());
            var warned = Rules(diagnostics, "FA2206");
            var expected = Enumerable.Range(0, 4).Where(i => t.parts[i] > 100).Select(i => Items + i + "/budget").ToArray();
            return (Of(diagnostics, Severity.Error).Length == 0 && warned.SequenceEqual(expected)).Label(string.Join("; ", warned));
        });
    }

    // ---- 2. a class line after an item line without 。 -----------------------------------------------------------------

    /// <summary>Invented 项 lines without 。 (a web page's), the last with its change's reason, then a class line.</summary>
    private static string UnstoppedLinesText(string classLine)
        => "某县档案局2023年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出620.00万元。\n"
            + "行政运行（2013101）：决算400.00万元，调整预算410.00万元，执行率97.56%，上年决算数380.00万元，增加20.00万元，增长率为5.26%，"
            + "主要是人员调资\n"
            + "一般行政管理事务（2013102）：决算220.00万元，调整预算260.00万元，执行率84.62%，上年决算数240.00万元，减少20.00万元，"
            + "增长率为-8.33%，系档案数字化项目推迟\n" + classLine + "\n";

    /// <summary>
    /// "执行率低于100%的项目，主要是…" on the line after the last item's line (no 。 between): before, it was joined to that line and
    /// became part of the item's change reason. It is its own sentence: the item's change keeps its own words, and the class
    /// covers the item's budget.
    /// </summary>
    [Theory]
    [InlineData("执行率低于100%的项目，主要是落实过紧日子要求、厉行节约")]
    [InlineData("未完成调整预算的项目，主要原因是压减一般性支出")]
    [InlineData("执行率低于100%的其余项目，系厉行节约")]
    public void AClassLine_IsNeverTheLastItemsContinuation(string classLine)
    {
        var (read, diagnostics) = Read(UnstoppedLinesText(classLine));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Empty(Rules(diagnostics, "FA2206"));
        Assert.Equal("档案数字化项目推迟", JsonAt(read.Report, Items + "1/change/reason"));
    }

    // ---- 3. a bare rate relation in 三公 -------------------------------------------------------------------------------

    /// <summary>An invented 三公 paragraph: total, budget, rate, a change with its reason, the items, then <paramref name="last"/>.</summary>
    private static string ThreePublicText(string last)
        => "某县水利局2023年度部门决算说明\n\n七、“三公”经费财政拨款支出决算情况说明\n2023年度“三公”经费财政拨款支出32.40万元，预算36.00万元，"
            + "执行率90.00%；与上年相比增加6.40万元，增长24.62%，主要是更新防汛应急车辆。其中：因公出国（境）费0万元；公务用车购置及运行维护费"
            + "28.10万元；公务接待费4.30万元。" + last + "\n";

    /// <summary>
    /// "执行率低于100%，系…" at the paragraph's end: before, FA2206 warned that the total's budget difference has no reason (the
    /// first reason explains the change). It is the total's budget reason; the change keeps its own.
    /// </summary>
    [Theory]
    [InlineData("执行率低于100%，系严格控制公务接待支出。")]
    [InlineData("预算执行率未达到100%，主要是压减公务接待批次。")]
    [InlineData("执行率低于100%，主要原因是公务用车运行费用按实结算。")]
    public void ABareRateRelation_IsTheThreePublicTotalsBudgetReason(string last)
    {
        var (read, diagnostics) = Read(ThreePublicText(last));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Empty(Rules(diagnostics, "FA2206"));
        Assert.NotNull(JsonAt(read.Report, "/narrative/threePublic/total/budget/reason"));
        Assert.StartsWith("更新防汛应急车辆", JsonAt(read.Report, "/narrative/threePublic/total/change/reason"));
    }

    /// <summary>The other way: "执行率高于100%，系…" does not explain a total below its budget (its FA2206 stays).</summary>
    [Fact]
    public void ABareRateRelationTheOtherWay_IsNotTheTotals()
    {
        var (read, diagnostics) = Read(ThreePublicText("执行率高于100%，系新增防汛车辆。"));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read.Report, "/narrative/threePublic/total/budget/reason"));
    }

    // ---- 4. 年末 against 年初; 因公 as a reason marker ------------------------------------------------------------------

    /// <summary>An invented 财政拨款 sentence whose second clause compares the year end with the year start.</summary>
    private static string YearStartText(string clause)
        => "某县交通运输局2023年度部门决算说明\n\n二、财政拨款支出决算情况说明\n2023年度财政拨款支出1,526.10万元，" + clause + "\n";

    /// <summary>
    /// "年末财政拨款结转结余较年初增加…", "年末结转和结余比年初减少…，下降…%": before, the amount (and rate) became the 财政拨款 total's
    /// change on last year and FA2106 asked for its reason. A change within the year is a note.
    /// </summary>
    [Theory]
    [InlineData("年末财政拨款结转结余较年初增加44.46万元，主要用于公路养护。")]
    [InlineData("年末结转和结余比年初减少12.30万元，下降8.20%。")]
    [InlineData("年末财政拨款结转结余与年初相比增加6.00万元，增长3.10%。")]
    public void AChangeAgainstTheYearStart_IsNoChangeOnLastYear(string clause)
    {
        var (read, diagnostics) = Read(YearStartText(clause));

        Assert.Empty(Rules(diagnostics, "FA2106"));
        Assert.Null(JsonAt(read.Report, "/narrative/appropriation/change/amount"));
        Assert.Null(JsonAt(read.Report, "/narrative/appropriation/change/rate"));
        Assert.Equal("1526.10", JsonAt(read.Report, "/narrative/appropriation/currentYearExpenditure/amount"));
    }

    /// <summary>Property: a generated 年末…较/比年初 change (either way, with or without a rate) is never a change on last year.</summary>
    [Property(MaxTest = 20)]
    public Property AGeneratedYearStartChange_IsNeverAChangeOnLastYear()
    {
        var gen =
            from amount in Gen.Choose(100, 900_000)
            from word in Gen.Elements("较年初", "比年初", "与年初相比")
            from way in Gen.Elements("增加", "减少")
            from rate in Gen.Elements(string.Empty, "，增长5.00%", "，下降4.10%")
            from subject in Gen.Elements("年末财政拨款结转结余", "年末结转和结余", "年末结转结余")
            select (amount, word, way, rate, subject);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(YearStartText($"{t.subject}{t.word}{t.way}{GroupedMoney(t.amount)}万元{t.rate}。"));
            return (JsonAt(read.Report, "/narrative/appropriation/change/amount") is null
                && JsonAt(read.Report, "/narrative/appropriation/change/rate") is null && Rules(diagnostics, "FA2106").Length == 0)
                .Label(string.Join("; ", Of(diagnostics, Severity.Warning)));
        });
    }

    /// <summary>
    /// "…下降11.58%，因公车改革后…", "…，因公务用车保有量减少": before, 因公 was always read as 因公出国 (no marker) and FA2106 warned.
    /// </summary>
    [Theory]
    [InlineData("因公车改革后车辆运行费用减少。")]
    [InlineData("因公务用车保有量减少。")]
    public void AReasonAfterYinGong_IsAReason(string reason)
    {
        var (read, diagnostics) = Read("某县林业局2023年度部门决算说明\n\n七、“三公”经费支出情况说明\n2023年度“三公”经费支出41.60万元，与上年相比，"
            + "减少5.45万元，下降11.58%，" + reason + "\n");

        Assert.Empty(Rules(diagnostics, "FA2106"));
        Assert.NotNull(JsonAt(read.Report, "/narrative/threePublic/total/change/reason"));
    }

    // ---- 5. a year before A、B分别为X、Y --------------------------------------------------------------------------------

    private static string OverviewText(string sentence)
        => "某县农业农村局2023年度部门决算说明\n\n一、收入支出决算总体情况说明\n" + sentence + "\n";

    /// <summary>
    /// "2023年度收入总计、支出总计分别为…", "2023年度本年收入、本年支出分别为…": before, the year was taken into the first name (which
    /// then named no figure): the first amount went to the last name and the second was that figure "stated again" (FA8003).
    /// </summary>
    [Theory]
    [InlineData("2023年度收入总计、支出总计分别为3,210.45万元、3,210.45万元。", "incomeGrandTotal", "3210.45", "expenditureGrandTotal", "3210.45")]
    [InlineData("2023年度本年收入、本年支出分别为1,960.40万元、1,955.18万元。", "currentYearIncome", "1960.40", "currentYearExpenditure", "1955.18")]
    [InlineData("2023年本年收入、本年支出分别是860.00万元、842.50万元。", "currentYearIncome", "860.00", "currentYearExpenditure", "842.50")]
    public void AYearBeforeARespectiveList_IsNoPartOfTheFirstName(string sentence, string first, string a, string second, string z)
    {
        var (read, diagnostics) = Read(OverviewText(sentence));

        Assert.Empty(Rules(diagnostics, "FA8003"));
        Assert.Equal(a, JsonAt(read.Report, "/narrative/overall/" + first + "/amount"));
        Assert.Equal(z, JsonAt(read.Report, "/narrative/overall/" + second + "/amount"));
    }

    /// <summary>Property: a generated "YYYY年(度)A、B分别为X、Y万元" overview never gives FA8003.</summary>
    [Property(MaxTest = 20)]
    public Property AGeneratedRespectiveOverview_NeverGivesFA8003()
    {
        var gen =
            from x in Gen.Choose(10_000, 9_000_000)
            from y in Gen.Choose(10_000, 9_000_000)
            from year in Gen.Elements("2023年度", "2023年", string.Empty)
            from names in Gen.Elements("本年收入、本年支出", "收入总计、支出总计", "财政拨款收入、其他收入", "基本支出、项目支出")
            select (x, y, year, names);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (_, diagnostics) = Read(OverviewText($"{t.year}{t.names}分别为{GroupedMoney(t.x)}万元、{GroupedMoney(t.y)}万元。"));
            return (Rules(diagnostics, "FA8003").Length == 0).Label(string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }

    // ---- 6. a closing that names a list of items ----------------------------------------------------------------------

    /// <summary>
    /// Property (session 52's stricter form): whatever the entries' rates — above, below, or exactly 100 % — a closing that
    /// names a list of other items ("…、…等项目决算数大于/小于年初预算数") never sets a relation on the last entry. Before, the
    /// clause cut at 、 named no list, so at the entry's own way (or at 100 %) the closing became its relation.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property ANamedItemList_NeverSetsTheLastEntrysRelation()
    {
        var gen =
            from parts in Gen.ArrayOf(Gen.Elements(91, 100, 109, 95, 104), 3)
            from below in Gen.Elements(true, false)
            select (parts, below);
        string[] names = ["行政运行", "公路养护", "公路建设"];
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var sb = new StringBuilder("某县交通运输局2021年度部门决算说明（节选）\n\n六、一般公共预算财政拨款支出决算情况说明\n主要项目说明：\n");
            for (var i = 0; i < 3; i++)
            {
                var budget = 100_000L * (i + 1);
                var final = budget * t.parts[i] / 100;
                sb.Append(CultureInfo.InvariantCulture, $"{i + 1}.{names[i]}（项）支出{GroupedMoney(final)}万元，")
                    .Append(CultureInfo.InvariantCulture, $"完成年初预算的{PercentOf(final, budget)}%，系任务调整。\n");
            }

            sb.Append("4.一般行政管理事务、公路运输管理、公路还贷等项目决算数").Append(t.below ? "小于" : "大于").Append("年初预算数，主要是任务调整。\n");
            var (read, diagnostics) = Read(sb.ToString());
            return (Of(diagnostics, Severity.Error).Length == 0 && JsonAt(read.Report, Items + "2/budget/relation") is null)
                .Label(JsonAt(read.Report, Items + "2/budget/relation") ?? string.Empty);
        });
    }
}
