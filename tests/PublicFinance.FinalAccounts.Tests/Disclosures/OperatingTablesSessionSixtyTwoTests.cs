using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 62 (tbl62b; an invented 东川市司法局 text, none copied from the blind rounds): 机关运行经费 written as a comparison
/// table by economic item under its own heading (blind round 51 t09's layout: tab cells, ▲/▼ before unsigned changes). The
/// 合计 row is the total with its prior year and change; each row named as a component (…费, 其他商品和服务支出 after one)
/// is one entry of <c>operatingExpenses/components</c>; the components' priors and changes have no member (one note).
/// </summary>
public sealed class OperatingTablesSessionSixtyTwoTests
{
    private const string Operating = "/narrative/operatingExpenses/";

    /// <summary>The invented 机关运行经费 table (tab cells); <paramref name="edit"/> changes the table's text.</summary>
    private static string Text(string corner = "经济分类", string heading = "◆机关运行经费支出情况说明", string unit = "单位：万元",
        Func<string, string>? edit = null)
    {
        var table = $"{corner}\t2023年\t2022年\t增减额\t增减率\n"
            + "合计\t58.40\t61.20\t▼2.80\t▼4.58%\n"
            + "办公费\t9.35\t8.10\t▲1.25\t▲15.43%\n"
            + "差旅费\t6.20\t7.90\t▼1.70\t▼21.52%\n"
            + "培训费\t3.05\t3.05\t0.00\t0.00%\n"
            + "维修（护）费\t12.60\t13.40\t▼0.80\t▼5.97%\n"
            + "公务用车运行维护费\t18.90\t20.05\t▼1.15\t▼5.74%\n"
            + "其他商品和服务支出\t8.30\t8.70\t▼0.40\t▼4.60%\n";
        return "东川市司法局2023年度部门决算（节选）\n\n"
            + "说明：表中“▲”表示增加，“▼”表示减少。\n\n"
            + heading + "\n"
            + "2023年度本部门机关运行经费支出58.40万元，比上年减少2.80万元，下降4.58%。明细如下：\n"
            + unit + "\n"
            + (edit is null ? table : edit(table))
            + "\n◆政府采购支出情况说明\n2023年度政府采购支出总额120.50万元。\n";
    }

    /// <summary>The clean table: the total's prior year and change, six components with their amounts, one note.</summary>
    [Fact]
    public void EconomicItemTable_ReadsTotalAndComponents()
    {
        var (read, diagnostics) = Read(Text());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("58.40", JsonAt(read, Operating + "administrativeOperatingExpenses/amount"));
        Assert.Equal("61.20", JsonAt(read, Operating + "administrativeOperatingExpenses/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, Operating + "administrativeOperatingExpenses/change/direction"));
        Assert.Equal("2.80", JsonAt(read, Operating + "administrativeOperatingExpenses/change/amount"));
        string[] names = ["办公费", "差旅费", "培训费", "维修(护)费", "公务用车运行维护费", "其他商品和服务支出"];
        string[] amounts = ["9.35", "6.20", "3.05", "12.60", "18.90", "8.30"];
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal(names[i], JsonAt(read, Operating + $"components/{i}/name"));
            Assert.Equal(amounts[i], JsonAt(read, Operating + $"components/{i}/amount"));
        }

        Assert.Null(JsonAt(read, Operating + "components/6"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/vehicleOperation"));   // the 三公 item's name, but a component here
        Assert.True(Noted(read, "administrative operating expenses table by item"));
    }

    /// <summary>The 项目 corner and signed cells (no markers) read the same way.</summary>
    [Fact]
    public void EconomicItemTable_ProjectCornerAndSignedCells_Read()
    {
        var text = Text(corner: "项目", edit: t => t.Replace("▼", "-").Replace("▲", string.Empty))
            .Replace("说明：表中“▲”表示增加，“▼”表示减少。\n\n", string.Empty);
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("61.20", JsonAt(read, Operating + "administrativeOperatingExpenses/change/priorYearAmount"));
        Assert.Equal("办公费", JsonAt(read, Operating + "components/0/name"));
        Assert.Equal("8.30", JsonAt(read, Operating + "components/5/amount"));
    }

    /// <summary>A row that lost a cell is not guessed (a note); the other rows are read.</summary>
    [Fact]
    public void EconomicItemTable_RowLostACell_NotGuessed()
    {
        var (read, _) = Read(Text(edit: t => t.Replace("差旅费\t6.20\t7.90\t▼1.70\t▼21.52%", "差旅费\t6.20\t▼1.70\t▼21.52%")));
        Assert.Equal("办公费", JsonAt(read, Operating + "components/0/name"));
        Assert.Equal("培训费", JsonAt(read, Operating + "components/1/name"));
        Assert.DoesNotContain("6.20", Values(read, Operating + "components"));
    }

    /// <summary>Near miss: the same table under another section's heading places no component.</summary>
    [Fact]
    public void EconomicItemTable_UnderAnotherSection_NoComponents()
    {
        var (read, diagnostics) = Read(Text(heading: "◆一般公共预算财政拨款基本支出决算情况说明"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Operating + "components/0"));
    }

    /// <summary>Near miss: a table in 元 in a 万元 report places nothing (a note), no component in a guessed scale.</summary>
    [Fact]
    public void EconomicItemTable_OtherUnit_NotPlaced()
    {
        var (read, diagnostics) = Read(Text(unit: "单位：元"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Operating + "components/0"));
    }

    /// <summary>Near miss: a row whose label is no component (人员经费) is the sentence-table's note, not a component.</summary>
    [Fact]
    public void EconomicItemTable_NonComponentRow_NotAComponent()
    {
        var (read, _) = Read(Text(edit: t => t.Replace("培训费\t3.05", "工资福利支出\t3.05")));
        Assert.DoesNotContain("工资福利支出", Values(read, Operating + "components"));
        Assert.Equal("维修(护)费", JsonAt(read, Operating + "components/2/name"));
    }

    /// <summary>Every string and number under <paramref name="pointer"/> (the list's names and amounts).</summary>
    private static List<string> Values(PublicFinance.FinalAccounts.Disclosures.DisclosureReadResult read, string pointer)
    {
        var values = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            if (JsonAt(read, $"{pointer}/{i}/name") is { } name)
            {
                values.Add(name);
                values.Add(JsonAt(read, $"{pointer}/{i}/amount") ?? string.Empty);
            }
        }

        return values;
    }
}
