using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The false-Error and false-Warning families of the round-26 blind excerpts that blindfixa fixed, on invented texts of their
/// own (several wordings each; none is a copy of the blind texts), each with a near miss: a series of years (f2), two years in
/// one sentence (f1), the income and the expenditure change in one sentence with one reason (w1), and a comparison on an
/// adjusted basis beside the plain one (f3).
/// </summary>
public class BlindRoundTwentySixATests
{
    private static (DisclosureReadResult Read, List<Diagnostic> Diagnostics) Check(string text) => TextReading.Read(text);

    private static string[] Errors(List<Diagnostic> diagnostics) => TextReading.Errors(diagnostics);

    private static string[] Warnings(List<Diagnostic> diagnostics) => TextReading.Of(diagnostics, Severity.Warning);

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    private static int NotesWith(DisclosureReadResult read, string words)
        => read.Notes.Count(n => n.MessageEn.Contains(words, StringComparison.Ordinal));

    private const string Overall = "/narrative/overall/";

    // ---- f2: a series of years ----

    /// <summary>
    /// A 2021 report's series of three years: the 2021 value is the figure (income 660.00, expenditure 648.00), the 2020 value
    /// its prior-year amount (600.00, 600.00: 660 − 600 = 60.00, 60 / 600 = 10.00 %; 648 − 600 = 48.00, 48 / 600 = 8.00 %), the
    /// 2019 value a note. Grand totals 700.00 = 660.00 + 40.00 = 648.00 + 52.00. Before: the 2019 value was read as this year's
    /// (FA1201, FA2104, FA8003).
    /// </summary>
    [Theory]
    [InlineData("2019年、2020年、2021年本年收入合计分别为540.00万元、600.00万元和660.00万元，2021年比2020年增加60.00万元，增长10.00%。",
        "本年支出合计2019—2021年依次为560.00万元、600.00万元、648.00万元，2021年较上年增加48.00万元，增长8.00%。")]
    [InlineData("本年收入合计2019年、2020年和2021年分别是540.00万元、600.00万元、660.00万元，较上年增加60.00万元，增长10.00%。",
        "2019至2021年本年支出合计依次为560.00万元、600.00万元、648.00万元，比上年增加48.00万元，增长8.00%。")]
    [InlineData("近三年本年收入合计分别为：2019年540.00万元，2020年600.00万元，2021年660.00万元，比上年增加60.00万元，增长10.00%。",
        "本年支出合计2019年至2021年分别为560.00万元、600.00万元及648.00万元，比上年增加48.00万元，增长8.00%。")]
    public void AYearSeries_ReadsOnlyTheReportYearAsTheFigure(string income, string expenditure)
    {
        var (read, diagnostics) = Check("某县档案馆2021年度部门决算\n一、收入支出决算总体情况\n"
            + "2021年度收入总计700.00万元，支出总计700.00万元。" + income + expenditure
            + "年初结转和结余40.00万元，年末结转和结余52.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("660.00", At(read, Overall + "currentYearIncome/amount"));
        Assert.Equal("600.00", At(read, Overall + "currentYearIncome/change/priorYearAmount"));
        Assert.Equal("10.00", At(read, Overall + "currentYearIncome/change/rate"));
        Assert.Equal("648.00", At(read, Overall + "currentYearExpenditure/amount"));
        Assert.Equal("600.00", At(read, Overall + "currentYearExpenditure/change/priorYearAmount"));
        Assert.Equal("48.00", At(read, Overall + "currentYearExpenditure/change/amount"));
        Assert.Equal(2, NotesWith(read, "A value of another year"));   // the two 2019 values
    }

    /// <summary>
    /// The series in the 三公 section ("近三年…分别为：2019年 A，2020年 B，2021年 C"): the total is 5.40 (2021), its prior 6.00
    /// (6.00 − 5.40 = 0.60, 0.60 / 6.00 = 10.00 %), and the 2019 value 7.20 a note.
    /// </summary>
    [Theory]
    [InlineData("近三年“三公”经费财政拨款支出分别为：2019年7.20万元，2020年6.00万元，2021年5.40万元。")]
    [InlineData("2019—2021年“三公”经费财政拨款支出分别为7.20万元、6.00万元、5.40万元。")]
    public void AYearSeries_InTheThreePublicSection(string series)
    {
        var (read, diagnostics) = Check("某县档案馆2021年度部门决算\n二、“三公”经费财政拨款支出决算情况\n" + series
            + "2021年比上年减少0.60万元，下降10.00%，主要是压减公务用车运行费。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("5.40", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("6.00", At(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Equal("0.60", At(read, "/narrative/threePublic/total/change/amount"));
        Assert.Equal(1, NotesWith(read, "A value of another year"));
    }

    /// <summary>
    /// Years that cannot be paired one to one with the values (three years, two values), or a report whose year is unknown:
    /// no value is the figure; each is a note (so nothing is checked against a guessed year).
    /// </summary>
    [Theory]
    [InlineData("某县档案馆2021年度部门决算\n", "2019年、2020年、2021年本年收入合计分别为600.00万元和660.00万元。")]
    [InlineData("某县档案馆部门决算\n", "2019年、2020年、2021年本年收入合计分别为540.00万元、600.00万元和660.00万元。")]
    [InlineData("某县档案馆部门决算\n", "本年收入合计2020年为600.00万元，2021年为660.00万元。")]
    public void UnpairedYears_OrAnUnknownReportYear_ReadNoFigure(string title, string sentence)
    {
        var (read, diagnostics) = Check(title + "一、收入支出决算总体情况\n" + sentence + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, Overall + "currentYearIncome/amount"));
        Assert.True(NotesWith(read, "cannot be paired") >= 2);
    }

    /// <summary>
    /// The near miss: one year, the report's, before its figure's name ("2021年本年收入合计为 660.00 万元，比2020年的 600.00 万元
    /// 增加…") is read as before — 660.00 the figure, the 2020 amount its prior year through the comparison (比/较).
    /// </summary>
    [Fact]
    public void TheReportYearAlone_IsReadAsBefore()
    {
        var (read, diagnostics) = Check("某县档案馆2021年度部门决算\n一、收入支出决算总体情况\n"
            + "2021年本年收入合计为660.00万元，比2020年600.00万元增加60.00万元，增长10.00%，主要是新增档案数字化项目。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("660.00", At(read, Overall + "currentYearIncome/amount"));
        Assert.Equal("60.00", At(read, Overall + "currentYearIncome/change/amount"));
        Assert.Equal(0, NotesWith(read, "A value of another year"));
    }

    // ---- f1: two years in one sentence ----

    /// <summary>
    /// "本年支出合计2020年为 A，2021年为 B": B (2021, the report year) is the figure, A its prior year: 910.00 − 830.00 = 80.00,
    /// 80 / 830 = 9.64 %; in either order, with 为, 是 or ':'. Before: A was read as this year's (FA2104 on base A − 80).
    /// </summary>
    [Theory]
    [InlineData("本年支出合计2020年为830.00万元，2021年为910.00万元，增加80.00万元，增长9.64%。")]
    [InlineData("本年支出合计2021年为910.00万元，2020年为830.00万元，增加80.00万元，增长9.64%。")]
    [InlineData("本年支出合计2020年是830.00万元、2021年是910.00万元，增加80.00万元，增长9.64%。")]
    [InlineData("本年支出合计2020年度：830.00万元，2021年度：910.00万元，增加80.00万元，增长9.64%。")]
    public void TwoYearsInOneSentence_TheReportYearIsTheFigure(string sentence)
    {
        var (read, diagnostics) = Check("某市气象局2021年度部门决算\n一、收入支出决算总体情况\n"
            + "2021年度收入总计960.00万元，支出总计960.00万元。" + sentence + "主要原因是新增人工影响天气作业经费。\n"
            + "本年收入合计920.00万元。年初结转和结余40.00万元，年末结转和结余50.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("910.00", At(read, Overall + "currentYearExpenditure/amount"));
        Assert.Equal("830.00", At(read, Overall + "currentYearExpenditure/change/priorYearAmount"));
        Assert.Equal("9.64", At(read, Overall + "currentYearExpenditure/change/rate"));
    }

    /// <summary>
    /// Each subject of its own: in the income section 财政拨款收入 2021 = 850.00 and 其他收入 2021 = 70.00; 850.00 + 70.00 =
    /// 920.00 = 本年收入合计. With no change stated, the 2020 value 780.00 has no change to be the prior year of (a note), and an
    /// older year's value (2019) is a note too.
    /// </summary>
    [Fact]
    public void TwoYearsInOneSentence_PerSubject_AndAnOlderYear()
    {
        var (read, diagnostics) = Check("某市气象局2021年度部门决算\n一、收入决算情况\n"
            + "本年收入合计920.00万元。财政拨款收入2020年为780.00万元，2021年为850.00万元；"
            + "其他收入2019年为50.00万元，2021年为70.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("850.00", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Null(At(read, "/narrative/income/fiscalAppropriation/change/priorYearAmount"));
        Assert.Equal(1, NotesWith(read, "The prior year's value"));
        Assert.Equal("70.00", At(read, "/narrative/income/otherIncome/amount"));
        Assert.Null(At(read, "/narrative/income/otherIncome/change/priorYearAmount"));
        Assert.Equal(1, NotesWith(read, "A value of another year"));
    }

    /// <summary>
    /// The near miss (a test that can fail): the same two-year sentence with a wrong rate (80 / 830 = 9.64 %, stated 10.64 %)
    /// still gives FA2104 on the report year's figure — the values are read, not dropped.
    /// </summary>
    [Fact]
    public void TwoYearsInOneSentence_AWrongRateIsStillAnError()
    {
        var (_, diagnostics) = Check("某市气象局2021年度部门决算\n一、收入支出决算总体情况\n"
            + "本年支出合计2020年为830.00万元，2021年为910.00万元，增加80.00万元，增长10.64%，主要是新增作业经费。\n");
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA2104", StringComparison.Ordinal));
    }

    // ---- w1: the income and the expenditure change in one sentence, one reason after both ----

    /// <summary>
    /// "本年收入合计增加 X，增长 a%；本年支出合计增加 Y，增长 b%。主要原因是…" with the totals stated in their sections: the income
    /// change (50.00, 10.00 %: 50 / 500) is income/total's, the expenditure change (40.00, 8.00 %: 40 / 500) expenditure/total's,
    /// and the reason after both is each one's — no FA2106 (which warns on a change without its reason). Before: the
    /// expenditure change went to the income's and was dropped, the reason was orphaned and FA2106 warned.
    /// </summary>
    [Theory]
    [InlineData("；", "主要原因是第五次经济普查经费增加。")]
    [InlineData("，", "主要系经济普查经费增加。")]
    [InlineData("；", "变动原因：一是经济普查经费增加；二是统计执法检查经费增加。")]
    [InlineData("；", "主要是经济普查经费增加。")]
    public void IncomeAndExpenditureChanges_EachTheirTotals_OneReason(string joint, string reason)
    {
        var (read, diagnostics) = Check("某县统计局2022年度部门决算\n一、收入支出决算总体情况\n"
            + "2022年度收入总计620.00万元，支出总计620.00万元。与2021年度相比，本年收入合计增加50.00万元，增长10.00%" + joint
            + "本年支出合计增加40.00万元，增长8.00%。" + reason + "\n"
            + "二、收入决算情况\n本年收入合计550.00万元，其中：财政拨款收入550.00万元。年初结转和结余70.00万元。\n"
            + "三、支出决算情况\n本年支出合计540.00万元，其中：基本支出400.00万元，项目支出140.00万元。年末结转和结余80.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        Assert.Equal("50.00", At(read, "/narrative/income/total/change/amount"));
        Assert.Equal("40.00", At(read, "/narrative/expenditure/total/change/amount"));
        Assert.Equal("8.00", At(read, "/narrative/expenditure/total/change/rate"));
    }

    /// <summary>
    /// The near miss: the same sentence with no reason after it keeps both true Warnings (FA2106 on each change), and a
    /// figure sentence between the changes and the reason makes it no reason of theirs.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("本年收入合计550.00万元。主要是经济普查经费增加。")]
    public void IncomeAndExpenditureChanges_WithoutTheirReason_StillWarn(string after)
    {
        var (_, diagnostics) = Check("某县统计局2022年度部门决算\n一、收入支出决算总体情况\n"
            + "2022年度收入总计620.00万元，支出总计620.00万元。与2021年度相比，本年收入合计增加50.00万元，增长10.00%；"
            + "本年支出合计增加40.00万元，增长8.00%。" + after + "\n"
            + "二、收入决算情况\n本年收入合计550.00万元。年初结转和结余70.00万元。\n"
            + "三、支出决算情况\n本年支出合计540.00万元。年末结转和结余80.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Contains("FA2106 /narrative/expenditure/total/change", Warnings(diagnostics));
    }

    // ---- f3: a comparison on an adjusted basis ----

    private const string AdjustedTitle = "某市医疗保障局2019年度部门决算\n二、一般公共预算财政拨款支出决算情况\n";

    /// <summary>
    /// The plain comparison is the figure's change (1150.00, +150.00, 150 / 1000 = 15.00 %); the adjusted one (同口径 5.00 %, the
    /// 100.00 adjustment) is a note — plain first, adjusted first, or with the adjustment's amount. Before: the adjusted rate
    /// replaced or collided with the plain one (FA8003, FA2104).
    /// </summary>
    [Theory]
    [InlineData("比上年增加150.00万元，增长15.00%；剔除机构改革划入职能因素后，同口径增长5.00%。", 1)]
    [InlineData("与上年度相比增加150.00万元，增长15.00%；按同口径（剔除职能划入增加的100.00万元）计算，增长5.00%。", 2)]
    [InlineData("剔除医保经办机构划入因素后，同口径增长5.00%；与上年相比增加150.00万元，增长15.00%。", 1)]
    [InlineData("按可比口径计算增长5.00%，比上年增加150.00万元，增长15.00%。", 1)]
    public void AnAdjustedComparison_IsANote_ThePlainOneTheChange(string comparison, int adjustedFigures)
    {
        var (read, diagnostics) = Check(AdjustedTitle + "2019年度一般公共预算财政拨款支出1150.00万元，" + comparison
            + "主要原因是医保经办机构划入。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1150.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("150.00", At(read, "/narrative/generalBudget/total/change/amount"));
        Assert.Equal("15.00", At(read, "/narrative/generalBudget/total/change/rate"));
        Assert.Equal(adjustedFigures, NotesWith(read, "adjusted basis"));
    }

    /// <summary>Only the adjusted comparison stated: no change is read (a note), so nothing checks 5.00 % on a plain base.</summary>
    [Fact]
    public void OnlyAnAdjustedComparison_IsANote()
    {
        var (read, diagnostics) = Check(AdjustedTitle
            + "2019年度一般公共预算财政拨款支出1150.00万元，剔除机构改革因素后，同口径增长5.00%，主要是医保待遇标准提高。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1150.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(At(read, "/narrative/generalBudget/total/change/rate"));
        Assert.Equal(1, NotesWith(read, "adjusted basis"));
    }

    /// <summary>
    /// The near miss (a test that can fail): a wrong plain rate beside an adjusted one (150 / 1000 = 15.00 %, stated 16.00 %)
    /// is still an Error — only the adjusted comparison is set aside.
    /// </summary>
    [Fact]
    public void AWrongPlainRate_BesideAnAdjustedOne_IsStillAnError()
    {
        var (_, diagnostics) = Check(AdjustedTitle + "2019年度一般公共预算财政拨款支出1150.00万元，比上年增加150.00万元，增长16.00%；"
            + "剔除机构改革因素后，同口径增长5.00%。主要原因是医保经办机构划入。\n");
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA2104", StringComparison.Ordinal));
    }
}
