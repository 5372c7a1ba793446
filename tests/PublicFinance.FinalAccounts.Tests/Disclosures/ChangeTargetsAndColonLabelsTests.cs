using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 37 (issue 8; the families session 36 found and left), on invented texts of our own wording and numbers:
/// "label：value" lines, a short numbered heading with its text on its line,
/// two more wordings of the all-funds 基本支出 parts, and a share inside a bracketed list of parts.
/// </summary>
public class ChangeTargetsAndColonLabelsTests
{
    private const string Title = "某县水务局2024年度部门决算说明\n";

    private const string ExpenditureHeading = "三、支出决算情况说明\n";

    // ---- 2. "label：value" lines ---------------------------------------------------------------------------------------

    /// <summary>
    /// A township's lines with no headings, "收入总计：2,480.60万元；…": every figure of a known subject is read as with 为 (9 of
    /// 9; before, 3 of 15 in session 36's probe). 2300 = 2100 + 200; 2350 = 1800 + 550: no Error.
    /// </summary>
    [Theory]
    [InlineData("：")]
    [InlineData("： ")]
    [InlineData("为")]
    public void LabelColonValueLines_AreRead(string colon)
    {
        var text = "某乡人民政府2024年度部门决算说明\n"
            + "收入总计：2,480.60万元；支出总计：2,480.60万元；本年收入合计：2,300.00万元；本年支出合计：2,350.00万元。\n"
            + "财政拨款收入：2,100.00万元；事业收入：200.00万元。\n基本支出：1,800.00万元；项目支出：550.00万元。\n";
        var (read, diagnostics) = Read(text.Replace("：", colon));
        Assert.Equal("2480.60", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("2480.60", JsonAt(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Equal("2300.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("2350.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("2100.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.Equal("1800.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("550.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Colon labels under headings, with 其中 and a change after them: "本年收入合计：1,410.00万元，其中财政拨款收入：1,380.00万元"; a
    /// part above its whole (1,500.00 of 1,410.00) is an Error as with 为 (FA1202 or FA1211: the part is at most the whole).
    /// </summary>
    [Fact]
    public void ColonLabels_AreCheckedAsTheirFigures()
    {
        var (read, diagnostics) = Read("某镇人民政府2023年度部门决算公开说明\n二、收入决算情况说明\n"
            + "本年收入合计：1,410.00万元，其中财政拨款收入：1,500.00万元。\n");
        Assert.Equal("1410.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("1500.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.NotEmpty(Errors(diagnostics));
    }

    /// <summary>
    /// Not a colon label: a word that names no known subject ("备注：…") or a figure not right after the colon ("收入总计：
    /// 本年 2,480.60 万元") leave the figure unplaced, as before.
    /// </summary>
    [Theory]
    [InlineData("备注：2,480.60万元。")]
    [InlineData("说明事项：2,480.60万元。")]
    public void AColonAfterAnUnknownWord_IsNoLabel(string line)
    {
        var (read, diagnostics) = Read("某乡人民政府2024年度部门决算说明\n收入总计为2,500.00万元。\n" + line + "\n");
        Assert.Equal("2500.00", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "2480.60");
        Assert.Empty(Errors(diagnostics));
    }

    // ---- 3. a short numbered heading with its text on its line --------------------------------------------------------

    /// <summary>
    /// "二、收入情况：本年收入合计…" / "三、支出情况：…" after "一、…收支总体情况" enter the income and the expenditure as on lines
    /// of their own: the 支出 figures are the section's (expenditure/total), not the overview's; the shares are checked
    /// (1800 / 2350 = 76.60%, 550 / 2350 = 23.40%). Colon, space and 。 after the words.
    /// </summary>
    [Theory]
    [InlineData("二、收入情况：", "三、支出情况：")]
    [InlineData("二、收入情况 ", "三、支出情况 ")]
    [InlineData("二、收入决算情况：", "三、支出情况：")]
    [InlineData("二、收入情况说明：", "三、支出情况说明：")]
    public void ShortHeadingWithItsText_EntersItsSection(string income, string expenditure)
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况\n2024年度收入总计2480.60万元，支出总计2480.60万元。\n"
            + income + "本年收入合计2300.00万元，其中：财政拨款收入2100.00万元，占91.30%；事业收入200.00万元，占8.70%。\n"
            + expenditure + "本年支出合计2350.00万元，其中：基本支出1800.00万元，占76.60%；项目支出550.00万元，占23.40%。\n");
        Assert.Equal("2300.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("2350.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("76.60", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearExpenditure"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A wrong share under the inline 支出 heading is FA2002's Error (1800 / 2350 = 76.60%, not 67.60%).</summary>
    [Fact]
    public void ShortHeadingWithItsText_SharesAreChecked()
    {
        var (_, diagnostics) = Read(Title + "一、收入支出决算总体情况\n2024年度收入总计2480.60万元，支出总计2480.60万元。\n"
            + "二、支出情况：本年支出合计2350.00万元，其中：基本支出1800.00万元，占67.60%；项目支出550.00万元，占23.40%。\n");
        Assert.Contains("FA2002", RuleIds(diagnostics, Severity.Error));
    }

    // ---- 4. two more wordings of the all-funds 基本支出 parts ------------------------------------------------------------

    /// <summary>
    /// "…；基本支出中人员经费 P 万元，公用经费 Q 万元" after a clause whose subject is not 基本支出, and "基本支出包括人员经费 P 万元和公用经费
    /// Q 万元" in a sentence of its own: the parts of the all-funds 基本支出 (schema 1.7), 1500 + 300 = 1800 (FA1214 holds).
    /// </summary>
    [Theory]
    [InlineData("本年支出比上年增加50.00万元，增长2.17%；基本支出中人员经费1500.00万元，公用经费300.00万元。")]
    [InlineData("基本支出包括人员经费1500.00万元和公用经费300.00万元。")]
    [InlineData("基本支出中：人员经费1500.00万元，公用经费300.00万元。")]
    [InlineData("基本支出主要包括人员经费1500.00万元、公用经费300.00万元。")]
    public void AllFundsBasicParts_TwoMoreWordings(string sentence)
    {
        var (read, diagnostics) = Read(Title + ExpenditureHeading
            + "2024年度本年支出合计2350.00万元，其中：基本支出1800.00万元，占76.60%；项目支出550.00万元，占23.40%。" + sentence + "\n");
        Assert.Equal("1800.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("1500.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.False(Noted(read, "another kind"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Parts that do not sum to 基本支出 (1500 + 400 ≠ 1800) are FA1214's finding, read in the new wording.</summary>
    [Fact]
    public void AllFundsBasicParts_NotSumming_AreFound()
    {
        var (_, diagnostics) = Read(Title + ExpenditureHeading
            + "2024年度本年支出合计2350.00万元，其中：基本支出1800.00万元，项目支出550.00万元。基本支出包括人员经费1500.00万元和公用经费400.00万元。\n");
        // FA1214 is an Error rule (Severity.Error is 0, below Warning): stated 1800.00, the parts sum to 1900.00.
        Assert.Contains(diagnostics, d => d.RuleId == "FA1214" && d.Severity == Severity.Error);
    }

    // ---- 5. a share inside a bracketed list of parts ------------------------------------------------------------------

    /// <summary>
    /// "基本支出 1800.00 万元（人员经费 1548.00 万元，占 86%；公用经费 252.00 万元，占 14%）": each part's share, its base the
    /// figure the bracket follows (1548 / 1800 = 86%), with that figure as the basis; the parts are read (before: every amount
    /// of the bracket a note). Bare 占, 占比 and 占基本支出的.
    /// </summary>
    [Theory]
    [InlineData("（人员经费1548.00万元，占86%；公用经费252.00万元，占14%）")]
    [InlineData("（人员经费1548.00万元，占比86%；公用经费252.00万元，占比14%）")]
    [InlineData("（人员经费1548.00万元，占基本支出的86%，公用经费252.00万元，占基本支出的14%）")]
    public void ShareInsideABracketedList_IsThePartsShare(string bracket)
    {
        var (read, diagnostics) = Read(Title + ExpenditureHeading + "2024年度本年支出合计2350.00万元，其中：基本支出1800.00万元" + bracket
            + "，占76.60%；项目支出550.00万元，占23.40%。\n");
        Assert.Equal("1548.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("86", JsonAt(read, "/narrative/expenditure/basicPersonnel/share"));
        Assert.Equal("基本支出", JsonAt(read, "/narrative/expenditure/basicPersonnel/shareBasis"));
        Assert.Equal("14", JsonAt(read, "/narrative/expenditure/basicPublic/share"));
        Assert.Equal("76.60", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.False(Noted(read, "bracketed list"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A share naming another base ("占本年支出合计的 65.87%": 1548 / 2350) is not the part's share within the bracket: a located
    /// note, and the parts are read all the same; the 一般公共预算 基本支出's parts take their shares as the all-funds ones do.
    /// </summary>
    [Fact]
    public void ShareOfAnotherBaseInsideABracket_IsANote()
    {
        var (read, diagnostics) = Read(Title + ExpenditureHeading + "2024年度本年支出合计2350.00万元，其中：基本支出1800.00万元"
            + "（人员经费1548.00万元，占本年支出合计的65.87%；公用经费252.00万元），占76.60%；项目支出550.00万元，占23.40%。\n");
        Assert.Equal("1548.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel/share"));
        Assert.True(Noted(read, "another base"));
        Assert.Empty(Errors(diagnostics));

        var (basic, basicDiagnostics) = Read(Title + "六、一般公共预算财政拨款基本支出决算情况说明\n"
            + "2024年度一般公共预算财政拨款基本支出1000.00万元（人员经费800.00万元，占80%；公用经费200.00万元，占20%）。\n");
        Assert.Equal("80", JsonAt(basic, "/narrative/basicExpenditure/personnel/share"));
        Assert.Equal("20", JsonAt(basic, "/narrative/basicExpenditure/public/share"));
        Assert.Empty(Errors(basicDiagnostics));
    }
}
