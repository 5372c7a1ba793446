using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 50 (pairs50, blind round 46 t06 and t08), as our own invented texts: two years side by side with the prior one
/// nameless ("2025年本年支出 A 万元，2024年为 B 万元，增加 C 万元") — B is A's prior-year amount, and a wrong C is FA2105, the
/// rate not blamed; the 项 table written as key–value lines ("科目编码：…；科目名称：…；年初预算：…；决算数：…") read as the
/// coded table it stands for, whatever the keys' order.
/// </summary>
public sealed class PairsSessionFiftyTests
{
    private const string Overall = "松岭市科学技术局2025年度部门决算说明\n\n二、收入支出决算总体情况\n";

    private const string Expenditure = "/narrative/overall/currentYearExpenditure";

    /// <summary>"2025年本年支出 8000.00 万元，2024年为 7500.00 万元，增加 500.00 万元": 7500.00 is the prior-year amount.</summary>
    [Fact]
    public void ANamelessPriorYear_RightAfterAFigure_IsItsPriorYear()
    {
        var (read, diagnostics) = Read(Overall + "2025年本年支出8000.00万元，2024年为7500.00万元，增加500.00万元，增长6.67%，主要是新增科研平台建设。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("8000.00", JsonAt(read, Expenditure + "/amount"));
        Assert.Equal("7500.00", JsonAt(read, Expenditure + "/change/priorYearAmount"));
        Assert.Equal("500.00", JsonAt(read, Expenditure + "/change/amount"));
    }

    /// <summary>A change that is not this year − the prior year is one Error on the change (FA2105), none on the rate.</summary>
    [Fact]
    public void AWrongChange_OfATwoYearPair_IsOneErrorOnTheChange()
    {
        var (_, diagnostics) = Read(Overall + "2025年本年收入9200.00万元，2024年为8600.00万元，增加660.00万元，增长6.98%，主要是科研项目经费增加。\n");
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Single(errors);
        Assert.Equal("FA2105", errors[0].RuleId);
    }

    /// <summary>Words between the figure and the prior year ("…，主要用于…，2024年为…"): not placed.</summary>
    [Fact]
    public void ANamelessPriorYear_AfterOtherWords_IsNotPlaced()
    {
        var (read, diagnostics) = Read(Overall + "2025年本年支出8000.00万元，主要用于科研项目，2024年为7500.00万元，增加500.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Expenditure + "/change/priorYearAmount"));
    }

    /// <summary>"（1）行政运行（项）（2010101）：2025年支出…，2024年支出…，增加…": the item's prior year and change.</summary>
    [Fact]
    public void AnItemsTwoYears_WithTheVerb_AreItsPriorYearAndChange()
    {
        var (read, diagnostics) = Read("松岭市科学技术局2025年度部门决算说明\n\n六、一般公共预算财政拨款支出决算情况\n"
            + "2025年一般公共预算财政拨款支出900.00万元。其中科学技术支出（类）技术研究与开发（款）各项：\n"
            + "（1）应用技术研究与开发（项）（2060301）：2025年支出620.00万元，2024年支出580.00万元，增加40.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("580.00", JsonAt(read, "/narrative/generalBudget/items/0/change/priorYearAmount"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/generalBudget/items/0/change/amount"));
    }

    /// <summary>
    /// Property: a generated two-year sentence reads both years to their periods (the report year's figure, the prior
    /// year's amount) and gives exactly one Error when the stated change is wrong, none when it is right.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property GeneratedTwoYearPairs_ReadBothYears_AndAWrongChangeIsOneError()
    {
        var pairs =
            from prior in Gen.Choose(1000, 90000)
            from delta in Gen.Choose(1, 9000)
            from wrong in Gen.Elements(0, 0, 900)
            select (prior, delta, wrong);
        return Prop.ForAll(pairs.ToArbitrary(), p =>
        {
            string Money(int cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
            var current = p.prior + p.delta;
            var (read, diagnostics) = Read(Overall + $"2025年本年支出{Money(current)}万元，2024年为{Money(p.prior)}万元，"
                + $"增加{Money(p.delta + p.wrong)}万元，主要是科研项目增加。\n");
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            return JsonAt(read, Expenditure + "/amount") == Money(current)
                && JsonAt(read, Expenditure + "/change/priorYearAmount") == Money(p.prior)
                && errors == (p.wrong == 0 ? 0 : 1);
        });
    }

    private const string Budget = "松岭市中级人民法院2025年度部门决算说明\n\n（四）一般公共预算财政拨款支出决算情况\n单位：万元\n";

    /// <summary>Key–value 项 lines: each item with its code, budget, amount and rate, no Error.</summary>
    [Fact]
    public void KeyValueItemLines_AreReadAsTheCodedTable()
    {
        var (read, diagnostics) = Read(Budget
            + "科目编码：2040501；科目名称：行政运行；年初预算：2100.00；决算数：2058.00；决算数为年初预算的98.00%\n"
            + "科目编码：2040504；科目名称：案件审判；年初预算：500.00；决算数：520.00；决算数为年初预算的104.00%\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2040501", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("2058.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("2100.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("98.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate"));
        Assert.Equal("2040504", JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("520.00", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
    }

    /// <summary>A wrong 完成率 in a key–value line is the coded table's Error on the rate.</summary>
    [Fact]
    public void AWrongRateInAKeyValueLine_IsAnError()
    {
        var (_, diagnostics) = Read(Budget + "科目编码：2040501；科目名称：行政运行；年初预算：2100.00；决算数：2058.00；完成率：89.00%\n");
        Assert.Single(diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>A key twice or a name where a figure should be: the line is not read as an item line.</summary>
    [Fact]
    public void AnUncertainKeyValueLine_IsNotAnItem()
    {
        var (read, diagnostics) = Read(Budget + "科目编码：2040501；科目名称：行政运行；决算数：2100.00；决算数：2058.00\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
    }

    /// <summary>Property: a key–value line in any key order, cut by ；, tabs or ；+space, reads the same item.</summary>
    [Property(MaxTest = 25)]
    public Property KeyValueLines_InAnyKeyOrder_ReadTheSameItem()
    {
        string[] pairs = ["科目编码：2040502", "科目名称：一般行政管理事务", "年初预算：300.00", "决算数：285.00", "完成率：95.00%"];
        var orders =
            from keys in Gen.Shuffle(pairs)
            from separator in Gen.Elements("；", "\t", "； ")
            select (keys, separator);
        return Prop.ForAll(orders.ToArbitrary(), o =>
        {
            var (read, diagnostics) = Read(Budget + string.Join(o.separator, o.keys) + "\n");
            return !diagnostics.Any(d => d.Severity == Severity.Error)
                && JsonAt(read, "/narrative/generalBudget/items/0/code") == "2040502"
                && JsonAt(read, "/narrative/generalBudget/items/0/amount") == "285.00"
                && JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount") == "300.00"
                && JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate") == "95.00";
        });
    }
}
