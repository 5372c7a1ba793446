using System.Globalization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 40 (issue 8), on invented texts of our own wording and numbers: the share of one of several funds' incomes (the
/// 一般公共预算 part goes to <c>appropriation/generalBudgetIncome</c> with its share, never the total's), the 小微企业 share of
/// the SME amount (a note: the model's FA2006 share is of the procurement total), and a share of a figure named before 占 that
/// is no model member (a note, before a false FA2002 on the clause's subject).
/// </summary>
public class ShareFamiliesSessionFortyTests
{
    private const string Title = "某市园林绿化中心2023年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况说明\n";

    private const string Income = "二、收入决算情况说明\n";

    private const string Expenditure = "三、支出决算情况说明\n";

    private const string Procurement = "六、政府采购支出情况说明\n";

    private const string GeneralIncome = "/narrative/appropriation/generalBudgetIncome";

    // ---- 1. A share of one of several funds' incomes ------------------------------------------------------------------------

    /// <summary>
    /// "财政拨款收入 2400.00 万元，其中：一般公共预算…1850.00 万元，占 77.08%；政府性基金…480.00 万元，占 20.00%；国有资本经营…
    /// 70.00 万元，占 2.92%": each share is its own fund's (1850 / 2400 = 77.083 %, 480 / 2400, 70 / 2400 = 2.917 %). Before, the
    /// 一般公共预算 part was "a part the model has no field for" and its share "a share without a figure".
    /// </summary>
    [Fact]
    public void ThreeFundsIncomes_EachShareIsItsOwnFunds()
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计2,530.00万元，其中：财政拨款收入2,400.00万元，其中：一般公共预算财政拨款"
            + "收入1,850.00万元，占77.08%；政府性基金预算财政拨款收入480.00万元，占20.00%；国有资本经营预算财政拨款收入70.00万元，占2.92%。"
            + "其他收入130.00万元。\n");
        Assert.Equal("1850.00", JsonAt(read, GeneralIncome + "/amount"));
        Assert.Equal("77.08", JsonAt(read, GeneralIncome + "/share"));
        Assert.Equal("480.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Equal("2.92", JsonAt(read, "/narrative/stateCapital/currentYearIncome/share"));
        Assert.Equal("2400.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/income/total/share"));
        Assert.False(Noted(read, "A share without a figure"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The overview's "本年收入中，一般公共预算财政拨款收入 X 万元，占比 Y%；政府性基金…" (blind round 36's t06 family, our numbers:
    /// 1440 / 4800 = 30 %, 3264 / 4800 = 68 %), in each wording of the 一般公共预算 part's name; the year's income keeps no share.
    /// </summary>
    [Theory]
    [InlineData("一般公共预算财政拨款收入")]
    [InlineData("其中：一般公共预算财政拨款收入")]
    [InlineData("一般公共预算财政拨款收入为")]
    public void OverviewFundsIncomes_TheGeneralBudgetShareIsKept(string name)
    {
        var (read, diagnostics) = Read(Title + Overview + "2023年度收入总计5,000.00万元，其中本年收入4,800.00万元、上年结转200.00万元。"
            + "本年收入中，" + name + "1,440.00万元，占比30.00%；政府性基金预算财政拨款收入3,264.00万元，占比68.00%；"
            + "国有资本经营预算财政拨款收入96.00万元，占比2.00%。\n");
        Assert.Equal("1440.00", JsonAt(read, GeneralIncome + "/amount"));
        Assert.Equal("30.00", JsonAt(read, GeneralIncome + "/share"));
        Assert.Equal("68.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Equal("2.00", JsonAt(read, "/narrative/stateCapital/currentYearIncome/share"));
        Assert.Equal("4800.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/share"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A near miss: a label that says more than the fund's name ("一般公共预算财政拨款收入中的基本支出经费") is not the part; it stays
    /// a note as before, and its share is placed nowhere.
    /// </summary>
    [Fact]
    public void FundPartLabelSayingMore_StaysANote()
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计2,530.00万元，其中：财政拨款收入2,400.00万元。一般公共预算财政拨款收入"
            + "安排的基本经费1,850.00万元，占77.08%；政府性基金预算财政拨款收入480.00万元，占20.00%。\n");
        Assert.Null(JsonAt(read, GeneralIncome + "/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/income/total/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A second, different value of the 一般公共预算 part (the overview says 1440.00, a later sentence 1500.00) is not placed
    /// over the first: the first stays, the second is a note as before. The first's share (30.00 % of 本年收入 4800.00) is a
    /// note since session 41: the parts listed (1440.00 + 3264.00) do not make up 本年收入, so it is no share of 财政拨款本年收入,
    /// which the model's share is (FA2007; FundPartShareBases).
    /// </summary>
    [Fact]
    public void GeneralBudgetPartHeldWithAnotherValue_IsNotOverwritten()
    {
        var (read, _) = Read(Title + Overview + "本年收入4,800.00万元。本年收入中，一般公共预算财政拨款收入1,440.00万元，占比30.00%；"
            + "政府性基金预算财政拨款收入3,264.00万元，占比68.00%。\n" + Income + "本年收入合计4,800.00万元。其中：一般公共预算财政拨款收入"
            + "1,500.00万元，占31.25%；政府性基金预算财政拨款收入3,300.00万元。\n");
        Assert.Equal("1440.00", JsonAt(read, GeneralIncome + "/amount"));
        Assert.Null(JsonAt(read, GeneralIncome + "/share"));
        Assert.True(Noted(read, "A share of another base"));
    }

    // ---- 2. The 小微企业 share of the SME amount -----------------------------------------------------------------------------

    /// <summary>The procurement paragraph: total 640.00 (goods 160.00, works 320.00, services 160.00), SME 480.00, 小微 192.00.</summary>
    private static string ProcurementText(string smeShare, string microShare)
        => Title + Procurement + "2023年度政府采购支出总额640.00万元，其中：政府采购货物支出160.00万元、政府采购工程支出320.00万元、"
            + "政府采购服务支出160.00万元。授予中小企业合同金额480.00万元，占政府采购支出总额的" + smeShare + "%，其中授予小微企业合同金额"
            + "192.00万元，" + microShare + "。\n";

    /// <summary>
    /// "其中授予小微企业合同金额 192.00 万元，占授予中小企业合同金额的 40.00%": 192 / 480 = 40 % is a share of the SME amount, which
    /// the model had no place for (FA2006 divides by the procurement total: 192 / 640 = 30 %): a note, no Error; the SME share
    /// 480 / 640 = 75 % is read and passes. Session 45 (schema 1.10): it is <c>microSmallShareOfSme</c> now, checked by FA2010.
    /// </summary>
    [Fact]
    public void MicroSmallShareOfTheSmeAmount_IsANote_NoFalseError()
    {
        var (read, diagnostics) = Read(ProcurementText("75.00", "占授予中小企业合同金额的40.00%"));
        Assert.Equal("75.00", JsonAt(read, "/narrative/procurement/smeContracts/share"));
        Assert.Equal("192.00", JsonAt(read, "/narrative/procurement/microSmallContracts/amount"));
        Assert.Null(JsonAt(read, "/narrative/procurement/microSmallContracts/share"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/procurement/microSmallShareOfSme"));   // session 45
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A planted wrong SME share (72.00 % for 75 %) is still one FA2006 Error on the SME share, whatever the 小微 share of the SME
    /// base says (session 45: a wrong one, 45 % for 40 %, is FA2010's own Error on it, never FA2006's).
    /// </summary>
    [Theory]
    [InlineData("占授予中小企业合同金额的40.00%")]
    [InlineData("占授予中小企业合同金额的45.00%")]
    [InlineData("占40.00%")]
    public void PlantedWrongSmeShare_IsReported_TheMicroShareNever(string microShare)
    {
        var (read, diagnostics) = Read(ProcurementText("72.00", microShare));
        Assert.Null(JsonAt(read, "/narrative/procurement/microSmallContracts/share"));
        Assert.Equal(
            microShare.Contains("45.00", StringComparison.Ordinal)
                ? ["FA2006 /narrative/procurement/smeContracts/share", "FA2010 /narrative/procurement/microSmallShareOfSme"]
                : ["FA2006 /narrative/procurement/smeContracts/share"],
            Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The 小微 share written of the procurement total is the model's own and is checked: 192 / 640 = 30 %, so "30.00%" passes
    /// and a planted "33.00%" is one FA2006 Error on the 小微 share.
    /// </summary>
    [Theory]
    [InlineData("30.00", false)]
    [InlineData("33.00", true)]
    public void MicroSmallShareOfTheTotal_IsChecked(string share, bool wrong)
    {
        var (read, diagnostics) = Read(ProcurementText("75.00", "占政府采购支出总额的" + share + "%"));
        Assert.Equal(share, JsonAt(read, "/narrative/procurement/microSmallContracts/share"));
        Assert.Equal(wrong ? ["FA2006 /narrative/procurement/microSmallContracts/share"] : [], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// For any procurement total, SME amount (at most the total) and 小微 amount (at most the SME amount), the shares worked out
    /// exactly and rounded to 2 decimals — the SME share of the total, the 小微 share of the SME amount — never give an Error,
    /// and the 小微 share of the SME base is never stored.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool RightSharesOfTheirOwnBases_NeverAnError(PositiveInt totalSeed, NonNegativeInt smeSeed, NonNegativeInt microSeed)
    {
        var total = 100m + totalSeed.Get % 999_900 / 100m;
        var sme = Math.Round(total * (smeSeed.Get % 10_001) / 10_000m, 2);
        var micro = Math.Round(sme * (microSeed.Get % 10_001) / 10_000m, 2);
        if (sme == 0m)
        {
            return true;   // a share of a zero base is FA2009's case, not this one
        }

        var text = Title + Procurement + "2023年度政府采购支出总额" + Money(total) + "万元。授予中小企业合同金额" + Money(sme)
            + "万元，占政府采购支出总额的" + Share(sme, total) + "%，其中授予小微企业合同金额" + Money(micro) + "万元，占授予中小企业合同金额的"
            + Share(micro, sme) + "%。\n";
        var (read, diagnostics) = Read(text);
        return Errors(diagnostics).Length == 0 && JsonAt(read, "/narrative/procurement/microSmallContracts/share") is null
            && JsonAt(read, "/narrative/procurement/smeContracts/share") == Share(sme, total);
    }

    // ---- 3. A name before 占 that resolves to no model member --------------------------------------------------------------

    /// <summary>The 支出 paragraph: 本年支出合计 1000.00, 基本支出 800.00 (80 %), 项目支出 200.00 (20 %), then <paramref name="tail"/>.</summary>
    private static string ExpenditureText(string tail)
        => Title + Expenditure + "本年支出合计1,000.00万元，其中：基本支出800.00万元，占80.00%；项目支出200.00万元，占20.00%，" + tail + "。\n";

    /// <summary>
    /// A share of a figure named before 占 that is no model member is a note, never the clause's subject's: before, "培训费占比
    /// 6.0%" was stored as 项目支出's share and FA2002 reported 6.0 % against 200 / 1000 = 20 % (a false Error).
    /// </summary>
    [Theory]
    [InlineData("培训费占比6.0%", "培训费")]
    [InlineData("其中培训费占6.0%", "培训费")]
    [InlineData("其中信息化建设项目支出占30.00%", "信息化建设项目支出")]
    [InlineData("课题研究经费占本年支出的1.5%", "课题研究经费")]
    [InlineData("专项业务费所占比重为45.0%", "专项业务费")]
    public void ShareOfAnUnknownName_IsANote_NoFalseFA2002(string tail, string name)
    {
        var (read, diagnostics) = Read(ExpenditureText(tail));
        Assert.Equal("20.00", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.True(Noted(read, "The share of \"" + name + "\": the model has no such figure"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The same under 基本支出 with the base named ("其中会议费占本年支出的 3.0%"): before, 3.0 % was 基本支出's share and a false
    /// FA2002 against 800 / 1000 = 80 %.
    /// </summary>
    [Fact]
    public void ShareOfAnUnknownNameWithItsBase_IsANote()
    {
        var (read, diagnostics) = Read(Title + Expenditure + "本年支出合计1,000.00万元，其中：基本支出800.00万元，其中会议费占本年支出的3.0%；"
            + "项目支出200.00万元，占20.00%。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.True(Noted(read, "The share of \"会议费\""));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near misses that are the subject's own share and stay so (checked by FA2002: a wrong one is still an Error): a name
    /// pointing back at it ("该项支出占", "上述支出占") and the subject named again.
    /// </summary>
    [Theory]
    [InlineData("项目支出200.00万元，该项支出占本年支出的20.00%", "20.00", false)]
    [InlineData("项目支出200.00万元，上述支出占比25.00%", "25.00", true)]
    [InlineData("项目支出200.00万元，项目支出占本年支出的25.00%", "25.00", true)]
    public void ShareOfTheSubjectNamedAgain_IsTheSubjects(string clause, string share, bool wrong)
    {
        var (read, diagnostics) = Read(Title + Expenditure + "本年支出合计1,000.00万元，其中：基本支出800.00万元，占80.00%；" + clause + "。\n");
        Assert.Equal(share, JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal(wrong ? ["FA2002 /narrative/expenditure/project/share"] : [], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "基本支出…、项目支出…，分别占本年支出的 80.00%、20.00%": before session 40, 80.00 % after "分别占本年支出的" was stored as
    /// the last figure's (项目支出's) share, a false FA2002 against 200 / 1000 = 20 %; session 40 made the shares of a list a
    /// note, and session 41 pairs them with the listed figures in order (ShareListPairing): never the last figure's.
    /// </summary>
    [Fact]
    public void SharesOfAListWrittenFenBie_ArePairedInOrder_NeverTheLastFigures()
    {
        var (read, diagnostics) = Read(Title + Expenditure + "本年支出合计1,000.00万元，其中基本支出800.00万元、项目支出200.00万元，"
            + "分别占本年支出的80.00%、20.00%。\n");
        Assert.Equal("200.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.False(Noted(read, "Shares written \"respectively"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Invented names of no model member, for the property.</summary>
    private static readonly string[] UnknownNames = ["培训费", "会议费", "课题研究经费", "信息系统运维项目支出", "专项业务费", "设备购置费"];

    /// <summary>
    /// For any 项目支出 amount (its share written right) and any share of an unknown name after it, in any of the share wordings:
    /// no Error, the 项目支出 share stays the written one, and the unknown name's share is noted.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool UnknownNamesShare_NeverAnError_NeverTheSubjects(NonNegativeInt projectSeed, NonNegativeInt shareSeed, NonNegativeInt pick)
    {
        var project = 1m + projectSeed.Get % 99_900 / 100m;
        var basic = 1000m - project;
        var projectShare = Share(project, 1000m);
        var name = UnknownNames[pick.Get % UnknownNames.Length];
        var word = new[] { "占", "占比", "占本年支出的", "所占比例为" }[pick.Get / UnknownNames.Length % 4];
        var share = (shareSeed.Get % 10_000 / 100m).ToString("F2", CultureInfo.InvariantCulture);
        var (read, diagnostics) = Read(Title + Expenditure + "本年支出合计1,000.00万元，其中：基本支出" + Money(basic) + "万元；项目支出"
            + Money(project) + "万元，占" + projectShare + "%，其中" + name + word + share + "%。\n");
        return Errors(diagnostics).Length == 0 && JsonAt(read, "/narrative/expenditure/project/share") == projectShare
            && Noted(read, "The share of \"" + name + "\"");
    }

    private static string Share(decimal part, decimal whole)
        => Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
