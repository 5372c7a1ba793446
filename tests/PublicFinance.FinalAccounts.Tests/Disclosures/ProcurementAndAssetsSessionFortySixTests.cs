using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (proc46, schema 1.11, rules spec 5.5): the procurement budget, savings and savings rate
/// (<c>procurement/budget</c>, <c>savings</c>, <c>savingsRate</c>; FA4105, FA4106) and the parts of the total assets
/// (<c>assets/currentAssetsValue</c>, <c>fixedAssetsValue</c>, <c>intangibleAssetsValue</c>, <c>otherAssetsValue</c>; FA4204).
/// The reader's families: NarrativeReader.ProcurementSavings.cs and NarrativeReader.AssetParts.cs. Invented texts, none copied
/// from a blind round; negatives: a later year's procurement budget, a 压减 of the 三公, a 预留 budget, 固定资产 of a vehicle
/// line, 固定资产原值, a part with no total before it.
/// </summary>
public class ProcurementAndAssetsSessionFortySixTests
{
    private const string ProcurementHead = "某市档案馆2024年度部门决算说明\n一、政府采购支出情况说明\n";

    private const string AssetsHead = "某市档案馆2024年度部门决算说明\n一、国有资产占用情况说明\n";

    private const string Procurement = "/narrative/procurement/";

    private const string Assets = "/narrative/assets/";

    /// <summary>The four figures of the family, with its variants: budget, total, savings and rate at their members; no Error.</summary>
    [Theory]
    [InlineData("2024年度政府采购预算820.40万元，实际采购金额790.16万元，节约资金30.24万元，节约率3.69%。", "820.40", "790.16", "30.24", "3.69")]
    [InlineData("本年度政府采购预算数820.40万元，实际采购790.16万元，节约财政资金30.24万元，资金节约率3.69%。", "820.40", "790.16", "30.24", "3.69")]
    [InlineData("政府采购预算820.40万元，实际采购金额790.16万元，节支金额30.24万元，节支率3.69%。", "820.40", "790.16", "30.24", "3.69")]
    [InlineData("2024年度政府采购预算 55.00 万元，实际采购 51.00 万元，节约资金 4.00 万元；其中货物 12.60 万元，服务 38.40 万元。", "55.00", "51.00", "4.00", null)]
    public void BudgetActualSavingsAndRate_AreRead(string paragraph, string budget, string total, string savings, string? rate)
    {
        var (read, diagnostics) = Read(ProcurementHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(budget, At(read, Procurement + "budget"));
        Assert.Equal(total, At(read, Procurement + "total/amount"));
        Assert.Equal(savings, At(read, Procurement + "savings"));
        Assert.Equal(rate, At(read, Procurement + "savingsRate"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA4105" or "FA4106" && d.Severity != Severity.Info);
        Assert.Equal("1.11", read.Report.SchemaVersion);
    }

    /// <summary>FA4105 and FA4106 from a text: a saving 10.00 too high is an Error on the three figures; its rate too.</summary>
    [Fact]
    public void SavingsThatDoNotMatch_AreErrors()
    {
        var (read, diagnostics) = Read(ProcurementHead
            + "政府采购预算820.40万元，实际采购金额790.16万元，节约资金40.24万元，节约率4.90%。\n");
        Assert.Equal("40.24", At(read, Procurement + "savings"));
        var savings = Assert.Single(diagnostics, d => d.RuleId == "FA4105");
        Assert.Equal(Severity.Error, savings.Severity);
        Assert.Contains(Procurement + "budget", savings.Pointers);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA4106" && d.Severity != Severity.Info);   // 40.24 / 820.40 = 4.90%
    }

    /// <summary>Near misses: a later year's budget, a 压减, a 预留 budget are not the procurement budget or its savings.</summary>
    [Theory]
    [InlineData("2024年度政府采购支出总额790.16万元。2025年政府采购预算900.00万元。", null, null)]
    [InlineData("2024年度政府采购支出总额790.16万元。下年度政府采购预算900.00万元。", null, null)]
    [InlineData("2024年度政府采购支出总额790.16万元，其中面向中小企业预留采购项目预算300.00万元。", null, null)]
    [InlineData("2024年度政府采购支出总额790.16万元，“三公”经费压减节约12.00万元。", null, null)]
    public void NearMisses_AreNotRead(string paragraph, string? budget, string? savings)
    {
        var (read, diagnostics) = Read(ProcurementHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("790.16", At(read, Procurement + "total/amount"));
        Assert.Equal(budget, At(read, Procurement + "budget"));
        Assert.Equal(savings, At(read, Procurement + "savings"));
    }

    /// <summary>The parts of the total assets, with 、 or ， and 其中 or 其中：; no Error.</summary>
    [Theory]
    [InlineData("截至2024年12月31日，资产总额2460.80万元，其中：流动资产812.35万元，固定资产1530.25万元，无形资产118.20万元。",
        "812.35", "1530.25", "118.20")]
    [InlineData("资产总额 2460.80 万元，其中流动资产 812.35 万元、固定资产 1648.45 万元；车辆 2 辆。", "812.35", "1648.45", null)]
    [InlineData("资产总计2460.80万元，其中固定资产为1648.45万元。", null, "1648.45", null)]
    public void PartsOfTheTotalAssets_AreRead(string paragraph, string? current, string? fixedAssets, string? intangible)
    {
        var (read, diagnostics) = Read(AssetsHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2460.80", At(read, Assets + "totalValue"));
        Assert.Equal(current, At(read, Assets + "currentAssetsValue"));
        Assert.Equal(fixedAssets, At(read, Assets + "fixedAssetsValue"));
        Assert.Equal(intangible, At(read, Assets + "intangibleAssetsValue"));
        Assert.Null(At(read, Assets + "otherAssetsValue"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA4204" && d.Severity != Severity.Info);
    }

    /// <summary>Parts above the total are the FA4204 Error.</summary>
    [Fact]
    public void PartsAboveTheTotal_AreAnError()
    {
        var (_, diagnostics) = Read(AssetsHead + "资产总额2460.80万元，其中：流动资产912.35万元，固定资产1648.45万元。\n");
        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA4204");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    /// <summary>Near misses: 固定资产 of a vehicle line, 固定资产原值 (as before), a part with no total before it.</summary>
    [Theory]
    [InlineData("资产总额2460.80万元。本年购置车辆1辆，形成固定资产25.00万元。")]
    [InlineData("资产总额2460.80万元，其中固定资产原值1900.00万元。")]
    [InlineData("流动资产812.35万元，资产总额2460.80万元。")]
    [InlineData("资产总额2460.80万元，其中非流动资产1648.45万元。")]
    public void AssetNearMisses_AreNotParts(string paragraph)
    {
        var (read, diagnostics) = Read(AssetsHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, Assets + "currentAssetsValue"));
        Assert.Null(At(read, Assets + "fixedAssetsValue"));
    }

    /// <summary>Any consistent budget / actual / saving passes FA4105; a saving off by more than rounding fails it.</summary>
    [Property(MaxTest = 60)]
    public bool AnyConsistentSaving_Passes_AndAnyOffsetBeyondRounding_Fails(uint budget, ushort spentShare, short offset)
    {
        var b = (int)(budget % 50000000) + 1;
        var t = (int)((long)b * (spentShare % 1001) / 1000);
        var s = b - t;
        var k = offset % 400;
        var extra = k is >= 0 and < 3 ? k + 3 : k is < 0 and > -3 ? k - 3 : k;
        Severity? Finding(int saving) => Validator.Default.Validate(Procured(b, t, saving, null)).Diagnostics
            .Where(d => d.RuleId == "FA4105").Select(d => (Severity?)d.Severity).FirstOrDefault();
        return Finding(s) is null && (s + extra < 0 || Finding(s + extra) == Severity.Error);
    }

    /// <summary>Any saving with its rate rounded to two decimals passes FA4106.</summary>
    [Property(MaxTest = 60)]
    public bool AnyRoundedRate_Passes(uint budget, ushort spentShare)
    {
        var b = (int)(budget % 50000000) + 1;
        var t = (int)((long)b * (spentShare % 1001) / 1000);
        var rate = Math.Round((b - t) * 100m / b, 2, MidpointRounding.AwayFromZero);
        return !Validator.Default.Validate(Procured(b, t, b - t, Percent.Parse(rate.ToString("0.00", Inv)))).Diagnostics
            .Any(d => d.RuleId is "FA4105" or "FA4106" && d.Severity != Severity.Info);
    }

    /// <summary>The new members round-trip through JSON exactly, valid against the published schema, and make the report 1.11.</summary>
    [Fact]
    public void TheNewMembers_RoundTrip()
    {
        var report = Procured(82040, 79016, 3024, Percent.Parse("3.69")) with { SchemaVersion = "1.11" };
        report = report with
        {
            Narrative = report.Narrative! with
            {
                Assets = new AssetsStatement
                {
                    TotalValue = Amount.Parse("2460.80"),
                    CurrentAssetsValue = Amount.Parse("812.35"),
                    FixedAssetsValue = Amount.Parse("1530.25"),
                    IntangibleAssetsValue = Amount.Parse("118.20"),
                    OtherAssetsValue = Amount.Parse("0.00"),
                },
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"budget\":\"820.40\"", json, StringComparison.Ordinal);
        Assert.Contains("\"savings\":\"30.24\"", json, StringComparison.Ordinal);
        Assert.Contains("\"savingsRate\":\"3.69\"", json, StringComparison.Ordinal);
        Assert.Contains("\"fixedAssetsValue\":\"1530.25\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.11");
        Assert.DoesNotContain(Validator.Default.Validate(report).Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>A 1.10 document still reads, keeps its version and is written back as 1.10; a negative saving is refused.</summary>
    [Fact]
    public void AOnePointTenDocument_StillReads_AndNegativesAreRefused()
    {
        const string Json = "{\"schemaVersion\":\"1.10\",\"entity\":{\"name\":\"测试单位\",\"fiscalYear\":2024},"
            + "\"narrative\":{\"procurement\":{\"total\":{\"amount\":\"790.16\"},\"microSmallShareOfSme\":\"45.00\"}}}";
        var report = FinalAccountsJson.Deserialize(Json);
        Assert.Equal("1.10", report.SchemaVersion);
        Assert.Contains("\"schemaVersion\":\"1.10\"", FinalAccountsJson.Serialize(report, indented: false), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcurementStatement { Savings = Amount.Parse("-1.00") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcurementStatement { Budget = Amount.Parse("-1.00") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcurementStatement { SavingsRate = Percent.Parse("-1.00") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssetsStatement { FixedAssetsValue = Amount.Parse("-1.00") });
        Assert.ThrowsAny<Exception>(() => FinalAccountsJson.Deserialize(Json.Replace("\"1.10\"", "\"1.11\"", StringComparison.Ordinal)
            .Replace("\"microSmallShareOfSme\":\"45.00\"", "\"savings\":\"-1.00\"", StringComparison.Ordinal)));
    }

    /// <summary>A report with the procurement budget, total and saving (in cents) and an optional rate.</summary>
    private static FinalAccountsReport Procured(int budget, int total, int savings, Percent? rate) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Procurement = new ProcurementStatement
            {
                Budget = Cents(budget),
                Total = new StatedFigure { Amount = Cents(total) },
                Savings = savings < 0 ? null : Cents(savings),
                SavingsRate = rate,
            },
        },
    };

    private static Amount Cents(int cents) => Amount.Parse((cents / 100m).ToString("0.00", Inv));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
