using FsCheck;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// What session 41's merge of its engineers' branches showed: a quoted project's 资金 after the evaluated projects' 涉及资金
/// became the projects' budget (a false FA3011), and a share finding did not name the figures it was checked against.
/// </summary>
public class MergeFixesSessionFortyOneTests
{
    private const string Head = "某区市场监督管理局2018年度部门决算说明\n一、支出决算情况说明\n本年支出合计900.00万元，其中基本支出600.00万元，"
        + "项目支出300.00万元。\n二、预算绩效情况说明\n";

    /// <summary>
    /// “其中“X”项目资金153.82万元” after “N个项目…涉及资金266.87万元” is that one project's figure: a note, never
    /// /performance/projectBudget; the evaluated projects' 涉及资金 stays theirs.
    /// </summary>
    [Theory]
    [InlineData("其中“食品安全监督抽检”项目资金153.82万元，自评得分91分。")]
    [InlineData("其中“食品安全监督抽检项目”资金153.82万元，自评得分91分。")]
    [InlineData("其中「食品安全监督抽检」项目预算数153.82万元。")]
    public void AQuotedProjectsFunds_AreThatProjects(string tail)
    {
        var (read, diagnostics) = Read(Head + "本部门对2018年度5个一般公共预算项目开展了绩效自评，涉及资金266.87万元。" + tail + "\n");

        Assert.Equal("266.87", At(read, "/performance/projectFunds"));
        Assert.Null(At(read, "/performance/projectBudget"));
        Assert.True(Noted(read, "most likely another project's"));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.Contains("153.82", StringComparison.Ordinal));
    }

    /// <summary>Near miss: an unquoted 项目资金 of the evaluated projects is still their budget.</summary>
    [Fact]
    public void TheProjectsOwnBudget_IsStillRead()
    {
        var (read, _) = Read(Head + "本部门对2018年度5个项目开展了绩效自评，项目预算数300.00万元，执行数280.00万元。\n");

        Assert.Equal("300.00", At(read, "/performance/projectBudget"));
        Assert.Equal("280.00", At(read, "/performance/projectExecuted"));
    }

    /// <summary>
    /// A wrong share's finding names its numerator and denominator as printed (LocatedPairRatio): a reviewer sees that
    /// 150.00 / 1200.00 was checked, not another base.
    /// </summary>
    [Fact]
    public void AShareFinding_NamesItsNumeratorAndDenominator()
    {
        var text = "某县教育局2020年度部门决算说明\n一、收入决算情况说明\n本年收入合计1200.00万元，其中：财政拨款收入1050.00万元，占87.50%；"
            + "事业收入150.00万元，占13.50%。\n";
        var (_, diagnostics) = Read(text);

        var share = Assert.Single(diagnostics, d => d.RuleId == "FA2001");
        Assert.Contains("numerator 150.00, denominator 1200.00", share.MessageEn, StringComparison.Ordinal);
        Assert.Contains("分子 150.00，分母 1200.00", share.MessageZh, StringComparison.Ordinal);
    }

    /// <summary>Property: any wrong share of 事业收入 names exactly the part and the total it was checked against.</summary>
    [Property(MaxTest = 25)]
    public bool AnyWrongShare_NamesItsFigures(PositiveInt partCents, PositiveInt restCents)
    {
        var part = (partCents.Get % 100_000 + 1_000) / 100m;   // ≥ 10.00: on 0.02 / 0.04 the rounding range holds 55%
        var total = part + (restCents.Get % 100_000 + 1_000) / 100m;
        var wrong = Math.Round(part / total * 100m, 2) + 5m;
        var text = "某县教育局2020年度部门决算说明\n一、收入决算情况说明\n本年收入合计" + total.ToString("0.00") + "万元，其中：事业收入"
            + part.ToString("0.00") + "万元，占" + wrong.ToString("0.00") + "%。\n";
        var (_, diagnostics) = Read(text);

        return diagnostics.Any(d => d.RuleId == "FA2001"
            && d.MessageEn.Contains(
                "numerator " + part.ToString("0.00") + ", denominator " + total.ToString("0.00"), StringComparison.Ordinal));
    }

    private const string FundHead = "某镇人民政府2021年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n"
        + "2021年度财政拨款收入总计1500.00万元，本年收入1400.00万元，其中：一般公共预算财政拨款收入1000.00万元；"
        + "政府性基金预算财政拨款收入400.00万元。\n";

    /// <summary>
    /// “1、政府性基金预算。本年收入400.00万元，本年支出420.00万元” (NarrativeReader.FundHeadedParagraphs.cs): the paragraph's
    /// head names the fund, so its bare flows are the fund's, never the whole 财政拨款's (before: 420.00 became the whole's
    /// current-year expenditure).
    /// </summary>
    [Theory]
    [InlineData("1、政府性基金预算。")]
    [InlineData("（一）政府性基金预算财政拨款：")]
    [InlineData("政府性基金。")]
    public void AFundHeadedParagraph_StatesTheFundsFlows(string head)
    {
        var (read, diagnostics) = Read(FundHead + head + "上年结转50.00万元，本年收入400.00万元，本年支出420.00万元，结转下年30.00万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("400.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("420.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal("1400.00", At(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
    }

    /// <summary>Near miss: a paragraph whose head names no fund (“2021年度收支情况如下。”): its bare 本年支出 is no fund's.</summary>
    [Fact]
    public void AHeadOfMoreWords_IsNoFundsHead()
    {
        var (read, _) = Read(FundHead + "2021年度收支情况如下。本年支出420.00万元。\n");

        Assert.Null(At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
    }

    /// <summary>
    /// “一般公共预算财政拨款上年结转298.64万元，本年支出7652.80万元” with no whole 财政拨款支出 stated before: the later bare
    /// 本年支出 is the 一般公共预算 part's (typed so by the statements), its total — never the whole 财政拨款's current-year
    /// expenditure (before: a false FA1208 against 一般公共预算 + 政府性基金).
    /// </summary>
    [Fact]
    public void AGeneralBudgetSentencesLaterFlow_IsThePartsNotTheWholes()
    {
        var text = "某区卫生健康局2020年度部门决算说明\n五、财政拨款收入支出决算总体情况说明\n财政拨款收入8325.36万元，其中一般公共预算"
            + "财政拨款7705.36万元，政府性基金预算财政拨款620.00万元。一般公共预算财政拨款上年结转298.64万元，本年支出7652.80万元，"
            + "结转下年351.20万元；政府性基金预算财政拨款支出600.00万元。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("7652.80", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
    }
}
