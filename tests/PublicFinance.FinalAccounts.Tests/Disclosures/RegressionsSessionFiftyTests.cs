using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 50 (regress50): the regressions and residues of session 49, each with invented texts of its own. A 说明 whose
/// “三公” table (预算数 | 决算数, titled) is read as the report's table keeps the items' budget comparisons of its rows in
/// the narrative when they add up to the text's own total: an item below its budget without a reason is a Warning
/// (FA2206), as it was before session 49 read Traditional titles; a table whose 合计 disagrees stays one Error (FA0701).
/// </summary>
public class RegressionsSessionFiftyTests
{
    /// <summary>An invented Traditional 说明's “三公” section: the sentence's total, then its titled table.</summary>
    private static string TraditionalText(string total, string vehicles, string reception)
        => "某市某區園林局2021年度部門決算說明\n四、“三公”經費支出情況\n2021年度“三公”經費財政撥款支出" + total
        + "萬元，完成預算的" + Rate(total, "30.00") + "%。詳見表七。\n表七 “三公”經費支出決算表（單位：萬元）\n"
        + "| 項目 | 預算數 | 決算數 |\n| 合計 | 30.00 | " + total + " |\n| 因公出國（境）費 | 0.00 | 0.00 |\n"
        + "| 公務用車購置及運行維護費 | 18.00 | " + vehicles + " |\n| 公務接待費 | 12.00 | " + reception + " |\n";

    /// <summary>
    /// Generalisation text 35's pattern, invented: a Traditional 三公 table with 預算數 | 決算數 columns whose item rows are
    /// below their budgets, the text giving no reason. Since session 49 the table is the report's (表七 read through the
    /// normalised title); the items' comparisons were then left to the table and FA2206 asked for no reason. Now each
    /// item below its budget is a Warning again, the table is still read, and there is no Error.
    /// </summary>
    [Fact]
    public void TraditionalThreePublicTable_ItemsBelowTheirBudgets_AskForAReason()
    {
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(TraditionalText("25.50", "15.20", "10.30"), "tc");
        Assert.Equal("25.50", report.Tables?.ThreePublic?.Final?.Total?.ToString());
        Assert.Equal("18.00", report.Narrative?.ThreePublic?.VehiclesSubtotal?.Budget?.BudgetAmount?.ToString());
        var warned = diagnostics.Where(d => d.RuleId == "FA2206").SelectMany(d => d.Pointers).ToList();
        Assert.Contains("/narrative/threePublic/vehiclesSubtotal/budget", warned);
        Assert.Contains("/narrative/threePublic/reception/budget", warned);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>
    /// The same table whose 合计 (26.50) is not the sum of its rows (15.20 + 10.30 = 25.50): the rows are left to the table
    /// as before, so the wrong 合计 is one Error (the table's FA0701), never FA1207 on the same cells too.
    /// </summary>
    [Fact]
    public void TraditionalThreePublicTable_AWrongTotal_IsStillOneError()
    {
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(TraditionalText("26.50", "15.20", "10.30"), "tw");
        Assert.Null(report.Narrative?.ThreePublic?.Reception);
        Assert.Equal(["FA0701"], diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId).Distinct());
    }

    /// <summary>
    /// Invariant: whatever the item rows of a titled 三公 table inside a 说明, the table's cells are never checked twice —
    /// no FA1207 beside the table (its sums are FA0701's), the rows' sum agreeing with the 合计 gives no Error at all, and
    /// when it agrees every item row below its budget is asked for a reason (FA2206) and no other is.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property ThreePublicTableRows_AreCheckedOnce()
    {
        var gen =
            from vehicles in Gen.Choose(1, 1800)
            from reception in Gen.Choose(1, 1200)
            from offset in Gen.Elements(0, 0, 100, 50)
            select (vehicles, reception, offset);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var total = Money(t.vehicles + t.reception + t.offset);
            var (_, diagnostics) = BlindCompleteCorpusTests.Check(
                TraditionalText(total, Money(t.vehicles), Money(t.reception)), "tp");
            var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId).Distinct().ToList();
            var warned = diagnostics.Where(d => d.RuleId == "FA2206").SelectMany(d => d.Pointers).ToHashSet();
            var itemsAsked = t.offset != 0
                || warned.Contains("/narrative/threePublic/vehiclesSubtotal/budget") == (t.vehicles != 1800)
                && warned.Contains("/narrative/threePublic/reception/budget") == (t.reception != 1200);
            return !errors.Contains("FA1207") && (t.offset != 0 || errors.Count == 0) && itemsAsked;
        });
    }

    /// <summary>An amount in 分 written in 万元 with two decimals.</summary>
    private static string Money(int fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The completion rate of <paramref name="final"/> against <paramref name="budget"/>, in percent, two decimals.</summary>
    private static string Rate(string final, string budget)
        => Math.Round(decimal.Parse(final, CultureInfo.InvariantCulture) * 100m / decimal.Parse(budget, CultureInfo.InvariantCulture),
            2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
