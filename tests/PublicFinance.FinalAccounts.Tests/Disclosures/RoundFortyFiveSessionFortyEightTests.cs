using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (round45): blind round 45's false Errors, as families of our own invented texts — a 项 item whose code is
/// written in square brackets after its level mark ("2.…（项）[2130204]：年初预算…") is the item (before: items (1) and (2)
/// were read as the section total's budget comparison, one over the other: false FA1208 and FA8003); a part named after 其中 that the income section has no field for ("其中门诊收入…") is never the
/// section's total, nor is the next name of its list after "、" (before: a false FA1202 and FA8003).
/// </summary>
public sealed class RoundFortyFiveSessionFortyEightTests
{
    private const string Title = "某县林业局2022年度部门决算说明\n\n";

    /// <summary>Items 1 and 2 of a 项 list with the code in square brackets, each on its own line.</summary>
    private const string BracketedItems = "三、一般公共预算财政拨款支出决算情况\n"
        + "2022年度一般公共预算财政拨款支出1480.00万元。\n"
        + "1.农林水支出（类）林业和草原（款）行政运行（项）[2130201]：年初预算900.00万元，支出决算880.00万元，完成年初预算的97.78%。\n"
        + "2.农林水支出（类）林业和草原（款）事业机构（项）[2130204]：年初预算640.00万元，支出决算600.00万元，完成年初预算的93.75%。\n";

    /// <summary>
    /// "1.…（项）[2130201]：年初预算…，支出决算…" and "2.…[2130204]…": two items with their own codes and budgets, no Error
    /// (before: FA1208 and FA8003, the second item read over the first as the section total's).
    /// </summary>
    [Fact]
    public void ItemsWithSquareBracketedCodes_AreItems()
    {
        var (read, diagnostics) = Read(Title + BracketedItems);

        Assert.Empty(Errors(diagnostics));
        var codes = Enumerable.Range(0, 4).SelectMany(i => new[]
        {
            At(read, $"/narrative/generalBudget/items/{i}/code"), At(read, $"/narrative/appropriation/items/{i}/code"),
        }).ToList();
        Assert.Contains("2130201", codes);
        Assert.Contains("2130204", codes);
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/budget/finalAmount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/budget/finalAmount"));
    }

    /// <summary>The twin: a wrong completion rate of item (2) (600.00 / 640.00 = 93.75 %, written 95.75 %) is still an Error.</summary>
    [Fact]
    public void ItemsWithSquareBracketedCodes_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(Title + BracketedItems.Replace("93.75%", "95.75%", StringComparison.Ordinal));

        Assert.NotEmpty(Errors(diagnostics));
    }

    /// <summary>
    /// "本年收入中事业收入占比最大，其中门诊收入…、住院收入…": parts of a kind the income section has no field for are never its
    /// total (before: 门诊收入 was read as 本年收入, a false FA1202 against the sources, and 住院收入 a false FA8003).
    /// </summary>
    [Fact]
    public void NamedPartAfterQizhong_IsNotTheIncomeTotal()
    {
        var (read, diagnostics) = Read("某县人民医院2022年度单位决算说明\n\n（一）收入决算情况\n"
            + "2022年度本年收入合计5000.00万元，其中财政拨款收入800.00万元、事业收入4200.00万元。\n"
            + "本年收入中事业收入占比最大，其中门诊收入1800.00万元、住院收入2300.00万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("5000.00", JsonAt(read, "/narrative/income/total/amount"));
    }

    /// <summary>Near miss: "其中：收入…" (no name before the word) and "本年收入…" still name the total.</summary>
    [Fact]
    public void BareIncomeWord_StillTheTotal()
    {
        var (read, _) = Read("某县人民医院2022年度单位决算说明\n\n（一）收入决算情况\n2022年度收入5000.00万元，其中财政拨款收入800.00万元。\n");

        Assert.Equal("5000.00", JsonAt(read, "/narrative/income/total/amount"));
    }

    /// <summary>
    /// Invariant: whatever part name stands after 其中 (a name the section has no field for) and whatever its amount, the income
    /// total stays the one stated first and no Error is given.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property NamedPartsAfterQizhong_NeverTheTotal()
    {
        var names = Gen.Elements("门诊收入", "住院收入", "培训收入", "检测收入", "租赁收入");
        var amounts = Gen.Choose(1, 3999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".00");
        return Prop.ForAll(names.ToArbitrary(), amounts.ToArbitrary(), (name, amount) =>
        {
            var (read, diagnostics) = Read("某县人民医院2022年度单位决算说明\n\n（一）收入决算情况\n"
                + "2022年度本年收入合计5000.00万元，其中财政拨款收入800.00万元、事业收入4200.00万元。\n"
                + $"事业收入中，其中{name}{amount}万元。\n");
            return JsonAt(read, "/narrative/income/total/amount") == "5000.00"
                && !diagnostics.Any(d => d.Severity == Severity.Error);
        });
    }
}
