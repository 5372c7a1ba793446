using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The families of the session 25 blind tests that engineer B fixes, each on invented texts of its own (several layouts, a
/// near miss that must not be read): a space-aligned or tab table continued after a page footer (F1), a number broken
/// across PDF lines or by a page footer (r2), a Markdown <c>**bold**</c> table title (F5), a tab export whose 编制单位 line
/// spans several cells (F4) and a 栏次 row over columns blank in every row (F3).
/// </summary>
public sealed class BlindRoundTwentyFiveBTests
{
    /// <summary>The text's tables read as <c>finacct check</c> reads a text file: narrative and tables combined.</summary>
    internal static (PublishedDocument Document, FinalAccountsReport Report, List<Diagnostic> Diagnostics) Tables(string text)
        => BlindRoundTwentyFourBTests.Tables(text);

    // ---- F1: a table continued after a page footer ----

    /// <summary>A row of a space-aligned table as pdftotext -layout sets it: code, name, then amounts right-aligned.</summary>
    private static string Spaced(string code, string name, params string[] amounts)
    {
        var line = new StringBuilder("  ").Append(code.PadRight(12)).Append(name.PadRight(24));
        foreach (var amount in amounts)
        {
            line.Append(amount.PadLeft(14));
        }

        return line.ToString().TrimEnd();
    }

    private static readonly string SpacedHeader = Spaced("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出");

    /// <summary>
    /// The first page of an invented 支出决算表 (某县水利局 2022, 万元): 合计 1,500.20 = 208 150.20 + 213 1,310.00 + 221 40.00;
    /// 基本 610.20 = 150.20 + 420.00 + 40.00; 项目 890.00 = 650.00 + 240.00. The page breaks after 2130301, so the first page
    /// alone sums its 类 to 1,460.20 — the partial sum that must never meet the 合计.
    /// </summary>
    private static readonly string[] FirstPage =
    [
        "某县水利局2022年度部门决算",
        "                    支出决算表",
        "                                                             公开03表",
        "  编制单位：某县水利局                    单位：万元",
        SpacedHeader,
        Spaced("", "合计", "1,500.20", "610.20", "890.00"),
        Spaced("208", "社会保障和就业支出", "150.20", "150.20"),
        Spaced("20805", "行政事业单位养老支出", "150.20", "150.20"),
        Spaced("2080505", "机关事业单位基本养老保险缴费支出", "150.20", "150.20"),
        Spaced("213", "农林水支出", "1,310.00", "420.00", "890.00"),
        Spaced("21303", "水利", "1,310.00", "420.00", "890.00"),
        Spaced("2130301", "行政运行", "420.00", "420.00"),
    ];

    private static readonly string[] SecondPage =
    [
        Spaced("2130305", "水利工程建设", "650.00", "", "650.00"),
        Spaced("2130399", "其他水利支出", "240.00", "", "240.00"),
        Spaced("221", "住房保障支出", "40.00", "40.00"),
        Spaced("22102", "住房改革支出", "40.00", "40.00"),
        Spaced("2210201", "住房公积金", "40.00", "40.00"),
        "  注：本表反映部门本年度各项支出情况。",
    ];

    private static string Joined(params string[][] parts) => string.Join('\n', parts.SelectMany(p => p)) + "\n";

    /// <summary>
    /// The page furniture between the two pages, in three forms: the footer `— 6 —`, the running header and the title with
    /// （续）, code, unit and header repeated; `第 6 页 共 20 页` and `支出决算表(续)` with the header; the footer, the running
    /// header and `支出决算表（续表）`. Each time the continuation is joined: 12 rows (合计, 3 类, 3 款, 5 项), 合计 1,500.20 and
    /// no FA0303 (before: the first page alone, 合计 1,500.20 against Σ类 1,460.20, three Errors).
    /// </summary>
    [Theory]
    [InlineData("                    — 6 —|  某县水利局2022年度部门决算|                  支出决算表（续）|       公开03表|  单位：万元|H")]
    [InlineData("                 第 6 页 共 20 页||支出决算表(续)|H")]
    [InlineData("- 6 -|某县水利局2022年度部门决算|支出决算表（续表）|单位：万元|H")]
    public void ASpaceAlignedTableContinuedAfterAPageFooter_IsJoined(string furniture)
    {
        var between = furniture.Split('|').Select(l => l == "H" ? SpacedHeader : l).Prepend(string.Empty).ToArray();
        var (document, report, diagnostics) = Tables(Joined(FirstPage, between, SecondPage));

        var table = report.Tables?.Expenditure;
        Assert.NotNull(table);
        Assert.Equal(12, table.Rows.Count + 1);   // the 合计 row is the table's Total, the 11 others its rows
        Assert.Equal("1500.20", table.Total?.Total?.ToString());
        Assert.Equal("650.00", table.Rows.Single(r => r.Code.ToString() == "2130305").Project?.ToString());
        Assert.DoesNotContain("FA0303", RuleIds(diagnostics, Severity.Error));
        Assert.Empty(document.Notes);
    }

    /// <summary>
    /// Near miss: after the footer and the running header the rows go on with neither the title nor the header repeated — the
    /// continuation cannot be joined with certainty, so the table is not read (a note says it is incomplete) and no 合计 is
    /// checked against the first page's partial sum.
    /// </summary>
    [Fact]
    public void AContinuationThatCannotBeJoined_LeavesTheTableUnreadWithANote()
    {
        var (document, report, diagnostics) = Tables(Joined(FirstPage, ["", "                    — 6 —", "  某县水利局2022年度部门决算"],
            SecondPage));

        Assert.Null(report.Tables?.Expenditure);
        Assert.Contains(document.Notes, n => n.MessageZh.Contains("续页未能确定地接上", StringComparison.Ordinal));
        Assert.DoesNotContain("FA0303", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A tab export continued after `— 6 —`, a running header and the title with （续）, the header row repeated: one table of
    /// 5 rows under 合计; 合计 1,500.20 = 150.20 + 1,310.00 + 40.00.
    /// </summary>
    [Fact]
    public void ATabTableContinuedAfterAPageFooter_IsJoined()
    {
        const string Header = "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出";
        var text = "某县水利局2022年度部门决算\n支出决算表\n公开03表\n单位：万元\n" + Header + "\n\t合计\t1500.20\t610.20\t890.00\n"
            + "208\t社会保障和就业支出\t150.20\t150.20\t\n213\t农林水支出\t1310.00\t420.00\t890.00\n\n— 6 —\n某县水利局2022年度部门决算\n"
            + "支出决算表（续）\n" + Header + "\n221\t住房保障支出\t40.00\t40.00\t\n注：本表反映部门本年度各项支出情况。\n";
        var (_, report, diagnostics) = Tables(text);

        var table = report.Tables?.Expenditure;
        Assert.NotNull(table);
        Assert.Equal(["208", "213", "221"], table.Rows.Select(r => r.Code.ToString()));
        Assert.DoesNotContain("FA0303", RuleIds(diagnostics, Severity.Error));
    }

    // ---- r2: a number broken across PDF lines or by a page footer ----

    private const string Head = "某县统计局2024年度部门决算\n";

    /// <summary>
    /// A figure broken at a line end is joined: `1,8` / `52.15万元` is 1,852.15 (1,852.15 + 8.20 = 1,860.35, its share
    /// 99.56 %); `货物支出2` / `1.30万元` is 21.30 and `服务支出7.0` / `0万元` is 7.00 (21.30 + 68.50 + 7.00 = 96.80, no
    /// FA4101); `总额的10` / footer / running title / `0%` is 100 % (96.80 of 96.80, no FA2006).
    /// </summary>
    [Fact]
    public void ANumberBrokenAtALineEnd_IsJoined()
    {
        var (read, diagnostics) = Read(Head + "二、收入决算情况\n本年收入合计1860.35万元，其中：财政拨款收入1,8\n52.15万元，占99.56%；"
            + "其他收入8.20万元，占0.44%。\n七、政府采购支出情况\n2024年度政府采购支出总额96.80万元，其中：政府采购货物支出2\n"
            + "1.30万元、政府采购工程支出68.50万元、政府采购服务支出7.0\n0万元。授予中小企业合同金额96.80万元，占政府采购支出总额的10\n"
            + "— 3 —\n某县统计局2024年度部门决算\n0%。\n");

        Assert.Equal("1852.15", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("21.30", At(read, "/narrative/procurement/goods/amount"));
        Assert.Equal("7.00", At(read, "/narrative/procurement/services/amount"));
        Assert.Equal("100", At(read, "/narrative/procurement/smeContracts/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near misses, never joined: a number already whole before the break (1,860.35 then `7` — three decimals together is
    /// no amount), and a number after a space (a cell flattened into prose keeps its own number).
    /// </summary>
    [Theory]
    [InlineData("本年收入合计1,860.35\n7万元，其中：财政拨款收入1852.15万元。", "1,860.357")]
    [InlineData("本年收入合计 18\n60.35万元，其中：财政拨款收入1852.15万元。", "1860.35")]
    public void ANumberThatIsWholeOrApart_IsNotJoined(string paragraph, string notRead)
    {
        var (read, _) = Read(Head + "二、收入决算情况\n" + paragraph + "\n");

        Assert.DoesNotContain(read.Claims, c => c.Value.Replace(",", string.Empty, StringComparison.Ordinal)
            == notRead.Replace(",", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>
    /// Property: an amount with two decimals (grouped by commas or not) broken at any point between its characters after a
    /// word ("收入") and before its unit is one number again in the paragraph the splitter makes.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool AnAmountBrokenAnywhere_IsWholeInItsParagraph(PositiveInt whole, byte cents, bool grouped, PositiveInt at)
    {
        var value = whole.Get % 10_000_000 + (cents % 100 / 100m);
        var written = value.ToString(grouped ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);
        var cut = 1 + at.Get % (written.Length - 1);
        var text = "本年支出合计" + written[..cut] + "\n" + written[cut..] + "万元，比上年增加。\n";
        var prose = Paragraphs.Split(text).Single().Content.ToString();
        return prose.Contains(written + "万元", StringComparison.Ordinal);   // a cut next to a comma or point joins too
    }

    // ---- F5 / F4 / F3: tables dropped by their title, caption or 栏次 row ----

    /// <summary>
    /// A web page's bold title `**收入决算表**` over `|` rows (blank line, code and unit on one line with ideographic spaces):
    /// the title is read without its asterisks, and the table with it — 合计 356.40 = 财政拨款收入 350.00 + 其他收入 6.40.
    /// </summary>
    [Theory]
    [InlineData("**收入决算表**")]
    [InlineData("__收入决算表__")]
    [InlineData("  **公开02表 收入决算表**  ")]
    public void ABoldTableTitle_IsATitle(string title)
    {
        var text = "某县某局2016年度部门决算\n\n" + title + "\n\n公开02表\u3000编制单位：某县某局\u3000单位：万元\n\n"
            + "| 科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 其他收入 |\n|---|---|---|---|---|\n"
            + "|  | 合计 | 356.40 | 350.00 | 6.40 |\n| 201 | 一般公共服务支出 | 356.40 | 350.00 | 6.40 |\n\n注：本表反映部门本年度取得的各项收入情况。\n";
        var (_, report, _) = Tables(text);

        Assert.Equal("356.40", report.Tables?.Income?.Total?.Total?.ToString());
        Assert.Equal("6.40", report.Tables?.Income?.Total?.OtherIncome?.ToString());
    }

    /// <summary>Near miss: a bold line that names no table (`**一、部门主要职责**`) is no title, and no table is made.</summary>
    [Fact]
    public void ABoldLineNamingNoTable_IsNoTitle()
    {
        var document = PublishedDocumentReader.ReadText("某县某局2016年度部门决算\n**一、部门主要职责**\n| 项目 | 金额 |\n| 合计 | 3.00 |\n", "a.txt");

        Assert.Empty(document.Tables);
    }

    /// <summary>
    /// A tab export whose 编制单位 and 单位 stand in cells of their own line (`编制单位：…⇥⇥⇥单位：元`), amounts in 元 and
    /// 类/款/项 columns: the line is caption, the table is read — 合计 5,012,300.00 = 财政拨款收入 5,000,000.00 + 其他收入
    /// 12,300.00 元, held in 万元 as 501.230000 (元 ÷ 10,000, every digit kept).
    /// </summary>
    [Theory]
    [InlineData("编制单位：某街道办事处\t\t\t单位：元")]
    [InlineData("\t编制单位：某街道办事处\t\t金额单位：元\t")]
    [InlineData("公开02表\t\t\t\t单位：元")]
    public void ATabCaptionOverSeveralCells_IsCaption(string caption)
    {
        var text = "某街道办事处2023年度部门决算\n收入决算表\t\t\t公开02表\n" + caption + "\n"
            + "类\t款\t项\t科目名称\t本年收入合计\t财政拨款收入\t其他收入\n\t\t\t合计\t5012300.00\t5000000.00\t12300.00\n"
            + "201\t\t\t一般公共服务支出\t5012300.00\t5000000.00\t12300.00\n201\t03\t\t政府办公厅（室）及相关机构事务\t5012300.00\t5000000.00\t12300.00\n"
            + "201\t03\t01\t行政运行\t5012300.00\t5000000.00\t12300.00\n注：本表反映部门本年度取得的各项收入情况。\n";
        var (_, report, _) = Tables(text);

        var table = report.Tables?.Income;
        Assert.NotNull(table);
        Assert.Equal("501.230000", table.Total?.Total?.ToString());
        Assert.Equal("1.230000", table.Total?.OtherIncome?.ToString());
        Assert.Equal(3, table.Rows.Count);
    }

    /// <summary>
    /// A space-aligned 收入决算表 with the national 栏次 row (栏次 1 2 3 4 5) over columns blank in every data row (上级补助收入,
    /// 事业收入): the 栏次 row is left out, the table read — 合计 812.40 = 财政拨款收入 800.00 + 其他收入 12.40; a blank
    /// column's cell is 0.00 in the model, as in every layout.
    /// </summary>
    [Fact]
    public void ASpaceAlignedTableWithAColumnNumberRow_IsRead()
    {
        string Row(string code, string name, params string[] amounts) => Spaced(code, name, amounts);
        var text = string.Join('\n',
            "某区某局2021年度部门决算",
            "                    收入决算表",
            "                                                                            公开02表",
            "  编制单位：某区某局                    单位：万元",
            Row("科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "其他收入"),
            Row("栏次", "", "1", "2", "3", "4", "5"),
            Row("", "合计", "812.40", "800.00", "", "", "12.40"),
            Row("212", "城乡社区支出", "812.40", "800.00", "", "", "12.40"),
            Row("21201", "城乡社区管理事务", "812.40", "800.00", "", "", "12.40"),
            Row("2120101", "行政运行", "812.40", "800.00", "", "", "12.40"),
            "  注：本表反映部门本年度取得的各项收入情况。") + "\n";
        var (_, report, _) = Tables(text);

        var table = report.Tables?.Income;
        Assert.NotNull(table);
        Assert.Equal("812.40", table.Total?.Total?.ToString());
        Assert.Equal("12.40", table.Total?.OtherIncome?.ToString());
        Assert.Equal("0.00", table.Total?.SuperiorSubsidy?.ToString());
        Assert.Equal(3, table.Rows.Count);
    }

    // ---- F6: one cell per line under a group line ----

    /// <summary>
    /// The 三公 table one cell per line under a group line (预算数 and two blanks, 决算数 and two blanks), six names with no blank
    /// of their own, then one row: read as six columns under two header lines — 预算 合计 12.00 = 9.00 + 3.00, 决算 合计 10.50
    /// = 8.20 + 2.30 (before: no column count fitted, a note).
    /// </summary>
    [Fact]
    public void CellsPerLineUnderAGroupLine_AreRead()
    {
        var text = "某县某局2019年度部门决算\n一般公共预算财政拨款“三公”经费支出决算表\n公开07表\n单位：万元\n预算数\n\n\n决算数\n\n\n"
            + "合计\n公务用车购置及运行费\n公务接待费\n合计\n公务用车购置及运行费\n公务接待费\n12.00\n9.00\n3.00\n10.50\n8.20\n2.30\n"
            + "注：本表反映部门本年度“三公”经费支出预决算情况。\n";
        var (_, report, _) = Tables(text);

        var table = report.Tables?.ThreePublic;
        Assert.NotNull(table);
        Assert.Equal("12.00", table.Budget?.Total?.ToString());
        Assert.Equal("2.30", table.Final?.Reception?.ToString());
    }
}
