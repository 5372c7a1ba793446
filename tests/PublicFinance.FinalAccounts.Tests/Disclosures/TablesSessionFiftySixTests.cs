using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 56 (tables56, blind round 52's table layouts) on our own invented texts: a table pasted as comma-separated values
/// (<see cref="CsvTableLines"/>: quoted cells with thousands separators, empty fields for blank cells, a 合计 row first),
/// and a 项目支出绩效自评表 transcribed with full-width-space columns, its name and department on lines with colons and a
/// block of 一级指标 with their 分值 and 得分 (<see cref="PerformanceRow"/>, <see cref="PerformanceNameLines.IsKeyLine"/>).
/// At the base (d39961e0) both were prose: the CSV rows' figures unplaced (a planted 合计 unchecked), the 绩效自评表's
/// title joined to its name line and no evaluation read (a planted 执行率 unchecked).
/// </summary>
public sealed class TablesSessionFiftySixTests
{
    /// <summary>An invented 单位决算 excerpt with its two tables as CSV; <paramref name="basic"/> is the 合计's 基本支出.</summary>
    private static string CsvText(string basic = "900.00") =>
        "某县文化馆2019年度单位决算公开说明\n\n一、收入决算情况\n"
        + "本年收入合计1316.40万元，其中：财政拨款收入1208.50万元，占91.80%；事业收入107.90万元，占8.20%。\n\n"
        + "表1 收入决算表（单位：万元）\n项目,2019年决算数,2018年决算数,增减额,增减率\n"
        + "本年收入合计,\"1,316.40\",\"1,250.00\",66.40,5.31%\n财政拨款收入,\"1,208.50\",\"1,130.00\",78.50,6.95%\n"
        + "事业收入,107.90,120.00,-12.10,-10.08%\n\n二、支出决算情况\n本年支出合计1300.00万元，"
        + "其中：基本支出900.00万元，占69.23%；项目支出400.00万元，占30.77%。"
        + "\n\n表2 支出决算表（单位：万元）\n科目编码,科目名称,本年支出合计,基本支出,项目支出\n合计,,1300.00," + basic + ",400.00\n"
        + "2070109,群众文化,1100.00,720.00,380.00\n2080505,机关事业单位基本养老保险缴费支出,120.00,120.00,\n"
        + "2210201,住房公积金,80.00,60.00,20.00\n";

    /// <summary>
    /// The CSV tables are read as tables: the income table's prior-year column and change, the expenditure table's rows;
    /// a clean text has no Error. Fails at the base: the rows were prose, none of their cells a figure.
    /// </summary>
    [Fact]
    public void CsvTables_AreReadAsTables_AndACleanTextHasNoError()
    {
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(CsvText(), "csv");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1130.00", JsonAt(report, "/narrative/income/fiscalAppropriation/change/priorYearAmount"));
        Assert.Equal("12.10", JsonAt(report, "/narrative/income/serviceIncome/change/amount"));
        Assert.Equal("decrease", JsonAt(report, "/narrative/income/serviceIncome/change/direction"));
        var tabulated = CsvTableLines.Tabulate(CsvText());
        Assert.Contains("\n本年收入合计\t 1,316.40 \t 1,250.00 \t66.40\t5.31%\n", tabulated, StringComparison.Ordinal);
        Assert.Contains("\n合计\t\t1300.00\t900.00\t400.00\n", tabulated, StringComparison.Ordinal);
    }

    /// <summary>
    /// A 合计 cell that disagrees with its rows and with the prose's 基本支出 is an Error placed at the table's 合计 row
    /// (FA1103). Fails at the base: no Error (the rows were prose).
    /// </summary>
    [Fact]
    public void ACsvTotal_ThatDisagreesWithItsRowsAndTheProse_IsAnError()
    {
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(CsvText("990.00"), "csv");
        Assert.Contains("FA1103 /narrative/expenditure/basic/amount", Of(diagnostics, Severity.Error));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.MessageEn.Contains("990.00", StringComparison.Ordinal));
    }

    /// <summary>
    /// Near miss (precision): prose typed with ASCII commas — thousands separators inside it, lines of as many clauses — is
    /// no CSV table: the text is returned unchanged and read as the base read it.
    /// </summary>
    [Fact]
    public void ProseWithAsciiCommas_IsNoCsvTable()
    {
        const string Prose = "某县图书馆2020年度部门决算说明\n\n一、收入支出决算总体情况\n"
            + "2020年度收入总计1,316.40万元,支出总计1,316.40万元,年末结转和结余16.40万元\n"
            + "本年收入合计1,316.40万元,其中:财政拨款收入1,208.50万元,占91.80%\n事业收入107.90万元,占8.20%。\n";
        Assert.Same(Prose, CsvTableLines.Tabulate(Prose));
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(Prose, "prose");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1316.40", JsonAt(report, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("91.80", JsonAt(report, "/narrative/income/fiscalAppropriation/share"));
    }

    /// <summary>A CSV field: a word, a number (quoted with its thousands separator, signed), a rate or nothing.</summary>
    private static Gen<string> Field() => Gen.OneOf(
        Gen.Elements("项目", "合计", "基本支出", "群众文化", "其中：财政拨款", string.Empty),
        Gen.Choose(0, 9_999_999).Select(n => (n / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Choose(1_000, 9_999_999).Select(n => "\"" + (n / 100m).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture)
            + "\""),
        Gen.Choose(1, 99_999).Select(n => "-" + (n / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%"));

    /// <summary>
    /// Tabulating keeps every position: the text is as long as before and differs only where a comma became a tab or a
    /// quote a space — whatever the rows (random CSV tables under a header, prose lines around them).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Tabulate_ChangesOnlySeparatorsAndQuotes()
    {
        var rows =
            from width in Gen.Choose(3, 6)
            from count in Gen.Choose(1, 4)
            from cells in Field().ArrayOf(width * count)
            select string.Join("\n", Enumerable.Range(0, count).Select(r => string.Join(",", cells.Skip(r * width).Take(width))))
                + "\n";
        return Prop.ForAll(rows.ToArbitrary(), body =>
        {
            var text = "说明，本年收入合计1,316.40万元。\n项目,决算数,上年数,增减额,增减率,备注\n" + body + "其他收入,占3.07%。\n";
            var tabulated = CsvTableLines.Tabulate(text);
            return tabulated.Length == text.Length
                && Enumerable.Range(0, text.Length).All(i => tabulated[i] == text[i]
                    || text[i] == ',' && tabulated[i] == '\t' || text[i] == '"' && tabulated[i] == ' ');
        });
    }

    /// <summary>An invented 项目支出绩效自评表 in full-width-space columns; <paramref name="rate"/> is its 执行率.</summary>
    private static string PerformanceText(string rate = "90.00%") =>
        "某市图书馆2021年度单位决算说明（节选）\n\n一、项目支出绩效自评情况\n本馆对1个项目开展了绩效自评。\n\n"
        + "表1\u3000项目支出绩效自评表（2021年度）\n项目名称：古籍数字化保护\n主管部门：某市文化和旅游局\u3000\u3000实施单位：某市图书馆\n"
        + "项目资金（万元）\u3000\u3000年初预算数\u3000\u3000全年预算数\u3000\u3000全年执行数\u3000\u3000分值\u3000\u3000执行率\u3000\u3000得分\n"
        + "年度资金总额\u3000\u3000150.00\u3000\u3000160.00\u3000\u3000144.00\u3000\u300010\u3000\u3000" + rate + "\u3000\u30009.00\n"
        + "其中：财政拨款\u3000\u3000150.00\u3000\u3000160.00\u3000\u3000144.00\u3000\u3000—\u3000\u3000—\u3000\u3000—\n"
        + "一级指标\u3000\u3000分值\u3000\u3000得分\n产出指标\u3000\u300050\u3000\u300047.0\n效益指标\u3000\u300030\u3000\u300028.5\n"
        + "满意度指标\u3000\u300010\u3000\u30009.5\n总分\u3000\u3000100\u3000\u300094.00\n自评等级：优\n";

    /// <summary>
    /// The full-width-space 绩效自评表 is read: its name, department and unit from the colon lines, the fund line's cells,
    /// the 一级指标 rows as indicators, the 总分; a clean table has no Error. Fails at the base: no evaluation was read.
    /// </summary>
    [Fact]
    public void AFullWidthSpaceEvaluationTable_IsRead()
    {
        var (read, diagnostics) = Read(PerformanceText());
        Assert.Empty(Errors(diagnostics));
        const string Evaluation = "/performance/evaluations/0/";
        Assert.Equal("古籍数字化保护", JsonAt(read, Evaluation + "name"));
        Assert.Equal("某市文化和旅游局", JsonAt(read, Evaluation + "department"));
        Assert.Equal("某市图书馆", JsonAt(read, Evaluation + "implementingUnit"));
        Assert.Equal("160.00", JsonAt(read, Evaluation + "funds/0/fullYearBudget"));
        Assert.Equal("144.00", JsonAt(read, Evaluation + "funds/0/executed"));
        Assert.Equal("90.00", JsonAt(read, Evaluation + "funds/0/executionRate"));
        Assert.Equal("产出指标", JsonAt(read, Evaluation + "indicators/0/name"));
        Assert.Equal("47.0", JsonAt(read, Evaluation + "indicators/0/score"));
        Assert.Equal("10", JsonAt(read, Evaluation + "indicators/2/weight"));
        Assert.Equal("94.00", JsonAt(read, Evaluation + "totalScore"));
    }

    /// <summary>A 执行率 that disagrees with 执行数 / 全年预算数 is an Error (FA3004). Fails at the base: nothing was read.</summary>
    [Fact]
    public void AWrongExecutionRate_InAFullWidthSpaceTable_IsAnError()
    {
        var (_, diagnostics) = Read(PerformanceText("95.00%"));
        Assert.Contains("FA3004 /performance/evaluations/0/funds/0/executionRate", Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A row without tab or bar splits at runs of two spaces or more, a single space staying inside its cell (the one-pass
    /// split; before, such a row was one cell).
    /// </summary>
    [Fact]
    public void ASpaceAlignedRow_SplitsAtRunsOfSpaces()
    {
        const string Row = "年度 资金总额  150.00   160.00  90.00%";
        var split = new PerformanceRow();
        split.Split(Row, Row);
        Assert.Equal(4, split.Count);
        Assert.Equal("年度 资金总额", split.Text(0));
        Assert.Equal("160.00", split.Text(2));
        Assert.Equal("90.00%", split.Text(3));
    }
}
