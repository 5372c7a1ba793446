using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Tables printed without ruling lines (TestData/fixtures/ruleless-tables.pdf, written by make-ruleless-pdf.py with
/// invented figures): the expected cells are the texts that script places, column by column — never the reader's
/// output. Page 4 holds a table whose amounts drift from row to row; it must stay narrative, with a note.
/// </summary>
public class RuleLessTableTests
{
    private const string Fixture = "fixtures/ruleless-tables.pdf";

    private static DocumentTable Table(string title) => TestFiles.Read(Fixture).Tables.Single(t => t.Title == title);

    private static string[] Texts(DocumentTable t, int row) => [.. t.Rows[row].Select(c => c.Text)];

    [Fact]
    public void ThreeAlignedTablesAreFound_TheDriftingOneIsNot()
    {
        var doc = TestFiles.Read(Fixture);
        // Pages 1–3 each hold one aligned table; page 4's rows do not align.
        Assert.Equal(new[] { "收入支出决算总表", "支出决算表", "财政拨款“三公”经费支出决算表" }, doc.Tables.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "公开01表", "公开03表", "公开07表" }, doc.Tables.Select(t => t.Code).ToArray());
        Assert.All(doc.Tables, t => Assert.Equal(AmountUnit.WanYuan, t.Unit));
        Assert.Equal([1, 2, 3], [.. doc.Tables.Select(t => t.Pages.Single())]);
        var note = Assert.Single(doc.Notes, n => n.MessageEn.Contains("without ruling lines", System.StringComparison.Ordinal));
        Assert.Equal(4, note.Location!.Page);
    }

    [Fact]
    public void Summary_SideBySide_HeaderGroupsOverTheirColumns()
    {
        var t = Table("收入支出决算总表");
        // 收入 is centred over 项目|决算数 on the left, 支出 over the right pair.
        Assert.Equal(new[] { "收入/项目", "收入/决算数", "支出/项目", "支出/决算数" }, t.Columns.ToArray());
        Assert.Equal(12, t.Rows.Count);
        Assert.Equal(new[] { "一、一般公共预算财政拨款收入", "120.50", "一、一般公共服务支出", "90.00" }, Texts(t, 0));
        Assert.Equal(new[] { "二、政府性基金预算财政拨款收入", "", "二、社会保障和就业支出", "25.00" }, Texts(t, 1));
        Assert.Equal(new[] { "四、上级补助收入", "", "", "" }, Texts(t, 3));
        Assert.Equal(new[] { "本年收入合计", "132.50", "本年支出合计", "130.00" }, Texts(t, 8));
        Assert.Equal(new[] { "总计", "140.00", "总计", "140.00" }, Texts(t, 11));
        Assert.Equal(1, t.Rows[0][1].Location!.Page);
    }

    [Fact]
    public void Expenditure_CodeColumns_RightAlignedAmounts_BlankZeros()
    {
        var t = Table("支出决算表");
        // 项目 over 科目编码 (over 类|款|项) and 科目名称; 本年支出 over the three amount columns.
        Assert.Equal(new[] { "项目/科目编码/类", "项目/科目编码/款", "项目/科目编码/项", "项目/科目名称", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出" }, t.Columns.ToArray());
        Assert.Equal(12, t.Rows.Count);
        Assert.Equal(new[] { "合计", "", "", "", "130.00", "100.00", "30.00" }, Texts(t, 0));
        Assert.Equal(new[] { "201", "03", "01", "行政运行", "70.00", "70.00", "" }, Texts(t, 3));
        Assert.Equal(new[] { "208", "05", "05", "机关事业单位基本养老保险缴费支出", "25.00", "25.00", "" }, Texts(t, 7));
        Assert.Equal(new[] { "221", "02", "03", "购房补贴", "10.00", "", "10.00" }, Texts(t, 11));
        // Located: page 2, the 基本支出 column right of 合计.
        Assert.Equal(2, t.Rows[3][5].Location!.Page);
        Assert.True(t.Rows[3][5].Location!.X > t.Rows[3][4].Location!.X);
    }

    [Fact]
    public void ThreePublic_ThreeHeaderLevels_OneDataRow()
    {
        var t = Table("财政拨款“三公”经费支出决算表");
        string[] Group(string g)
            => [g + "/合计", g + "/因公出国（境）费", g + "/公务用车购置及运行费/小计", g + "/公务用车购置及运行费/购置费", g + "/公务用车购置及运行费/运行费", g + "/公务接待费"];
        Assert.Equal(Group("预算数").Concat(Group("决算数")).ToArray(), t.Columns.ToArray());
        Assert.Equal(new[] { "12.00", "3.00", "6.00", "0.00", "6.00", "3.00", "10.50", "2.50", "5.20", "0.00", "5.20", "2.80" },
            Texts(t, 0));
    }

    [Fact]
    public void TablesMapIntoTheModel_AndTheRulesFindNoError()
    {
        var (d, result) = TestFiles.Check(Fixture);
        var tables = d.Report.Tables!;
        Assert.Equal(Amount.Parse("120.50"), tables.Summary!.Income!.GeneralBudgetAppropriation);
        Assert.Equal(Amount.Parse("140.00"), tables.Summary.Income.GrandTotal);
        // Codes joined from 类|款|项: 201, 20103, 2010301 …
        Assert.Equal(new[] { "201", "20103", "2010301", "2010302", "208", "20805", "2080505", "221", "22102", "2210201", "2210203" },
            tables.Expenditure!.Rows.Select(r => r.Code.ToString()).ToArray());
        Assert.Equal(Amount.Parse("100.00"), tables.Expenditure.Total!.Basic);
        Assert.Equal(Amount.Parse("10.50"), tables.ThreePublic!.Final!.Total);
        Assert.Equal(Amount.Parse("6.00"), tables.ThreePublic.Budget!.VehiclesSubtotal);
        Assert.Equal(Amount.Parse("5.20"), tables.ThreePublic.Final.VehicleOperation);
        // The invented figures add up (130 = 90 + 25 + 15, 100 + 30 …): no table rule reports an Error.
        Assert.DoesNotContain(result.Diagnostics, x => x.Severity == Severity.Error
            && x.Pointers.Any(p => p.StartsWith("/tables/", System.StringComparison.Ordinal)));
        Assert.StartsWith("p.2 ", d.Locate("/tables/expenditure/rows/2/basic"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_KeepsTextAndCaptions_LosesTableRows()
    {
        var text = TestFiles.Read(Fixture).Text;
        Assert.Contains("本部门为虚构单位", text, System.StringComparison.Ordinal);
        Assert.Contains("二、收入支出决算总体情况说明", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("行政运行", text, System.StringComparison.Ordinal);          // a data row of the table on page 2
        Assert.DoesNotContain("一般公共预算财政拨款收入", text, System.StringComparison.Ordinal); // a data row on page 1
        // The drifting table on page 4 stays narrative: its rows are lines of text.
        Assert.Contains("住房保障支出", text.Split('\f')[3], System.StringComparison.Ordinal);
    }
}
