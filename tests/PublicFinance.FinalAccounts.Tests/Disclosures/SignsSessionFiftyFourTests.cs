using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 54 (r51fix): blind round 51's false Errors, each family with invented texts (none copied from the round).
/// (1) Sign markers before a comparison table's change (<c>△2.70</c>, <c>▼2.70</c>, <c>▲0.60</c>): the marker is the sign —
/// △, ▼ and ↓ a decrease, ↑ an increase, ▲ an increase beside ▼ or where a legend says so; a legend (<c>表中带“△”的数字为
/// 减少数</c>) overrides; a lone ▲ is ambiguous (no direction, a note). Before, the marker was skipped and every decrease read
/// as an increase: the base reader (a3df8a2b, <c>/work/cli-base</c>) gave 6 Errors (FA2104 ×3, FA2105 ×3) on each of the
/// 三公 tables below, whatever the marker. (2) A rate in a list headed by a threshold (<c>执行率低于95%的项目：森林资源管理执行率
/// 90.00%</c>) restates the item it names: the base put the first entry's rate on the 项 read last (a false FA8003 on each
/// of the three heads below).
/// </summary>
public class SignsSessionFiftyFourTests
{
    private const string ThreePublic = "/narrative/threePublic/";

    // ---- 1. sign markers -----------------------------------------------------------------------------------------------

    /// <summary>
    /// An invented 三公 comparison table (2018 against 2017) whose change cells carry <paramref name="down"/> for a decrease and
    /// <paramref name="up"/> for an increase; <paramref name="sep"/> separates the cells; <paramref name="legend"/> follows.
    /// Rows: (label, 2018, 2017) in hundredths; the change and rate are computed.
    /// </summary>
    private static string MarkedTable(string down, string up, string sep, string legend, (string Label, long Now, long Then)[] rows,
        long wrongTotalChange = 0)
    {
        var sb = new StringBuilder("某市某区档案馆2018年度部门决算说明\n\n七、一般公共预算财政拨款“三公”经费支出决算情况说明\n")
            .Append("2018年度“三公”经费财政拨款支出决算").Append(GroupedMoney(rows[0].Now)).Append("万元。\n单位：万元\n")
            .Append(string.Join(sep, "项目", "2018年决算数", "2017年决算数", "增减额", "增减率")).Append('\n');
        foreach (var (label, now, then) in rows)
        {
            var delta = now - then;
            var mark = delta < 0 ? down : up;
            var amount = delta == 0 ? "0.00" : mark + GroupedMoney(Math.Abs(delta) + (label == "合计" ? wrongTotalChange : 0));
            var rate = then == 0 ? "—" : delta == 0 ? "0.00%" : mark + PercentOf(Math.Abs(delta), then) + "%";
            sb.Append(string.Join(sep, label, GroupedMoney(now), GroupedMoney(then), amount, rate)).Append('\n');
        }

        return sb.Append(legend).Append('\n').ToString();
    }

    private static readonly (string, long, long)[] Decreases =
    [
        ("合计", 1230, 1500), ("因公出国（境）费", 0, 0), ("公务用车购置及运行维护费", 910, 1120), ("公务接待费", 320, 380),
    ];

    /// <summary>
    /// △ with its legend, △ without one (the convention), ▼ in a tab table with a ▲/▼ legend, ↓ between spaces: each
    /// decrease is read as one, with its magnitude, and nothing is an Error (the base: FA2104 ×3 and FA2105 ×3 on each).
    /// </summary>
    [Theory]
    [InlineData("△", "    ", "注：表中带“△”的数字为减少数。")]
    [InlineData("△", "    ", "")]
    [InlineData("▼", "\t", "表中“▲”表示增加，“▼”表示减少。")]
    [InlineData("↓", "    ", "")]
    public void MarkedDecreases_AreReadAsDecreases(string down, string sep, string legend)
    {
        var (read, diagnostics) = Read(MarkedTable(down, "▲", sep, legend, Decreases));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "total/change/direction"));
        Assert.Equal("2.70", JsonAt(read, ThreePublic + "total/change/amount"));
        Assert.Equal("18.00", JsonAt(read, ThreePublic + "total/change/rate"));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "reception/change/direction"));
    }

    /// <summary>A wrong change behind a marker is still found: △2.77 where 15.00 − 12.30 = 2.70 (FA2105 on the total).</summary>
    [Fact]
    public void AWrongMarkedChange_IsStillAnError()
    {
        var (_, diagnostics) = Read(MarkedTable("△", "▲", "    ", "注：表中带“△”的数字为减少数。", Decreases, wrongTotalChange: 7));

        Assert.Contains(ThreePublic + "total/change/amount", Of(diagnostics, Severity.Error).Select(e => e.Split(' ')[1]));
    }

    /// <summary>
    /// A lone ▲ with no legend (it can mark a negative number, as in Japanese accounts) gives no direction: the changes are
    /// notes, no Error and no change is placed (the base read them as increases: 6 Errors).
    /// </summary>
    [Fact]
    public void ALoneUpTriangle_GivesNoDirection()
    {
        var (read, diagnostics) = Read(MarkedTable("▲", "▲", "    ", "", Decreases));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, ThreePublic + "total/change"));
        Assert.True(Noted(read, "the sign before the change has no certain meaning"));
    }

    /// <summary>The meanings read from a text's legends and the convention.</summary>
    [Theory]
    [InlineData("注：表中带“△”的数字为减少数。△1.30", "△1.30", -1)]
    [InlineData("合计 △1.30", "△1.30", -1)]
    [InlineData("“▲”表示增加，“▼”表示减少。", "▲0.88", 1)]
    [InlineData("“▲”表示增加，“▼”表示减少。", "▼ 0.74%", -1)]
    [InlineData("合计 ▲0.88", "▲0.88", SignMarkers.Ambiguous)]
    [InlineData("“▲”表示减少。", "▲0.88", -1)]
    [InlineData("“▲”表示增加，另“▲”表示负数。", "▲0.88", SignMarkers.Ambiguous)]
    [InlineData("↑2.10 ↓1.10", "↑2.10", 1)]
    [InlineData("△1.30", "△项目", 0)]
    [InlineData("△1.30", "1.30", 0)]
    public void Meanings_FollowTheLegendsAndTheConvention(string text, string cell, int sign)
        => Assert.Equal(sign, SignMarkers.Of(text).SignOf(cell));

    /// <summary>
    /// Property: whatever the rows' amounts (a decrease, an increase or none each) and the marker style (△ alone, △ with its
    /// legend, ▲/▼ with theirs, ↑/↓), the table gives no Error and each row's direction is the sign of 2018 − 2017 (a row with
    /// no change: "unchanged" or none).
    /// </summary>
    [Property(MaxTest = 25)]
    public Property MarkedChanges_FollowTheFigures()
    {
        var gen =
            from a in Gen.Choose(100, 3000)
            from b in Gen.Choose(100, 3000)
            from c in Gen.Choose(100, 3000)
            from d in Gen.Choose(100, 3000)
            from style in Gen.Choose(0, 3)
            select (a, b, c, d, style);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (string Down, string Up, string Legend)[] styles =
            [
                ("△", "", ""), ("△", "", "注：表中带“△”的数字为减少数。"), ("▼", "▲", "表中“▲”表示增加，“▼”表示减少。"), ("↓", "↑", ""),
            ];
            var (down, up, legend) = styles[t.style];
            (string, long, long)[] rows =
            [
                ("合计", (long)t.a + t.b, (long)t.c + t.d), ("因公出国（境）费", 0, 0), ("公务用车购置及运行维护费", t.a, t.c),
                ("公务接待费", t.b, t.d),
            ];
            var (read, diagnostics) = Read(MarkedTable(down, up, "    ", legend, rows));
            // A row with no change (增减额 0.00) reads as "unchanged" or with no direction; never as a rise or a fall.
            bool Follows(string? read, long now, long then)
                => now == then ? read is null or "unchanged" : read == (now < then ? "decrease" : "increase");
            return Of(diagnostics, Severity.Error).Length == 0
                && Follows(JsonAt(read, ThreePublic + "total/change/direction"), t.a + t.b, t.c + t.d)
                && Follows(JsonAt(read, ThreePublic + "reception/change/direction"), t.b, t.d);
        });
    }

    // ---- 2. a rate in a list headed by a threshold -----------------------------------------------------------------------

    /// <summary>An invented space-aligned 项 table (调整预算 / 决算数 / 执行率) and a threshold-headed list under it.</summary>
    private static string ThresholdListText(string head, string first, string second, int firstRate = 9000, int secondRate = 8000)
    {
        (string Code, string Name, long Budget, long Final)[] rows =
        [
            ("2130201", "行政运行", 40000, 39000), ("2130209", "森林资源管理", 20000, 20000L * firstRate / 10000),
            ("2130211", "森林生态效益补偿", 10000, 10000L * secondRate / 10000), ("2210201", "住房公积金", 6000, 6000),
        ];
        var sb = new StringBuilder("某县林业和草原局2022年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n")
            .Append("2022年度一般公共预算财政拨款支出").Append(PlainMoney(rows.Sum(r => r.Final))).Append("万元。决算数按项级科目列示如下：\n")
            .Append("单位：万元\n科目编码    科目名称              调整预算      决算数      执行率\n");
        foreach (var (code, name, budget, final) in rows)
        {
            sb.Append(code).Append("     ").Append(name.PadRight(10, '　')).Append("  ").Append(PlainMoney(budget).PadLeft(10))
                .Append("  ").Append(PlainMoney(final).PadLeft(10)).Append("  ").Append((PercentOf(final, budget) + "%").PadLeft(8))
                .Append('\n');
        }

        var rate = new Dictionary<string, string>
        {
            ["森林资源管理"] = PercentOf(20000L * firstRate / 10000, 20000),
            ["森林生态效益补偿"] = PercentOf(10000L * secondRate / 10000, 10000),
        };
        return sb.Append(head).Append(first).Append("执行率").Append(rate[first]).Append("%，主要原因是部分管护合同跨年结算；")
            .Append(second).Append("执行率").Append(rate[second]).Append("%，主要原因是补偿资金按实际面积拨付。\n六、其他\n无。\n")
            .ToString();
    }

    /// <summary>
    /// "执行率低于95%的项目：A执行率90.00%，…；B执行率80.00%，…" (and 不足…的项目有：, 未达到…的科目：): the first entry's rate is a
    /// note, not the last 项's (住房公积金, 100.00 %) — no FA8003 (the base: one on each); the items keep their table rates.
    /// </summary>
    [Theory]
    [InlineData("执行率低于95%的项目：", "森林资源管理", "森林生态效益补偿")]
    [InlineData("执行率不足95%的项目有：", "森林资源管理", "森林生态效益补偿")]
    [InlineData("执行率未达到95%的科目：", "森林生态效益补偿", "森林资源管理")]
    public void ARateInAThresholdList_IsNotThePreviousItems(string head, string first, string second)
    {
        var (read, diagnostics) = Read(ThresholdListText(head, first, second));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("100.00", JsonAt(read, "/narrative/generalBudget/items/3/budget/completionRate"));
        Assert.True(Noted(read, "restates the rate of the item it names"));
    }

    /// <summary>
    /// Near miss: a percentage after a colon whose head holds no threshold (<c>其中：</c>) is read as before — the list head
    /// needs a comparison word, a percentage and 的.
    /// </summary>
    [Fact]
    public void AColonWithoutAThreshold_IsNoThresholdList()
    {
        var (read, _) = Read(ThresholdListText("执行情况如下：", "森林资源管理", "森林生态效益补偿"));

        Assert.False(Noted(read, "restates the rate of the item it names"));
    }

    /// <summary>Property: whatever the two listed items' rates (below 95 %), the list gives no Error.</summary>
    [Property(MaxTest = 15)]
    public Property AThresholdList_GivesNoErrorForAnyRates()
    {
        var gen = from a in Gen.Choose(5000, 9400) from b in Gen.Choose(5000, 9400) from flip in Gen.Elements(true, false)
                  select (a, b, flip);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (first, second) = t.flip ? ("森林资源管理", "森林生态效益补偿") : ("森林生态效益补偿", "森林资源管理");
            var (_, diagnostics) = Read(ThresholdListText("执行率低于95%的项目：", first, second, t.a, t.b));
            return Of(diagnostics, Severity.Error).Length == 0;
        });
    }
}
