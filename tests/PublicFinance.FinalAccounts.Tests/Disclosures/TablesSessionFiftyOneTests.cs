using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 51 (tables51): space-aligned 增减变化情况表 (columns <c>2020年决算数  2019年决算数  增减额  增减率</c>) of our own
/// invented texts — a bracketed amount <c>（50.00）</c> is a decrease; a row of one label and its numbers with thousands
/// commas is a table row (it was prose, each number the label's amount); the 合计 row of a table titled for another subject
/// (…增减变化情况表（按功能分类）) never fills the 三公 total.
/// </summary>
public sealed class TablesSessionFiftyOneTests
{
    private const string Header = "项目  2020年决算数  2019年决算数  增减额  增减率\n";

    /// <summary>A figure as the tables write it: thousands commas, two decimals.</summary>
    private static string Amount(decimal v) => v.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A change cell: a decrease in brackets, "（50.00）".</summary>
    private static string Change(decimal now, decimal then) => now < then ? $"（{Amount(then - now)}）" : Amount(now - then);

    /// <summary>The rate cell of a change on the prior year's base, "-3.85%".</summary>
    private static string Rate(decimal now, decimal then)
        => Math.Round((now - then) / then * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Row(string label, decimal now, decimal then, string? rate = null)
        => $"{label}  {Amount(now)}  {Amount(then)}  {Change(now, then)}  {rate ?? Rate(now, then)}\n";

    /// <summary>An expenditure section with its 增减变化 table (basic and project rows under the 合计 row).</summary>
    private static string Expenditure(decimal basic, decimal basicThen, decimal project, decimal projectThen, string? projectRate = null)
        => "西岭区档案馆2020年度部门决算说明\n\n三、支出决算情况\n"
            + $"本年支出{Amount(basic + project)}万元，其中：基本支出{Amount(basic)}万元、项目支出{Amount(project)}万元。\n\n"
            + "表2　支出决算增减变化情况表\n单位：万元\n" + Header
            + Row("本年支出合计", basic + project, basicThen + projectThen)
            + Row("基本支出", basic, basicThen)
            + Row("项目支出", project, projectThen, projectRate)
            + "原因：项目支出变化主要是档案数字化项目进度调整。\n";

    /// <summary>A 功能分类 增减变化 table (its 合计 row first) and then the 三公 section with its own table.</summary>
    private static string FunctionalThenThreePublic(decimal total, decimal totalThen) => "西岭区档案馆2020年度部门决算说明\n\n"
        + "四、一般公共预算财政拨款支出决算情况\n"
        + $"2020年度一般公共预算财政拨款支出{Amount(total)}万元。\n\n"
        + "表3　一般公共预算财政拨款支出增减变化情况表（按功能分类）\n单位：万元\n"
        + "科目  2020年决算数  2019年决算数  增减额  增减率\n"
        + $"合计  {Amount(total)}  {Amount(totalThen)}  {Change(total, totalThen)}  {Rate(total, totalThen)}\n"
        + $"201 一般公共服务支出  {Amount(total)}  {Amount(totalThen)}  {Change(total, totalThen)}  {Rate(total, totalThen)}\n"
        + "原因：一般公共服务支出变化主要是档案库房改造。\n\n"
        + "五、“三公”经费财政拨款支出决算情况\n"
        + "2020年度“三公”经费财政拨款支出8.40万元，其中：公务用车运行维护费6.10万元、公务接待费2.30万元。\n\n"
        + "表4　“三公”经费增减变化情况表\n单位：万元\n" + Header
        + Row("合计", 8.40m, 9.90m) + Row("公务用车运行维护费", 6.10m, 7.00m) + Row("公务接待费", 2.30m, 2.90m)
        + "原因：压减公务用车使用和接待。\n";

    /// <summary>The expenditure rows are read, each with its prior year and change; a bracketed change is a decrease.</summary>
    [Fact]
    public void ChangeTable_BracketedChange_IsADecrease()
    {
        var (read, diagnostics) = Read(Expenditure(2_486.40m, 2_400.00m, 1_100.00m, 1_300.00m));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("decrease", JsonAt(read, "/narrative/expenditure/project/change/direction"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/expenditure/project/change/amount"));
        Assert.Equal("1300.00", JsonAt(read, "/narrative/expenditure/project/change/priorYearAmount"));
        Assert.Equal("15.38", JsonAt(read, "/narrative/expenditure/project/change/rate"));
        Assert.Equal("increase", JsonAt(read, "/narrative/expenditure/basic/change/direction"));
        Assert.Equal("2400.00", JsonAt(read, "/narrative/expenditure/basic/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/expenditure/total/change/direction"));
    }

    /// <summary>A wrong rate on the 项目支出 row (−14.38 % for −15.38 %) is one Error, on that row's rate.</summary>
    [Fact]
    public void ChangeTable_WrongRate_IsOneErrorOnItsRow()
    {
        var (_, diagnostics) = Read(Expenditure(2_486.40m, 2_400.00m, 1_100.00m, 1_300.00m, "-14.38%"));
        Assert.Equal(["FA2104 /narrative/expenditure/project/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The 功能分类 table's 合计 row is not the 三公 total: the 三公 figures are the 三公 table's (8.40 against 9.90), no Error.
    /// </summary>
    [Fact]
    public void OtherTablesTotalRow_DoesNotFillTheThreePublicTotal()
    {
        var (read, diagnostics) = Read(FunctionalThenThreePublic(1_180.00m, 1_240.00m));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("8.40", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("9.90", JsonAt(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Equal("0.60", JsonAt(read, "/narrative/threePublic/reception/change/amount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/threePublic/vehicleOperation/change/direction"));
    }

    /// <summary>The bracketed-number test: a whole cell, one number, brackets of either width.</summary>
    [Theory]
    [InlineData("（87.54）", true)]
    [InlineData("(1,084.68)", true)]
    [InlineData(" （2.36%） ", true)]
    [InlineData("87.54", false)]
    [InlineData("（项）", false)]
    [InlineData("（2050802）2,412.55", false)]
    [InlineData("（）", false)]
    public void ParenthesisedNegative_IsAWholeBracketedNumber(string cell, bool expected)
        => Assert.Equal(expected, ParenthesisedNegative.Is(cell));

    /// <summary>The title test: a table's title of another subject, and not a 三公 title nor a sentence.</summary>
    [Theory]
    [InlineData("表3　一般公共预算财政拨款支出增减变化情况表（按功能分类）", true)]
    [InlineData("表2 支出决算增减变化情况表\n单位：万元", true)]
    [InlineData("表4　“三公”经费增减变化情况表", false)]
    [InlineData("公务用车购置及运行费支出情况表", false)]
    [InlineData("2020年度支出情况如下表。", false)]
    public void OtherSubjectTitle_IsATableTitleOfAnotherSubject(string title, bool expected)
        => Assert.Equal(expected, TextTableReaderTitle(title));

    private static bool TextTableReaderTitle(string title) => TextTableReader.OtherSubjectTitle(title, 0, title.Length);

    /// <summary>
    /// Property: a bracketed change in a table row is a decrease of that amount, and a right table gives no Error.
    /// </summary>
    [Property(MaxTest = 15)]
    public Property BracketedChange_IsADecrease_AndRightRowsGiveNoError()
    {
        var cents = Gen.Choose(1, 50_000);
        return Prop.ForAll(cents.ToArbitrary(), cents.ToArbitrary(), (a, c) =>
        {
            var (project, projectThen) = (1_000.00m, 1_000.00m + (a / 100m));
            var (basic, basicThen) = (2_000.00m + (c / 100m), 2_000.00m);
            var (read, diagnostics) = Read(Expenditure(basic, basicThen, project, projectThen));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, "/narrative/expenditure/project/change/direction") == "decrease"
                && JsonAt(read, "/narrative/expenditure/project/change/amount")
                    == (projectThen - project).ToString("0.00", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Property: whatever the 功能分类 table's 合计, the 三公 total stays the 三公 table's and nothing is an Error.</summary>
    [Property(MaxTest = 15)]
    public Property OtherTablesTotal_NeverFillsTheThreePublicTotal()
    {
        var cents = Gen.Choose(100, 900_000);
        return Prop.ForAll(cents.ToArbitrary(), cents.ToArbitrary(), (a, c) =>
        {
            var (read, diagnostics) = Read(FunctionalThenThreePublic(a / 100m, c / 100m));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, "/narrative/threePublic/total/amount") == "8.40"
                && JsonAt(read, "/narrative/threePublic/total/change/priorYearAmount") == "9.90";
        });
    }

    /// <summary>Property: a row whose rate is off by one point or more gives exactly one Error, on that row's rate.</summary>
    [Property(MaxTest = 15)]
    public Property WrongRate_GivesOneErrorOnItsRow()
    {
        var cents = Gen.Choose(1_000, 50_000);
        var offsets = Gen.Choose(1, 9);
        return Prop.ForAll(cents.ToArbitrary(), offsets.ToArbitrary(), (a, off) =>
        {
            var (project, projectThen) = (1_000.00m, 1_000.00m + (a / 100m));
            var right = Math.Round((project - projectThen) / projectThen * 100m, 2, MidpointRounding.AwayFromZero);
            var wrong = (right - off).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            var (_, diagnostics) = Read(Expenditure(2_100.00m, 2_000.00m, project, projectThen, wrong));
            return Of(diagnostics, Severity.Error).SequenceEqual(["FA2104 /narrative/expenditure/project/change/rate"]);
        });
    }
}
