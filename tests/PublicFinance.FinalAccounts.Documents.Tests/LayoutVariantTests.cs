using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Layout variants of the nine tables seen in other provinces and years, from small web pages written for the test
/// (TestData/fixtures, invented figures): the columns are found by their header text, whatever the layout.
/// </summary>
public class LayoutVariantTests
{
    private static (PublishedDisclosure Disclosure, ValidationResult Result) Check(string fixture)
        => TestFiles.Check("fixtures/" + fixture);

    private static CheckOutcome Outcome(ValidationResult result, string rule) => result.CoverageOf(rule)!.Outcome;

    [Fact]
    public void BasicExpenditure_BlocksHeadedPersonnelAndPublic_EachBlockTotalIsItsOwn()
    {
        var (d, result) = Check("basic-blocks-by-kind.html");
        var t6 = d.Report.Tables!.BasicExpenditure!;
        // The 合计 under 人员经费 is 人员经费合计 (80.00 + 5.50 = 85.50), the one under 公用经费 is 公用经费合计 (12.25 + 3.00).
        Assert.Equal(Amount.Parse("85.50"), t6.PersonnelTotal);
        Assert.Equal(Amount.Parse("15.25"), t6.PublicTotal);
        // No 基本支出合计 is printed: it is their sum, 100.75, exactly.
        Assert.Equal(Amount.Parse("100.75"), t6.Total);
        Assert.Equal(new[] { "301", "30101", "30102", "303", "30302", "302", "30201", "30211", "310", "31002" },
            t6.Rows.Select(r => r.Code.ToString()).ToArray());
        Assert.Equal(Amount.Parse("2.25"), t6.Rows.Single(r => r.Code.ToString() == "30211").Amount);
        // The table is consistent: 301 + 303 = 人员经费合计, 302 + 310 = 公用经费合计.
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0602"));
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0603"));
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0604")); // runs; on a derived total it holds by construction
    }

    [Fact]
    public void BasicExpenditure_PersonnelAndPublicColumns_TotalsFromTheTotalRow()
    {
        var (d, result) = Check("basic-by-columns.html");
        var t6 = d.Report.Tables!.BasicExpenditure!;
        // The 合计 row prints 100.75 | 85.50 | 15.25; each economic row's amount is its 合计 column.
        Assert.Equal(Amount.Parse("100.75"), t6.Total);
        Assert.Equal(Amount.Parse("85.50"), t6.PersonnelTotal);
        Assert.Equal(Amount.Parse("15.25"), t6.PublicTotal);
        Assert.Equal(10, t6.Rows.Count);
        Assert.Equal(Amount.Parse("12.25"), t6.Rows.Single(r => r.Code.ToString() == "302").Amount);
        Assert.Equal(Amount.Parse("50.00"), t6.Rows.Single(r => r.Code.ToString() == "30101").Amount);
        Assert.Equal("table 1 row 3 column 4", d.TableSources["/tables/basicExpenditure/personnelTotal"].Location!.ToString());
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0604"));
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0602"));
    }

    [Fact]
    public void GeneralBudget_WithCarryOverAndIncomeColumns_TakesTheYearsExpenditure()
    {
        // Yunnan style title 一般公共预算财政拨款收入支出决算表 (table 5, not table 3).
        var (d, result) = Check("general-budget-with-carryover.html");
        var tables = d.Report.Tables!;
        Assert.Null(tables.Expenditure);
        var t5 = tables.GeneralBudgetExpenditure!;
        // 本年支出 小计 105.00 = 基本支出 60.00 + 项目支出 45.00; not 年初 10.00, 本年收入 100.00 or 年末 5.00.
        Assert.Equal(Amount.Parse("105.00"), t5.Total!.Total);
        Assert.Equal(Amount.Parse("60.00"), t5.Total.Basic);
        Assert.Equal(Amount.Parse("45.00"), t5.Total.Project);
        var admin = t5.Rows.Single(r => r.Code.ToString() == "2010302");
        Assert.Equal(Amount.Parse("45.00"), admin.Total);
        Assert.Equal(Amount.Parse("0.00"), admin.Basic);
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0501"));
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0502"));
    }

    [Fact]
    public void GeneralBudget_WithBudgetColumns_TakesTheFinalFigures()
    {
        var (d, result) = Check("general-budget-with-budget-columns.html");
        var t5 = d.Report.Tables!.GeneralBudgetExpenditure!;
        // 决算数 100.00 = 60.00 + 40.00; the 年初预算数 group (110.00 = 60.00 + 50.00) comes first and is not taken.
        Assert.Equal(Amount.Parse("100.00"), t5.Total!.Total);
        Assert.Equal(Amount.Parse("40.00"), t5.Total.Project);
        Assert.Equal(Amount.Parse("40.00"), t5.Rows.Single(r => r.Code.ToString() == "2010302").Project);
        Assert.Equal("决算数/合计", d.TableSources["/tables/generalBudgetExpenditure/total/total"].Column);
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0501"));
        // The 年初预算数 group is the budget beside each row: 合计 row 110.00 | 60.00 | 50.00, 2010302 50.00 | (blank = 0) | 50.00.
        Assert.Equal(Amount.Parse("110.00"), t5.InitialBudgetTotal!.Total);
        Assert.Equal(Amount.Parse("50.00"), t5.InitialBudgetTotal.Project);
        var row = t5.Rows.Single(r => r.Code.ToString() == "2010302");
        Assert.Equal(Amount.Parse("50.00"), row.InitialBudget!.Total);
        Assert.Equal(Amount.Parse("0.00"), row.InitialBudget.Basic);
        Assert.Equal(Amount.Parse("50.00"), row.InitialBudget.Project);
        Assert.Null(row.AdjustedBudget); // no 调整预算数 group printed
        // Located in the 年初预算数 group (the leaf 合计 of column 3 is read in the first data band, so the path may stop at the group).
        Assert.StartsWith("年初预算数", d.TableSources["/tables/generalBudgetExpenditure/rows/3/initialBudget/total"].Column,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void OlderSummary_CombinedAppropriationRow_IsNotForcedIntoTheModel()
    {
        var (d, result) = Check("summary-older.html");
        var income = d.Report.Tables!.Summary!.Income!;
        // 其中：政府性基金预算财政拨款 20.00 is the government-fund appropriation; the combined 财政拨款收入 120.00 has no
        // field (the model keeps the three appropriations apart), so 一般公共预算 stays absent and is noted.
        Assert.Equal(Amount.Parse("20.00"), income.GovernmentFundAppropriation);
        Assert.Null(income.GeneralBudgetAppropriation);
        Assert.Contains(d.Notes, n => n.MessageZh.Contains("合并的财政拨款收入", System.StringComparison.Ordinal));
        // 用事业基金弥补收支差额 is the older name of 使用非财政拨款结余: 125.00 + 3.00 + 10.00 = 138.00.
        Assert.Equal(Amount.Parse("3.00"), income.UseOfNonAppropriationBalance);
        Assert.Equal(Amount.Parse("138.00"), income.GrandTotal);
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0102"));
        // The income total is never checked with a part missing (it would be a false Error: 125.00 ≠ 20.00 + 5.00).
        Assert.Equal(CheckOutcome.CouldNotRun, Outcome(result, "FA0101"));
        Assert.DoesNotContain(result.Diagnostics, x => x.Severity == Severity.Error
            && x.RuleId.StartsWith("FA01", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ThreePublic_WithMeetingAndTrainingColumns_BudgetAndFinalGroupsAbove()
    {
        var (d, result) = Check("three-public-with-meetings.html");
        var t7 = d.Report.Tables!.ThreePublic!;
        // 预算数 and 决算数 are groups above the items here; 会议费 and 培训费 are not 三公 items.
        Assert.Equal(Amount.Parse("2.00"), t7.Budget!.OverseasTravel);
        Assert.Equal(Amount.Parse("6.00"), t7.Budget.VehiclesSubtotal);
        Assert.Equal(Amount.Parse("0.00"), t7.Budget.VehiclePurchase);
        Assert.Equal(Amount.Parse("1.00"), t7.Budget.Reception);
        Assert.Equal(Amount.Parse("1.00"), t7.Final!.OverseasTravel);
        Assert.Equal(Amount.Parse("5.50"), t7.Final.VehicleOperation);
        Assert.Equal(Amount.Parse("0.50"), t7.Final.Reception);
        // The 合计 columns (20.00, 14.00) include 会议费 and 培训费, so they are not the 三公 total (9.00, 7.00).
        Assert.Null(t7.Budget.Total);
        Assert.Null(t7.Final.Total);
        Assert.Equal(CheckOutcome.Passed, Outcome(result, "FA0702"));
        Assert.DoesNotContain(result.Diagnostics, x => x.Severity == Severity.Error
            && x.RuleId.StartsWith("FA07", System.StringComparison.Ordinal));
    }
}
