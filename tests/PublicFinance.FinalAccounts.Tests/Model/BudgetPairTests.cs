using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Model;

/// <summary>
/// A figure's two budget comparisons (BudgetPair): a with-expression swaps them, a real pair of one basis is refused —
/// from code and, located, from JSON.
/// </summary>
public class BudgetPairTests
{
    private static readonly BudgetComparison Initial = new() { Kind = BudgetKind.Initial, BudgetAmount = Amount.FromDecimal(480.00m) };
    private static readonly BudgetComparison FullYear = new() { Kind = BudgetKind.FullYear, BudgetAmount = Amount.FromDecimal(520.00m) };

    [Fact]
    public void AWithExpression_SwapsTheTwo_OnEveryRecordThatHasThem()
    {
        var figure = new StatedFigure { Amount = Amount.FromDecimal(500.00m), Budget = Initial, SecondBudget = FullYear };
        var swapped = figure with { Budget = figure.SecondBudget, SecondBudget = figure.Budget };
        Assert.Equal(FullYear, swapped.Budget);
        Assert.Equal(Initial, swapped.SecondBudget);
        Assert.Equal(figure, swapped with { Budget = swapped.SecondBudget, SecondBudget = swapped.Budget });

        var overall = new OverallStatement { Budget = Initial, SecondBudget = FullYear };
        Assert.Equal(FullYear, (overall with { Budget = overall.SecondBudget, SecondBudget = overall.Budget }).Budget);
        var appropriation = new AppropriationStatement { Budget = Initial, SecondBudget = FullYear };
        var swappedAppropriation = appropriation with { SecondBudget = appropriation.Budget, Budget = appropriation.SecondBudget };
        Assert.Equal(Initial, swappedAppropriation.SecondBudget);
    }

    [Fact]
    public void AWithExpression_SettingOneBasis_KeepsTheOther()
    {
        // Budget = a 全年 comparison while the copy's SecondBudget is 全年: the old 年初 Budget moves to SecondBudget.
        var figure = new StatedFigure { Amount = Amount.FromDecimal(500.00m), Budget = Initial, SecondBudget = FullYear };
        var other = FullYear with { BudgetAmount = Amount.FromDecimal(530.00m) };
        var changed = figure with { Budget = other };
        Assert.Equal(other, changed.Budget);
        Assert.Equal(Initial, changed.SecondBudget);
    }

    [Fact]
    public void ARealPairOfOneBasis_IsRefused()
    {
        Assert.Throws<ArgumentException>(() =>
            new StatedFigure { Amount = Amount.FromDecimal(1m), Budget = Initial, SecondBudget = Initial with { } });
        var figure = new StatedFigure { Amount = Amount.FromDecimal(1m), Budget = Initial, SecondBudget = FullYear };
        Assert.Throws<ArgumentException>(() => figure with { Budget = FullYear, SecondBudget = FullYear });
        Assert.Throws<ArgumentException>(() => new OverallStatement { SecondBudget = FullYear, Budget = FullYear });
    }

    [Fact]
    public void ARealPairOfOneBasis_FromJson_IsALocatedError()
    {
        var json = """
            {"schemaVersion":"1.6","entity":{"name":"测试单位","fiscalYear":2024},"unit":"wanYuan",
            "narrative":{"income":{"total":{"amount":"1.00","budget":{"kind":"initial"},"secondBudget":{"kind":"initial"}}}}}
            """;
        var error = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));
        Assert.Contains("secondBudget", error.Path, StringComparison.Ordinal);
    }

    /// <summary>Swapping twice is the identity, and a swap never throws, whatever the two comparisons of distinct bases.</summary>
    [Property(MaxTest = 200)]
    public Property Swaps_RoundTrip(bool initialFirst, int budget, int second)
    {
        var a = new BudgetComparison
        {
            Kind = initialFirst ? BudgetKind.Initial : BudgetKind.FullYear, BudgetAmount = Amount.FromDecimal(budget),
        };
        var b = new BudgetComparison
        {
            Kind = initialFirst ? BudgetKind.FullYear : BudgetKind.Initial, BudgetAmount = Amount.FromDecimal(second),
        };
        var figure = new StatedFigure { Amount = Amount.FromDecimal(1m), Budget = a, SecondBudget = b };
        var swapped = figure with { Budget = figure.SecondBudget, SecondBudget = figure.Budget };
        var back = swapped with { SecondBudget = swapped.Budget, Budget = swapped.SecondBudget };
        return (swapped.Budget == b && swapped.SecondBudget == a && back == figure).ToProperty();
    }
}
