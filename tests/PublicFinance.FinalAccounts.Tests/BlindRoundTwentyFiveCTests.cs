using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Documents.Tests;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Tests.Cli;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The families of the session 25 blind round (C) on invented inputs of their own, each with a near miss: a workbook's
/// 收入决算表 whose header names 附属单位上缴收入 (F13: the header was taken for a caption row and every amount dropped), the
/// workbook's year from <c>--year</c> and a text 说明 combined with it; the general budget total explained by its 项's own
/// reasons (F2, FA2206); the 2016 name of 21208 and common 项 in the catalogue (F10); an issuer whose name holds a purchase
/// kind (F12).
/// </summary>
public sealed class BlindRoundTwentyFiveCTests : CliTestBase
{
    public BlindRoundTwentyFiveCTests()
        : base("finacct-blind25c-")
    {
    }

    // ---- F13: a workbook's 收入决算表 (公开02表) ----

    private static readonly string[] IncomeHeader =
        ["类", "款", "项", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];

    /// <summary>
    /// An invented 收入决算表 in 元: 合计 2,345,678.90 = 财政拨款收入 2,300,678.90 + 其他收入 45,000.00; 201 = 2,000,000.00,
    /// 221 = 345,678.90. Options: the 编制单位 row (else 单位：元 alone), the code in one column, blank cells written 0, the number
    /// format.
    /// </summary>
    private static byte[] IncomeWorkbook(bool issuerRow, bool joinedCodes, bool zeros, string? numberFormat)
    {
        var blank = zeros ? "0" : string.Empty;
        string[] Row(string code, string name, string total, string appropriation, string other)
        {
            var amounts = new[] { total, appropriation, blank, blank, blank, blank, other.Length > 0 ? other : blank };
            string[] label = joinedCodes ? [code, name]
                : [code.Length >= 3 ? code[..3] : code, code.Length >= 5 ? code[3..5] : string.Empty,
                    code.Length == 7 ? code[5..] : string.Empty, name];
            return [.. label, .. amounts];
        }

        var rows = new List<string[]> { new[] { "收入决算表" } };
        if (issuerRow)
        {
            rows.Add(joinedCodes ? ["编制单位：某市某区某街道办事处", string.Empty, "单位：元"]
                : ["编制单位：某市某区某街道办事处", string.Empty, string.Empty, string.Empty, "单位：元"]);
        }
        else
        {
            rows.Add(["单位：元"]);   // no 编制单位: the unit alone under the title
        }

        rows.Add(joinedCodes ? ["科目编码", .. IncomeHeader[3..]] : IncomeHeader);
        rows.Add(joinedCodes ? ["", "合计", "2345678.90", "2300678.90", blank, blank, blank, blank, "45000.00"]
            : ["", "", "", "合计", "2345678.90", "2300678.90", blank, blank, blank, blank, "45000.00"]);
        rows.Add(Row("201", "一般公共服务支出", "2000000.00", "1955000.00", "45000.00"));
        rows.Add(Row("20103", "政府办公厅（室）及相关机构事务", "2000000.00", "1955000.00", "45000.00"));
        rows.Add(Row("2010301", "行政运行", "1500000.00", "1455000.00", "45000.00"));
        rows.Add(Row("2010302", "一般行政管理事务", "500000.00", "500000.00", ""));
        rows.Add(Row("221", "住房保障支出", "345678.90", "345678.90", ""));
        rows.Add(Row("22102", "住房改革支出", "345678.90", "345678.90", ""));
        rows.Add(Row("2210201", "住房公积金", "345678.90", "345678.90", ""));
        return MinimalXlsx.Write("公开02表", rows, numberFormat);
    }

    private static IncomeTable ReadIncome(byte[] workbook)
    {
        var document = PublishedDocumentReader.Read(workbook, "附表.xlsx");
        var report = PublishedDocumentReader.Combine([document]).Report;
        return Assert.IsType<IncomeTable>(report.Tables?.Income);
    }

    /// <summary>
    /// The header row names 附属单位上缴收入 — a word with 单位 in it — and was taken for a caption row (编制单位, 单位：元), so the
    /// table had no column names and every amount was dropped (two false Errors FA6101 with the 说明). Every layout the
    /// blind tester tried reads its figures: numbers saved as numbers (General), as text, with a fixed format, zeros in the
    /// blank cells, the code in one column, no 编制单位 row. The report is in 万元 (no narrative to say otherwise), so
    /// 2,345,678.90 元 is 234.56789 万元.
    /// </summary>
    [Theory]
    [InlineData(true, false, false, "General")]
    [InlineData(false, false, false, "General")]
    [InlineData(true, true, false, "General")]
    [InlineData(true, false, true, "General")]
    [InlineData(true, false, false, null)]
    [InlineData(true, false, false, "#,##0.00")]
    public void AWorkbooksIncomeTable_KeepsItsAmounts(bool issuerRow, bool joinedCodes, bool zeros, string? numberFormat)
    {
        var income = ReadIncome(IncomeWorkbook(issuerRow, joinedCodes, zeros, numberFormat));

        Assert.Equal(234.56789m, income.Total?.Total?.Value);
        Assert.Equal(230.06789m, income.Total?.FiscalAppropriation?.Value);
        Assert.Equal(4.5m, income.Total?.OtherIncome?.Value);
        Assert.Equal(0m, income.Total?.AffiliatedRemittance?.Value);
        Assert.Equal(7, income.Rows.Count);
        var running = Assert.Single(income.Rows, r => r.Code.ToString() == "2010301");
        Assert.Equal(150m, running.Total?.Value);   // 1,500,000.00 元
    }

    /// <summary>
    /// A fixed number format (#,##0.00) keeps the decimals the sheet shows: 345,678.90 元 saved as the number 345678.9 is
    /// 34.567890 万元 written with six decimals (two in 元 plus four for the unit), not five.
    /// </summary>
    [Fact]
    public void AFixedNumberFormat_KeepsTheWrittenDecimals()
    {
        var formatted = ReadIncome(IncomeWorkbook(true, false, false, "#,##0.00"));
        var general = ReadIncome(IncomeWorkbook(true, false, false, "General"));

        var housing = Assert.Single(formatted.Rows, r => r.Code.ToString() == "221");
        Assert.Equal("34.567890", housing.Total?.ToString());
        Assert.Equal("34.56789", Assert.Single(general.Rows, r => r.Code.ToString() == "221").Total?.ToString());
    }

    /// <summary>
    /// Near miss: a caption row still is one — 编制单位 and 单位：元 over four cells above the header are not read as the
    /// header (the table keeps its title and unit), and a header of four cells, one of them 附属单位上缴收入, is a header.
    /// </summary>
    [Fact]
    public void AShortHeaderWithAnAffiliateColumn_IsAHeaderNotACaption()
    {
        var rows = new List<string[]>
        {
            new[] { "收入决算表" },
            new[] { "科目编码", "科目名称", "本年收入合计", "附属单位上缴收入" },
            new[] { "", "合计", "120.50", "20.50" },
            new[] { "201", "一般公共服务支出", "120.50", "20.50" },
        };
        var income = ReadIncome(MinimalXlsx.Write("公开02表", rows, "General"));

        Assert.Equal(120.50m, income.Total?.Total?.Value);
        Assert.Equal(20.50m, income.Total?.AffiliatedRemittance?.Value);
    }

    /// <summary>
    /// A workbook of tables states no year: <c>--year 2023</c> gives it (before: 年度未知 whatever the option said), and
    /// without the option the year stays unknown (nothing is guessed).
    /// </summary>
    [Fact]
    public void AWorkbookAlone_TakesTheYearFromTheOption()
    {
        var path = Path.Combine(Folder, "附表.xlsx");
        File.WriteAllBytes(path, IncomeWorkbook(true, false, false, "General"));

        var (code, output, _) = Run("extract", path, "--year", "2023");
        var (_, without, _) = Run("extract", path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2023, json.RootElement.GetProperty("entity").GetProperty("fiscalYear").GetInt32());
        using var none = JsonDocument.Parse(without);
        Assert.False(none.RootElement.GetProperty("entity").TryGetProperty("fiscalYear", out _));
    }

    /// <summary>
    /// <c>--combine 说明.txt 附表.xlsx</c>: the 说明 kept as a text beside the workbook of tables is one disclosure (before:
    /// refused, "published files only"); the 收入决算表 has its figures, so no FA6101 says it has none. Report JSON is still
    /// refused.
    /// </summary>
    [Fact]
    public void ATextNarrative_CombinesWithAWorkbook()
    {
        var workbook = Path.Combine(Folder, "附表.xlsx");
        File.WriteAllBytes(workbook, IncomeWorkbook(true, false, false, "General"));
        var text = WriteFile("说明.txt", "某市某区某街道办事处2023年度部门决算\n第三部分 2023年度部门决算情况说明\n"
            + "二、收入决算情况说明\n2023年度本年收入合计234.57万元，其中：财政拨款收入230.07万元，占98.08%；其他收入4.50万元，占1.92%。\n");

        var (code, output, err) = Run("check", "--combine", text, workbook, "--format", "json");
        var (refused, _, refusal) = Run("check", "--combine", text, SampleJsonPath);

        Assert.NotEqual(2, code);
        Assert.DoesNotContain("published files", err, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var file = json.RootElement.GetProperty("files")[0];
        var rules = file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(2023, file.GetProperty("fiscalYear").GetInt32());   // the 说明's year: one disclosure
        Assert.DoesNotContain("FA6101", rules);
        Assert.Contains("FA1102", rules);   // the 说明's 234.57 weighed against the table's 234.56789 (a rounding Info)
        Assert.Equal(2, refused);
        Assert.Contains("report JSON", refusal, StringComparison.Ordinal);
    }

    // ---- F2: the general budget total explained by its 项 ----

    private const string GeneralBudget = "云湾县某局2020年度部门决算\n第三部分 2020年度部门决算情况说明\n"
        + "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n";

    private static string[] Warnings2206(List<Diagnostic> diagnostics)
        => [.. diagnostics.Where(d => d.RuleId == "FA2206").Select(d => d.Pointers[0])];

    /// <summary>
    /// The national template: the total's sentence ends with 其中： and each 项 gives its own reason, above or below its
    /// budget. The parts' reasons explain the total (before: FA2206 on the total in all four blind texts). Figures: 280.00
    /// budget, 300.00 final; 项 200.00 → 230.00 and 80.00 → 70.00 (230.00 + 70.00 = 300.00).
    /// </summary>
    [Theory]
    [InlineData("年初预算为280.00万元，支出决算为300.00万元，完成年初预算的107.14%。其中：\n", "大于", "小于")]
    [InlineData("年初预算为280.00万元，支出决算为300.00万元，完成年初预算的107.14%，其中：\n", "大于", "小于")]
    [InlineData("年初预算为280.00万元，支出决算为300.00万元，完成年初预算的107.14%。具体情况如下：\n", "高于", "低于")]
    public void EveryDifferingItemWithItsReason_ExplainsTheTotal(string total, string above, string below)
    {
        var (read, diagnostics) = Read(GeneralBudget + "2020年度一般公共预算财政拨款支出" + total
            + "1.农林水支出（类）水利（款）行政运行（项）。年初预算为200.00万元，支出决算为230.00万元，完成年初预算的115.00%。"
            + $"决算数{above}年初预算数的主要原因是年中追加人员经费。\n"
            + "2.农林水支出（类）水利（款）水利工程运行与维护（项）。年初预算为80.00万元，支出决算为70.00万元，完成年初预算的87.50%。"
            + $"决算数{below}年初预算数的主要原因是部分维修项目推迟实施。\n");

        Assert.Equal("300.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("280.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("200.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Empty(Warnings2206(diagnostics));
    }

    /// <summary>
    /// Near misses: a differing 项 without a reason keeps its Warning, on the 项 itself (the total is explained by its parts,
    /// the missing reason is the 项's); a total stated alone, with no 项 compared, keeps its Warning.
    /// </summary>
    [Fact]
    public void ADifferingItemWithoutItsReason_KeepsItsWarning()
    {
        var (_, missing) = Read(GeneralBudget
            + "2020年度一般公共预算财政拨款支出年初预算为280.00万元，支出决算为300.00万元，完成年初预算的107.14%。其中：\n"
            + "1.农林水支出（类）水利（款）行政运行（项）。年初预算为200.00万元，支出决算为230.00万元，完成年初预算的115.00%。"
            + "决算数大于年初预算数的主要原因是年中追加人员经费。\n"
            + "2.农林水支出（类）水利（款）水利工程运行与维护（项）。年初预算为80.00万元，支出决算为70.00万元，完成年初预算的87.50%。\n");
        var (_, alone) = Read(GeneralBudget
            + "2020年度一般公共预算财政拨款支出年初预算为280.00万元，支出决算为300.00万元，完成年初预算的107.14%。\n");

        Assert.Equal(new[] { "/narrative/generalBudget/items/1/budget" }, Warnings2206(missing));
        Assert.Equal(new[] { "/narrative/generalBudget/total/budget" }, Warnings2206(alone));
    }

    // ---- F10: catalogue names ----

    /// <summary>
    /// 21208's name with 及对应专项债务收入 (the 科目 since 2016, after local 专项债券 from 2015) is a name of the code, in 2016
    /// as later; a name of another 款 is still a mismatch (the match is not loosened).
    /// </summary>
    [Theory]
    [InlineData(2016)]
    [InlineData(2020)]
    public void TheLandSaleFundName_WithItsSpecialDebtWords_IsKnown(int year)
    {
        var code = FunctionalCode.Parse("21208");
        var catalogue = ClassificationCatalogue.Default;

        Assert.NotEqual(NameMatch.Mismatch, catalogue.MatchName(code, year, "国有土地使用权出让收入及对应专项债务收入安排的支出"));
        Assert.NotEqual(NameMatch.Mismatch, catalogue.MatchName(code, year, "国有土地使用权出让收入安排的支出"));
        Assert.Equal(NameMatch.Mismatch, catalogue.MatchName(code, year, "国有土地收益基金及对应专项债务收入安排的支出"));
    }

    /// <summary>Common 项 the blind texts used are in the catalogue with their names; a wrong name on them is a mismatch.</summary>
    [Theory]
    [InlineData("2120106", "工程建设管理")]
    [InlineData("2210105", "农村危房改造")]
    [InlineData("2080208", "基层政权建设和社区治理")]
    [InlineData("2080208", "基层政权和社区建设")]
    [InlineData("2130705", "对村民委员会和村党支部的补助")]
    [InlineData("2010607", "信息化建设")]
    [InlineData("2100501", "行政单位医疗")]
    [InlineData("2100409", "重大公共卫生服务")]
    public void CommonItems_AreInTheCatalogue(string code, string name)
    {
        var functional = FunctionalCode.Parse(code);

        Assert.Contains(ClassificationCatalogue.Default.MatchName(functional, 2016, name), new[] { NameMatch.Exact, NameMatch.Alias });
        Assert.Contains(ClassificationCatalogue.Default.MatchName(functional, 2023, name), new[] { NameMatch.Exact, NameMatch.Alias });
        Assert.Equal(NameMatch.Mismatch, ClassificationCatalogue.Default.MatchName(functional, 2023, "其他城乡社区支出"));
    }

    // ---- F12: the issuer's name holds a purchase kind ----

    /// <summary>
    /// The issuer's own name (工程, 服务) is no subject word: the sentence's figure is the 政府采购 total, and the kinds written
    /// after 政府采购 keep theirs. 615.00 = 486.30 + 0.00 + 128.70. Written with the title's name, and with a name the title
    /// does not give (a name ending in 院/局/中心 right before 政府采购).
    /// </summary>
    [Theory]
    [InlineData("陕西省华岳工程质量检测研究院", "陕西省华岳工程质量检测研究院")]
    [InlineData("某县水利工程管理局", "某县水利工程管理局")]
    [InlineData("某市政务服务中心", "某市政务服务中心")]
    [InlineData("某市政务服务中心", "市政务服务中心")]
    [InlineData("某县某局", "某县河道工程管理所")]
    public void AnIssuerNameWithAPurchaseKind_IsNoSubject(string title, string issuer)
    {
        var (read, diagnostics) = Read($"{title}2019年度部门决算\n第三部分 2019年度部门决算情况说明\n十、其他重要事项的情况说明\n"
            + "（二）政府采购支出情况\n"
            + $"2019年度{issuer}政府采购支出总额615.00万元，其中：政府采购货物支出486.30万元、政府采购工程支出0.00万元、"
            + "政府采购服务支出128.70万元。\n");

        Assert.Equal("615.00", At(read, "/narrative/procurement/total/amount"));
        Assert.Equal("0.00", At(read, "/narrative/procurement/works/amount"));
        Assert.Equal("128.70", At(read, "/narrative/procurement/services/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near miss: a kind written as the subject ("政府采购工程支出 20.00 万元" alone, and "工程类采购 20.00 万元") is still that
    /// kind's figure: only a name ending in an organisation word right before 政府采购, or the title's name, is taken out.
    /// </summary>
    [Theory]
    [InlineData("政府采购工程支出20.00万元。")]
    [InlineData("工程类政府采购20.00万元。")]
    public void APurchaseKindAsTheSubject_StillNamesItsFigure(string sentence)
    {
        var (read, _) = Read("某县某工程管理局2019年度部门决算\n第三部分 2019年度部门决算情况说明\n十、其他重要事项的情况说明\n"
            + "（二）政府采购支出情况\n2019年度政府采购支出总额50.00万元，其中：政府采购货物支出30.00万元。" + sentence + "\n");

        Assert.Equal("50.00", At(read, "/narrative/procurement/total/amount"));
        Assert.Equal("20.00", At(read, "/narrative/procurement/works/amount"));
    }
}
