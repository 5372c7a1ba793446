using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 61 (r58fix, blind round 58's false findings; our own invented 司法局, 园林绿化管理所, 植物园管理处 and 农业技术推广站
/// texts). A 项 line whose name and code are a sentence of their own (<c>1.行政运行（2040601）。年初预算…</c>) owns its budget,
/// 决算 and completion (they were the 财政拨款 total's again: false FA8003); counts of working vehicles after the 公务用车
/// count (<c>园林作业车辆57辆，其中洒水车12辆</c>) are noted, not the fleet's count; a space-aligned 三公 table in 元 with
/// thousands commas is read by its header's columns (its rows were prose: the 年初预算数 the amount, the other cells the amount
/// again); and a one-cell-per-line 三公 table's all-blank item rows are zero, so its 合计 is compared with its items.
/// </summary>
public sealed class RoundFiftyEightSessionSixtyOneTests
{
    private const string Items = "/narrative/appropriation/items/";
    private const string ThreePublic = "/narrative/threePublic/";

    /// <summary>
    /// An invented 司法局 财政拨款 section (hundredths of a 万元): the total with its budget, then three 项 lines, each a name and
    /// code ended by 。 and then its 年初预算, 支出决算 and completion (the rate of the second may be given, to plant it).
    /// </summary>
    internal static string ItemLinesText(long b1, long f1, long b2, long f2, long b3, long f3, string? secondRate = null)
    {
        var budget = b1 + b2 + b3;
        var total = f1 + f2 + f3;
        return "某区司法局2022年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某区司法局负责全区法治建设、人民调解和公共法律服务工作。\n\n"
            + "二、财政拨款支出决算情况\n"
            + $"2022年度财政拨款支出{PlainMoney(total)}万元，完成年初预算{PlainMoney(budget)}万元的{PercentOf(total, budget)}%。具体如下：\n"
            + ItemLine(1, "行政运行", "2040601", b1, f1)
            + ItemLine(2, "基层司法业务", "2040604", b2, f2, secondRate)
            + ItemLine(3, "普法宣传", "2040605", b3, f3);
    }

    private static string ItemLine(int number, string name, string code, long budget, long final, string? rate = null)
        => $"{number}.{name}（{code}）。年初预算{PlainMoney(budget)}万元，支出决算{PlainMoney(final)}万元，"
            + $"完成年初预算的{rate ?? PercentOf(final, budget)}%。\n";

    /// <summary>Each 项 line's figures are that 项's budget comparison; the total keeps its own; no Error.</summary>
    [Fact]
    public void ItemLineEndedByFullStop_OwnsItsBudgetComparison()
    {
        var (read, diagnostics) = Read(ItemLinesText(86000, 87230, 21000, 19640, 11000, 9180));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1160.50", JsonAt(read, "/narrative/appropriation/budget/finalAmount"));
        Assert.Equal("1180.00", JsonAt(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Equal("2040601", JsonAt(read, Items + "0/code"));
        Assert.Equal("860.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("872.30", JsonAt(read, Items + "0/amount"));
        Assert.Equal("101.43", JsonAt(read, Items + "0/budget/completionRate"));
        Assert.Equal("196.40", JsonAt(read, Items + "1/amount"));
        Assert.Equal("91.80", JsonAt(read, Items + "2/amount"));
        Assert.Equal("83.45", JsonAt(read, Items + "2/budget/completionRate"));
    }

    /// <summary>A planted completion rate of one 项 (93.25% for 196.40 / 210.00 = 93.52%) is exactly one Error, on that 项.</summary>
    [Fact]
    public void ItemLineEndedByFullStop_PlantedRate_IsOneError()
    {
        var (_, diagnostics) = Read(ItemLinesText(86000, 87230, 21000, 19640, 11000, 9180, secondRate: "93.25"));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(Items + "1/budget/completionRate", error.Pointers);
    }

    /// <summary>Whatever the budgets and finals, the 项 lines raise no Error and each 项's amount is its 决算.</summary>
    [Property(MaxTest = 30)]
    public Property ItemLinesEndedByFullStop_NeverTheTotals()
    {
        var amounts = Gen.Choose(1_000, 900_000).Select(v => (long)v);
        return Prop.ForAll(Gen.Three(Gen.Two(amounts)).ToArbitrary(), t =>
        {
            var ((b1, f1), (b2, f2), (b3, f3)) = t;
            var (read, diagnostics) = Read(ItemLinesText(b1, f1, b2, f2, b3, f3));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, Items + "0/amount") == PlainMoney(f1)
                && JsonAt(read, Items + "2/budget/budgetAmount") == PlainMoney(b3)
                && JsonAt(read, "/narrative/appropriation/budget/finalAmount") == PlainMoney(f1 + f2 + f3);
        });
    }

    /// <summary>An invented 国有资产 section: the fleet's count, then the unit's working vehicles and their kinds.</summary>
    private static string VehiclesText(string vehicles)
        => "某市园林绿化管理所2021年度单位决算说明\n\n"
            + "一、单位基本情况\n"
            + "某市园林绿化管理所负责城区公园绿地和行道树的养护管理工作。\n\n"
            + "二、国有资产占用情况\n"
            + $"截至2021年12月31日，本所资产总额3620.45万元，其中固定资产2815.30万元；{vehicles}。\n";

    /// <summary>The 园林作业车辆 and its kinds are notes; the vehicle count stays the 公务用车 count; no Error.</summary>
    [Fact]
    public void WorkingVehicles_AreNotTheFleetCount()
    {
        var (read, diagnostics) = Read(VehiclesText("公务用车3辆，园林作业车辆57辆，其中洒水车12辆、修剪车45辆"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3", JsonAt(read, "/narrative/assets/vehicles/count"));
        Assert.Contains(read.Notes, n => n.MessageZh.Contains("园林作业车辆57辆", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageZh.Contains("修剪车45辆", StringComparison.Ordinal));
    }

    /// <summary>Near miss: the fleet restated with another value (车辆共有3辆 … 年末共有车辆4辆) is still one FA8003.</summary>
    [Fact]
    public void FleetRestatedWithAnotherCount_IsStillOneError()
    {
        var (_, diagnostics) = Read(VehiclesText("车辆共有3辆，年末共有车辆4辆"));
        Assert.Equal(["FA8003"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// An invented 植物园管理处 三公 table in 元 (hundredths of a 元) with thousands commas, its header 年初预算数 | 决算数 | 上年决算数,
    /// a 合计 row, and blank 出国 and 购置 rows; then a sentence restating the total (a 元 document: two more 元 amounts before).
    /// </summary>
    internal static string YuanTableText(
        long vb, long v, long vp, long rb, long r, long rp, long? writtenTotal = null, bool yuanDocument = false)
    {
        var total = writtenTotal ?? v + r;
        return "某市植物园管理处2022年度单位决算说明\n\n"
            + "一、单位基本情况\n"
            + "某市植物园管理处负责植物园的养护、科普和游客服务工作。\n\n"
            + (yuanDocument ? "2022年度本年收入合计1,286,400.00元，本年支出合计1,279,850.20元。\n\n" : string.Empty)
            + "二、“三公”经费支出情况\n"
            + "2022年度“三公”经费预算与决算情况\n"
            + "                                                    单位：元\n"
            + "项目                        年初预算数        决算数    上年决算数\n"
            + YuanRow("合计", vb + rb, total, vp + rp)
            + "因公出国（境）费\n"
            + "公务用车购置费\n"
            + YuanRow("公务用车运行维护费", vb, v, vp)
            + YuanRow("公务接待费", rb, r, rp)
            + $"2022年度“三公”经费决算{GroupedMoney(v + r)}元。\n";
    }

    private static string YuanRow(string label, long budget, long final, long prior)
        => label.PadRight(24) + "    " + GroupedMoney(budget).PadLeft(12) + "  " + GroupedMoney(final).PadLeft(12) + "  "
            + GroupedMoney(prior).PadLeft(12) + "\n";

    /// <summary>The 元 amounts in 万元, as the table reader converts them (four more decimals).</summary>
    private static string Wan(long hundredthsOfYuan) => (hundredthsOfYuan / 1_000_000m).ToString("0.000000",
        System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each row is placed by its header's columns: 决算数 the amount, 年初预算数 the budget; no Error.</summary>
    [Fact]
    public void YuanTableWithCommas_IsReadByColumn()
    {
        var (read, diagnostics) = Read(YuanTableText(1_800_000, 1_532_080, 1_645_020, 800_000, 609_480, 753_020));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(Wan(1_532_080), JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal(Wan(1_800_000), JsonAt(read, ThreePublic + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal(Wan(609_480), JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal(Wan(800_000), JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Equal(Wan(2_600_000), JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
    }

    /// <summary>In a text whose amounts are all in 元 the table's cells stay in 元, as the prose's do; no Error.</summary>
    [Fact]
    public void YuanTableOfAYuanDocument_KeepsItsUnit()
    {
        var (read, diagnostics) = Read(YuanTableText(1_800_000, 1_532_080, 1_645_020, 800_000, 609_480, 753_020, yuanDocument: true));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("15320.80", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("21415.60", JsonAt(read, ThreePublic + "total/amount"));
    }

    /// <summary>A planted 合计 决算数 (21,451.60 for 21,415.60, which the sentence after states) is exactly one Error.</summary>
    [Fact]
    public void YuanTableWithCommas_PlantedTotal_IsOneError()
    {
        var (_, diagnostics) = Read(YuanTableText(1_800_000, 1_532_080, 1_645_020, 800_000, 609_480, 753_020, writtenTotal: 2_145_160));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA8003", error.RuleId);
        Assert.Contains(ThreePublic + "total/amount", error.Pointers);
    }

    /// <summary>Whatever the amounts, the 元 table raises no Error and each row's amount is its 决算数.</summary>
    [Property(MaxTest = 30)]
    public Property YuanTableWithCommas_NeverAnotherColumn()
    {
        var amounts = Gen.Choose(100_000, 9_000_000).Select(v => (long)v);
        return Prop.ForAll(Gen.Three(Gen.Two(amounts)).ToArbitrary(), t =>
        {
            var ((vb, v), (vp, rb), (r, rp)) = t;
            var (read, diagnostics) = Read(YuanTableText(vb, v, vp, rb, r, rp));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, ThreePublic + "vehicleOperation/amount") == Wan(v)
                && JsonAt(read, ThreePublic + "reception/budget/budgetAmount") == Wan(rb);
        });
    }

    /// <summary>Near miss: a 合计 row with commas under no 三公 header is not the 三公 total.</summary>
    [Fact]
    public void TotalRowWithCommas_UnderAnotherHeader_IsNoThreePublicTotal()
    {
        var text = "某市植物园管理处2022年度单位决算说明\n\n"
            + "一、收入决算情况\n"
            + "                                                    单位：元\n"
            + "项目                        本年收入合计    财政拨款收入      事业收入\n"
            + "合计                        3,266,950.00    2,105,810.00  1,161,140.00\n"
            + "2022年度本年收入合计3,266,950.00元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "total/amount"));
    }

    /// <summary>An invented 农业技术推广站 三公 table one cell per line, each cell ending in " |", blank cells a lone "|".</summary>
    internal static string CellTableText(long vb, long v, long rb, long r, long? writtenTotal = null)
        => "某县农业技术推广站2014年度单位决算说明\n\n"
            + "一、单位基本情况\n"
            + "某县农业技术推广站负责全县农业新技术的试验、示范和推广工作。\n\n"
            + "二、“三公”经费支出情况\n"
            + "2014年“三公”经费预算与决算情况表\n"
            + "单位：万元\n"
            + "项目 |\n预算数 |\n决算数 |\n"
            + $"合计 |\n{PlainMoney(vb + rb)} |\n{PlainMoney(writtenTotal ?? v + r)} |\n"
            + "因公出国（境）费 |\n|\n|\n"
            + "公务用车购置费 |\n|\n|\n"
            + $"公务用车运行维护费 |\n{PlainMoney(vb)} |\n{PlainMoney(v)} |\n"
            + $"公务接待费 |\n{PlainMoney(rb)} |\n{PlainMoney(r)} |\n"
            + $"2014年本站公务用车运行维护费决算{PlainMoney(v)}万元，公务接待费决算{PlainMoney(r)}万元。\n";

    /// <summary>The all-blank item rows are zero; the 合计 equals its items; no Error.</summary>
    [Fact]
    public void CellTable_BlankItemRows_AreZero()
    {
        var (read, diagnostics) = Read(CellTableText(650, 562, 250, 173));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("0.00", JsonAt(read, ThreePublic + "overseasTravel/amount"));
        Assert.Equal("0.00", JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Equal("7.35", JsonAt(read, ThreePublic + "total/amount"));
    }

    /// <summary>A planted 合计 (7.53 for 5.62 + 1.73 = 7.35) is exactly one Error: FA8006, the 三公 total against its items.</summary>
    [Fact]
    public void CellTable_PlantedTotal_IsOneError()
    {
        var (_, diagnostics) = Read(CellTableText(650, 562, 250, 173, writtenTotal: 753));
        Assert.Equal(["FA8006"], RuleIds(diagnostics, Severity.Error));
    }
}
