using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A completion rate after the item's budget and its final in one sentence (session 45, issue 8): "年初预算 620.00 万元，决算
/// 651.00 万元，完成 105.00%" (the final between the budget and a bare 完成) and "预算数 620.00 万元，决算数 651.00 万元，决算数占
/// 预算数的 105.00%" (the final as a share of the budget) — the item's <c>budget/completionRate</c>. A change or a share
/// between, a share of another figure, or no budget in the sentence leaves the rate a note.
/// </summary>
public class ItemRatesSessionFortyFiveTests
{
    private const string Head = "凤凰县统计局2022年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n";

    private const string Item = "1.一般公共服务支出（类）统计信息事务（款）行政运行（项）：";

    private const string Rate = "/narrative/generalBudget/items/0/budget/completionRate";

    [Theory]
    [InlineData("年初预算620.00万元，决算651.00万元，完成105.00%，主要是人员工资调整。")]
    [InlineData("年初预算为620.00万元，支出决算为651.00万元，完成105.00%。")]
    [InlineData("预算数620.00万元，决算数651.00万元，决算数占预算数的105.00%。")]
    [InlineData("年初预算620.00万元，决算651.00万元，决算占年初预算的105.00%。")]
    public void ARateAfterTheBudgetAndTheFinal_IsTheItemsCompletionRate(string sentence)
    {
        var (read, errors) = ReadWithErrors(Head + Item + sentence + "\n");
        Assert.Empty(errors);
        Assert.Equal("105.00", JsonAt(read, Rate));
        Assert.Equal("620.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("651.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
    }

    [Theory]
    [InlineData("年初预算620.00万元，决算651.00万元，比上年增加31.00万元，完成105.00%。")]   // a change between
    [InlineData("决算651.00万元，完成105.00%。")]                                            // no budget in the sentence
    [InlineData("年初预算620.00万元，决算651.00万元，决算数占本年支出的105.00%。")]         // a share of another figure
    public void ARateNotRightAfterTheBudgetAndItsFinal_IsNoCompletionRate(string sentence)
    {
        var (read, _) = ReadWithErrors(Head + Item + sentence + "\n");
        Assert.Null(JsonAt(read, Rate));
    }

    [Theory]
    [InlineData("，决算数占预算数的", true)]
    [InlineData("决算占年初预算的", true)]
    [InlineData("，支出决算数占调整预算数的", true)]
    [InlineData("，决算数占本年支出的", false)]
    [InlineData("，占预算数的", false)]
    [InlineData("，人员经费占预算的", false)]
    public void TheFinalAsAShareOfTheBudget_IsRecognisedByItsWords(string label, bool expected)
        => Assert.Equal(expected, NarrativeReader.IsFinalShareOfBudget(label));

    /// <summary>
    /// Property: for any budget and final (万元, two decimals) the rate written as final / budget rounded to two decimals is
    /// read as the item's completion rate and raises no Error.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnyConsistentRate_IsReadAndPasses(PositiveInt budgetCents, PositiveInt finalCents, bool shareWording)
    {
        var budget = 10m + budgetCents.Get % 500_000 / 100m;
        var final = 10m + finalCents.Get % 500_000 / 100m;
        var rate = Math.Round(final / budget * 100m, 2, MidpointRounding.AwayFromZero);
        string F(decimal d) => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var sentence = shareWording
            ? $"预算数{F(budget)}万元，决算数{F(final)}万元，决算数占预算数的{F(rate)}%。"
            : $"年初预算{F(budget)}万元，决算{F(final)}万元，完成{F(rate)}%。";
        var (read, errors) = ReadWithErrors(Head + Item + sentence + "\n");
        return errors.Length == 0 && JsonAt(read, Rate) == F(rate);
    }
}
