using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 54 (tables54, blind round 50 t01's layout, our own invented 气象局 texts): the 一般公共预算财政拨款支出决算表 copied
/// from a web page — every cell on its own line, a blank line after each row (or none), the header <c>科目编码</c> /
/// <c>科目名称</c> / <c>合计</c> / <c>基本支出</c> / <c>项目支出</c>, a <c>合计</c> row whose label spans the code and name columns,
/// 类 and 款 subtotal rows over the 项 rows, and the sentence leading into it ending in a colon
/// (<c>…明细如下表（金额单位：万元）：</c>). At the base (a3df8a2b) no item of it is read: the one-cell-per-line coded reader took
/// no 合计 / 基本支出 / 项目支出 header words, and the lead-in sentence, joined to the first header lines by the splitter, kept
/// the header from opening (run the base CLI's <c>extract</c> on <see cref="Text"/>: <c>/narrative/generalBudget/items</c>
/// is absent, so these facts fail there).
/// </summary>
public sealed class CellSplitColumnsSessionFiftyFourTests
{
    /// <summary>The 项 rows of the invented table: code, name, the 款 and 类 they belong to.</summary>
    private static readonly (string Code, string Name)[] Items =
    [
        ("2200501", "行政运行"), ("2200504", "气象事业机构"), ("2200509", "气象服务"),
        ("2080505", "机关事业单位基本养老保险缴费支出"), ("2210201", "住房公积金"),
    ];

    /// <summary>The 类 and 款 rows: code, name, and the 项 rows (indices into <see cref="Items"/>) they add up.</summary>
    private static readonly (string Code, string Name, int[] Parts)[] Subtotals =
    [
        ("220", "自然资源海洋气象等支出", [0, 1, 2]), ("22005", "气象事务", [0, 1, 2]),
        ("208", "社会保障和就业支出", [3]), ("20805", "行政事业单位养老支出", [3]),
        ("221", "住房保障支出", [4]), ("22102", "住房改革支出", [4]),
    ];

    /// <summary>The basic and project parts of each 项 in hundredths (the facts' figures).</summary>
    private static readonly long[] Basic = [98_645, 203_418, 0, 41_286, 26_730];

    private static readonly long[] Project = [0, 57_300, 120_095, 0, 0];

    /// <summary>
    /// The text: a 说明 section with the total, then the table one cell per line. <paramref name="blankLines"/>: a blank line
    /// after each row (the web page's copy); <paramref name="leadIn"/>: the unit in a sentence ending in a colon, else on a
    /// line of its own; <paramref name="lostCell"/> ≥ 0: that 项 row loses its 基本支出 cell; <paramref name="header"/>
    /// replaces the column header words.
    /// </summary>
    internal static string Text(
        long[] basic, long[] project, bool blankLines = true, bool leadIn = true, int lostCell = -1,
        string header = "合计\n基本支出\n项目支出")
    {
        long Total(int i) => basic[i] + project[i];
        var all = Enumerable.Range(0, Items.Length).ToArray();
        var sb = new StringBuilder("某市气象局2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n")
            .Append("2023年度一般公共预算财政拨款支出").Append(GroupedMoney(all.Sum(Total))).Append("万元。\n（二）具体情况\n")
            .Append(leadIn ? "2023年度一般公共预算财政拨款支出决算明细如下表（金额单位：万元）：\n\n" : "单位：万元\n")
            .Append("科目编码\n科目名称\n").Append(header).Append('\n');
        var end = blankLines ? "\n\n" : "\n";
        sb.Append(end == "\n" ? string.Empty : "\n");

        void Row(string label, long b, long p, bool lose)
        {
            sb.Append(label).Append('\n').Append(GroupedMoney(b + p)).Append('\n');
            if (!lose)
            {
                sb.Append(GroupedMoney(b)).Append('\n');
            }

            sb.Append(GroupedMoney(p)).Append(end);
        }

        Row("合计", all.Sum(i => basic[i]), all.Sum(i => project[i]), false);
        for (var s = 0; s < Subtotals.Length; s += 2)
        {
            foreach (var (code, name, parts) in new[] { Subtotals[s], Subtotals[s + 1] })
            {
                Row(code + "\n" + name, parts.Sum(i => basic[i]), parts.Sum(i => project[i]), false);
            }

            foreach (var i in Subtotals[s].Parts)
            {
                Row(Items[i].Code + "\n" + Items[i].Name, basic[i], project[i], i == lostCell);
            }
        }

        return sb.Append("注：本表反映本部门本年度一般公共预算财政拨款支出情况。\n").ToString();
    }

    /// <summary>
    /// Read: each 项 with its 合计 cell as its 决算 (98,645 → 986.45; 203,418 + 57,300 → 2,607.18; 1,200.95; 412.86; 267.30), the
    /// 款 rows 22005 / 20805 / 22102 — subtotals over their 项 — not read as items (read as items they gave a false FA6105
    /// "not broken down to 项"), the section's total 5,474.74 from the 合计 row; no Error, no Warning.
    /// </summary>
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void WebPageCellTable_ItemsRead_SubtotalRowsNot(bool blankLines, bool leadIn)
    {
        var (read, diagnostics) = Read(Text(Basic, Project, blankLines, leadIn));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        string[] amounts = ["986.45", "2607.18", "1200.95", "412.86", "267.30"];
        for (var i = 0; i < Items.Length; i++)
        {
            Assert.Equal(Items[i].Code, JsonAt(read, $"/narrative/generalBudget/items/{i}/code"));
            Assert.Equal(Items[i].Name, JsonAt(read, $"/narrative/generalBudget/items/{i}/name"));
            Assert.Equal(amounts[i], JsonAt(read, $"/narrative/generalBudget/items/{i}/amount"));
        }

        Assert.Null(JsonAt(read, $"/narrative/generalBudget/items/{Items.Length}"));
        Assert.Equal("5474.74", JsonAt(read, "/narrative/generalBudget/total/amount"));
    }

    /// <summary>
    /// A 项 row that lost its 基本支出 cell (2200504): its figures shift, so it is not guessed at — no row from it on is read
    /// (2200501 before it may be read, with its own amount only), and no Error comes of it.
    /// </summary>
    [Fact]
    public void WebPageCellTable_LostCell_IsNotGuessed()
    {
        var (read, diagnostics) = Read(Text(Basic, Project, lostCell: 1));

        Assert.Empty(Errors(diagnostics));
        if (JsonAt(read, "/narrative/generalBudget/items/0/code") is { } first)
        {
            Assert.Equal("2200501", first);
            Assert.Equal("986.45", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        }

        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1"));
    }

    /// <summary>
    /// A header of other columns (上年决算数 beside 合计): not this table — no item is read from its cells, no Error.
    /// </summary>
    [Fact]
    public void WebPageCellTable_OtherHeader_IsNotRead()
    {
        var (read, diagnostics) = Read(Text(Basic, Project, header: "合计\n上年决算数\n项目支出"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items"));
    }

    /// <summary>Property: any figures of the layout, with or without blank lines, are read back exactly, 项 by 项.</summary>
    [Property(MaxTest = 12)]
    public Property AnyFigures_AreReadBackExactly()
    {
        var gen =
            from basic in Gen.ArrayOf(Gen.Choose(0, 900_000).Select(v => (long)v), Items.Length)
            from project in Gen.ArrayOf(Gen.Choose(1, 900_000).Select(v => (long)v), Items.Length)
            from blank in Gen.Elements(true, false)
            from leadIn in Gen.Elements(true, false)
            select (basic, project, blank, leadIn);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(Text(t.basic, t.project, t.blank, t.leadIn));
            var ok = Errors(diagnostics).Length == 0
                && JsonAt(read, $"/narrative/generalBudget/items/{Items.Length}") is null
                && Enumerable.Range(0, Items.Length).All(i =>
                    JsonAt(read, $"/narrative/generalBudget/items/{i}/code") == Items[i].Code
                    && JsonAt(read, $"/narrative/generalBudget/items/{i}/amount") == PlainMoney(t.basic[i] + t.project[i]));
            return ok.Label(string.Join(",", t.basic) + " / " + string.Join(",", t.project));
        });
    }

    /// <summary>
    /// Property (near miss): any 项 row that lost a cell gives no Error, and every item read is a 项 of the table with its
    /// own amount — a shifted row is never read.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property ALostCell_IsNeverReadShifted()
    {
        var gen =
            from basic in Gen.ArrayOf(Gen.Choose(1, 900_000).Select(v => (long)v), Items.Length)
            from project in Gen.ArrayOf(Gen.Choose(1, 900_000).Select(v => (long)v), Items.Length)
            from lost in Gen.Choose(0, Items.Length - 1)
            from blank in Gen.Elements(true, false)
            select (basic, project, lost, blank);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(Text(t.basic, t.project, t.blank, lostCell: t.lost));
            var ok = Errors(diagnostics).Length == 0;
            for (var k = 0; JsonAt(read, $"/narrative/generalBudget/items/{k}/code") is { } code; k++)
            {
                var i = Array.FindIndex(Items, x => x.Code == code);
                ok &= i >= 0 && i < t.lost
                    && JsonAt(read, $"/narrative/generalBudget/items/{k}/amount") == PlainMoney(t.basic[i] + t.project[i]);
            }

            return ok.Label($"lost {t.lost}");
        });
    }
}
