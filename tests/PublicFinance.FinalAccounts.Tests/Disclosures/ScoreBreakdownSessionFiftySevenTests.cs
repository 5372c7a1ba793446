using FsCheck;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 57 (evals57, blind round 53 t08's family): a project self-evaluation in prose whose total is broken into scores
/// without the indicators' weights — "自评得分92.5分。其中：预算执行率得分9.5分（分值10分），产出指标得分47分，效益指标得分27分，
/// 满意度指标得分9分。" Invented texts (none copied from the blind rounds): the breakdown is read into the evaluation's fund
/// score and indicators so that FA3003 weighs the total against it; a total below its parts is an Error; a total above them,
/// or a breakdown that lacks 满意度, stays a note (a part may have been left out).
/// </summary>
public class ScoreBreakdownSessionFiftySevenTests
{
    private const string Head = "某市文化广电和旅游局2022年度部门决算说明\n一、支出决算情况说明\n本年支出合计900.00万元，其中基本支出770.00万元，"
        + "项目支出130.00万元。\n二、预算绩效管理工作开展情况\n本部门对2个项目开展绩效自评，涉及全年预算数130.00万元，全年执行数121.00万元。\n";

    /// <summary>80.00 budget, 76.00 executed (95.00 %); 9.5 + 47 + 27 + 9 = 92.5.</summary>
    private const string First = "1.非遗保护传承项目。年初预算90.00万元，全年预算数80.00万元，全年执行数76.00万元，执行率95.00%，自评得分92.5分。"
        + "其中：预算执行率得分9.5分（分值10分），产出指标得分47分，效益指标得分27分，满意度指标得分9分。全年举办展演活动16场。\n";

    /// <summary>50.00 budget, 45.00 executed (90.00 %); 9 + 45 + 26.5 + 8.5 = 89.</summary>
    private const string Second = "2.公共文化数字化项目。年初预算50.00万元，全年预算数50.00万元，全年执行数45.00万元，执行率90.00%，自评得分89分。"
        + "其中：预算执行率得分9分（分值10分），产出指标得分45分，效益指标得分26.5分，满意度指标得分8.5分。\n";

    private const string E0 = "/performance/evaluations/0/";

    /// <summary>Both breakdowns are read (scores, no invented weight) and hold: no Error.</summary>
    [Fact]
    public void ABreakdownOfTheTotal_IsReadAsTheEvaluationsScores()
    {
        var (read, diagnostics) = Read(Head + First + Second);
        Assert.Empty(Errors(diagnostics));
        var evaluations = read.Report.Performance!.Evaluations;
        Assert.Equal(2, evaluations.Count);
        Assert.Equal("92.5", At(read, E0 + "totalScore"));
        Assert.Equal("9.5", At(read, E0 + "funds/0/score"));
        Assert.Equal("10", At(read, E0 + "funds/0/weight"));
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], evaluations[0].Indicators.Select(i => i.Level1));
        Assert.Equal("47", At(read, E0 + "indicators/0/score"));
        Assert.Equal("27", At(read, E0 + "indicators/1/score"));
        Assert.Equal("9", At(read, E0 + "indicators/2/score"));
        Assert.Null(At(read, E0 + "indicators/0/weight"));
        Assert.Equal("26.5", At(read, "/performance/evaluations/1/indicators/1/score"));
        Assert.Equal("89", At(read, "/performance/evaluations/1/totalScore"));
    }

    /// <summary>A total below its listed parts (88.5 for 9.5 + 47 + 27 + 9 = 92.5) is FA3003 at the total's pointer.</summary>
    [Fact]
    public void ATotalBelowItsParts_IsFA3003()
    {
        var (_, diagnostics) = Read(Head + First.Replace("自评得分92.5分", "自评得分88.5分") + Second);
        var error = Assert.Single(diagnostics, d => d.Severity == FinalAccounts.Validation.Severity.Error);
        Assert.Equal("FA3003", error.RuleId);
        Assert.Contains(E0 + "totalScore", error.Pointers);
    }

    /// <summary>
    /// A total above its listed parts (96.5 for 92.5: a 成本指标 may have been left out), or a breakdown without 满意度 (80 for
    /// 9.5 + 47 + 27 = 83.5), is no Error: the indicators and the total are a note, the fund line is read as before.
    /// </summary>
    [Theory]
    [InlineData("自评得分92.5分", "自评得分96.5分")]
    [InlineData("自评得分92.5分。其中：预算执行率得分9.5分（分值10分），产出指标得分47分，效益指标得分27分，满意度指标得分9分",
        "自评得分80分。其中：预算执行率得分9.5分（分值10分），产出指标得分47分，效益指标得分27分")]
    public void ABreakdownThatMayLackAPart_IsANote(string was, string now)
    {
        var (read, diagnostics) = Read(Head + First.Replace(was, now) + Second);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, E0 + "totalScore"));
        Assert.Empty(read.Report.Performance!.Evaluations[0].Indicators);
        Assert.Equal("9.5", At(read, E0 + "funds/0/score"));
        Assert.True(Noted(read, "names only some first-level indicators"));
    }

    /// <summary>
    /// Any breakdown whose total is its parts' sum (tenths of a point) is read whole with no Error; the same total lowered by
    /// more than two points is FA3003.
    /// </summary>
    [Property(MaxTest = 25)]
    public void AnyBreakdown_IsCheckedAgainstItsTotal(byte fund, byte output, byte effect, byte satisfaction)
    {
        var (f, o, e, s) = (1 + fund % 91 / 10m, 1 + output % 50, 1 + effect % 30, 1 + satisfaction % 91 / 10m);
        var total = f + o + e + s;
        string Body(decimal stated) => $"1.非遗保护传承项目。年初预算90.00万元，全年预算数80.00万元，全年执行数76.00万元，执行率95.00%，"
            + $"自评得分{stated.ToString(System.Globalization.CultureInfo.InvariantCulture)}分。其中：预算执行率得分"
            + $"{f.ToString(System.Globalization.CultureInfo.InvariantCulture)}分（分值10分），产出指标得分{o}分，效益指标得分{e}分，"
            + $"满意度指标得分{s.ToString(System.Globalization.CultureInfo.InvariantCulture)}分。\n";
        var (read, diagnostics) = Read(Head + Body(total) + Second);
        Assert.DoesNotContain(Errors(diagnostics), x => x.StartsWith("FA3003", StringComparison.Ordinal));
        Assert.Equal(3, read.Report.Performance!.Evaluations[0].Indicators.Count);
        var (_, wrong) = Read(Head + Body(total - 3m) + Second);
        Assert.Contains(wrong, d => d.RuleId == "FA3003" && d.Pointers.Contains(E0 + "totalScore"));
    }
}
