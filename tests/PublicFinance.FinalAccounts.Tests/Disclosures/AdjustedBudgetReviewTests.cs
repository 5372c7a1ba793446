using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The outside review of the two budget bases (session 26, revfixb). Invented texts: 支出 612.50 万元 against 年初预算
/// 500.00 (612.50 / 500.00 = 122.50 %) and 全年预算 625.00 (612.50 / 625.00 = 98.00 %), the 全年 level being 年初 plus an
/// increment of 125.00 — so the increment read as a budget would give 612.50 / 125.00 = 490.00 % and an Error.
/// </summary>
public class AdjustedBudgetReviewTests
{
    private const string Head = "某市某中心2024年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出612.50万元，";

    /// <summary>
    /// Item 1: an increment (追加调整预算, 年中调整预算, 调增预算 125.00 万元) is not a budget level: the 全年 comparison is
    /// 625.00 (the level stated after it), the increment a located note, and no Error (both rates right on their levels).
    /// </summary>
    [Theory]
    [InlineData("追加调整预算125.00万元")]
    [InlineData("年中调整预算125.00万元")]
    [InlineData("调增预算125.00万元")]
    public void AnIncrement_IsANote_NotTheFullYearBudget(string increment)
    {
        var (read, diagnostics) = Read(Head + "年初预算为500.00万元，" + increment
            + "，全年预算为625.00万元，完成年初预算的122.50%，完成全年预算的98.00%。决算数大于年初预算数的主要原因是追加设备经费。\n");
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Equal("500.00", total.BudgetOf(BudgetKind.Initial)!.BudgetAmount.ToString());
        Assert.Equal("625.00", total.BudgetOf(BudgetKind.FullYear)!.BudgetAmount.ToString());
        Assert.Equal("98.00%", total.BudgetOf(BudgetKind.FullYear)!.CompletionRate.ToString());
        Assert.Contains(read.Notes, n => n.MessageZh == FinalAccounts.Disclosures.DisclosureMessages.BudgetIncrementNotALevel.Zh);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Item 3: "…大于年初预算数的主要原因是 A；决算数小于全年预算数的主要原因是 B。": A is the 年初 comparison's reason and
    /// stops at the ';', the relation after it (612.50 below 625.00) and B go to the 全年 comparison.
    /// </summary>
    [Fact]
    public void TheSecondBasisRelationAndReason_GoToTheSecondComparison()
    {
        var (read, diagnostics) = Read(Head + "年初预算为500.00万元，全年预算为625.00万元，完成年初预算的122.50%，完成全年预算的98.00%。"
            + "决算数大于年初预算数的主要原因是新增设备购置；决算数小于全年预算数的主要原因是部分工程款结转下年支付。\n");
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        var initial = total.BudgetOf(BudgetKind.Initial)!;
        var fullYear = total.BudgetOf(BudgetKind.FullYear)!;
        Assert.Contains("新增设备购置", initial.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("全年预算", initial.Reason!, StringComparison.Ordinal);
        Assert.Equal(BudgetRelation.FinalBelowBudget, fullYear.Relation);
        Assert.Contains("结转下年支付", fullYear.Reason, StringComparison.Ordinal);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Item 2: two comparisons of one basis in JSON are refused with the path, line and byte of the later one's kind
    /// (line 21 of the document below: the "kind" of secondBudget), one catalogue message with each language once.
    /// </summary>
    [Fact]
    public void TwoComparisonsOfOneBasis_InJson_AreALocatedError()
    {
        var json = FinalAccountsJson.Serialize(Report("1.6"));
        var node = JsonNode.Parse(json)!;
        node["narrative"]!["generalBudget"]!["total"]!["secondBudget"]!["kind"] = "initial";
        var same = node.ToJsonString();
        var error = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(same));
        Assert.Equal("$.narrative.generalBudget.total.secondBudget.kind", error.Path);
        Assert.NotNull(error.LineNumber);
        Assert.NotNull(error.BytePositionInLine);
        Assert.Equal(1, Count(error.Message, "同一数字的第二个预决算对比须为另一口径"));
        Assert.Equal(1, Count(error.Message, "must be of the other basis"));
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Item 7: a 1.6 member in a document declaring "1.5" is read as written, as a 1.5 member in a "1.4" document is
    /// (docs/schema-versioning.md: the reader checks the declared version is known, not that only its members are used).
    /// </summary>
    [Fact]
    public void ASecondBudget_InADocumentDeclaringOnePointFive_IsReadAsWritten()
    {
        var json = FinalAccountsJson.Serialize(Report("1.5"));
        Assert.Contains("\"schemaVersion\": \"1.5\"", json, StringComparison.Ordinal);
        var back = FinalAccountsJson.Deserialize(json);
        Assert.Equal("1.5", back.SchemaVersion);
        Assert.Equal("625.00", back.Narrative!.GeneralBudget!.Total!.SecondBudget!.BudgetAmount.ToString());
    }

    /// <summary>
    /// Item 4, pinned by rules spec 3.5 (a reason of either comparison explains the figure's difference from both) and 4.2
    /// (a stated full-year budget is the only one FA2206 compares with): with no reason at all and both bases differing
    /// (612.50 ≠ 500.00, 612.50 ≠ 625.00) one FA2206 Warning, on the full-year budget; one reason on either basis clears it.
    /// </summary>
    [Fact]
    public void NoReason_BothBasesDiffering_IsOneFindingPerBasis_AndOneReasonClearsBoth()
    {
        const string Both = "年初预算为500.00万元，全年预算为625.00万元，完成年初预算的122.50%，完成全年预算的98.00%。";
        var (_, none) = Read(Head + Both + "\n");
        var findings = none.Where(d => d.RuleId == "FA2206").ToList();
        var finding = Assert.Single(findings);
        Assert.Contains("/narrative/generalBudget/total/secondBudget", finding.Pointers);
        var (_, one) = Read(Head + Both + "决算数小于全年预算数的主要原因是部分工程款结转下年支付。\n");
        Assert.DoesNotContain(one, d => d.RuleId == "FA2206");
    }

    /// <summary>
    /// Item 6: a user's subclass of the unsealed <see cref="StatedFigure"/> is walked as its declared type (the scan for
    /// 1.6 members asked the contract for the runtime type, which it does not know, and threw NotSupportedException).
    /// </summary>
    [Fact]
    public void AUsersSubclassOfStatedFigure_IsScannedAsItsDeclaredType()
    {
        var report = Report("1.6");
        var total = report.Narrative!.GeneralBudget!.Total!;
        var mine = new UsersFigure(total) { Note = "内部备注" };
        var withSubclass = report with
        {
            Narrative = report.Narrative with { GeneralBudget = report.Narrative.GeneralBudget with { Total = mine } },
        };
        Assert.Equal("1.6", SchemaVersionFloor.Of(withSubclass));
        var json = FinalAccountsJson.Serialize(withSubclass);
        Assert.Contains("\"secondBudget\"", json, StringComparison.Ordinal);
        var without = withSubclass with
        {
            Narrative = report.Narrative with { GeneralBudget = new GeneralBudgetStatement { Total = new UsersFigure(total with
            {
                SecondBudget = null,
            }) } },
        };
        Assert.NotEqual("1.6", SchemaVersionFloor.Of(without));
    }

    /// <summary>A user's own figure type: a subclass the contract does not know.</summary>
    private sealed record UsersFigure : StatedFigure
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public UsersFigure(StatedFigure original)
            : base(original)
        {
        }

        public string? Note { get; init; }
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static FinalAccountsReport Report(string version) => new()
    {
        SchemaVersion = version,
        Entity = new ReportingEntity { Name = "某市某中心", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            GeneralBudget = new GeneralBudgetStatement
            {
                Total = new StatedFigure
                {
                    Amount = Amount.Parse("612.50"),
                    Budget = new BudgetComparison { Kind = BudgetKind.Initial, BudgetAmount = Amount.Parse("500.00") },
                    SecondBudget = new BudgetComparison { Kind = BudgetKind.FullYear, BudgetAmount = Amount.Parse("625.00") },
                },
            },
        },
    };
}
