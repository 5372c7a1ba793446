using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Both budget bases of a figure (session 26, issue 8, schema 1.6): a 说明 that states 年初预算 and 全年预算 (调整预算,
/// 调整后预算, 全年预算数) of one figure gets a comparison on each basis — <c>budget</c> the first stated, <c>secondBudget</c>
/// the other — each with its own amount, rate, difference and relation, never crossed; a clause naming no basis after both
/// is a note. The texts are invented: 支出 499.20 万元 against 年初预算 480.00 (499.20 / 480.00 = 104.00 %, 19.20 above)
/// and 全年预算 520.00 (499.20 / 520.00 = 96.00 %, 20.80 below), so every rate stated right raises no Error.
/// </summary>
public class AdjustedBudgetTests
{
    private const string Head = "某县某局2024年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出499.20万元，";
    private const string Reason = "决算数大于年初预算数的主要原因是年中追加经费。\n";
    private const string Total = "/narrative/generalBudget/total/";

    /// <summary>Both orders (年初 first, 全年 first) and the synonyms of 全年预算: each basis keeps its own budget and rate.</summary>
    [Theory]
    [InlineData("年初预算为480.00万元，全年预算为520.00万元，完成年初预算的104.00%，完成全年预算的96.00%。", BudgetKind.Initial)]
    [InlineData("全年预算为520.00万元，年初预算为480.00万元，完成全年预算的96.00%，完成年初预算的104.00%。", BudgetKind.FullYear)]
    [InlineData("年初预算为480.00万元，调整预算为520.00万元，完成年初预算的104.00%，完成调整预算的96.00%。", BudgetKind.Initial)]
    [InlineData("年初预算480.00万元，调整后预算520.00万元，完成年初预算的104.00%，完成调整后预算的96.00%。", BudgetKind.Initial)]
    [InlineData("全年预算数为520.00万元，年初预算数为480.00万元，完成全年预算数的96.00%，完成年初预算数的104.00%。", BudgetKind.FullYear)]
    public void BothBases_EachKeepsItsOwnBudgetAndRate(string sentence, BudgetKind first)
    {
        var (read, diagnostics) = Read(Head + sentence + Reason);
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Equal(first, total.Budget!.Kind);
        Assert.NotEqual(first, total.SecondBudget!.Kind);
        var initial = total.BudgetOf(BudgetKind.Initial)!;
        var fullYear = total.BudgetOf(BudgetKind.FullYear)!;
        Assert.Equal("480.00", initial.BudgetAmount.ToString());
        Assert.Equal("104.00%", initial.CompletionRate.ToString());
        Assert.Equal("520.00", fullYear.BudgetAmount.ToString());
        Assert.Equal("96.00%", fullYear.CompletionRate.ToString());
        Assert.Empty(Errors(diagnostics));
        // The one reason (年初) explains the figure's difference from either budget: no FA2206 on the 全年 basis.
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2206");
        Assert.Equal("1.6", read.Report.SchemaVersion);
    }

    /// <summary>
    /// One basis stated wrong gives exactly one Error, on that basis: 完成年初预算的 105.00 % (104.00 right) is FA2201 at the
    /// 年初 comparison, 完成全年预算的 97.00 % (96.00 right) FA2201 at the 全年 one — whichever is stated first.
    /// </summary>
    [Theory]
    [InlineData("年初预算为480.00万元，全年预算为520.00万元，完成年初预算的105.00%，完成全年预算的96.00%。", Total + "budget/")]
    [InlineData("年初预算为480.00万元，全年预算为520.00万元，完成年初预算的104.00%，完成全年预算的97.00%。", Total + "secondBudget/")]
    [InlineData("全年预算为520.00万元，年初预算为480.00万元，完成全年预算的96.00%，完成年初预算的105.00%。", Total + "secondBudget/")]
    [InlineData("全年预算为520.00万元，年初预算为480.00万元，完成全年预算的97.00%，完成年初预算的104.00%。", Total + "budget/")]
    public void OneBasisWrong_ExactlyOneErrorOnThatBasis(string sentence, string comparison)
    {
        var (_, diagnostics) = Read(Head + sentence + Reason);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Contains(error.Pointers, p => p.StartsWith(comparison, StringComparison.Ordinal));
    }

    /// <summary>
    /// Differences on each basis: 比年初预算增加 19.20 万元 (499.20 − 480.00) and 比全年预算减少 20.80 万元 (520.00 − 499.20), each
    /// with its relation; the rate of a difference in the clause after it (下降 4.00 % = 20.80 / 520.00) stays with it.
    /// </summary>
    [Fact]
    public void Differences_OnEachBasis_WithTheirRelations()
    {
        var (read, diagnostics) = Read(Head
            + "年初预算为480.00万元，全年预算为520.00万元，比年初预算增加19.20万元，比全年预算减少20.80万元，下降4.00%。" + Reason);
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        var initial = total.BudgetOf(BudgetKind.Initial)!;
        var fullYear = total.BudgetOf(BudgetKind.FullYear)!;
        Assert.Equal("19.20", initial.Difference.ToString());
        Assert.Equal(BudgetRelation.FinalAboveBudget, initial.Relation);
        Assert.Equal("20.80", fullYear.Difference.ToString());
        Assert.Equal(BudgetRelation.FinalBelowBudget, fullYear.Relation);
        Assert.Equal("4.00%", fullYear.VarianceRate.ToString());
        Assert.Null(initial.VarianceRate);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A difference stated wrong on the 全年 basis (减少 21.80, 20.80 right) is one FA2204 there; the 年初 basis is untouched.
    /// </summary>
    [Fact]
    public void ADifferenceWrongOnTheSecondBasis_IsOneErrorThere()
    {
        var (_, diagnostics) = Read(Head + "年初预算为480.00万元，全年预算为520.00万元，比年初预算增加19.20万元，比全年预算减少21.80万元。" + Reason);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2204", error.RuleId);
        Assert.Contains(error.Pointers, p => p.StartsWith(Total + "secondBudget/", StringComparison.Ordinal));
    }

    /// <summary>
    /// After both bases, a rate or relation that names neither (完成预算的 96.00 %, 决算数小于预算数) is of neither: not placed,
    /// a located note (precision first) — and no Error, though 96.00 % would be wrong on the 年初 basis.
    /// </summary>
    [Fact]
    public void ARateNamingNoBasis_AfterBoth_IsANote()
    {
        var (read, diagnostics) = Read(Head + "年初预算为480.00万元，全年预算为520.00万元，完成预算的96.00%。\n");
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Null(total.Budget!.CompletionRate);
        Assert.Null(total.SecondBudget!.CompletionRate);
        Assert.Contains(read.Notes, n => n.MessageZh == FinalAccounts.Disclosures.DisclosureMessages.BudgetBasisNotTold.Zh);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A figure with one basis keeps one comparison, and the report stays at the lowest version without 1.6.</summary>
    [Fact]
    public void OneBasis_NoSecondComparison_AndNoOnePointSix()
    {
        var (read, diagnostics) = Read(Head + "年初预算为480.00万元，完成年初预算的104.00%。" + Reason);
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Equal(BudgetKind.Initial, total.Budget!.Kind);
        Assert.Null(total.SecondBudget);
        Assert.NotEqual("1.6", read.Report.SchemaVersion);
        Assert.Empty(Errors(diagnostics));
    }

    // ---- the model and the contract -----------------------------------------------------------------------------------

    /// <summary>The model refuses two comparisons of one basis, in either order of setting, and on the statements too.</summary>
    [Fact]
    public void TheModel_RefusesTwoComparisonsOfOneBasis()
    {
        var initial = new BudgetComparison { Kind = BudgetKind.Initial };
        var amount = Amount.Parse("1.00");
        Assert.Throws<ArgumentException>(() => new StatedFigure { Amount = amount, Budget = initial, SecondBudget = initial });
        Assert.Throws<ArgumentException>(() => new StatedFigure { Amount = amount, SecondBudget = initial, Budget = initial });
        Assert.Throws<ArgumentException>(() => new OverallStatement { Budget = initial, SecondBudget = initial });
        Assert.Throws<ArgumentException>(() => new AppropriationStatement { Budget = initial, SecondBudget = initial });
        var both = new StatedFigure { Amount = amount, Budget = initial, SecondBudget = initial with { Kind = BudgetKind.FullYear } };
        Assert.Same(both.SecondBudget, both.BudgetOf(BudgetKind.FullYear));
        Assert.Same(both.Budget, both.BudgetOf(BudgetKind.Initial));
        // In a with-expression the other member still holds the original's value, so a comparison of its basis set on one
        // member takes its place and the original's comparison moves over (BudgetPair, session 27: what makes a swap
        // work); nothing of two comparisons of one basis is ever kept.
        var replaced = both with { Budget = initial with { Kind = BudgetKind.FullYear, BudgetAmount = amount } };
        Assert.Equal(BudgetKind.FullYear, replaced.Budget!.Kind);
        Assert.Equal(amount, replaced.Budget.BudgetAmount);
        Assert.Same(both.Budget, replaced.SecondBudget);
    }

    /// <summary>A document whose two comparisons are of one basis is refused by the schema and by the reader alike.</summary>
    [Fact]
    public void ADocumentWithTwoComparisonsOfOneBasis_IsRefusedByBoth()
    {
        var json = FinalAccountsJson.Serialize(Report(Amount.Parse("499.20"), Amount.Parse("480.00"), Amount.Parse("520.00")));
        var node = JsonNode.Parse(json)!;
        node["narrative"]!["generalBudget"]!["total"]!["secondBudget"]!["kind"] = "initial";
        var same = node.ToJsonString();
        Assert.False(SchemaTests.Evaluate(same).IsValid);
        Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(same));
        Assert.True(SchemaTests.Evaluate(json).IsValid);
    }

    /// <summary>
    /// Any figures on both bases round-trip through JSON exactly (written decimals kept) and the document is valid
    /// against the published schema; the floor of such a report is 1.6.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property BothBases_RoundTrip_AndAreSchemaValid(int fen, PositiveInt initialFen, PositiveInt fullYearFen, byte decimals)
    {
        Amount Of(long value) => Amount.FromDecimal(value / 100m, 2 + (decimals % 3));
        var report = Report(Of(fen), Of(initialFen.Get), Of(fullYearFen.Get), initialFirst: decimals % 2 == 0);
        var json = FinalAccountsJson.Serialize(report, indented: false);
        var back = FinalAccountsJson.Deserialize(json);
        var valid = SchemaTests.Evaluate(json).IsValid;
        return (valid && back == report && json == FinalAccountsJson.Serialize(back, indented: false)
                && SchemaVersionFloor.Of(report) == "1.6")
            .Label($"valid={valid} json={json}");
    }

    private static FinalAccountsReport Report(Amount final, Amount initial, Amount fullYear, bool initialFirst = true)
    {
        var first = new BudgetComparison { Kind = BudgetKind.Initial, BudgetAmount = initial, Reason = "年中追加经费" };
        var second = new BudgetComparison { Kind = BudgetKind.FullYear, BudgetAmount = fullYear };
        return new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "某县某局", FiscalYear = 2024 },
            Narrative = new NarrativeSections
            {
                GeneralBudget = new GeneralBudgetStatement
                {
                    Total = new StatedFigure
                    {
                        Amount = final, Budget = initialFirst ? first : second, SecondBudget = initialFirst ? second : first,
                    },
                },
            },
        };
    }
}
