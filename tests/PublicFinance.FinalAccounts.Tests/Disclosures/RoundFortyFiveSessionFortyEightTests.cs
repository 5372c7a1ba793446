using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (round45): blind round 45's false Errors, as families of our own invented texts — a part named after 其中 that the income
/// section has no field for ("其中门诊收入…") is never the
/// section's total (before: a false FA1202 and FA8003; the next name of the list, after "、", is still read as the total).
/// </summary>
public sealed class RoundFortyFiveSessionFortyEightTests
{
    private const string Title = "某县林业局2022年度部门决算说明\n\n";

    /// <summary>
    /// "本年收入中事业收入占比最大，其中门诊收入…、住院收入…": parts of a kind the income section has no field for are never its
    /// total (before: 门诊收入 was read as 本年收入, a false FA1202 against the sources, and 住院收入 a false FA8003).
    /// </summary>
    [Fact]
    public void NamedPartAfterQizhong_IsNotTheIncomeTotal()
    {
        var (read, diagnostics) = Read("某县人民医院2022年度单位决算说明\n\n（一）收入决算情况\n"
            + "2022年度财政拨款收入800.00万元，事业收入4200.00万元。\n"
            + "本年收入中事业收入占比最大，其中门诊收入1800.00万元、住院收入2300.00万元。\n");

        Assert.NotEqual("1800.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
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
