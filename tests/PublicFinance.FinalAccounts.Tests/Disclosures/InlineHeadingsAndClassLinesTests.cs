using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 35 (issue 8): headings inside a text scraped onto one line — a 财政拨款 结构 heading no section key names, a
/// bracketed "（二）…情况" and a "【…情况】" heading after a sentence — and a 类 line written "1.教育（类）支出" before its
/// "（1）款（项）：" items. Invented texts of our own, several wordings each; figures placed and findings asserted.
/// </summary>
public class InlineHeadingsAndClassLinesTests
{
    // ---- a 结构 heading inside a line -----------------------------------------------------------------------------

    private const string StructureLine = "2023年度东林县水务局部门决算说明\n三、支出决算情况说明\n"
        + "本年支出合计3400.00万元，其中：基本支出1400.00万元，占41.18%；项目支出2000.00万元，占58.82%。{0}"
        + "2023年度财政拨款支出2950.00万元，主要用于以下方面：农林水支出2000.00万元，占67.80%；社会保障和就业支出600.00万元，"
        + "占20.34%；住房保障支出350.00万元，占11.86%。\n";

    /// <summary>
    /// A 结构 heading of the 财政拨款 expenditure after the 支出 paragraph's last sentence, on the same line, opens the 财政拨款
    /// section: 2950.00 is its expenditure and the three 类 its items with their shares (2000.00 / 2950.00 = 67.80%). Before, the
    /// heading named no section (no key has 决算结构), so 2950.00 was "another kind" of the 支出 total and the 类 were notes.
    /// </summary>
    [Theory]
    [InlineData(" 四、财政拨款支出决算结构情况 ")]
    [InlineData("四、财政拨款支出决算结构情况：")]
    [InlineData(" 四、财政拨款支出按功能分类情况 ")]
    [InlineData(" 四、财政拨款支出结构情况说明 ")]
    public void StructureHeadingInsideALine_OpensTheAppropriationSection(string heading)
    {
        var (read, diagnostics) = Read(Fill(StructureLine, heading));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3400.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("2950.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        const string Items = "/narrative/appropriation/items/";
        Assert.Equal("农林水支出", JsonAt(read, Items + "0/name"));
        Assert.Equal("2000.00", JsonAt(read, Items + "0/amount"));
        Assert.Equal("67.80", JsonAt(read, Items + "0/share"));
        Assert.Equal("住房保障支出", JsonAt(read, Items + "2/name"));
        Assert.Equal("11.86", JsonAt(read, Items + "2/share"));
        Assert.Null(JsonAt(read, Items + "3"));
        Assert.Empty(read.Notes);
    }

    // ---- bracketed and 【】 headings inside a line ----------------------------------------------------------------

    private const string OverallLine = "2023年度南山区档案馆部门决算说明\n一、收入支出决算总体情况说明\n"
        + "2023年度收入、支出总计均为1250.00万元。{0}本年收入合计1200.00万元，其中：财政拨款收入1100.00万元，占91.67%；"
        + "其他收入100.00万元，占8.33%。{1}本年支出合计1180.00万元，其中：基本支出800.00万元，占67.80%；项目支出380.00万元，"
        + "占32.20%。\n";

    /// <summary>
    /// "（一）收入决算情况" and "（二）支出决算情况" inside the 总体 paragraph are its parts' headings (a bracketed heading under
    /// 收入支出决算总体 may open 收入 and 支出, as on a line of its own): 1200.00 is the income total with its two parts, 1180.00 the
    /// expenditure total with 基本 and 项目 (800.00 / 1180.00 = 67.80%). Before, the heading's words were the next figure's label:
    /// the totals and every part were unplaced.
    /// </summary>
    [Theory]
    [InlineData(" （一）收入决算情况 ", " （二）支出决算情况 ")]
    [InlineData("（一）收入决算情况。", "（二）支出决算情况。")]
    [InlineData(" （一）收入决算情况说明：", " （二）支出决算情况说明：")]
    [InlineData("【收入决算情况】", "【支出决算情况】")]
    [InlineData(" 【收入决算情况说明】", " 【支出决算情况说明】")]
    public void MarkedHeadingsInsideALine_EnterTheirSections(string income, string expenditure)
    {
        var (read, diagnostics) = Read(Fill(OverallLine, income,
            expenditure));
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("1250.00", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("1200.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("1100.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("8.33", JsonAt(read, "/narrative/income/otherIncome/share"));
        Assert.Equal("1180.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("32.20", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Empty(read.Notes);
    }

    /// <summary>
    /// The same line read as the text with the headings on lines of their own gives the same report: the cut reads the
    /// heading as a heading line (one rule for both layouts).
    /// </summary>
    [Theory]
    [InlineData(" （一）收入决算情况 ", " （二）支出决算情况 ")]
    [InlineData("【收入决算情况】", "【支出决算情况】")]
    public void MarkedHeadingsInsideALine_ReadAsHeadingLines(string income, string expenditure)
    {
        var oneLine = Read(Fill(OverallLine, income, expenditure));
        var lines = Read(Fill(OverallLine,
            "\n" + income.Trim() + "\n", "\n" + expenditure.Trim() + "\n"));
        Assert.Equal(JsonAt(lines.Read, "/narrative"), JsonAt(oneLine.Read, "/narrative"));
    }

    /// <summary>
    /// A whole 说明 on one line whose headings are all in 【】 (five of them): before, nothing was read at all (the text was
    /// "bad input"); now each heading enters its section and the title gives the issuer.
    /// </summary>
    [Fact]
    public void WholeTextOnOneLine_WithLenticularHeadings_IsRead()
    {
        var text = "2023年度西岭县林业局部门决算说明 【收入支出决算总体情况说明】2023年度收入、支出总计均为860.00万元。"
            + "【收入决算情况说明】本年收入合计850.00万元，其中：财政拨款收入800.00万元，占94.12%；其他收入50.00万元，占5.88%。"
            + "【支出决算情况说明】本年支出合计840.00万元，其中：基本支出600.00万元，占71.43%；项目支出240.00万元，占28.57%。"
            + "【财政拨款支出决算情况】2023年度财政拨款支出790.00万元，主要用于以下方面：农林水支出700.00万元，占88.61%；"
            + "社会保障和就业支出90.00万元，占11.39%。【一般公共预算财政拨款基本支出决算情况】2023年度一般公共预算财政拨款基本支出"
            + "600.00万元，其中：人员经费520.00万元，公用经费80.00万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("西岭县林业局", JsonAt(read, "/entity/name"));
        Assert.Equal("860.00", JsonAt(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Equal("850.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("840.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("790.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("88.61", JsonAt(read, "/narrative/appropriation/items/0/share"));
        Assert.Equal("520.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Empty(read.Notes);
    }

    /// <summary>
    /// Never cut inside a sentence: a list "（一）…；（二）…" after ':' in a reason, "（一）是…" enumerations, and a bracketed item
    /// with its amount ("（二）住房保障支出情况 50.00万元") are not headings — the paragraph reads as before: the reason is the
    /// total's change's and no section changes (the expenditure total keeps its change, 1180.00 − 1080.00 = 100.00).
    /// </summary>
    [Theory]
    [InlineData("主要原因是：（一）人员经费增加情况；（二）项目支出增加情况。")]
    [InlineData("主要原因：（一）是新增人员；（二）是收入决算情况变化。")]
    [InlineData("主要原因是新增项目。 （二）住房保障支出情况 50.00万元。")]
    public void BracketedListsInsideSentences_AreNotHeadings(string tail)
    {
        var text = "2023年度南山区档案馆部门决算说明\n二、支出决算情况说明\n本年支出合计1180.00万元，比上年增加100.00万元，增长9.26%，"
            + tail + "\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1180.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("100.00", JsonAt(read, "/narrative/expenditure/total/change/amount"));
        Assert.NotNull(JsonAt(read, "/narrative/expenditure/total/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/income"));
    }

    // ---- "1.教育（类）支出" before its items -------------------------------------------------------------------------

    private const string ClassSpendLines = "2023年度北川县教育局部门决算说明\n一、财政拨款支出决算情况说明\n2023年度财政拨款支出1500.00万元。\n"
        + "{0}教育（类）支出\n"
        + "（1）普通教育（款）小学教育（项）：年初预算为800.00万元，支出决算为820.00万元，完成年初预算的102.50%，主要原因是学生增加。\n"
        + "（2）普通教育（款）初中教育（项）：年初预算为400.00万元，支出决算为380.00万元，完成年初预算的95.00%，主要原因是节约开支。\n"
        + "{1}社会保障和就业（类）支出\n"
        + "（1）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为300.00万元，支出决算为300.00万元，"
        + "完成年初预算的100.00%。\n";

    /// <summary>
    /// "1.教育（类）支出" — the 类 mark before the name's last word 支出 — opens the 类 教育支出 as "1.教育支出（类）" does: each
    /// "（1）款（项）：" line is its item (820.00 / 800.00 = 102.50%, 380.00 / 400.00 = 95.00%), and the 财政拨款 total (1500.00) has
    /// no budget. Before, the 类 line and the first item ran into one paragraph whose 800.00 / 820.00 became the total's budget:
    /// a false FA1208 Error (820.00 against 1500.00).
    /// </summary>
    [Theory]
    [InlineData("1.", "2.")]
    [InlineData("（一）", "（二）")]
    [InlineData("", "")]
    public void ClassMarkBeforeSpendWord_OpensItsItems(string first, string second)
    {
        var (read, diagnostics) = Read(Fill(ClassSpendLines, first,
            second));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain("FA1208", RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/appropriation/budget"));
        Assert.Equal("1500.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        const string Items = "/narrative/appropriation/items/";
        Assert.Equal("教育支出", JsonAt(read, Items + "0/className"));
        Assert.Equal("2050202", JsonAt(read, Items + "0/code"));
        Assert.Equal("820.00", JsonAt(read, Items + "0/amount"));
        Assert.Equal("102.50", JsonAt(read, Items + "0/budget/completionRate"));
        Assert.Equal("380.00", JsonAt(read, Items + "1/amount"));
        Assert.Equal("400.00", JsonAt(read, Items + "1/budget/budgetAmount"));
        Assert.Equal("社会保障和就业支出", JsonAt(read, Items + "2/className"));
        Assert.Equal("2080505", JsonAt(read, Items + "2/code"));
        Assert.Null(JsonAt(read, Items + "3"));
    }

    // ---- a class table aligned by spaces: one note ----------------------------------------------------------------

    private const string SpaceClassTable = "某县林业局2021年度部门决算说明\n一、{0}支出决算情况\n"
        + "2021年度{0}支出决算情况如下表（单位：万元）：\n\n"
        + "{1}"
        + "一般公共服务支出    120.00   100.00    20.00    118.50   100.00    18.50\n"
        + "农林水支出          860.00   300.00   560.00    842.30   298.20   544.10\n"
        + "合计               980.00   400.00   580.00    960.80   398.20   562.60\n\n"
        + "2021年度{0}支出960.80万元。\n";

    /// <summary>
    /// A table of classes aligned by spaces under the 一般公共预算 or 财政拨款 heading, its header over two lines or three, is read
    /// by no reader: one located note says so (at its first class row, line 7 or 8), none of its cells is placed, and the
    /// prose's 960.80 is read as before. Before, the rows were passed over without a note.
    /// </summary>
    [Theory]
    [InlineData("一般公共预算财政拨款", false)]
    [InlineData("一般公共预算财政拨款", true)]
    [InlineData("财政拨款", false)]
    public void SpaceAlignedClassTable_IsOneLocatedNote(string fund, bool threeHeaderLines)
    {
        var header = threeHeaderLines
            ? "项目\n                  年初预算                      决算数\n"
                + "             合计   基本支出  项目支出     合计   基本支出  项目支出\n"
            : "项目                          年初预算                         决算数\n"
                + "                   合计     基本支出   项目支出     合计     基本支出   项目支出\n";
        var (read, diagnostics) = Read(Fill(SpaceClassTable, fund, header));
        Assert.Empty(Errors(diagnostics));
        var notes = read.Notes.Where(n => n.MessageEn.Contains("aligned by spaces was not read", StringComparison.Ordinal)).ToList();
        Assert.Single(notes);
        Assert.Equal(threeHeaderLines ? 8 : 7, notes[0].Span.StartLine);
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes/0"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/0"));
        Assert.Equal("960.80", JsonAt(read, fund == "财政拨款"
            ? "/narrative/appropriation/currentYearExpenditure/amount" : "/narrative/generalBudget/total/amount"));
    }

    /// <summary>
    /// No such note for a <c>|</c> class table (the class table reads it: 118.50 is 一般公共服务支出's amount), nor for a
    /// space-aligned table after a line naming one of the nine tables (…决算表: the document reader's).
    /// </summary>
    [Fact]
    public void ReadOrTitledClassTables_AreNotNoted()
    {
        var pipe = "某县林业局2021年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n单位：万元\n"
            + "| 功能分类（类） | 年初预算数 | 决算数 | 完成率（%） |\n| --- | --- | --- | --- |\n"
            + "| 一般公共服务支出 | 120.00 | 118.50 | 98.75 |\n| 农林水支出 | 860.00 | 842.30 | 97.94 |\n"
            + "| 合计 | 980.00 | 960.80 | 98.04 |\n";
        var (pipeRead, _) = Read(pipe);
        Assert.False(Noted(pipeRead, "aligned by spaces was not read"));
        Assert.Equal("118.50", JsonAt(pipeRead, "/narrative/generalBudget/classes/0/amount"));

        var titled = "某县林业局2021年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n一般公共预算财政拨款支出决算表\n"
            + "项目                 年初预算     决算数\n"
            + "一般公共服务支出       120.00     118.50\n"
            + "农林水支出             860.00     842.30\n";
        var (titledRead, _) = Read(titled);
        Assert.False(Noted(titledRead, "aligned by spaces was not read"));
    }

    private static string Fill(string template, params string[] parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            template = template.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", parts[i],
                StringComparison.Ordinal);
        }

        return template;
    }
}
