using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 52 (tables52): coded item tables and 三公 tables written in layouts the reader missed, in our own invented texts —
/// box-drawn (<c>┌─┬─┐</c>, <c>│</c>, full-width-space padding), ASCII boxes (<c>+----+</c>, <c>|</c>), full-width bars
/// <c>｜</c> with no outer frame, and a Markdown table whose header is two rows (the second under a spanning cell, after the
/// <c>|---|</c> line); the 合计 | 基本支出 | 项目支出 columns; a prose part of a row's item (…决算中含…) is not its amount again.
/// </summary>
public sealed class TablesSessionFiftyTwoTests
{
    /// <summary>The table layouts written.</summary>
    public enum Layout
    {
        /// <summary>Markdown bars with a <c>|---|</c> line.</summary>
        Bar,

        /// <summary>Full-width bars, no outer frame.</summary>
        FullWidthBar,

        /// <summary>Box-drawing characters.</summary>
        BoxDrawn,

        /// <summary>An ASCII box.</summary>
        AsciiBox,
    }

    /// <summary>Items of our invented 档案局 (code, name as the catalogue names it).</summary>
    private static readonly (string Code, string Name)[] Items =
    [
        ("2010301", "行政运行"), ("2010302", "一般行政管理事务"), ("2080505", "机关事业单位基本养老保险缴费支出"),
        ("2101101", "行政单位医疗"), ("2210201", "住房公积金"),
    ];

    private static string Amount(decimal v) => v.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Plain(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Rate(decimal final, decimal budget)
        => Plain(Math.Round(final / budget * 100m, 2, MidpointRounding.AwayFromZero)) + "%";

    /// <summary>The rows of a table in <paramref name="layout"/> (the first is the header).</summary>
    private static string Table(Layout layout, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length) * 2 + 2).ToArray();
        var sb = new StringBuilder();
        string Rule(char left, char mid, char right, char dash)
            => left + string.Join(mid, widths.Select(w => new string(dash, w))) + right + "\n";

        switch (layout)
        {
            case Layout.Bar:
                sb.Append("| ").Append(string.Join(" | ", rows[0])).Append(" |\n");
                sb.Append('|').Append(string.Join('|', rows[0].Select(_ => "---"))).Append("|\n");
                foreach (var r in rows.Skip(1))
                {
                    sb.Append("| ").Append(string.Join(" | ", r)).Append(" |\n");
                }

                break;
            case Layout.FullWidthBar:
                foreach (var r in rows)
                {
                    sb.Append(string.Join('｜', r)).Append('\n');
                }

                break;
            case Layout.BoxDrawn:
                sb.Append(Rule('┌', '┬', '┐', '─'));
                for (var k = 0; k < rows.Count; k++)
                {
                    // Words padded with full-width spaces, numbers with spaces on the left (as a box-drawn table prints them).
                    sb.Append('│').Append(string.Join('│', rows[k].Select((c, i) => c.Length > 0 && char.IsDigit(c[^1]) || c.EndsWith('%')
                        ? c.PadLeft(widths[i]) : c.PadRight(widths[i] / 2, '\u3000')))).Append("│\n");
                    if (k == 0)
                    {
                        sb.Append(Rule('├', '┼', '┤', '─'));
                    }
                }

                sb.Append(Rule('└', '┴', '┘', '─'));
                break;
            default:
                sb.Append(Rule('+', '+', '+', '-'));
                for (var k = 0; k < rows.Count; k++)
                {
                    sb.Append("| ").Append(string.Join(" | ", rows[k].Select((c, i) => c.PadRight(widths[i] - 2)))).Append(" |\n");
                    if (k == 0)
                    {
                        sb.Append(Rule('+', '+', '+', '-'));
                    }
                }

                sb.Append(Rule('+', '+', '+', '-'));
                break;
        }

        return sb.ToString();
    }

    /// <summary>A 一般公共预算 section with a 年初预算 | 决算数 | 完成率 table of the items' (budget, final).</summary>
    private static string BudgetTableText(Layout layout, (decimal Budget, decimal Final)[] figures, string after = "")
    {
        var rows = new List<string[]> { new[] { "科目编码", "科目名称", "年初预算", "决算数", "完成率" } };
        for (var i = 0; i < figures.Length; i++)
        {
            var (budget, final) = figures[i];
            rows.Add([Items[i].Code, Items[i].Name, Amount(budget), Amount(final), Rate(final, budget)]);
        }

        return "东溪县档案局2021年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n"
            + $"2021年度一般公共预算财政拨款支出{Amount(figures.Sum(f => f.Final))}万元，分项情况如下（单位：万元）：\n"
            + Table(layout, rows) + after;
    }

    /// <summary>The (budget, final, rate) the report gives each item, in order.</summary>
    private static List<string?[]> ItemRows(DisclosureReadResult read, int count)
        => [.. Enumerable.Range(0, count).Select(i => new[]
        {
            JsonAt(read, $"/narrative/generalBudget/items/{i}/budget/budgetAmount"),
            JsonAt(read, $"/narrative/generalBudget/items/{i}/amount"),
            JsonAt(read, $"/narrative/generalBudget/items/{i}/budget/completionRate"),
        })];

    private static readonly (decimal, decimal)[] Figures =
        [(420.00m, 431.26m), (86.00m, 80.45m), (152.30m, 152.30m), (40.00m, 38.12m), (96.00m, 96.00m)];

    /// <summary>Each layout's 年初预算 | 决算数 | 完成率 table reads to every item's budget, final and rate, with no Error.</summary>
    [Theory]
    [InlineData(Layout.FullWidthBar)]
    [InlineData(Layout.BoxDrawn)]
    [InlineData(Layout.AsciiBox)]
    public void CodedTable_InEachLayout_ReadsEveryRow(Layout layout)
    {
        var (read, diagnostics) = Read(BudgetTableText(layout, Figures));
        Assert.Empty(Errors(diagnostics));
        var rows = ItemRows(read, Figures.Length);
        Assert.Equal("420.00/431.26/102.68", string.Join("/", rows[0]));
        Assert.Equal("40.00/38.12/95.30", string.Join("/", rows[3]));
        Assert.Equal("96.00", rows[4][1]);
    }

    /// <summary>
    /// A box-drawn 一般公共预算 table of 合计 | 基本支出 | 项目支出 (<c>—</c> for an empty cell, a 合计 row): each item's
    /// 合计 is its amount; the 基本/项目 split is not read as the section's 基本支出 or 项目支出.
    /// </summary>
    [Fact]
    public void BoxDrawnSplitTable_ReadsEachItemsTotal_NotTheSplitAsTheSections()
    {
        var rows = new List<string[]>
        {
            new[] { "科目编码", "科目名称", "合计", "基本支出", "项目支出" },
            new[] { "2010301", "行政运行", "612.40", "612.40", "—" },
            new[] { "2010302", "一般行政管理事务", "1,208.75", "—", "1,208.75" },
            new[] { "2210201", "住房公积金", "88.16", "60.00", "28.16" },
            new[] { "", "合计", "1,909.31", "672.40", "1,236.91" },
        };
        var text = "南屏区史志办公室2019年度部门决算说明\n\n六、一般公共预算财政拨款支出决算情况说明\n"
            + "2019年度一般公共预算财政拨款支出1,909.31万元。按项级科目列示如下（单位：万元）：\n" + Table(Layout.BoxDrawn, rows)
            + "注：“—”表示该项无数据。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("612.40", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("1208.75", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("88.16", JsonAt(read, "/narrative/generalBudget/items/2/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/2/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/amount"));
    }

    /// <summary>An ASCII-box 三公 table (预算数 | 决算数) is read: each item's budget and final, the 合计 the total's.</summary>
    [Fact]
    public void AsciiBoxThreePublicTable_IsRead()
    {
        var rows = new List<string[]>
        {
            new[] { "项目", "预算数", "决算数" },
            new[] { "合计", "26.00", "21.35" },
            new[] { "因公出国（境）费", "0.00", "0.00" },
            new[] { "公务用车购置费", "0.00", "0.00" },
            new[] { "公务用车运行维护费", "18.00", "15.82" },
            new[] { "公务接待费", "8.00", "5.53" },
        };
        var text = "东溪县档案局2021年度部门决算说明\n\n八、“三公”经费财政拨款支出决算情况说明\n"
            + "表：2021年度“三公”经费财政拨款支出决算表（单位：万元）\n" + Table(Layout.AsciiBox, rows)
            + "2021年度“三公”经费财政拨款支出21.35万元，完成预算的82.12%，主要原因是严格控制公务用车使用和公务接待。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("26.00", JsonAt(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("18.00", JsonAt(read, "/narrative/threePublic/vehicleOperation/budget/budgetAmount"));
        Assert.Equal("15.82", JsonAt(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("5.53", JsonAt(read, "/narrative/threePublic/reception/amount"));
    }

    /// <summary>A Markdown header in two rows (预算数 spanning 年初预算 and 调整预算, then 决算数) maps all three columns.</summary>
    [Theory]
    [InlineData("| 科目编码 | 科目名称 | 预算数 | | 决算数 |\n|---|---|---|---|---|\n| | | 年初预算 | 调整预算 | |\n")]
    [InlineData("| 科目编码 | 科目名称 | 预算数 | | 决算数 |\n|---|---|---|---|---|\n| | | 年初 | 调整 | |\n")]
    public void TwoHeaderRows_MapEveryColumn(string header)
    {
        var text = "北川镇水务站2020年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "2020年度一般公共预算财政拨款支出1,350.62万元，具体如下（单位：万元）：\n" + header
            + "| 2010301 | 行政运行 | 620.00 | 640.30 | 638.12 |\n| 2210201 | 住房公积金 | 700.00 | 712.50 | 712.50 |\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("620.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("640.30", JsonAt(read, "/narrative/generalBudget/items/0/secondBudget/budgetAmount"));
        Assert.Equal("638.12", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("712.50", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
    }

    /// <summary>
    /// Prose that names a row of a <c>｜</c> table gives another amount: FA8008 on that item (a Warning), nothing else;
    /// the same prose with the row's amount gives no FA8008.
    /// </summary>
    [Theory]
    [InlineData("88.45", true)]
    [InlineData("80.45", false)]
    public void FullWidthBarTable_ProseAgainstItsRow(string prose, bool differs)
    {
        var after = $"\n主要项目说明：\n1.一般行政管理事务（项）支出{prose}万元，系压减一般性支出。\n";
        var (_, diagnostics) = Read(BudgetTableText(Layout.FullWidthBar, Figures, after));
        var found = Of(diagnostics, Severity.Warning).Where(d => d.StartsWith("FA8008", StringComparison.Ordinal)).ToArray();
        string[] expected = differs ? ["FA8008 /narrative/generalBudget/items/1/amount"] : [];
        Assert.Equal(expected, found);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A part of a row's item in the prose (…决算中含…资金…万元) is not the row's amount again: no FA8008.</summary>
    [Theory]
    [InlineData(Layout.AsciiBox)]
    [InlineData(Layout.BoxDrawn)]
    public void ProsePartOfARowsItem_IsNotTheRowsAmountAgain(Layout layout)
    {
        var after = "行政运行（项）决算中含上级补助资金120.00万元，用于档案数字化加工。\n";
        var (_, diagnostics) = Read(BudgetTableText(layout, Figures, after));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8008");
    }

    /// <summary>The box rule test: ASCII and box-drawn rules are; a Markdown separator, a page mark and words are not.</summary>
    [Theory]
    [InlineData("+------+------------+-----+", true)]
    [InlineData("┌──────┬──────┐", true)]
    [InlineData("├──────┼──────┤", true)]
    [InlineData("└──┴──┘", true)]
    [InlineData("╔════╦════╗", true)]
    [InlineData("|---|---|", false)]
    [InlineData("- 3 -", false)]
    [InlineData("+12.50", false)]
    [InlineData("++", false)]
    [InlineData("+---+ 合计", false)]
    public void BoxRuleLine_IsOnlyARuleOfABox(string line, bool expected)
        => Assert.Equal(expected, BoxRuleLine.Is(line, 0, line.Length));

    /// <summary>The frameless bar row test: cells between bars; not a sentence, not a long clause.</summary>
    [Theory]
    [InlineData("2040212|道路交通管理|1,980.00|2,105.72|106.35%", true)]
    [InlineData("科目编码|科目名称|年初预算", true)]
    [InlineData("甲|乙", false)]
    [InlineData("详见附表|公开05表|说明。", false)]
    public void FramelessBarRow_IsCellsBetweenBars(string line, bool expected)
        => Assert.Equal(expected, BlockClassifier.IsFramelessBarRow(line, 0, line.Length));

    private static Gen<(decimal, decimal)[]> FiguresGen =>
        from n in Gen.Choose(2, Items.Length)
        from cents in Gen.ArrayOf(Gen.Choose(1_000, 900_000), n * 2)
        select Enumerable.Range(0, n).Select(i => (cents[2 * i] / 100m, cents[2 * i + 1] / 100m)).ToArray();

    /// <summary>
    /// Property: the same generated table in bars, full-width bars, box-drawn and ASCII-box layouts reads to the same rows
    /// (each item's budget, final and rate), every row read, and no rule line becomes a row (no more items than rows).
    /// </summary>
    [Property(MaxTest = 12)]
    public Property SameTable_InEveryLayout_ReadsToTheSameRows() => Prop.ForAll(FiguresGen.ToArbitrary(), figures =>
    {
        var expected = figures.Select(f => new[] { Plain(f.Item1), Plain(f.Item2), Rate(f.Item2, f.Item1).TrimEnd('%') }).ToList();
        foreach (var layout in Enum.GetValues<Layout>())
        {
            var (read, _) = Read(BudgetTableText(layout, figures));
            var rows = ItemRows(read, figures.Length + 1);
            if (rows[figures.Length][1] is not null || !rows.Take(figures.Length).Select(r => string.Join("/", r))
                .SequenceEqual(expected.Select(r => string.Join("/", r))))
            {
                return false;
            }
        }

        return true;
    });

    /// <summary>
    /// Property: a generated two-header-row table (a spanning 预算数 over 年初 and 调整, or the two budgets named on the upper
    /// row) maps every column: each row's 年初, 调整 and 决算 land as the item's budget, second budget and amount.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property TwoHeaderRows_MapEveryColumn_Generated()
    {
        var gen = from cents in Gen.ArrayOf(Gen.Choose(1_000, 900_000), 6)
                  from spanning in Gen.Elements(true, false)
                  select (cents, spanning);
        return Prop.ForAll(gen.ToArbitrary(), g =>
        {
            var (c, spanning) = g;
            var header = spanning
                ? "| 科目编码 | 科目名称 | 预算数 | | 决算数 |\n|---|---|---|---|---|\n| | | 年初预算 | 调整预算 | |\n"
                : "| 科目编码 | 科目名称 | 年初 | 调整 | 决算 |\n|---|---|---|---|---|\n| | | 预算数 | 预算数 | 数 |\n";
            var sb = new StringBuilder("北川镇水务站2020年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n");
            sb.Append("具体如下（单位：万元）：\n").Append(header);
            for (var i = 0; i < 2; i++)
            {
                sb.Append($"| {Items[i * 4].Code} | {Items[i * 4].Name} | {Amount(c[3 * i] / 100m)} | {Amount(c[3 * i + 1] / 100m)}"
                    + $" | {Amount(c[3 * i + 2] / 100m)} |\n");
            }

            var (read, _) = Read(sb.ToString());
            return Enumerable.Range(0, 2).All(i =>
                JsonAt(read, $"/narrative/generalBudget/items/{i}/budget/budgetAmount") == Plain(c[3 * i] / 100m)
                && JsonAt(read, $"/narrative/generalBudget/items/{i}/secondBudget/budgetAmount") == Plain(c[3 * i + 1] / 100m)
                && JsonAt(read, $"/narrative/generalBudget/items/{i}/amount") == Plain(c[3 * i + 2] / 100m));
        });
    }
}
