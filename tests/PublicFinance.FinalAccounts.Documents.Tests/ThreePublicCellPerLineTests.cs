using System.Collections.Generic;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Round four (issue 8): a 三公 table pasted one cell per line under the header 项目 | 预算数 | 决算数 (or with 增减额 | 增减率
/// after them), each cell on its own line, perhaps ending in <c> |</c>, blank cells as empty lines or a lone <c> |</c>: regrouped
/// into rows by the header's width, its 预算数/决算数 columns mapped, 合计 and every item read (the vehicle line with its 购置
/// and 运行 sub-rows), so a wrong 合计 is a finding. Invented tables; sums in the comments.
/// </summary>
public class ThreePublicCellPerLineTests
{
    private const string Narrative = "示例单位2024年度部门决算\n\n第三部分 部门决算情况说明\n";

    /// <summary>
    /// Budget 30.00 = 10.00 + 15.00 + 5.00 (15.00 = 0 + 15.00, the 购置费 row blank); final 27.00 = 9.00 + 14.00 + 4.00 (14.00 =
    /// 0 + 14.00); 增减额 = final − budget (−3.00 = −1.00 − 1.00 − 1.00), 增减率 = 增减额 / budget (−1.00 / 15.00 = −6.67%).
    /// </summary>
    private static string[][] Rows(string finalTotal, bool withChange)
    {
        string[][] rows =
        [
            ["项目", "预算数", "决算数", "增减额", "增减率"],
            ["合计", "30.00", finalTotal, "-3.00", "-10.00%"],
            ["因公出国（境）费", "10.00", "9.00", "-1.00", "-10.00%"],
            ["公务用车购置及运行维护费", "15.00", "14.00", "-1.00", "-6.67%"],
            ["其中：公务用车购置费", "", "", "", ""],
            ["公务用车运行维护费", "15.00", "14.00", "-1.00", "-6.67%"],
            ["公务接待费", "5.00", "4.00", "-1.00", "-20.00%"],
        ];
        return withChange ? rows : [.. rows.Select(r => r[..3])];
    }

    public enum Cells
    {
        /// <summary>Each cell on its own line, a blank cell an empty line.</summary>
        Plain,

        /// <summary>Each cell ending in <c> |</c>, a blank cell a lone <c> |</c>.</summary>
        Bars,
    }

    private static string Text(string[][] rows, Cells cells)
        => Narrative + "财政拨款“三公”经费支出决算表\n单位：万元\n"
            + string.Concat(rows.SelectMany(r => r).Select(c => (cells == Cells.Bars ? (c.Length == 0 ? " |" : c + " |") : c) + "\n"))
            + "注：本表反映财政拨款“三公”经费支出情况。\n";

    /// <summary>Reads and checks a text as <c>finacct check</c> does: narrative and pasted tables combined, text findings and the
    /// validator's.</summary>
    private static (PublishedDisclosure Disclosure, List<Diagnostic> Diagnostics) Check(string text)
    {
        var read = DisclosureReader.Read(text);
        var d = PublishedDocumentReader.Combine(read, [PublishedDocumentReader.ReadText(text, "说明.txt")], RoundingMode.RoundToNearest);
        return (d, [.. read.TextFindings.Concat(Validator.Default.Validate(d.Report, read.Sources).Diagnostics)]);
    }

    private static (Amount?, Amount?, Amount?, Amount?, Amount?, Amount?) Items(ThreePublicColumns? c)
        => c is null ? default : (c.Total, c.OverseasTravel, c.VehiclesSubtotal, c.VehiclePurchase, c.VehicleOperation, c.Reception);

    private static (Amount?, Amount?, Amount?, Amount?, Amount?, Amount?) Printed(params string[] f)
        => (Amount.Parse(f[0]), Amount.Parse(f[1]), Amount.Parse(f[2]), Amount.Parse(f[3]), Amount.Parse(f[4]), Amount.Parse(f[5]));

    public static TheoryData<bool, Cells> Variants() => new()
    {
        { false, Cells.Plain }, { false, Cells.Bars }, { true, Cells.Plain }, { true, Cells.Bars },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void ConsistentTable_IsRegroupedByTheHeadersWidth_AndGivesNoError(bool withChange, Cells cells)
    {
        var text = Text(Rows("27.00", withChange), cells);
        var (d, diagnostics) = Check(text);

        Assert.Empty(d.Notes);
        var table = Assert.Single(d.Tables);
        string[] columns = withChange ? ["项目", "预算数", "决算数", "增减额", "增减率"] : ["项目", "预算数", "决算数"];
        Assert.Equal(columns, table.Columns);
        Assert.Equal(6, table.Rows.Count);   // 合计, the three items and the two vehicle sub-rows
        var t = d.Report.Tables!.ThreePublic!;
        // The blank 购置费 row is a zero, as a blank cell of a printed table is (at the column's two decimals).
        Assert.Equal(Printed("30.00", "10.00", "15.00", "0.00", "15.00", "5.00"), Items(t.Budget));
        Assert.Equal(Printed("27.00", "9.00", "14.00", "0.00", "14.00", "4.00"), Items(t.Final));
        var (line, column) = TextTableFixtures.Find(text, "公务接待费", "4.00");   // its 决算数, two lines below it
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/threePublic/final/reception"].Location!.ToString());
        Assert.DoesNotContain(diagnostics, x => x.Severity == Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void PlantedWrongTotal_IsExactlyOneErrorOfTheTable_AtTheTotalsCell(bool withChange, Cells cells)
    {
        // 28.00 printed where the items add up to 27.00 (9.00 + 14.00 + 4.00): 1.00 off, beyond the slack (±0.02).
        var text = Text(Rows("28.00", withChange), cells);
        var (d, diagnostics) = Check(text);

        var error = Assert.Single(diagnostics, x => x.Severity == Severity.Error
            && x.Pointers.Any(p => p.StartsWith("/tables/", StringComparison.Ordinal)));
        Assert.Equal("FA0701", error.RuleId);
        var (line, column) = TextTableFixtures.Find(text, "合计", "28.00");
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/threePublic/final/total"].Location!.ToString());
    }

    [Fact]
    public void PercentColumn_MixedWithAnAmount_IsANote_NotAColumnGuessed()
    {
        // 增减率 holds percents; one row prints an amount there (a cell lost before it would do this): the column holds two
        // kinds, so the table is a note and no figure is placed.
        var rows = Rows("27.00", true);
        rows[2] = ["因公出国（境）费", "10.00", "9.00", "-1.00", "-1.00"];
        var d = PublishedDocumentReader.ReadText(Text(rows, Cells.Plain), "说明.txt");

        Assert.Empty(d.Tables);
        Assert.Contains("表格文本未读入", Assert.Single(d.Notes).MessageZh, StringComparison.Ordinal);
    }
}
