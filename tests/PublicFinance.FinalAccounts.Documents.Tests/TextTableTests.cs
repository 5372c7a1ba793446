using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// The nine tables pasted into a plain text (issue 8), read in each layout from invented texts
/// (<see cref="TextTableFixtures"/>): every mapped figure against the value written in the fixture, every cell located at
/// its line:column, a planted wrong total reported by the rule that checks it, and irregular tables left as notes.
/// </summary>
public class TextTableTests
{
    // Without the consequence analysis (rules spec §5.1): these tests check which cells the rules name, every failed
    // identity an Error, not which of them is the root.
    private static readonly Validator Plain = Validator.Default.WithOptions(ValidationOptions.Default with { LinkConsequences = false });

    private static ValidationResult Validate(PublishedDisclosure d) => Plain.Validate(d.Report, d.Sources);

    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.Tab)]
    [InlineData(TextLayout.Spaces)]
    [InlineData(TextLayout.CellPerLine)]
    public void EveryLayout_MapsTheSummaryAndTable5AsWritten(TextLayout layout)
    {
        var text = TextTableFixtures.Text(layout);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        Assert.Equal(["公开01表 收入支出决算总表", "公开05表 一般公共预算财政拨款支出决算表"], d.Tables.Select(t => t.ToString()));
        var summary = d.Report.Tables!.Summary!;
        // The income side as written: 100.00, 20.00, 120.00, 10.00, 130.00; 上级补助收入 is printed blank: 0.00.
        Assert.Equal(Amount.Parse("100.00"), summary.Income!.GeneralBudgetAppropriation);
        Assert.Equal(Amount.Parse("0.00"), summary.Income!.SuperiorSubsidy);
        Assert.Equal(Amount.Parse("20.00"), summary.Income!.OtherIncome);
        Assert.Equal(Amount.Parse("120.00"), summary.Income!.CurrentYearTotal);
        Assert.Equal(Amount.Parse("10.00"), summary.Income!.OpeningCarryOver);
        Assert.Equal(Amount.Parse("130.00"), summary.Income!.GrandTotal);
        // The expenditure side: the two classes 90.00 and 25.00, 本年支出合计 115.00, 年末 15.00, 总计 130.00.
        Assert.Equal(["一般公共服务支出 90.00", "住房保障支出 25.00"], summary.Expenditure!.Classes.Select(c => c.Name + " " + c.Amount));
        Assert.Equal(Amount.Parse("115.00"), summary.Expenditure!.CurrentYearTotal);
        Assert.Equal(Amount.Parse("15.00"), summary.Expenditure!.ClosingCarryOver);
        Assert.Equal(Amount.Parse("130.00"), summary.Expenditure!.GrandTotal);

        var t5 = d.Report.Tables.GeneralBudgetExpenditure!;
        // 合计 95.00 = 70.00 + 25.00; eight rows under it (three 类, two 款… as written), blank cells 0.00.
        Assert.Equal((Amount.Parse("95.00"), Amount.Parse("70.00"), Amount.Parse("25.00")),
            (t5.Total!.Total, t5.Total.Basic, t5.Total.Project));
        Assert.Equal(["201", "20103", "2010301", "2010302", "221", "22102", "2210201"], t5.Rows.Select(r => r.Code.ToString()));
        var admin = t5.Rows.Single(r => r.Code.ToString() == "2010301");
        Assert.Equal((Amount.Parse("60.00"), Amount.Parse("60.00"), Amount.Parse("0.00")), (admin.Total, admin.Basic, admin.Project));
        var general = t5.Rows.Single(r => r.Code.ToString() == "2010302");
        Assert.Equal((Amount.Parse("10.00"), Amount.Parse("0.00"), Amount.Parse("10.00")), (general.Total, general.Basic, general.Project));
        Assert.Equal("政府办公厅（室）及相关机构事务", t5.Rows.Single(r => r.Code.ToString() == "20103").Name);

        // Every figure is located where it is printed.
        var (line, column) = TextTableFixtures.Find(text, "本年支出合计", "115.00");
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/summary/expenditure/currentYearTotal"].Location!.ToString());
        (line, column) = TextTableFixtures.Find(text, "一般行政管理事务", "10.00");
        Assert.Equal($"line {line}:{column}", d.TableSources[$"/tables/generalBudgetExpenditure/rows/3/total"].Location!.ToString());

        // The tables add up: no table rule fails.
        var result = Validate(d);
        Assert.DoesNotContain(result.Diagnostics,
            x => x.Severity == Severity.Error && x.Pointers.Any(p => p.StartsWith("/tables/", StringComparison.Ordinal)));
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA0501")!.Outcome);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA0503")!.Outcome);
    }

    [Theory]
    [InlineData(TextLayout.Tab)]
    [InlineData(TextLayout.Spaces)]
    public void TablesIn元_AreConvertedToTheReportsUnit(TextLayout layout)
    {
        // The same table 5 printed in 元: 950000.00 元 = 95 万元, 600000.00 元 = 60 万元.
        var yuan = TextTableFixtures.GeneralBudget
            .Select((row, r) => r == 0
                ? row
                : row.Select((cell, c) => c >= 2 && cell.Length > 0 ? cell.Replace(".00", "0000.00") : cell).ToArray())
            .ToArray();
        var d = TestFiles.ReadText(TextTableFixtures.Text(layout, yuan, "元"));

        Assert.Equal(AmountUnit.Yuan, d.Tables[1].Unit);
        var t5 = d.Report.Tables!.GeneralBudgetExpenditure!;
        Assert.Equal(95m, t5.Total!.Total!.Value.Value);
        Assert.Equal(60m, t5.Rows.Single(r => r.Code.ToString() == "2010301").Basic!.Value.Value);
        Assert.Equal(CheckOutcome.Passed, Validate(d).CoverageOf("FA0501")!.Outcome);
    }

    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.CellPerLine)]
    public void PlantedWrongTotal_IsReportedByTheTotalRules_AtItsCell(TextLayout layout)
    {
        // 合计 printed 96.00 where 基本 70.00 + 项目 25.00 = 95.00 and the classes 70.00 + 25.00 = 95.00.
        var planted = TextTableFixtures.GeneralBudget.Select(r => r[1] == "合计" ? ["", "合计", "96.00", "70.00", "25.00"] : r).ToArray();
        var text = TextTableFixtures.Text(layout, planted);
        var d = TestFiles.ReadText(text);
        var result = Validate(d);

        var errors = result.Diagnostics.Where(x => x.Severity == Severity.Error).ToList();
        Assert.Equal(["FA0501", "FA0503"], errors.Select(e => e.RuleId).Distinct());
        var fa0501 = errors.Single(e => e.RuleId == "FA0501");
        Assert.Equal("/tables/generalBudgetExpenditure/total/total", fa0501.Pointers[0]);
        var table5 = Array.FindIndex(text.Split('\n'), l => l.Contains("公开05表", StringComparison.Ordinal)) + 1;
        var (line, column) = TextTableFixtures.Find(text, "合计", "96.00", table5);
        Assert.Equal($"line {line}:{column} 公开05表 一般公共预算财政拨款支出决算表 row “合计” column 合计", d.Locate(fa0501.Pointers[0]));
    }

    [Fact]
    public void CombinedAppropriationIncome_2016Layout_IsANoteNotAFigure()
    {
        // The older summary: one 财政拨款收入 row (100.00) with 其中 政府性基金 below it; the model keeps the three apart.
        string[][] summary =
        [
            ["收入项目", "决算数", "支出项目", "决算数"],
            ["一、财政拨款收入", "100.00", "一、一般公共服务支出", "100.00"],
            ["其中：政府性基金预算财政拨款", "", "", ""],
            ["本年收入合计", "100.00", "本年支出合计", "100.00"],
            ["总计", "100.00", "总计", "100.00"],
        ];
        var text = TextTableFixtures.Table(TextLayout.Pipe, ["公开01表 收入支出决算总表", "单位：万元"], summary, null);
        var d = TestFiles.ReadText(text);

        var income = d.Report.Tables!.Summary!.Income!;
        Assert.Null(income.GeneralBudgetAppropriation);
        Assert.Equal(Amount.Parse("0.00"), income.GovernmentFundAppropriation); // the 其中 row, printed blank
        Assert.Equal(Amount.Parse("100.00"), income.CurrentYearTotal);
        var note = Assert.Single(d.Notes);
        Assert.Contains("合并的财政拨款收入", note.MessageZh, StringComparison.Ordinal);
        var (line, column) = TextTableFixtures.Find(text, "一、财政拨款收入", "100.00");
        Assert.Equal($"line {line}:{column}", note.Location!.ToString());
    }

    [Fact]
    public void PipeRowWithACellLost_IsANote_AndNoFigureIsPlaced()
    {
        // The 2010302 row lost its blank 基本支出 cell: 10.00 would shift into 基本支出. Nothing of the table is read.
        var lost = TextTableFixtures.GeneralBudget.Select(r => r[0] == "2010302" ? ["2010302", "一般行政管理事务", "10.00", "10.00"] : r).ToArray();
        var text = TextTableFixtures.Table(TextLayout.Pipe, ["一般公共预算财政拨款支出决算表", "单位：万元"], lost, null);
        var d = TestFiles.ReadText(text);

        Assert.Null(d.Report.Tables);
        Assert.Empty(d.TableSources);
        var note = Assert.Single(d.Notes);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("2010302", StringComparison.Ordinal)) + 1;
        Assert.Equal(DocumentMessages.TextTableNotRead("一般公共预算财政拨款支出决算表", Text.TextTableProblem.CellCount,
            new CellLocation { TextLine = line, TextColumn = 1 }), note);
    }

    [Fact]
    public void SpacedRowsThatDoNotAlign_AreANote()
    {
        // The 2010301 row's 60.00 is moved two columns right: it no longer stands under any column alone.
        var text = TextTableFixtures.Table(TextLayout.Spaces, ["一般公共预算财政拨款支出决算表", "单位：万元"], TextTableFixtures.GeneralBudget, null);
        var lines = text.Split('\n');
        var row = Array.FindIndex(lines, l => l.Contains("2010301", StringComparison.Ordinal));
        lines[row] = lines[row].Replace("60.00  ", "  60.00", StringComparison.Ordinal);
        var d = TestFiles.ReadText(string.Join('\n', lines));

        Assert.Null(d.Report.Tables);
        var note = Assert.Single(d.Notes);
        Assert.Equal(DocumentMessages.TextTableNotRead("一般公共预算财政拨款支出决算表", Text.TextTableProblem.Unaligned,
            new CellLocation { TextLine = 3, TextColumn = 1 }), note); // the rows start on line 3, under the title and unit
    }

    [Fact]
    public void OneCellPerLine_WithABlankCellLost_IsANote()
    {
        // One cell per line with the blank 项目支出 cell of 2010301 missing: the rows no longer divide into five cells.
        var text = TextTableFixtures.Table(TextLayout.CellPerLine, ["一般公共预算财政拨款支出决算表", "单位：万元"], TextTableFixtures.GeneralBudget, null);
        var lines = text.Split('\n').ToList();
        var row = lines.IndexOf("2010301");
        lines.RemoveAt(row + 4); // 2010301, 行政运行, 60.00, 60.00, (blank)
        var d = TestFiles.ReadText(string.Join('\n', lines));

        Assert.Null(d.Report.Tables);
        Assert.Single(d.Notes);
    }

    [Fact]
    public void TitleInTheNarrative_WithoutRows_IsNeitherATableNorANote()
    {
        // A sentence naming a table, and a table of contents listing titles: no rows follow any of them.
        var d = TestFiles.ReadText("详见收入支出决算总表。\n目录\n收入支出决算总表\n收入决算表\n支出决算表\n一、收入支出决算总体情况说明\n");
        Assert.Empty(d.Tables);
        Assert.Empty(d.Notes);
    }

    [Fact]
    public void BlankFundTable_WithItsStatement_IsEmpty()
    {
        string[][] rows =
        [
            ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
            ["", "合计", "", "", ""],
        ];
        var text = TextTableFixtures.Table(TextLayout.CellPerLine, ["国有资本经营预算财政拨款支出决算表", "公开08表", "单位：万元"], rows,
            "说明：本单位没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。");
        var d = TestFiles.ReadText(text);

        var table = Assert.Single(d.Tables);
        Assert.Equal("公开08表", table.Code);
        Assert.Contains("本表无数据", table.EmptyStatement, StringComparison.Ordinal);
        Assert.True(d.Report.Tables!.StateCapital!.IsEmpty);
    }
}
