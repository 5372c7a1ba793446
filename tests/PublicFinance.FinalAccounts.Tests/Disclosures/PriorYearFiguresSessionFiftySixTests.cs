using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 56 (priors56, schema 1.15; blind round 52's t09 pattern): a prior-year figure stated beside a figure with no change
/// of its own — "本年收入 X 万元（上年：Y 万元）", "（2019年：Y）" in a 2020 text, "上年决算数为 Y 万元", "（上年同期：Y）" — is the
/// figure's own <see cref="StatedFigure.PriorYearAmount"/>. At the base (d39961e0) the model had the member on a 类/款/项 only:
/// every such prior was put in a change without a direction and dropped with a note ("A change without its direction …
/// was not placed"), so each assertion on a <c>priorYearAmount</c> below fails there (<c>/tmp/cli-base</c> on the same texts
/// writes none). No change amount or rate is derived from a lone prior, and no Error follows from one. Invented texts only.
/// </summary>
public sealed class PriorYearFiguresSessionFiftySixTests
{
    private const string Title = "青松县档案馆2020年度部门决算公开说明\n";

    /// <summary>The overview's totals and its 上年结转 each keep the bracketed prior year after their amount; no change is made.</summary>
    [Fact]
    public void OverviewBrackets_AreEachFiguresPriorYear()
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况\n"
            + "2020年度收入合计612.30万元（上年：580.10万元），其中：本年收入600.00万元（上年：570.00万元），"
            + "上年结转12.30万元（上年：10.10万元）。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("580.10", At(read, "/narrative/overall/incomeGrandTotal/priorYearAmount"));
        Assert.Equal("570.00", At(read, "/narrative/overall/currentYearIncome/priorYearAmount"));
        Assert.Equal("12.30", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("10.10", At(read, "/narrative/overall/openingCarryOver/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/overall/change"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change"));
        Assert.Equal("1.15", read.Report.SchemaVersion);
    }

    /// <summary>The wordings of a lone prior: 上年决算数为, （上年同期：…）, （上年数为…）, （2019年：…） in a 2020 text.</summary>
    [Fact]
    public void PriorWordings_AreRead()
    {
        var (read, diagnostics) = Read(Title + "一、收入决算情况\n"
            + "2020年度本年收入合计1,286.50万元，上年决算数为1,190.20万元。其中：财政拨款收入1,200.00万元（2019年：1,100.00万元），"
            + "占93.28%；其他收入86.50万元（2019年：90.20万元），占6.72%。\n"
            + "二、支出决算情况\n"
            + "2020年度本年支出合计1,250.00万元（上年同期：1,180.00万元），其中：基本支出800.00万元（上年数：760.00万元），占64.00%；"
            + "项目支出450.00万元（上年数为420.00万元），占36.00%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1190.20", At(read, "/narrative/income/total/priorYearAmount"));
        Assert.Equal("1100.00", At(read, "/narrative/income/fiscalAppropriation/priorYearAmount"));
        Assert.Equal("93.28", At(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("90.20", At(read, "/narrative/income/otherIncome/priorYearAmount"));
        Assert.Equal("1180.00", At(read, "/narrative/expenditure/total/priorYearAmount"));
        Assert.Equal("760.00", At(read, "/narrative/expenditure/basic/priorYearAmount"));
        Assert.Equal("420.00", At(read, "/narrative/expenditure/project/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));
    }

    /// <summary>
    /// A bracket beside a stated change stays that change's prior (FA2104/FA2105 check it), the figure gets none; the 三公
    /// items without a change keep theirs.
    /// </summary>
    [Fact]
    public void BracketWithAStatedChange_StaysTheChanges()
    {
        var (read, diagnostics) = Read(Title + "三、“三公”经费财政拨款支出决算情况\n"
            + "2020年度“三公”经费财政拨款支出12.60万元（上年：15.40万元），比上年减少2.80万元，下降18.18%，主要原因是严格控制公务接待。"
            + "其中：公务用车购置及运行费9.10万元（上年：10.30万元）；公务接待费3.50万元（上年：5.10万元）。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("15.40", At(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/threePublic/total/change/direction"));
        Assert.Null(At(read, "/narrative/threePublic/total/priorYearAmount"));
        Assert.Equal("10.30", At(read, "/narrative/threePublic/vehiclesSubtotal/priorYearAmount"));
        Assert.Equal("5.10", At(read, "/narrative/threePublic/reception/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/change"));
    }

    /// <summary>Whatever the two amounts, a bracketed prior is read as written and never becomes an Error or a change.</summary>
    [Property(MaxTest = 25)]
    public bool AnyBracketedPrior_IsReadAsWritten(uint current, uint prior)
    {
        var c = Cents((int)(current % 9000000) + 1);
        var p = Cents((int)(prior % 9000000) + 1);
        var (read, diagnostics) = Read(Title + "二、支出决算情况\n2020年度本年支出合计" + c + "万元，其中：基本支出" + c + "万元（上年："
            + p + "万元），占100.00%。\n");
        return At(read, "/narrative/expenditure/basic/amount") == c && At(read, "/narrative/expenditure/basic/priorYearAmount") == p
            && JsonAt(read, "/narrative/expenditure/basic/change") is null && !diagnostics.Any(d => d.Severity == Severity.Error);
    }

    /// <summary>The member round-trips through the JSON contract, is schema-valid, and makes the report's floor 1.15.</summary>
    [Fact]
    public void StatedFigurePrior_RoundTripsAt115()
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "青松县档案馆", FiscalYear = 2020 },
            Narrative = new NarrativeSections
            {
                Income = new IncomeStatement
                {
                    Total = new StatedFigure { Amount = Amount.Parse("600.00"), PriorYearAmount = Amount.Parse("570.00") },
                },
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"priorYearAmount\":\"570.00\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.15");
    }

    private static string Cents(int hundredths) => (hundredths / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
