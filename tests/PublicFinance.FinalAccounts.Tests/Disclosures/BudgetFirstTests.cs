using System.Globalization;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Budgets stated before the final amount (预算在前, issue 8): "年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 Z%",
/// "调整预算 A 万元，实际支出 B 万元", and both budgets before the final. The texts are invented: 支出 499.20 万元 against
/// 年初预算 480.00 (499.20 / 480.00 = 104.00 %) and 全年预算 520.00 (499.20 / 520.00 = 96.00 %), so every rate stated right
/// raises no Error and the final is the figure's amount.
/// </summary>
public class BudgetFirstTests
{
    private const string Head = "某县某局2024年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出";

    /// <summary>One budget, then the final in several wordings (决算数, 支出决算, 实际支出, 实际执行数): the final is the
    /// comparison's and the figure's amount, the rate on the basis named.</summary>
    [Theory]
    [InlineData("年初预算为480.00万元，支出决算为499.20万元，完成年初预算的104.00%。", BudgetKind.Initial, "480.00", "104.00%")]
    [InlineData("年初预算480.00万元，决算数499.20万元，完成年初预算的104.00%。", BudgetKind.Initial, "480.00", "104.00%")]
    [InlineData("调整预算520.00万元，实际支出499.20万元，完成调整预算的96.00%。", BudgetKind.FullYear, "520.00", "96.00%")]
    [InlineData("调整后预算为520.00万元，实际支出为499.20万元，完成调整后预算的96.00%。", BudgetKind.FullYear, "520.00", "96.00%")]
    [InlineData("年初预算为480.00万元，实际执行数为499.20万元，完成年初预算的104.00%。", BudgetKind.Initial, "480.00", "104.00%")]
    [InlineData("全年预算数为520.00万元，实际支出数为499.20万元，完成全年预算的96.00%。", BudgetKind.FullYear, "520.00", "96.00%")]
    public void OneBudgetThenTheFinal_TheFinalIsTheFiguresAmount(string sentence, BudgetKind kind, string budget, string rate)
    {
        var (read, diagnostics) = Read(Head + sentence + "\n");
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Equal("499.20", total.Amount.ToString());
        Assert.Equal(kind, total.Budget!.Kind);
        Assert.Equal(budget, total.Budget.BudgetAmount.ToString());
        Assert.Equal("499.20", total.Budget.FinalAmount.ToString());
        Assert.Equal(rate, total.Budget.CompletionRate.ToString());
        Assert.Null(total.SecondBudget);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Both budgets, then the final (either budget first): the final is of both comparisons, each rate on its own basis, and
    /// the report declares 1.6.
    /// </summary>
    [Theory]
    [InlineData("年初预算为480.00万元，全年预算为520.00万元，支出决算为499.20万元，完成年初预算的104.00%，完成全年预算的96.00%。")]
    [InlineData("全年预算为520.00万元，年初预算为480.00万元，决算数为499.20万元，完成全年预算的96.00%，完成年初预算的104.00%。")]
    [InlineData("年初预算480.00万元，调整预算520.00万元，实际支出499.20万元，完成年初预算的104.00%，完成调整预算的96.00%。")]
    public void BothBudgetsThenTheFinal_TheFinalIsOfBoth(string sentence)
    {
        var (read, diagnostics) = Read(Head + sentence + "决算数大于年初预算数的主要原因是年中追加经费。\n");
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Equal("499.20", total.Amount.ToString());
        var initial = total.BudgetOf(BudgetKind.Initial)!;
        var fullYear = total.BudgetOf(BudgetKind.FullYear)!;
        Assert.Equal("480.00", initial.BudgetAmount.ToString());
        Assert.Equal("499.20", initial.FinalAmount.ToString());
        Assert.Equal("104.00%", initial.CompletionRate.ToString());
        Assert.Equal("520.00", fullYear.BudgetAmount.ToString());
        Assert.Equal("499.20", fullYear.FinalAmount.ToString());
        Assert.Equal("96.00%", fullYear.CompletionRate.ToString());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1.6", read.Report.SchemaVersion);
    }

    /// <summary>
    /// A rate stated wrong after budgets stated first is one FA2201 on its basis: 完成全年预算的 97.00 % (499.20 / 520.00 is
    /// 96.00 %) at the 全年 comparison, the second stated here.
    /// </summary>
    [Fact]
    public void ARateWrongAfterBudgetsFirst_IsOneErrorOnItsBasis()
    {
        var (_, diagnostics) = Read(Head
            + "年初预算为480.00万元，全年预算为520.00万元，支出决算为499.20万元，完成年初预算的104.00%，完成全年预算的97.00%。"
            + "决算数大于年初预算数的主要原因是年中追加经费。\n");
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Contains(error.Pointers, p => p.StartsWith("/narrative/generalBudget/total/secondBudget/", StringComparison.Ordinal));
    }

    /// <summary>
    /// A class line of the 一般公共预算 section with both budgets (年初 and 调整), the amount first or the budgets first: the
    /// class's record (a <c>FunctionalFigure</c>, which is a <c>StatedFigure</c>) holds both comparisons, no model change needed.
    /// </summary>
    [Theory]
    [InlineData("其中：1.教育支出（类）499.20万元，年初预算480.00万元，调整预算520.00万元，完成年初预算的104.00%，完成调整预算的96.00%。")]
    [InlineData("其中：1.教育支出（类）年初预算480.00万元，调整预算520.00万元，支出决算499.20万元，完成年初预算的104.00%，完成调整预算的96.00%。")]
    public void AClassLineWithBothBudgets_HoldsBoth(string line)
    {
        var (read, diagnostics) = Read(Head + "499.20万元。" + line + "\n");
        var item = Assert.Single(read.Report.Narrative!.GeneralBudget!.Classes);
        Assert.Equal("499.20", item.Amount.ToString());
        Assert.Equal("480.00", item.BudgetOf(BudgetKind.Initial)!.BudgetAmount.ToString());
        Assert.Equal("104.00%", item.BudgetOf(BudgetKind.Initial)!.CompletionRate.ToString());
        Assert.Equal("520.00", item.BudgetOf(BudgetKind.FullYear)!.BudgetAmount.ToString());
        Assert.Equal("96.00%", item.BudgetOf(BudgetKind.FullYear)!.CompletionRate.ToString());
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A class line whose budget comes before its amount, after the whole was compared with its 年初 budget: its 调整预算
    /// 300.00 and 完成调整预算的 80.00 % (240.00 / 300.00) are the class's, never the whole's second comparison — which would
    /// have checked 80.00 % against 499.20 / 300.00 (a false FA2201).
    /// </summary>
    [Fact]
    public void AClassLinesBudgetFirst_NeverOpensTheWholesSecondComparison()
    {
        var (read, diagnostics) = Read(Head + "年初预算为480.00万元，支出决算为499.20万元，完成年初预算的104.00%。"
            + "其中：教育支出（类）调整预算300.00万元，支出决算240.00万元，完成调整预算的80.00%。\n");
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Null(total.SecondBudget);
        Assert.Equal("480.00", total.Budget!.BudgetAmount.ToString());
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near misses: an actual spending of a part (其中项目实际支出) is not the budget's final, and a 实际支出 in a sentence that
    /// states no budget is not a final of a budget of another sentence.
    /// </summary>
    [Theory]
    [InlineData("年初预算为480.00万元，其中项目实际支出120.00万元。")]
    [InlineData("年初预算为480.00万元。当年实际支出120.00万元。")]
    public void AnActualSpendingNotRightAfterTheBudget_IsNotItsFinal(string sentence)
    {
        var (read, _) = Read(Head + sentence + "\n");
        var total = read.Report.Narrative?.GeneralBudget?.Total;
        Assert.Null(total?.Budget?.FinalAmount);
        Assert.NotEqual("120.00", total?.Amount.ToString());
    }

    /// <summary>
    /// Whichever order the text uses — the final first or the budgets first, either budget first — the 年初 budget is the
    /// 年初 comparison's, the 全年 budget the 全年 one's, and the final the figure's amount (never crossed).
    /// </summary>
    [Property(MaxTest = 30)]
    public Property TheOrder_NeverChangesWhichIsWhich(PositiveInt finalFen, PositiveInt initialFen, PositiveInt fullYearFen, byte order)
    {
        static string Of(int fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var (final, initial, fullYear) = (Of(finalFen.Get), Of(initialFen.Get), Of(fullYearFen.Get));
        var budgets = order % 2 == 0
            ? $"年初预算为{initial}万元，全年预算为{fullYear}万元"
            : $"全年预算为{fullYear}万元，年初预算为{initial}万元";
        var sentence = order / 2 % 2 == 0 ? $"{budgets}，支出决算为{final}万元。" : $"{final}万元，{budgets}。";
        var (read, _) = Read(Head + sentence + "\n");
        var total = read.Report.Narrative?.GeneralBudget?.Total;
        var ok = total?.Amount.ToString() == final
            && total.BudgetOf(BudgetKind.Initial)?.BudgetAmount?.ToString() == initial
            && total.BudgetOf(BudgetKind.FullYear)?.BudgetAmount?.ToString() == fullYear;
        return ok.Label(sentence);
    }
}
