using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 45 (schema45, schema 1.10, rules spec 5.4): the 一般公共预算 fund's carry-over on the 财政拨款 statement
/// (<c>generalBudgetOpeningCarryOver</c>, <c>generalBudgetClosingCarryOver</c>) and FA1215 (年初 + 本年收入 − 本年支出 = 年末 for
/// that fund); the 小微 contracts' share of the SME contracts (<c>procurement/microSmallShareOfSme</c>) and FA2010. The reader's
/// families: a fund's run of clauses in the 财政拨款 section (NarrativeReader.FundSegments.cs), a carry-over's 一般公共预算 part
/// (FundCarryOverParts, now placed), the 小微 share of the SME base (NarrativeReader.MicroSmallShareOfSme.cs). Invented texts,
/// none copied from a blind round; negatives: another period's carry-over, a list of funds' parts before a whole's figure, a
/// bare share whose base may be the total, the reserved share (预留份额…占比).
/// </summary>
public class FundCarryOverSessionFortyFiveTests
{
    private const string Head = "某县水利局2023年度部门决算说明\n一、财政拨款收入支出决算总体情况说明\n";

    private const string Procurement = "某县水利局2023年度部门决算说明\n一、政府采购支出情况说明\n"
        + "2023年度政府采购支出总额800.00万元，其中：政府采购货物支出500.00万元、政府采购工程支出0万元、政府采购服务支出300.00万元。";

    private const string GeneralBudgetOpening = "/narrative/appropriation/generalBudgetOpeningCarryOver/amount";

    private const string GeneralBudgetClosing = "/narrative/appropriation/generalBudgetClosingCarryOver/amount";

    private const string MicroSmallShare = "/narrative/procurement/microSmallShareOfSme";

    /// <summary>
    /// Each fund's run of clauses ("一般公共预算财政拨款年初结转和结余…，本年收入…，本年支出…，年末结转和结余…；政府性基金…"): every figure
    /// at its fund's field, none at the whole 财政拨款's; FA1215 passes; the report is 1.10.
    /// </summary>
    [Fact]
    public void EachFundsRun_IsThatFundsFigures()
    {
        var (read, diagnostics) = Read(Head + "2023年度财政拨款收入总计1320.00万元。其中：年初财政拨款结转和结余100.00万元，本年财政拨款收入1220.00万元。"
            + "一般公共预算财政拨款年初结转和结余40.00万元，本年收入1000.00万元，本年支出980.00万元，年末结转和结余60.00万元；"
            + "政府性基金预算财政拨款年初结转和结余60.00万元，本年收入220.00万元，本年支出250.00万元，年末结转和结余30.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("40.00", At(read, GeneralBudgetOpening));
        Assert.Equal("1000.00", At(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("980.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("60.00", At(read, GeneralBudgetClosing));
        Assert.Equal("60.00", At(read, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Equal("220.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("250.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal("30.00", At(read, "/narrative/governmentFund/closingCarryOver/amount"));
        Assert.Null(At(read, "/narrative/appropriation/closingCarryOver/amount"));
        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("100.00", At(read, "/narrative/appropriation/openingCarryOver/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1215" && d.Severity != Severity.Info);
        Assert.Equal("1.10", read.Report.SchemaVersion);
    }

    /// <summary>
    /// A label that names its fund ("一般公共预算财政拨款年初结转和结余 58.12 万元") is that fund's carry-over, and
    /// a carry-over's 一般公共预算 part after 其中 is placed now (before, a located note).
    /// </summary>
    [Theory]
    [InlineData("2023年度一般公共预算财政拨款年初结转和结余58.12万元，一般公共预算财政拨款年末结转和结余86.48万元。", "58.12", "86.48")]
    [InlineData("年初财政拨款结转和结余162.72万元，其中一般公共预算财政拨款58.12万元，政府性基金预算财政拨款104.60万元。", "58.12", null)]
    [InlineData("年末财政拨款结转和结余114.18万元，其中：一般公共预算86.48万元，政府性基金27.70万元。", null, "86.48")]
    public void AFundsCarryOver_IsPlaced(string paragraph, string? opening, string? closing)
    {
        var (read, diagnostics) = Read(Head + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(opening, At(read, GeneralBudgetOpening));
        Assert.Equal(closing, At(read, GeneralBudgetClosing));
        Assert.False(Noted(read, "the model has no such field of the general budget"));
    }

    /// <summary>FA1215 from a text: 40.00 + 1000.00 − 980.00 = 60.00, written 69.00, is the Error on the fund's four figures.</summary>
    [Fact]
    public void AClosingThatDoesNotFollow_IsFA1215()
    {
        var (_, diagnostics) = Read(Head + "一般公共预算财政拨款年初结转和结余40.00万元，本年收入1000.00万元，本年支出980.00万元，"
            + "年末结转和结余69.00万元。\n");
        var error = Assert.Single(diagnostics, d => d.RuleId == "FA1215");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("/narrative/appropriation/generalBudgetClosingCarryOver/amount", error.Pointers);
        Assert.Contains("/narrative/generalBudget/total/amount", error.Pointers);
    }

    /// <summary>
    /// Near misses: another period's carry-over (上年…), and a figure after a list of the funds' parts (the whole's, not the
    /// first fund's): neither is the 一般公共预算 fund's.
    /// </summary>
    [Fact]
    public void AnotherPeriodOrAListOfParts_IsNotTheFunds()
    {
        var (read, _) = Read(Head + "上年一般公共预算财政拨款年末结转和结余50.00万元。\n");
        Assert.Null(At(read, GeneralBudgetClosing));
        Assert.Null(At(read, GeneralBudgetOpening));

        (read, _) = Read(Head + "一般公共预算财政拨款收入1000.00万元，政府性基金预算财政拨款收入220.00万元，本年支出1230.00万元。\n");
        Assert.NotEqual("1230.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.NotEqual("1230.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
    }

    /// <summary>
    /// The 小微 share of the SME contracts ("占授予中小企业合同金额的 50.00%") is its own figure, checked by FA2010: right, it passes;
    /// wrong (55.00%), it is the Error. The share of the total written as such stays the 小微 contracts' share (FA2006).
    /// </summary>
    [Theory]
    [InlineData("其中授予小微企业合同金额300.00万元，占授予中小企业合同金额的50.00%。", "50.00", null, null)]
    [InlineData("其中：授予小微企业合同金额300.00万元，占授予中小企业合同金额的55.00%。", "55.00", null, Severity.Error)]
    [InlineData("其中授予小微企业合同金额300.00万元，占政府采购支出总额的37.50%。", null, "37.50", null)]
    public void TheMicroSmallShareOfSme_IsReadAndChecked(string clause, string? ofSme, string? ofTotal, Severity? finding)
    {
        var (read, diagnostics) = Read(Procurement + "授予中小企业合同金额600.00万元，占政府采购支出总额的75.00%，" + clause + "\n");
        Assert.Equal(ofSme, JsonAt(read, MicroSmallShare));
        Assert.Equal(ofTotal, At(read, "/narrative/procurement/microSmallContracts/share"));
        Assert.Equal(finding, diagnostics.FirstOrDefault(d => d.RuleId == "FA2010" && d.Severity != Severity.Info)?.Severity);
        Assert.Equal("300.00", At(read, "/narrative/procurement/microSmallContracts/amount"));
    }

    /// <summary>
    /// A bare share after the 小微 amount ("占比 37.50%") is the share of the SME contracts only when they are the whole total
    /// (800.00 of 800.00: one base); with SME contracts below the total it stays the note it was, and the reserved share
    /// (为中小企业预留采购份额…，占比…) is never the 小微 share.
    /// </summary>
    [Theory]
    [InlineData("授予中小企业合同金额800.00万元，其中授予小微企业合同金额300.00万元，占比37.50%。", "37.50")]
    [InlineData("授予中小企业合同金额600.00万元，其中授予小微企业合同金额300.00万元，占比50.00%。", null)]
    [InlineData("为中小企业预留采购份额200.00万元，占比25.00%。", null)]
    public void ABareShare_IsTheSmeShareOnlyWhenTheBasesAreOne(string clause, string? expected)
    {
        var (read, diagnostics) = Read(Procurement + clause + "\n");
        Assert.Equal(expected, JsonAt(read, MicroSmallShare));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2010" && d.Severity == Severity.Error);
    }

    /// <summary>A negative share of the SME contracts is refused by the model.</summary>
    [Fact]
    public void ANegativeShare_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ProcurementStatement { MicroSmallShareOfSme = Percent.Parse("-1.00") });

    /// <summary>
    /// Any consistent 一般公共预算 fund row (年末 = 年初 + 本年收入 − 本年支出, to the cent) passes FA1215; the closing balance off
    /// by k cents beyond the rounding slack of four 2-decimal figures (|k| ≥ 3) fails it as an Error.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool AnyConsistentRow_Passes_AndAnyOffsetBeyondRounding_Fails(ushort opening, uint income, ushort spendShare, short offset)
    {
        var o = opening % 50000;
        var i = (int)(income % 5000000);
        var e = (int)((long)(o + i) * (spendShare % 1001) / 1000);
        var c = o + i - e;
        var k = offset % 400;
        var extra = k is >= 0 and < 3 ? k + 3 : k is < 0 and > -3 ? k - 3 : k;
        Severity? Finding(int closing) => Validator.Default.Validate(FundRow(o, i, e, closing)).Diagnostics
            .Where(d => d.RuleId == "FA1215").Select(d => (Severity?)d.Severity).FirstOrDefault();
        return Finding(c) is null && (c + extra < 0 || Finding(c + extra) == Severity.Error);
    }

    /// <summary>Any 小微 amount within the SME contracts, its share rounded to two decimals, passes FA2010.</summary>
    [Property(MaxTest = 60)]
    public bool AnyRoundedShare_Passes(uint sme, ushort part)
    {
        var s = (int)(sme % 1000000) + 1;
        var m = (int)((long)s * (part % 1001) / 1000);
        var share = Math.Round(m * 100m / s, 2, MidpointRounding.AwayFromZero);
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
            Narrative = new NarrativeSections
            {
                Procurement = new ProcurementStatement
                {
                    SmeContracts = new StatedFigure { Amount = Cents(s) },
                    MicroSmallContracts = new StatedFigure { Amount = Cents(m) },
                    MicroSmallShareOfSme = Percent.Parse(share.ToString("0.00", Inv)),
                },
            },
        };
        return !Validator.Default.Validate(report).Diagnostics.Any(d => d.RuleId == "FA2010" && d.Severity != Severity.Info);
    }

    /// <summary>The new members round-trip through JSON exactly, valid against the published schema, and make the report 1.10.</summary>
    [Fact]
    public void TheNewMembers_RoundTrip()
    {
        var report = FundRow(5812, 214683, 211847, 8648) with { SchemaVersion = "1.10" };
        report = report with
        {
            Narrative = report.Narrative! with
            {
                Procurement = new ProcurementStatement { MicroSmallShareOfSme = Percent.Parse("82.57") },
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"generalBudgetOpeningCarryOver\":{\"amount\":\"58.12\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"generalBudgetClosingCarryOver\":{\"amount\":\"86.48\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"microSmallShareOfSme\":\"82.57\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.10");
    }

    /// <summary>A report with the 一般公共预算 fund's four figures (in cents).</summary>
    private static FinalAccountsReport FundRow(int opening, int income, int expenditure, int closing) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Appropriation = new AppropriationStatement
            {
                GeneralBudgetOpeningCarryOver = new StatedFigure { Amount = Cents(opening) },
                GeneralBudgetIncome = new StatedFigure { Amount = Cents(income) },
                GeneralBudgetClosingCarryOver = new StatedFigure { Amount = Cents(closing) },
            },
            GeneralBudget = new GeneralBudgetStatement { Total = new StatedFigure { Amount = Cents(expenditure) } },
        },
    };

    private static Amount Cents(int cents) => Amount.Parse((cents / 100m).ToString("0.00", Inv));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
