using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// The tables published beside the nine (机关运行经费, 政府采购, 国有资产) into <c>Tables.OperatingExpenses</c>,
/// <c>Tables.Procurement</c> and <c>Tables.Assets</c>, from fixtures written for the test (invented figures that add
/// up; TestData/fixtures/README.md). Expected values are the cells the fixtures print.
/// </summary>
public class BesideTablesTests
{
    private static PublishedDisclosure Read(string fixture)
        => PublishedDocumentReader.Combine(new[] { TestFiles.Read("fixtures/" + fixture) });

    [Fact]
    public void OperatingExpenses_RowsLayout_TotalAndPriorYear_NarrativeFigureKeptApart()
    {
        var d = Read("beside-tables-columns.html");
        var table = d.Report.Tables!.OperatingExpenses!;
        // Row 机关运行经费支出合计: 本年数 12.50 (= 3.00 + 4.50 + 5.00), 上年数 11.00 (= 2.50 + 4.00 + 4.50).
        Assert.Equal(Amount.Parse("12.50"), table.Total);
        Assert.Equal(Amount.Parse("11.00"), table.PriorYearTotal);
        Assert.Equal(AmountUnit.WanYuan, table.Unit);
        Assert.Equal("table 1 row 2 column 2", d.TableSources["/tables/operatingExpenses/total"].Location!.ToString());
        // The narrative states 12.40: it stays the narrative's figure; the table does not overwrite it.
        Assert.Equal(Amount.Parse("12.40"), d.Report.Narrative!.OperatingExpenses!.AdministrativeOperatingExpenses!.Amount);
    }

    [Fact]
    public void TableAgainstNarrative_FA1110_ErrorAtTheTableCell_OthersCouldNotRunWithoutNarrativeFigures()
    {
        var d = Read("beside-tables-columns.html");
        var result = Validator.Default.Validate(d.Report, d.Sources);
        // The fixture's text says 机关运行经费支出12.40万元, its table prints 12.50: [12.495, 12.505] and [12.395, 12.405]
        // do not meet, so FA1110 fails — an Error, the table's figure first, located at its cell.
        var error = Assert.Single(result.Diagnostics, x => x.RuleId == "FA1110");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(
            new[] { "/tables/operatingExpenses/total", "/narrative/operatingExpenses/administrativeOperatingExpenses/amount" },
            error.Pointers.ToArray());
        Assert.Equal("table 1 row 2 column 2", d.TableSources[error.Pointers[0]].Location!.ToString());
        // The text states no 政府采购 or 国有资产 figure while the tables print them: could not run, naming the text's
        // pointers (the narrative figure was not read), and no diagnostic.
        Assert.Equal(CheckOutcome.CouldNotRun, result.CoverageOf("FA1111")!.Outcome);
        Assert.Contains("/narrative/procurement/total/amount", result.CoverageOf("FA1111")!.Missing);
        Assert.Equal(CheckOutcome.CouldNotRun, result.CoverageOf("FA1112")!.Outcome);
        Assert.DoesNotContain(result.Diagnostics, x => x.RuleId is "FA1111" or "FA1112");
    }

    [Fact]
    public void Procurement_ColumnsLayout_TakesTheTotalRowOfTheActualGroup()
    {
        var d = Read("beside-tables-columns.html");
        var p = d.Report.Tables!.Procurement!;
        // 合计 row, 实际采购金额 group (not the 采购计划金额 group 90.00 | 30.00 | 15.00 | 45.00, nor a unit's row);
        // 授予中小企业合同金额 70.00, not its 占比 87.39%; 其中 小微 50.00.
        AssertTheFixturesProcurement(p);
        Assert.Equal("表格 2 合计 实际采购金额/货物", Describe(d, "/tables/procurement/goods"));
    }

    [Fact]
    public void Assets_ColumnsLayout_CountsByCategory_BlankCellsAreZero()
    {
        var d = Read("beside-tables-columns.html");
        var a = d.Report.Tables!.Assets!;
        Assert.Equal(Quantity.Parse("3250.60"), a.BuildingArea);
        Assert.Equal(7, a.VehicleCount);
        Assert.Equal(2, a.LargeEquipmentCount);
        // Printed: 主要负责人 1, 机要通信 blank (0), 应急保障 2, 执法执勤 3, 特种专业技术 blank (0), 其他 1 — no 部级 column.
        Assert.Equal(
            new[]
            {
                (VehicleCategory.PrincipalLeaders, 1), (VehicleCategory.ConfidentialCommunications, 0),
                    (VehicleCategory.EmergencySupport, 2),
                (VehicleCategory.LawEnforcement, 3), (VehicleCategory.SpecialTechnical, 0), (VehicleCategory.Other, 1),
            },
            a.VehicleCategories.Select(c => (c.Category, c.Count)).ToArray());
        Assert.Equal(a.VehicleCount, a.VehicleCategories.Sum(c => c.Count));
        Assert.Contains("/tables/assets/vehicleCategories/3/count", d.TableSources.Keys);
        // Every figure taken (a quantity, a count) has its printed cell recorded under its pointer.
        Assert.Contains("/tables/assets/buildingArea", d.TableSources.Keys);
        Assert.Contains("/tables/assets/vehicleCount", d.TableSources.Keys);
        Assert.Contains("/tables/assets/largeEquipmentCount", d.TableSources.Keys);
    }

    [Fact]
    public void Procurement_RowsLayoutInYuan_ConvertedToTheReportUnit()
    {
        var d = Read("beside-tables-rows.html");
        var p = d.Report.Tables!.Procurement!;
        // 801,000.00 元 = 80.1 万元, kept to the yuan-fen precision (6 decimals in 万元).
        Assert.Equal(80.1m, p.Total!.Value.Value);
        Assert.Equal(6, p.Total.Value.Decimals);
        Assert.Equal(27.5m, p.Goods!.Value.Value);
        Assert.Equal(12m, p.Works!.Value.Value);
        Assert.Equal(40.6m, p.Services!.Value.Value);
        Assert.Equal(70m, p.SmeContracts!.Value.Value);
        Assert.Equal(50m, p.MicroSmallContracts!.Value.Value);
        Assert.Equal(AmountUnit.Yuan, p.Unit);
    }

    [Fact]
    public void OperatingExpenses_ItemRowsWithoutTotal_NotGuessed_ANoteSaysWhy()
    {
        var d = Read("beside-tables-rows.html");
        var o = d.Report.Tables!.OperatingExpenses!;
        // Two item rows (办公费 3.00, 水电费 4.50) under 机关运行经费决算数 and no 合计 row: neither is the total.
        Assert.Null(o.Total);
        Assert.Contains(d.Notes, n => n.MessageZh.Contains("机关运行经费", System.StringComparison.Ordinal)
            && n.MessageEn.Contains("not read", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Assets_The2014To2016Categories_EachInItsOwnPlace()
    {
        // The 2014–2016 template: 领导干部用车 (not 部级/主要领导干部用车, which contain the words), 一般公务用车, 执法执勤用车,
        // 特种专业技术用车 — 1 + 2 + 2 + 1 = 6 = 车辆合计, so the count adds up only when the first two have places (schema 1.3).
        const string Html = "<html><body><h3>国有资产（车辆）占用情况表</h3><table border=\"1\">"
            + "<tr><th>项目</th><th>数量</th></tr><tr><td>车辆合计（辆）</td><td>6</td></tr>"
            + "<tr><td>其中：领导干部用车</td><td>1</td></tr><tr><td>一般公务用车</td><td>2</td></tr>"
            + "<tr><td>执法执勤用车</td><td>2</td></tr><tr><td>特种专业技术用车</td><td>1</td></tr></table></body></html>";
        var document = PublishedDocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(Html), "assets.html");
        var d = PublishedDocumentReader.Combine(new[] { document });
        var a = d.Report.Tables!.Assets!;
        Assert.Equal(6, a.VehicleCount);
        Assert.Equal(
            new[]
            {
                (VehicleCategory.LawEnforcement, 2), (VehicleCategory.SpecialTechnical, 1), (VehicleCategory.LeadingCadres, 1),
                (VehicleCategory.GeneralOfficial, 2),
            },
            a.VehicleCategories.Select(c => (c.Category, c.Count)).ToArray());
        Assert.Equal(a.VehicleCount, a.VehicleCategories.Sum(c => c.Count));
    }

    [Fact]
    public void Assets_RowsLayout_CountsNotValues()
    {
        var d = Read("beside-tables-rows.html");
        var a = d.Report.Tables!.Assets!;
        // 数量 column (4, 1, 3, 0), never the 价值（万元） column beside it.
        Assert.Equal(4, a.VehicleCount);
        Assert.Equal(new[] { (VehicleCategory.PrincipalLeaders, 1), (VehicleCategory.LawEnforcement, 3) },
            a.VehicleCategories.Select(c => (c.Category, c.Count)).ToArray());
        Assert.Equal(0, a.LargeEquipmentCount);
        Assert.Null(a.BuildingArea);
    }

    [Fact]
    public void Procurement_RowsAndColumnsAtOnce_FromAWorkbook()
    {
        var d = Read("procurement-mixed.xlsx");
        var p = d.Report.Tables!.Procurement!;
        // 实际采购金额 row × 合计 | 货物 | 工程 | 服务; 授予中小企业合同金额 row × 合计; 小微 row × 合计.
        AssertTheFixturesProcurement(p);
        Assert.Equal("政府采购!B5", d.TableSources["/tables/procurement/total"].Location!.ToString());
    }

    [Fact]
    public void BesideTables_RoundTripThroughJson()
    {
        var report = Read("beside-tables-columns.html").Report;
        var json = PublicFinance.FinalAccounts.Serialization.FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"operatingExpenses\":{", json, System.StringComparison.Ordinal);
        Assert.Equal(report, PublicFinance.FinalAccounts.Serialization.FinalAccountsJson.Deserialize(json));
    }

    /// <summary>The procurement figures both fixtures print (27.50 + 12.00 + 40.60 = 80.10; SME 70.00, of which 小微 50.00).</summary>
    private static void AssertTheFixturesProcurement(PublicFinance.FinalAccounts.Model.Tables.ProcurementTable p)
    {
        Assert.Equal(Amount.Parse("80.10"), p.Total);
        Assert.Equal(Amount.Parse("27.50"), p.Goods);
        Assert.Equal(Amount.Parse("12.00"), p.Works);
        Assert.Equal(Amount.Parse("40.60"), p.Services);
        Assert.Equal(Amount.Parse("70.00"), p.SmeContracts);
        Assert.Equal(Amount.Parse("50.00"), p.MicroSmallContracts);
    }

    private static string Describe(PublishedDisclosure d, string pointer)
    {
        var s = d.TableSources[pointer];
        return "表格 " + s.Location!.ToString()!.Split(' ')[1] + " " + s.Row + " " + s.Column;
    }
}
