using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 52 (r49fix, written at the merge): blind round 49's false Errors, each family with invented texts (none copied
/// from the round). Unnumbered item lines "名称（7位编码）：决算…" after a 款 line, with no full stop at the line ends, are
/// one item each (before: merged into the 款's item — FA2205 and a FA8003 per figure); a 分别为 run pairs its names and
/// amounts in order (before: the second amount was the first name's figure stated again — FA8003). Each fact gives the
/// Errors named in its summary with the base reader (9f3121c2).
/// </summary>
public class RoundFortyNineSessionFiftyTwoTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private static readonly (string Name, string Code)[] ArchiveItems =
        [("行政运行", "2012601"), ("一般行政管理事务", "2012602"), ("机关服务", "2012603"), ("事业运行", "2012650")];

    /// <summary>An invented 款 line and one unnumbered line per 项 (final, budget, prior), no full stop at any line end.</summary>
    private static string ItemLinesText(string classLine, (long Final, long Budget, long Prior)[] items)
    {
        var sb = new StringBuilder("某市档案局2021年度部门决算说明（节选）\n\n六、一般公共预算财政拨款支出决算情况说明\n");
        long final = 0, budget = 0, prior = 0;
        foreach (var (f, b, p) in items)
        {
            (final, budget, prior) = (final + f, budget + b, prior + p);
        }

        sb.Append(classLine).Append("决算").Append(GroupedMoney(final)).Append("万元，调整预算").Append(GroupedMoney(budget)).Append("万元，执行率")
            .Append(PercentOf(final, budget)).Append("%，上年决算数").Append(GroupedMoney(prior)).Append("万元").Append(Change(final, prior))
            .Append("，主要是人员增加\n");
        for (var i = 0; i < items.Length; i++)
        {
            var (f, b, p) = items[i];
            sb.Append(ArchiveItems[i].Name).Append('（').Append(ArchiveItems[i].Code).Append("）：决算").Append(GroupedMoney(f))
                .Append("万元，调整预算").Append(GroupedMoney(b)).Append("万元，执行率").Append(PercentOf(f, b)).Append("%，上年决算数")
                .Append(GroupedMoney(p)).Append("万元").Append(Change(f, p)).Append("，系工作任务调整\n");
        }

        return sb.ToString();
    }

    private static string Change(long now, long prior)
        => now == prior ? "，与上年持平"
            : (now > prior ? "，增加" : "，减少") + GroupedMoney(Math.Abs(now - prior)) + "万元，增长" + (now > prior ? "" : "率为-")
                + PercentOf(Math.Abs(now - prior), prior) + "%";

    /// <summary>
    /// "档案事务（款）…" then "行政运行（2012601）：决算…" lines without 。: the base gave FA2205 on the 款 and FA8003 on each later
    /// figure; now each line is its own item, with its own amount and budget, and no Error.
    /// </summary>
    [Theory]
    [InlineData("档案事务（款）2021年度")]
    [InlineData("档案事务（款）")]
    public void UnnumberedCodedItemLines_AreOneItemEach(string classLine)
    {
        var (read, diagnostics) = Read(ItemLinesText(classLine, [(41030, 42000, 39800), (20300, 22000, 21000), (2050, 2100, 2050)]));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("410.30", JsonAt(read.Report, Items + "1/amount"));
        Assert.Equal("420.00", JsonAt(read.Report, Items + "1/budget/budgetAmount"));
        Assert.Equal("203.00", JsonAt(read.Report, Items + "2/amount"));
        Assert.Equal("20.50", JsonAt(read.Report, Items + "3/amount"));
    }

    /// <summary>
    /// Property: a generated 款 line and two to four unnumbered 项 lines (consistent figures, increases, decreases or 持平) give
    /// no Error, and each 项 line's amount is its own item's.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property GeneratedItemLines_GiveOneItemPerLineAndNoError()
    {
        var item =
            from budget in Gen.Choose(10_000, 900_000)
            from pct in Gen.Choose(80, 100)
            from prior in Gen.Choose(10_000, 900_000)
            select ((long)budget * pct / 100, (long)budget, (long)prior);
        var gen = Gen.Choose(2, 4).SelectMany(n => Gen.ArrayOf(item, n));
        return Prop.ForAll(gen.ToArbitrary(), items =>
        {
            var (read, diagnostics) = Read(ItemLinesText("档案事务（款）", items));
            var own = items.Select((t, i) => JsonAt(read.Report, Items + (i + 1) + "/amount") == PlainMoney(t.Item1)).All(x => x);
            return (own && Of(diagnostics, Severity.Error).Length == 0).Label(string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }

    /// <summary>
    /// "…因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、9.40万元、3.20万元": the base read every amount as the last
    /// name's (FA8003 twice); now each name has its amount.
    /// </summary>
    [Fact]
    public void ARespectiveList_PairsNamesAndAmountsInOrder()
    {
        var (read, diagnostics) = Read("某市档案局2021年度部门决算说明（节选）\n\n八、“三公”经费财政拨款支出决算情况说明\n"
            + "2021年度“三公”经费财政拨款支出12.60万元，其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、"
            + "9.40万元、3.20万元。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("9.40", JsonAt(read.Report, "/narrative/threePublic/vehiclesSubtotal/amount"));
        Assert.Equal("3.20", JsonAt(read.Report, "/narrative/threePublic/reception/amount"));
    }

    /// <summary>
    /// Property: "其中：财政拨款收入、其他收入分别为X万元、Y万元" with generated amounts (and 和 before the last name) gives each name
    /// its amount and no Error.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property AGeneratedRespectiveIncomeList_PairsInOrder()
    {
        var gen =
            from fiscal in Gen.Choose(100_000, 9_000_000)
            from other in Gen.Choose(100, 90_000)
            from joiner in Gen.Elements("、", "和")
            select (fiscal, other, joiner);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = "某市档案局2021年度部门决算说明（节选）\n\n二、收入决算情况说明\n本年收入" + GroupedMoney(t.fiscal + t.other)
                + "万元，其中：财政拨款收入" + t.joiner + "其他收入分别为" + GroupedMoney(t.fiscal) + "万元、" + GroupedMoney(t.other) + "万元。\n";
            var (read, diagnostics) = Read(text);
            return (Of(diagnostics, Severity.Error).Length == 0
                && JsonAt(read.Report, "/narrative/income/fiscalAppropriation/amount") == PlainMoney(t.fiscal)
                && JsonAt(read.Report, "/narrative/income/otherIncome/amount") == PlainMoney(t.other))
                .Label(string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }
}
