using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Tests.Cli;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The missed-figure families of the session 24 blind texts that engineer B fixes, each on invented texts of its own (several
/// wordings, a near miss that must not be read): a numbered heading and its body on one line ending in '。' (m2), a
/// space-aligned 类 / 款 / 项 table whose columns do not line up (m3), <c>|</c> rows without edge bars and a 决算数 column (m4),
/// 年初结转和结余 in the 支出 paragraph (m7), "全部为财政拨款收入" after the income total, and the check's count of figures read
/// with a table's cells. Last, excerpts of the blind texts themselves with the figures each family made readable.
/// </summary>
public sealed class BlindRoundTwentyFourBTests : CliTestBase
{
    public BlindRoundTwentyFourBTests()
        : base("finacct-blind24b-")
    {
    }

    /// <summary>The text's tables read as <c>finacct check</c> reads a text file: narrative and tables combined.</summary>
    internal static (PublishedDocument Document, FinalAccountsReport Report, List<Diagnostic> Diagnostics) Tables(string text)
    {
        var read = DisclosureReader.Read(text);
        var document = PublishedDocumentReader.ReadText(text, "说明.txt");
        var report = PublishedDocumentReader.Combine(read, [document], RoundingMode.RoundToNearest).Report;
        var result = Validator.Default.Validate(report, read.Sources);
        return (document, report, [.. read.TextFindings.Concat(result.Diagnostics)]);
    }

    private static string? Total(GeneralBudgetRow row) => row.Total?.ToString();

    // ---- m2: "（二）一般公共预算财政拨款支出决算情况。2016年…" — heading and body on one line ----

    /// <summary>
    /// The heading closes with '。' and its body follows on the same line: the section is entered as the heading's own line
    /// would enter it, so the total and its classes are the section's (before: all notes). 345.60 = 300.00 + 45.60.
    /// </summary>
    [Theory]
    [InlineData("（二）一般公共预算财政拨款支出决算情况。2019年度一般公共预算财政拨款支出345.60万元，其中：教育支出300.00万元；"
        + "住房保障支出45.60万元。")]
    [InlineData("二、一般公共预算财政拨款支出决算情况。2019年一般公共预算财政拨款支出345.60万元，主要用于：教育支出300.00万元，"
        + "住房保障支出45.60万元。")]
    [InlineData("（四）一般公共预算财政拨款支出决算情况说明。本年度一般公共预算财政拨款支出345.60万元，其中：教育支出300.00万元；"
        + "住房保障支出45.60万元。")]
    public void AHeadingClosedByAFullStop_OpensItsSection(string paragraph)
    {
        var (read, diagnostics) = Read("某县某局2019年度部门决算\n三、部门决算情况说明\n" + paragraph + "\n");

        Assert.Equal("345.60", At(read, "/narrative/generalBudget/total/amount"));
        const string Section = "/narrative/generalBudget/";
        Assert.Contains(read.Claims, c => c.Value == "300.00" && c.Pointer.StartsWith(Section, StringComparison.Ordinal));
        Assert.Contains(read.Claims, c => c.Value == "45.60" && c.Pointer.StartsWith(Section, StringComparison.Ordinal));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The overview's heading closed by '。' (t04's "（一）收入支出决算总体情况。"): the totals are the overview's, read as before.
    /// </summary>
    [Fact]
    public void TheOverviewHeadingClosedByAFullStop_KeepsItsTotals()
    {
        var (read, _) = Read("某镇人民政府2018年部门决算\n三、2018年度部门决算情况说明\n"
            + "（一）收入支出决算总体情况。2018年度收入总计512.30万元，支出总计512.30万元。\n");

        Assert.Equal("512.30", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("512.30", At(read, "/narrative/overall/expenditureGrandTotal/amount"));
    }

    /// <summary>
    /// Near misses: "（一）基本支出情况。" in the 支出 section names no section key (基本支出决算 does), so the 基本支出 stays all
    /// funds' (expenditure/basic), never the 一般公共预算 one; and a numbered sentence that does not end in 情况 is no heading.
    /// </summary>
    [Fact]
    public void ASentenceThatIsNoSectionHeading_ChangesNoSection()
    {
        var (read, _) = Read("某市某局2019年度部门决算说明\n三、支出决算情况说明\n"
            + "（一）基本支出情况。基本支出80.00万元，主要用于人员工资。\n");
        Assert.Equal("80.00", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Null(At(read, "/narrative/basicExpenditure/total/amount"));

        var (other, _) = Read("某市某局2019年度部门决算说明\n三、支出决算情况说明\n"
            + "（一）一般公共预算财政拨款支出较多。本年支出合计90.00万元。\n");
        Assert.Equal("90.00", At(other, "/narrative/expenditure/total/amount"));
        Assert.Null(At(other, "/narrative/generalBudget/total/amount"));
    }

    // ---- m3: a space-aligned 类 / 款 / 项 table whose columns do not line up ----

    /// <summary>
    /// The header set with wide characters, the amounts right-aligned by narrow ones, names indented per level and the 合计
    /// spread: read by the order of the cells. 22102 inherits 221 from the row above, 2210201 221 and 02. Σ classes: 208
    /// 120.50 + 221 64.50 = 185.00 = 合计.
    /// </summary>
    private const string SpacedTable = """
        某区某局2017年度部门决算
        一般公共预算财政拨款支出决算表
        单位：万元

        类   款   项   科目名称                                合计
        208            社会保障和就业支出                     120.50
             05          行政事业单位离退休                     120.50
                  05       机关事业单位基本养老保险缴费支出        120.50
        221            住房保障支出                            64.50
             02          住房改革支出                           64.50
                  01       住房公积金                          64.50
                       合    计                              185.00

        三、一般公共预算财政拨款支出决算情况说明
        """;

    [Fact]
    public void ASpaceAlignedCodedTable_IsReadByTheOrderOfItsCells()
    {
        var (document, report, diagnostics) = Tables(SpacedTable);

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal("185.00", table.Total?.Total?.ToString());
        Assert.Equal(["208 120.50", "20805 120.50", "2080505 120.50", "221 64.50", "22102 64.50", "2210201 64.50"],
            table.Rows.Select(r => r.Code + " " + Total(r)).ToArray());
        Assert.Empty(document.Notes);
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Three amount columns, every cell written, 总计 spread over three spaces: each amount under its column by order
    /// (201: 50.00 = 40.00 + 10.00).
    /// </summary>
    [Fact]
    public void ASpaceAlignedCodedTable_WithThreeAmountColumns_IsRead()
    {
        const string Text = """
            某县某办2016年度部门决算
            一般公共预算财政拨款支出决算表
            单位：万元
            类  款  项  科目名称                 合计      基本支出   项目支出
            201         一般公共服务支出            50.00     40.00      10.00
                03      政府办公厅（室）及相关机构事务      50.00     40.00      10.00
                    01  行政运行                 40.00     40.00       0.00
                    02  一般行政管理事务          10.00      0.00      10.00
                        总   计                50.00     40.00      10.00

            """;
        var (_, report, _) = Tables(Text);

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal("2010301", table.Rows[2].Code.ToString());
        Assert.Equal(("40.00", "0.00"), (table.Rows[2].Basic?.ToString(), table.Rows[2].Project?.ToString()));
        Assert.Equal("10.00", table.Total?.Project?.ToString());
    }

    /// <summary>
    /// Near misses, never guessed: a row whose amount cell is blank (two amounts under three columns: which is missing needs
    /// the alignment that does not hold), and a 项 code under a 类 without its 款 (201 then 01: 20101 would be a 款's code).
    /// The first is a note; the second row is not read.
    /// </summary>
    [Fact]
    public void ASpaceAlignedCodedTable_WithABlankAmount_IsANote()
    {
        const string Text = """
            某县某办2016年度部门决算
            一般公共预算财政拨款支出决算表
            单位：万元
            类  款  项  科目名称                 合计      基本支出   项目支出
            201         一般公共服务支出            50.00     40.00      10.00
                03      政府办公厅（室）及相关机构事务      50.00     40.00      10.00
                    01  行政运行                 40.00     40.00
                    02  一般行政管理事务          10.00                10.00
                        合   计                50.00     40.00      10.00

            """;
        var (document, report, _) = Tables(Text);
        Assert.Null(report.Tables?.GeneralBudgetExpenditure);
        Assert.Contains(document.Notes, n => n.MessageZh.Contains("一般公共预算财政拨款支出决算表", StringComparison.Ordinal));

        const string Skipped = """
            某县某办2016年度部门决算
            一般公共预算财政拨款支出决算表
            单位：万元
            类   款   项   科目名称          合计
            201            一般公共服务支出     50.00
                      01   行政运行            50.00
                           合    计            50.00

            """;
        var (_, skipped, _) = Tables(Skipped);
        Assert.Equal(["201"], skipped.Tables!.GeneralBudgetExpenditure!.Rows.Select(r => r.Code.ToString()).ToArray());
    }

    // ---- m4: '|' rows without edge bars; a 决算数 column; a 元 table ----

    /// <summary>
    /// Bars only between cells: a bar at a row's edge is a blank cell (" | 合计 | …"), and the one 决算数 column is each row's
    /// total. 单位：元 on the table's own line: 1,250,000.00 元 = 125.00 万元, 2,345,678.90 元 = 234.56789 万元; Σ = 359.56789.
    /// </summary>
    [Theory]
    [InlineData("科目编码 | 科目名称 | 决算数", "201 | 一般公共服务支出 | 1250000.00", "213 | 农林水支出 | 2345678.90",
        " | 合计 | 3595678.90")]
    [InlineData("| 科目编码 | 科目名称 | 决算数 |", "| 201 | 一般公共服务支出 | 1250000.00 |", "| 213 | 农林水支出 | 2345678.90 |",
        "|  | 合计 | 3595678.90 |")]
    [InlineData("科目编码 | 科目名称 | 本年决算数", "201 | 一般公共服务支出 | 1250000.00", "213 | 农林水支出 | 2345678.90",
        "合计 |  | 3595678.90")]
    public void ABarTableWithADecisionColumn_IsRead_InItsOwnUnit(string header, string first, string second, string total)
    {
        var text = "某镇人民政府2017年部门决算公开\n一般公共预算财政拨款支出决算表\n单位：元\n" + header + "\n" + first + "\n"
            + second + "\n" + total + "\n三、2017年度部门决算情况说明\n（一）收入支出决算总体情况\n"
            + "2017年度收入总计359.57万元，支出总计359.57万元。\n";
        var (_, report, diagnostics) = Tables(text);

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal(AmountUnit.Yuan, table.Unit);   // the table's own 单位 line, not guessed from its values
        Assert.Equal(AmountUnit.WanYuan, report.Unit);
        Assert.Equal(359.56789m, table.Total!.Total!.Value.Value);
        Assert.Equal([125m, 234.56789m], table.Rows.Select(r => r.Total!.Value.Value).ToArray());
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses: a bare row that lost a cell ("201 | 1250000.00") is a note, never shifted; two 决算数 columns (本年 and a
    /// second one) give no total column — which is the year's is not guessed.
    /// </summary>
    [Fact]
    public void ABarTableThatDoesNotLineUp_OrWithTwoDecisionColumns_IsNotGuessed()
    {
        var shifted = "某镇人民政府2017年部门决算公开\n一般公共预算财政拨款支出决算表\n单位：元\n科目编码 | 科目名称 | 决算数\n"
            + "201 | 1250000.00\n213 | 农林水支出 | 2345678.90\n | 合计 | 3595678.90\n";
        var (document, report, _) = Tables(shifted);
        Assert.Null(report.Tables?.GeneralBudgetExpenditure);
        Assert.NotEmpty(document.Notes);

        var two = "某镇人民政府2017年部门决算公开\n一般公共预算财政拨款支出决算表\n单位：万元\n| 科目编码 | 科目名称 | 决算数 | 决算数 |\n"
            + "| 201 | 一般公共服务支出 | 12.00 | 13.00 |\n|  | 合计 | 12.00 | 13.00 |\n";
        var (_, twoReport, _) = Tables(two);
        Assert.Null(twoReport.Tables?.GeneralBudgetExpenditure?.Total?.Total);
    }

    /// <summary>
    /// For any amounts, a table with edge bars and the same table without them (a blank code cell at the 合计 row's edge) are
    /// read into the same rows and total: the bars only between cells change nothing but the borders.
    /// </summary>
    [Property(MaxTest = 20)]
    public bool BareAndBorderedBars_ReadTheSameTable(PositiveInt a, PositiveInt b)
    {
        var first = a.Get % 1_000_000 / 100m;
        var second = b.Get % 1_000_000 / 100m;
        string Row(string code, string name, decimal value, bool borders)
        {
            var cells = code + " | " + name + " | " + value.ToString("0.00", CultureInfo.InvariantCulture);
            return borders ? "| " + cells + " |" : cells;
        }

        string Text(bool borders) => "某镇2017年部门决算\n一般公共预算财政拨款支出决算表\n单位：万元\n"
            + (borders ? "| 科目编码 | 科目名称 | 决算数 |" : "科目编码 | 科目名称 | 决算数") + "\n"
            + Row("201", "一般公共服务支出", first, borders) + "\n" + Row("213", "农林水支出", second, borders) + "\n"
            + Row(string.Empty, "合计", first + second, borders) + "\n";
        string Shape(FinalAccountsReport r) => r.Tables?.GeneralBudgetExpenditure is { } t
            ? t.Total?.Total + ";" + string.Join(";", t.Rows.Select(x => x.Code + "=" + x.Total)) : "none";

        var bordered = Shape(Tables(Text(true)).Report);
        return bordered != "none" && bordered == Shape(Tables(Text(false)).Report);
    }

    // ---- m7: 年初结转和结余 in the 支出 paragraph ----

    /// <summary>
    /// The carry-overs after the 支出 items: 年初 is the overview's as 年末 already was. 500.00 + 60.00 = 560.00 = 520.00 + 40.00.
    /// </summary>
    [Theory]
    [InlineData("本年支出合计520.00万元，其中：基本支出300.00万元；项目支出220.00万元，主要用于护林。年初结转和结余60.00万元，年末结转和结余40.00万元。")]
    [InlineData("本年支出合计520.00万元，其中基本支出300.00万元，项目支出220.00万元。上年结转和结余60.00万元，年末结转和结余40.00万元。")]
    [InlineData("本年支出合计520.00万元，基本支出300.00万元，项目支出220.00万元；年初结转结余60.00万元，年末结转结余40.00万元。")]
    public void TheOpeningCarryOver_InTheExpenditureParagraph_IsRead(string paragraph)
    {
        var (read, diagnostics) = Read("某旗某局2021年度部门决算\n一、收入支出决算总体情况\n2021年度收入总计560.00万元，支出总计560.00万元。\n"
            + "二、收入决算情况\n本年收入合计500.00万元，其中：财政拨款收入500.00万元。\n三、支出决算情况\n" + paragraph + "\n");

        Assert.Equal("60.00", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("40.00", At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The near miss: the 政府性基金 fund's carry-overs in the 支出 paragraph are the fund's (its own statement), never the
    /// overview's.
    /// </summary>
    [Fact]
    public void AFundsOpeningCarryOver_InTheExpenditureParagraph_StaysTheFunds()
    {
        var (read, _) = Read("某旗某局2021年度部门决算\n三、支出决算情况\n本年支出合计520.00万元，其中：基本支出300.00万元；"
            + "项目支出220.00万元。政府性基金预算财政拨款年初结转和结余5.00万元，年末结转和结余4.00万元。\n");

        Assert.Null(At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("5.00", At(read, "/narrative/governmentFund/openingCarryOver/amount"));
    }

    // ---- 5: "全部为财政拨款收入" ----

    /// <summary>
    /// The words after the income total state the 财政拨款收入: that total's digits, located at the words. 本年收入 = 收入总计
    /// − 年初结转 = 862.00 − 62.00 = 800.00 in the first text.
    /// </summary>
    [Theory]
    [InlineData("收入总计862.00万元，支出总计862.00万元。本年收入合计800.00万元，全部为财政拨款收入。年初结转和结余62.00万元。", "800.00")]
    [InlineData("收入总计862.00万元，支出总计862.00万元。本年收入800.00万元，均为财政拨款收入（一般公共预算财政拨款）。"
        + "年初结转和结余62.00万元。", "800.00")]
    [InlineData("2017年度收入总计814.35万元，全部为财政拨款收入；支出总计814.35万元。", "814.35")]
    public void AllOfTheIncomeIsAppropriation_IsTheAppropriationIncome(string overview, string expected)
    {
        var (read, diagnostics) = Read("某县某局2017年度部门决算\n一、收入支出决算总体情况\n" + overview + "\n");

        var claim = Assert.Single(read.Claims, c => c.Pointer == "/narrative/income/fiscalAppropriation/amount");
        Assert.Equal(expected, claim.Value);
        Assert.StartsWith(claim.Value == "814.35" ? "全部为财政拨款收入" : overview.Contains("均为", StringComparison.Ordinal) ? "均为" : "全部为",
            claim.Text, StringComparison.Ordinal);
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses: after 收入总计 in a text that states a 年初结转和结余 of 62.00 the words cannot make the 收入总计 the
    /// appropriation income (a note); after a 支出 figure they name no income; a stated 财政拨款收入 is never overwritten.
    /// </summary>
    [Fact]
    public void AllOfTheIncomeIsAppropriation_IsNotGuessed()
    {
        var (withCarry, _) = Read("某县某局2017年度部门决算\n一、收入支出决算总体情况\n"
            + "收入总计862.00万元，全部为财政拨款收入；支出总计862.00万元。年初结转和结余62.00万元。\n");
        Assert.Null(At(withCarry, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Contains(withCarry.Notes, n => n.MessageZh.Contains("全部为财政拨款收入", StringComparison.Ordinal));

        var (expenditure, _) = Read("某县某局2017年度部门决算\n一、收入支出决算总体情况\n本年支出合计800.00万元，全部为财政拨款收入。\n");
        Assert.Null(At(expenditure, "/narrative/income/fiscalAppropriation/amount"));

        var (stated, _) = Read("某县某局2017年度部门决算\n一、收入支出决算总体情况\n本年收入合计800.00万元，全部为财政拨款收入。\n"
            + "二、收入决算情况\n财政拨款收入799.50万元。\n");
        Assert.Equal(["799.50"], stated.Claims.Where(c => c.Pointer == "/narrative/income/fiscalAppropriation/amount")
            .Select(c => c.Value).ToArray());
    }

    /// <summary>For any income total, the words give exactly its digits (no rounding, no unit change).</summary>
    [Property(MaxTest = 30)]
    public bool AllOfTheIncome_KeepsTheTotalsDigits(PositiveInt cents)
    {
        var total = (cents.Get % 10_000_000 / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var (read, _) = Read("某县某局2017年度部门决算\n一、收入支出决算总体情况\n本年收入合计" + total + "万元，全部为财政拨款收入。\n");
        return At(read, "/narrative/income/fiscalAppropriation/amount") == total;
    }

    // ---- 6: the check's count of figures read holds the tables' cells ----

    /// <summary>A 一般公共预算 table of 3 rows × 3 amount columns (the blank 项目支出 of 2010301 a zero the report holds).</summary>
    private const string CellsTable = """
        某单位2020年度部门决算
        一般公共预算财政拨款支出决算表
        单位：万元
        | 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
        |  | 合计 | 30.00 | 30.00 | 0.00 |
        | 201 | 一般公共服务支出 | 30.00 | 30.00 | 0.00 |
        | 2010301 | 行政运行 | 30.00 | 30.00 |  |
        """;

    /// <summary>
    /// A text whose only figures are a pasted table: 3 rows × 3 amount columns = 9 cells (the blank 项目支出 of 2010301 is a
    /// zero the report holds), and no narrative claim. Before: "读出 0 个数字".
    /// </summary>
    [Fact]
    public void TheReadCount_HoldsTheTablesCells()
    {
        var (_, output, _) = Run("check", WriteFile("表.txt", CellsTable));

        Assert.Contains("读出 9 个数字（其中表格单元格 9 个）", output, StringComparison.Ordinal);
        Assert.Contains("read 9 figures (9 of them table cells)", output, StringComparison.Ordinal);
    }

    /// <summary>With narrative figures beside the table: 2 claims + 9 cells. A text without tables keeps its line as it was.</summary>
    [Fact]
    public void TheReadCount_AddsTheCellsToTheClaims()
    {
        const string Text = CellsTable + "\n一、收入支出决算总体情况说明\n收入总计30.00万元，支出总计30.00万元。\n";
        var (_, output, _) = Run("check", WriteFile("说明.txt", Text));
        Assert.Contains("读出 11 个数字（其中表格单元格 9 个）", output, StringComparison.Ordinal);

        var plain = Text[Text.IndexOf("一、收入支出", StringComparison.Ordinal)..];
        var (_, plainOutput, _) = Run("check", WriteFile("纯文.txt", "某单位2020年度部门决算\n" + plain));
        Assert.Contains("读出 2 个数字，文中另有 0 个数字未能归位", plainOutput, StringComparison.Ordinal);
    }

    /// <summary>
    /// A 三公 table both readers read — the narrative's claims (4 items × 预算数 / 决算数 = 8) and the table's 8 cells at the same
    /// places: each written figure is counted once, so the line stays "读出 8" and names no extra cells (16 would count them twice).
    /// </summary>
    [Fact]
    public void TheReadCount_CountsACellTheNarrativeClaimsOnce()
    {
        const string Text = "某县某局2022年度部门决算\n“三公”经费财政拨款支出决算表\n单位：万元\n| 项目 | 预算数 | 决算数 |\n"
            + "| 合计 | 12.00 | 10.00 |\n| 因公出国（境）费 | 0.00 | 0.00 |\n| 公务用车购置及运行费 | 7.00 | 6.00 |\n"
            + "| 公务接待费 | 5.00 | 4.00 |\n";
        var (_, output, _) = Run("check", WriteFile("三公.txt", Text));

        Assert.Contains("读出 8 个数字，文中另有 0 个数字未能归位", output, StringComparison.Ordinal);
    }

    // ---- The blind texts' own layouts (excerpts of the invented session 24 texts): the figures each family made readable ----

    /// <summary>
    /// t04: the bare-bar 元 table with its second header line "类 |  | " and the 。-closed headings: the table's five classes
    /// and 合计 (8,143,469.69 元), the text's 一般公共预算 total 814.35 with its five classes, and the appropriation income from
    /// "全部为财政拨款收入" (814.35; no carry-over is stated).
    /// </summary>
    [Fact]
    public void BlindT04_Excerpt_ReadsTheTableTheClassesAndTheIncome()
    {
        const string Table = """
            湄潭县兴隆镇人民政府2016年部门决算公开

            二、2016年度部门决算表（一般公共预算财政拨款支出决算表）
            单位：元
            科目编码 | 科目名称 | 决算数
            类 |  |
            201 | 一般公共服务支出 | 3126455.20
            208 | 社会保障和就业支出 | 1488210.00
            210 | 医疗卫生与计划生育支出 | 402316.85
            212 | 城乡社区支出 | 875400.00
            213 | 农林水支出 | 2251087.64
             | 合计 | 8143469.69

            三、2016年度部门决算情况说明

            """;
        const string Text = Table
            + "（一）收入支出决算总体情况。2016年度收入总计814.35万元，全部为财政拨款收入；支出总计814.35万元，全部为一般公共预算"
            + "财政拨款支出，比上年增加101.99万元，增幅14.3%。主要原因是人员工资调标及农村环境整治项目支出增加。\n"
            + "（二）一般公共预算财政拨款支出决算情况。2016年一般公共预算财政拨款支出814.35万元，主要用于以下方面：一般公共服务支出"
            + "312.65万元；社会保障和就业支出148.82万元；医疗卫生与计划生育支出40.23万元；城乡社区支出87.54万元；农林水支出225.11万元，"
            + "占一般公共预算财政拨款支出的27.6%，主要用于农村公益事业一事一议财政奖补及扶贫项目。\n";
        var (_, report, diagnostics) = Tables(Text);
        var read = DisclosureReader.Read(Text);

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal(814.346969m, table.Total!.Total!.Value.Value);
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal("814.35", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal(5, read.Claims.Count(c => c.Pointer.StartsWith("/narrative/generalBudget/classes/", StringComparison.Ordinal)
            && c.Pointer.EndsWith("/amount", StringComparison.Ordinal)));
        Assert.Equal("814.35", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>t09: the space-aligned 类 / 款 / 项 table — 12 code rows (3 类, 4 款, 5 项... as printed) and 合计 3,298.96.</summary>
    [Fact]
    public void BlindT09_Excerpt_ReadsTheSpaceAlignedTable()
    {
        const string Text = """
            北京市丰台区人民政府办公室2015年度部门决算
            一般公共预算财政拨款支出决算表
            编制单位：北京市丰台区人民政府办公室        2015年度        单位：万元

            类   款   项   科目名称                                  合计
            201            一般公共服务支出                           2775.89
                 03          政府办公厅（室）及相关机构事务                  2775.89
                      01       行政运行                           1865.42
                      02       一般行政管理事务                        612.30
                      50       事业运行                            298.17
            208            社会保障和就业支出                           346.17
                 05          行政事业单位离退休                         346.17
                      01       归口管理的行政单位离退休                    142.66
                      05       机关事业单位基本养老保险缴费支出                203.51
            221            住房保障支出                              176.90
                 02          住房改革支出                            176.90
                      01       住房公积金                           176.90
                           合    计                             3298.96

            三、一般公共预算财政拨款支出决算情况说明
            """;
        var (_, report, diagnostics) = Tables(Text);

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal("3298.96", table.Total?.Total?.ToString());
        Assert.Equal(12, table.Rows.Count);
        Assert.Equal("1865.42", Total(table.Rows.Single(r => r.Code.ToString() == "2010301")));
        Assert.Equal("203.51", Total(table.Rows.Single(r => r.Code.ToString() == "2080505")));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>t05 and t12: the 年初结转和结余 of the 支出 paragraph (140.62), and 本年收入合计 "全部为财政拨款收入" (15,238.07).</summary>
    [Fact]
    public void BlindT05AndT12_Excerpts_ReadTheCarryOverAndTheIncome()
    {
        var (t05, _) = Read("鄂伦春自治旗林业和草原局2021年度部门决算公开说明\n三、支出决算情况说明\n"
            + "本年支出合计3448.58万元，其中：基本支出1508.33万元；项目支出1940.25万元，主要用于国家重点公益林管护、人工造林、草原鼠虫害防治等。"
            + "年初结转和结余140.62万元，年末结转和结余158.04万元。\n");
        Assert.Equal("140.62", At(t05, "/narrative/overall/openingCarryOver/amount"));

        var (t12, _) = Read("日喀则市农业农村局2023年度部门决算说明\n一、收入支出决算总体情况说明\n"
            + "2023年度收入总计16100.52万元，支出总计16100.52万元。本年收入合计15238.07万元，全部为财政拨款收入（均为一般公共预算财政拨款），"
            + "无政府性基金预算财政拨款收入。\n");
        Assert.Equal("15238.07", At(t12, "/narrative/income/fiscalAppropriation/amount"));
    }
}
