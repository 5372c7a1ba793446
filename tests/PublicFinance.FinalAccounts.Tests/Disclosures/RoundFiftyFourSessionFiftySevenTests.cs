using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 57 (r54fix): blind round 54's code-first 项 lines, with invented texts (none copied from the round):
/// "（2010301）行政运行：年初预算…万元，调整预算…万元，决算数…万元，决算数为调整预算数的…%". The bracketed code was taken for a
/// list number, so the line's budgets went to the section's total as figures of another kind (notes) and the item was
/// missed; now each line is its own item of <c>generalBudget/items</c>.
/// </summary>
public class RoundFiftyFourSessionFiftySevenTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private static readonly (string Code, string Name)[] OfficeItems =
        [("2010301", "行政运行"), ("2010302", "一般行政管理事务"), ("2080505", "机关事业单位基本养老保险缴费支出"), ("2210201", "住房公积金")];

    /// <summary>
    /// An invented 一般公共预算 section: its total line, then one code-first line per item (initial budget, adjusted budget,
    /// final, in hundredths), the rate written on the adjusted budget (or <paramref name="wrongRate"/> on the first item).
    /// </summary>
    private static string CodeFirstText((long Initial, long Adjusted, long Final)[] items, string? wrongRate = null, string mark = "")
    {
        long initial = 0, adjusted = 0, final = 0;
        foreach (var (i, a, f) in items)
        {
            (initial, adjusted, final) = (initial + i, adjusted + a, final + f);
        }

        var sb = new StringBuilder("某县政府办公室2022年度部门决算说明（节选）\n三、一般公共预算财政拨款支出决算情况\n");
        sb.Append("2022年度一般公共预算财政拨款支出年初预算").Append(GroupedMoney(initial)).Append("万元，调整预算")
            .Append(GroupedMoney(adjusted)).Append("万元，决算数").Append(GroupedMoney(final)).Append("万元，决算数为调整预算数的")
            .Append(PercentOf(final, adjusted)).Append("%。按项目分：\n");
        for (var n = 0; n < items.Length; n++)
        {
            var (i, a, f) = items[n];
            var rate = n == 0 && wrongRate is not null ? wrongRate : PercentOf(f, a);
            sb.Append(mark.Replace("N", (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('（')
                .Append(OfficeItems[n].Code).Append('）').Append(OfficeItems[n].Name).Append("：年初预算").Append(GroupedMoney(i))
                .Append("万元，调整预算").Append(GroupedMoney(a)).Append("万元，决算数").Append(GroupedMoney(f))
                .Append("万元，决算数为调整预算数的").Append(rate).Append("%。\n");
        }

        sb.Append("决算数低于调整预算数，主要是部分项目按进度结转下年支付。\n");
        return sb.ToString();
    }

    /// <summary>Unnumbered and numbered code-first lines: each is its own item, with its budgets, final and rate; no Error.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("N.")]
    public void CodeFirstItemLines_AreOneItemEach(string mark)
    {
        var (read, diagnostics) = Read(CodeFirstText([(52000, 54050, 53118), (12000, 13500, 12677), (8830, 9120, 9120)], mark: mark));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("531.18", JsonAt(read.Report, Items + "0/amount"));
        Assert.Equal("520.00", JsonAt(read.Report, Items + "0/budget/budgetAmount"));
        Assert.Equal("540.50", JsonAt(read.Report, Items + "0/secondBudget/budgetAmount"));
        Assert.Equal("126.77", JsonAt(read.Report, Items + "1/amount"));
        Assert.Equal("135.00", JsonAt(read.Report, Items + "1/secondBudget/budgetAmount"));
        Assert.Equal("91.20", JsonAt(read.Report, Items + "2/amount"));
    }

    /// <summary>An item's rate computed on its initial budget instead of its adjusted one is a FA2201 on that item.</summary>
    [Fact]
    public void CodeFirstItem_RateOnTheWrongBase_IsAnError()
    {
        // 531.18 / 520.00 = 102.15 %; on the adjusted budget 540.50 it is 98.28 %.
        var (_, diagnostics) = Read(CodeFirstText([(52000, 54050, 53118), (12000, 13500, 12677)], wrongRate: "102.15"));

        Assert.Contains(Of(diagnostics, Severity.Error), e => e.StartsWith("FA2201 " + Items + "0/", StringComparison.Ordinal));
    }

    /// <summary>Property: generated code-first lines (finals at or below their adjusted budgets) give one item a line, no Error.</summary>
    [Property(MaxTest = 20)]
    public Property GeneratedCodeFirstLines_GiveOneItemPerLineAndNoError()
    {
        var item =
            from initial in Gen.Choose(10_000, 900_000)
            from up in Gen.Choose(0, 20)
            from pct in Gen.Choose(85, 100)
            let adjusted = (long)initial * (100 + up) / 100
            select ((long)initial, adjusted, adjusted * pct / 100);
        var gen = Gen.Choose(2, 4).SelectMany(n => Gen.ArrayOf(item, n));
        return Prop.ForAll(gen.ToArbitrary(), items =>
        {
            var (read, diagnostics) = Read(CodeFirstText(items));
            var own = items.Select((t, i) => JsonAt(read.Report, Items + i + "/amount") == PlainMoney(t.Item3)).All(x => x);
            return (own && Of(diagnostics, Severity.Error).Length == 0).Label(string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }
}
