using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (prior48): a reason inside a list of items named by their bracketed codes ends before the next item
/// ("…变动原因：A；水利工程建设（2130305）调整预算…"), the residual entry 其他科目 / 其余科目合计 is
/// <c>generalBudget/otherItems</c> (schema 1.13) and FA1218 ties the items and it to the section's total. Invented texts.
/// </summary>
public class CodedItemsAndOtherItemsSessionFortyEightTests
{
    private const string Head = "青石县水利局2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n";

    private const string Items = "/narrative/generalBudget/items/";

    private static string Paragraph(string other) => Head + "2023年度一般公共预算财政拨款支出1500.00万元。其中：行政运行（2130301）"
        + "调整预算430.00万元，决算420.50万元，预算执行率97.79%，变动原因：新增编制内人员；水利工程建设（2130305）调整预算800.00万元，"
        + "决算860.00万元，预算执行率107.50%，变动原因：追加防汛应急工程；其他科目" + other + "万元。\n";

    /// <summary>The second item is read in full, each reason stops at its ';', and the residual closes the list (FA1218 passes).</summary>
    [Fact]
    public void TheNextCodedItem_EndsTheReason_AndTheResidualIsOtherItems()
    {
        var (read, diagnostics) = Read(Paragraph("219.50"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("新增编制内人员", JsonAt(read, Items + "0/budget/reason"));
        Assert.Equal("2130305", JsonAt(read, Items + "1/code"));
        Assert.Equal("860.00", At(read, Items + "1/amount"));
        Assert.Equal("800.00", At(read, Items + "1/budget/budgetAmount"));
        Assert.Equal("107.50", At(read, Items + "1/budget/completionRate"));
        Assert.Equal("追加防汛应急工程", JsonAt(read, Items + "1/budget/reason"));
        Assert.Equal("219.50", At(read, "/narrative/generalBudget/otherItems"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1218" && d.Severity != Severity.Info);
        Assert.Equal("1.13", read.Report.SchemaVersion);
    }

    /// <summary>A residual that does not close the list to the total is an Error of FA1218 naming it.</summary>
    [Fact]
    public void AResidualOffTheTotal_IsAnError()
    {
        var (_, diagnostics) = Read(Paragraph("229.50"));
        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA1218");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("/narrative/generalBudget/otherItems", finding.Pointers);
    }

    /// <summary>"其余科目合计 X 万元，主要为…" on its own line after a numbered list is the residual too.</summary>
    [Fact]
    public void AResidualLine_AfterANumberedList_IsOtherItems()
    {
        var (read, diagnostics) = Read(Head + "2023年度一般公共预算财政拨款支出1500.00万元。\n"
            + "1.水利（款）行政运行（项）（2130301）：调整预算430.00万元，支出决算420.50万元，完成调整预算的97.79%。\n"
            + "2.水利（款）水利工程建设（项）（2130305）：调整预算900.00万元，支出决算860.00万元，完成调整预算的95.56%。变动原因：部分工程延期。\n"
            + "其余科目合计219.50万元，主要为社会保障和就业、住房保障支出。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("219.50", At(read, "/narrative/generalBudget/otherItems"));
    }

    /// <summary>Near misses: another 其他 label, or a residual before any item, is no residual entry.</summary>
    [Theory]
    [InlineData("2023年度一般公共预算财政拨款支出1500.00万元，其他科目219.50万元。")]
    [InlineData("2023年度一般公共预算财政拨款支出1500.00万元。其中：行政运行（2130301）420.50万元；其他支出219.50万元。")]
    public void ResidualNearMisses_AreNotOtherItems(string paragraph)
    {
        var (read, _) = Read(Head + paragraph + "\n");
        Assert.Null(At(read, "/narrative/generalBudget/otherItems"));
    }

    /// <summary>The labels of the residual entry, and words that are not one.</summary>
    [Theory]
    [InlineData("其他科目", true)]
    [InlineData("其余科目合计", true)]
    [InlineData("其他科目支出为", true)]
    [InlineData("其他支出", false)]
    [InlineData("其他科目预算", false)]
    public void TheResidualLabels(string label, bool residual)
        => Assert.Equal(residual, PublicFinance.FinalAccounts.Disclosures.NarrativeReader.IsOtherItemsLabel(label));

    /// <summary>FA1218's invariant: whatever the residual, the items and it either close to the total or FA1218 says so.</summary>
    [Property(MaxTest = 25)]
    public bool TheResidual_ClosesTheListOrIsAnError(ushort residualCents)
    {
        var other = (21950 + residualCents % 2000 - 1000) / 100m;
        var (read, diagnostics) = Read(Paragraph(other.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        var error = diagnostics.Any(d => d.RuleId == "FA1218" && d.Severity == Severity.Error);
        return At(read, "/narrative/generalBudget/otherItems") is not null && error == (Math.Abs(other - 219.50m) > 0.02m);
    }
}
