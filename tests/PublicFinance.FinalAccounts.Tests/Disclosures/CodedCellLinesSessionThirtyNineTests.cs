using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8, blind round 36), on invented texts of our own wording and numbers: the coded 功能分类 table written
/// one cell per line (PDF-to-text output), with the code and the name in cells of their own or in one cell; a per-unit
/// income table (本级 and 下属单位, family B); and a bare "（二）具体情况" heading in the 财政拨款 section (t01's FA6103 Info).
/// </summary>
public class CodedCellLinesSessionThirtyNineTests
{
    private const string Head = "某县林业局2022年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "2022年度一般公共预算财政拨款支出1,250.40万元，较年初预算减少9.60万元，完成年初预算的99.24%。\n"
        + "（三）一般公共预算财政拨款支出决算具体情况（单位：万元）\n";

    private const string Notes = "说明：1.行政运行（2130201）支出决算小于年初预算，主要原因是退休人员增加。"
        + "2.林业草原防灾减灾（2130234）决算数大于预算数，主要原因是追加森林防火经费。3.其余科目决算数与年初预算基本持平。\n";

    /// <summary>
    /// The table one cell per line: the header's five cells, then each row's; <paramref name="joined"/> writes each item's
    /// code and name in one cell ("2130201 行政运行"). The second row's 完成率 is <paramref name="secondRate"/>.
    /// </summary>
    private static string CellTable(bool joined, string secondRate)
    {
        string Row(string code, string name, params string[] figures)
            => (code.Length == 0 ? name : joined ? code + " " + name : code + "\n" + name) + "\n" + string.Join("\n", figures) + "\n";
        return "科目编码\n科目名称\n年初预算\n决算数\n完成率\n"
            + Row("2130201", "行政运行", "900.00", "884.10", "98.23%")
            + Row("2130234", "林业草原防灾减灾", "210.00", "228.30", secondRate)
            + Row("2210201", "住房公积金", "150.00", "138.00", "92.00%")
            + Row(string.Empty, "合计", "1,260.00", "1,250.40", "99.24%");
    }

    /// <summary>
    /// Read as the bar table is: the items (884.10 / 900.00 = 98.233% → 98.23; 228.30 / 210.00 = 108.714% → 108.71;
    /// 138.00 / 150.00 = 92.00%), the 合计's budget 1,260.00 as the total's (1,250.40 / 1,260.00 = 99.238% → 99.24), the 说明's
    /// reasons by code; no Error, no Warning.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CodedCellLines_ReadAsItems_WithTheirReasons(bool joined)
    {
        var (read, diagnostics) = Read(Head + CellTable(joined, "108.71%") + Notes);

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("2130201", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("884.10", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("900.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("退休人员增加。", JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
        Assert.Equal("林业草原防灾减灾", JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("108.71", JsonAt(read, "/narrative/generalBudget/items/1/budget/completionRate"));
        Assert.Equal("2210201", JsonAt(read, "/narrative/generalBudget/items/2/code"));
        Assert.Equal("138.00", JsonAt(read, "/narrative/generalBudget/items/2/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/3"));
        Assert.Equal("1260.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
    }

    /// <summary>A wrong 完成率 in a row (118.71% for 228.30 / 210.00 = 108.71%) is that item's FA2201 Error, the only one.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CodedCellLines_WrongRate_IsTheItemsError(bool joined)
    {
        var (_, diagnostics) = Read(Head + CellTable(joined, "118.71%") + Notes);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Equal("/narrative/generalBudget/items/1/budget/completionRate", error.Pointers[0]);
    }

    /// <summary>
    /// The unit declared on a line of its own before the header ("单位：万元", joined to the header's first cells by the
    /// splitter) instead of in the heading: the table is read the same (the wrong rate is found).
    /// </summary>
    [Fact]
    public void CodedCellLines_UnitLineBeforeTheHeader_IsRead()
    {
        var head = Head.Replace("具体情况（单位：万元）", "具体情况", StringComparison.Ordinal) + "单位：万元\n";
        var (read, diagnostics) = Read(head + CellTable(false, "118.71%") + Notes);

        Assert.Equal("884.10", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal(["FA2201 /narrative/generalBudget/items/1/budget/completionRate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A row that lost a cell (the second has no 年初预算, so the third row's code falls where its 完成率 should be): the
    /// table is not guessed at — the first row, confirmed by the second's code, is read; nothing after it; no Error.
    /// </summary>
    [Fact]
    public void CodedCellLines_LostCell_IsNotGuessed()
    {
        var table = "科目编码\n科目名称\n年初预算\n决算数\n完成率\n2130201\n行政运行\n900.00\n884.10\n98.23%\n"
            + "2130234\n林业草原防灾减灾\n228.30\n108.71%\n2210201\n住房公积金\n150.00\n138.00\n92.00%\n";
        var (read, diagnostics) = Read(Head + table);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130201", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1"));
    }

    /// <summary>Header lines of other columns (上年决算数 beside 决算数) are not this table: no item is read from the cells.</summary>
    [Fact]
    public void CodedCellLines_OtherHeader_IsNotRead()
    {
        var table = "科目编码\n科目名称\n上年决算数\n决算数\n2130201\n行政运行\n900.00\n884.10\n";
        var (read, _) = Read(Head + table);

        Assert.Null(JsonAt(read, "/narrative/generalBudget/items"));
    }

    private const string UnitHead = "某县林业局2023年度部门决算说明\n一、部门决算单位构成\n"
        + "纳入本部门2023年度部门决算编制范围的单位包括：县林业局本级、县林业站。\n二、收入决算情况（单位：万元）\n";

    /// <summary>The per-unit table with a separator, its 合计 row's total given.</summary>
    private static string UnitTable(string sep, string total)
    {
        string Row(params string[] cells) => sep == "\t" ? string.Join("\t", cells) + "\n" : "| " + string.Join(" | ", cells) + " |\n";
        return Row("单位名称", "本年收入合计", "财政拨款收入", "其他收入")
            + Row("局本级", "980.40", "980.40", "0.00")
            + Row("县林业站", "415.26", "396.06", "19.20")
            + Row("合计", total, "1,376.46", "19.20");
    }

    /// <summary>
    /// The 合计 row is the department's income: 1,376.46 + 19.20 = 1,395.66 (its total, and the sentence's 本年收入合计), so
    /// 财政拨款收入 1,376.46 and 其他收入 19.20 are placed, and the sentence's share 98.62% is 1,376.46 / 1,395.66 = 98.624%;
    /// each unit's row is a note naming the unit; no Error.
    /// </summary>
    [Theory]
    [InlineData(" | ")]
    [InlineData("\t")]
    public void PerUnitIncome_TotalRowIsTheDepartments(string sep)
    {
        var (read, diagnostics) = Read(UnitHead + UnitTable(sep, "1,395.66") + "本年收入合计1,395.66万元，财政拨款收入占98.62%。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1395.66", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("1376.46", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("19.20", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("(局本级)", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("(县林业站)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Under an unnumbered "■ 收入决算情况（单位：万元）" (blind round 36's t08 wording): the line is a heading now (before, its
    /// unit declaration kept it prose, so the section was never entered), and the table is read as under a numbered one.
    /// </summary>
    [Fact]
    public void PerUnitIncome_UnderAnUnnumberedHeadingWithItsUnit()
    {
        var head = UnitHead.Replace("二、收入决算情况（单位：万元）", "■ 收入决算情况（单位：万元）", StringComparison.Ordinal);
        var (read, diagnostics) = Read(head + UnitTable("\t", "1,395.66") + "本年收入合计1,395.66万元，财政拨款收入占98.62%。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1376.46", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("19.20", JsonAt(read, "/narrative/income/otherIncome/amount"));
    }

    /// <summary>
    /// A 合计 whose parts do not add up (1,405.66 against 1,376.46 + 19.20 = 1,395.66) is not placed: a note says so, and
    /// no part of it reaches the report (no FA1202 from a table the reader cannot vouch for).
    /// </summary>
    [Fact]
    public void PerUnitIncome_TotalThatDoesNotAddUp_IsANote()
    {
        var (read, diagnostics) = Read(UnitHead + UnitTable("\t", "1,405.66"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation"));
        Assert.Contains(read.Notes, n => n.MessageEn.StartsWith("The total row of a per-unit income table", StringComparison.Ordinal));
    }

    /// <summary>
    /// A 合计 that differs from the 本年收入合计 the text stated before the table (1,399.66) is not placed either (the stated
    /// total stays; the table's parts are not taken as its parts).
    /// </summary>
    [Fact]
    public void PerUnitIncome_TotalOtherThanTheStatedOne_IsANote()
    {
        var head = UnitHead + "本年收入合计1,399.66万元。\n";
        var (read, _) = Read(head + UnitTable("\t", "1,395.66"));

        Assert.Equal("1399.66", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation"));
    }

    /// <summary>
    /// The 具体情况 of the 一般公共预算 under a bare "（二）具体情况" in the 财政拨款 section, after the 一般公共预算 total: its items
    /// are the 一般公共预算's (before: the 财政拨款 section's, and FA6103 said the 具体情况 was not found). 305.10 / 320.00 =
    /// 95.344% → 95.34; 96.40 / 80.00 = 120.50%.
    /// </summary>
    [Fact]
    public void BareDetailHeading_ItemsAreTheGeneralBudgets()
    {
        const string Text = "某镇人民政府2022年度单位决算情况说明\n四、财政拨款支出决算情况说明\n"
            + "（一）一般公共预算财政拨款支出1520.36万元，比上年减少30.12万元，下降1.94%。主要原因是：项目支出减少。\n"
            + "（二）具体情况\n"
            + "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算320.00万元，支出决算305.10万元，"
            + "完成年初预算的95.34%。决算数小于预算数的主要原因是人员减少。\n"
            + "2.农林水支出（类）农业农村（款）病虫害控制（项）：年初预算80.00万元，支出决算96.40万元，完成年初预算的120.50%。"
            + "主要原因是追加防治资金。\n";
        var (read, diagnostics) = Read(Text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("96.40", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA6103" && d.Pointers.Contains("/narrative/generalBudget/items"));
    }

    /// <summary>A bare "（二）具体情况" before any 一般公共预算 total was stated leaves the section as it was (the 财政拨款 items).</summary>
    [Fact]
    public void BareDetailHeading_WithoutTheTotal_StaysInItsSection()
    {
        const string Text = "某镇人民政府2022年度单位决算情况说明\n四、财政拨款支出决算情况说明\n（二）具体情况\n"
            + "1.农林水支出（类）农业农村（款）病虫害控制（项）：年初预算80.00万元，支出决算96.40万元，完成年初预算的120.50%。"
            + "主要原因是追加防治资金。\n";
        var (read, _) = Read(Text);

        Assert.Null(JsonAt(read, "/narrative/generalBudget/items"));
        Assert.Equal("96.40", JsonAt(read, "/narrative/appropriation/items/0/amount"));
    }
}
