using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 58 (tables58; blind round 54 t02's layout, our own invented 街道办事处 text): a space-aligned 收入支出决算对比表 whose
/// header is written over two lines, the years (<c>2021年</c>, <c>2020年</c>) over the columns they span (<c>预算数 决算数</c>,
/// <c>决算数</c>). At the base the first line alone was the header (two columns) and every row of three cells was a note; now
/// the two lines are joined (<c>NarrativeReader.TwoLineSentenceHeaders</c>): each row's budget and prior-year cells are
/// placed, the 本年收入合计 row's budget on the income total's own budget (not the overview's one comparison, where the
/// 本年支出合计 row's goes: a false FA8003 before), and the prior years with no change column are the figures' own.
/// </summary>
public sealed class TwoLineSentenceHeadersSessionFiftyEightTests
{
    /// <summary>The rows: label (indent included), 2021 预算数, 2021 决算数, 2020 决算数.</summary>
    private static readonly string[][] Rows =
    [
        ["本年收入合计", "860.00", "912.45", "845.10"],
        ["  财政拨款收入", "800.00", "851.25", "790.30"],
        ["  其他收入", "60.00", "61.20", "54.80"],
        ["本年支出合计", "870.00", "903.15", "838.60"],
        ["  基本支出", "520.00", "547.35", "512.40"],
        ["  项目支出", "350.00", "355.80", "326.20"],
    ];

    /// <summary>The display width of a string (CJK and full-width characters two columns).</summary>
    private static int Width(string s) => s.Sum(c => c >= '\u2E80' ? 2 : 1);

    /// <summary>Pads <paramref name="s"/> on the left to <paramref name="width"/> display columns.</summary>
    private static string Right(string s, int width) => new string(' ', Math.Max(0, width - Width(s))) + s;

    /// <summary>Pads <paramref name="s"/> on the right to <paramref name="width"/> display columns.</summary>
    private static string Left(string s, int width) => s + new string(' ', Math.Max(0, width - Width(s)));

    /// <summary>
    /// The 说明 with the table: label column <paramref name="labelWidth"/> wide, numeric columns <paramref name="cell"/> wide,
    /// the years right-aligned over their group's last column; <paramref name="between"/> is put between the header's two
    /// lines; <paramref name="rows"/> replaces the rows.
    /// </summary>
    internal static string Text(int labelWidth = 24, int cell = 11, string between = "", string[][]? rows = null)
    {
        rows ??= Rows;
        var upper = Left("项目", labelWidth) + Right("2021年", cell * 2) + Right("2020年", cell);
        var lower = Left(string.Empty, labelWidth) + Right("预算数", cell) + Right("决算数", cell) + Right("决算数", cell);
        var sb = new System.Text.StringBuilder("成都市锦江区春熙路街道办事处2021年度部门决算情况说明\n\n一、部门基本情况\n街道办事处内设6个机构。\n\n")
            .Append("二、收入支出决算总体情况\n表1  收入支出决算对比表\n").Append(Right("单位：万元", labelWidth + (3 * cell))).Append('\n')
            .Append(upper).Append('\n').Append(between).Append(lower).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(Left(r[0], labelWidth)).Append(Right(r[1], cell)).Append(Right(r[2], cell)).Append(Right(r[3], cell)).Append('\n');
        }

        return sb.Append("\n2021年度本年收入合计").Append(rows[0][2]).Append("万元；本年支出合计").Append(rows[3][2])
            .Append("万元。\n\n三、收入决算情况\n本年收入合计").Append(rows[0][2]).Append("万元。\n").ToString();
    }

    /// <summary>Read: every budget and prior-year cell placed on its row's figure, and no Error.</summary>
    [Fact]
    public void TwoLineHeader_YearsOverTheirColumns_AreRead()
    {
        var (read, diagnostics) = Read(Text());

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("912.45", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("860.00", JsonAt(read, "/narrative/overall/currentYearIncome/budget/budgetAmount"));
        Assert.Equal("845.10", JsonAt(read, "/narrative/overall/currentYearIncome/priorYearAmount"));
        Assert.Equal("870.00", JsonAt(read, "/narrative/overall/budget/budgetAmount"));
        Assert.Equal("838.60", JsonAt(read, "/narrative/overall/currentYearExpenditure/priorYearAmount"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/income/fiscalAppropriation/budget/budgetAmount"));
        Assert.Equal("790.30", JsonAt(read, "/narrative/income/fiscalAppropriation/priorYearAmount"));
        Assert.Equal("54.80", JsonAt(read, "/narrative/income/otherIncome/priorYearAmount"));
        Assert.Equal("520.00", JsonAt(read, "/narrative/expenditure/basic/budget/budgetAmount"));
        Assert.Equal("547.35", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("326.20", JsonAt(read, "/narrative/expenditure/project/priorYearAmount"));
        Assert.False(Noted(read, "无法对齐"));
    }

    /// <summary>The prose's change after the table: the table's prior year is the change's base (1.00 above the stated one:
    /// checked against it), and a change that fits it raises nothing.</summary>
    [Fact]
    public void TwoLineHeader_PriorYear_IsTheLaterChangesBase()
    {
        var fitting = Text().Replace("2021年度本年收入合计912.45万元；", "2021年度本年收入合计912.45万元，较上年增加67.35万元；",
            StringComparison.Ordinal);
        var (read, diagnostics) = Read(fitting);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("845.10", JsonAt(read, "/narrative/overall/currentYearIncome/change/priorYearAmount"));
        Assert.Equal("67.35", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
    }

    /// <summary>A year centred over its group (<c>2021年</c> between 预算数 and 决算数) is grouped the same way.</summary>
    [Fact]
    public void TwoLineHeader_CentredYears_AreRead()
    {
        var lines = Text().Split('\n');
        var upperAt = Array.FindIndex(lines, l => l.StartsWith("项目", StringComparison.Ordinal));
        // 预算数 at columns 29–35 and 决算数 at 40–46: 2021年 (six columns) at 35–41, over the middle of the two
        lines[upperAt] = Left("项目", 24) + new string(' ', 11) + "2021年" + new string(' ', 10) + "2020年";
        var (read, diagnostics) = Read(string.Join("\n", lines));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("860.00", JsonAt(read, "/narrative/overall/currentYearIncome/budget/budgetAmount"));
        Assert.Equal("790.30", JsonAt(read, "/narrative/income/fiscalAppropriation/priorYearAmount"));
    }

    /// <summary>
    /// Near miss: a paragraph between the two header lines — no join; the rows stay notes (misaligned), nothing is placed
    /// from them, and no Error.
    /// </summary>
    [Fact]
    public void TwoLineHeader_WithAParagraphBetween_IsNotJoined()
    {
        var (read, diagnostics) = Read(Text(between: "注：本表按决算口径填列。\n"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/priorYearAmount"));
    }

    /// <summary>
    /// Near miss: a lower cell that starts left of the corner's end (under 项目, no year) — no join; nothing placed from the
    /// rows.
    /// </summary>
    [Fact]
    public void TwoLineHeader_ALowerCellUnderTheCorner_IsNotJoined()
    {
        var text = Text();
        var lines = text.Split('\n');
        var upperAt = Array.FindIndex(lines, l => l.StartsWith("项目", StringComparison.Ordinal));
        lines[upperAt + 1] = "本期" + lines[upperAt + 1].Substring(2);
        var (read, diagnostics) = Read(string.Join("\n", lines));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/budget/budgetAmount"));
    }

    /// <summary>
    /// Property: over column widths and amounts, each row's budget and prior-year cell is read exactly as written, and no
    /// Error is raised (the table's parts add up).
    /// </summary>
    [Property(MaxTest = 8)]
    public Property AnyWidthsAndAmounts_AreReadAsWritten()
    {
        var gen = Gen.Choose(20, 30).SelectMany(label => Gen.Choose(10, 14).SelectMany(cell =>
            Gen.Choose(1, 9_999).SelectMany(budget => Gen.Choose(1, 9_999).Select(prior => (label, cell, budget, prior)))));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var rows = Rows.Select(r => (string[])r.Clone()).ToArray();
            var budget = PlainMoney(10_000L + t.budget);
            var prior = PlainMoney(10_000L + t.prior);
            rows[1][1] = budget;
            rows[1][3] = prior;
            rows[0][1] = PlainMoney(10_000L + t.budget + 6_000L);   // the total stays the sum of its parts (60.00, 54.80)
            rows[0][3] = PlainMoney(10_000L + t.prior + 5_480L);
            var (read, diagnostics) = Read(Text(t.label, t.cell, rows: rows));
            return (JsonAt(read, "/narrative/income/fiscalAppropriation/budget/budgetAmount") == budget
                    && JsonAt(read, "/narrative/income/fiscalAppropriation/priorYearAmount") == prior
                    && Errors(diagnostics).Length == 0)
                .Label($"{t}: {string.Join("; ", Errors(diagnostics))}");
        });
    }
}
