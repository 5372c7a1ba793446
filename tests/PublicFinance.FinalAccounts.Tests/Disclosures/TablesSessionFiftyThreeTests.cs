using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 53 (tables53): coded item tables in layouts the reader still missed, in our own invented texts — the code split
/// into 类 | 款 | 项 columns (bars with and without an outer frame, tabs, spaces; merged 类 and 款 cells), a unit written in
/// every figure cell (<c>612.40万元</c>), a table broken across a page (a page-number line, <c>续表</c>, the header again, the
/// 合计 at the end), and the reasons of a list of rows named by name (<c>A（项）、B（项）决算数小于…，主要是…</c>).
/// </summary>
public sealed class TablesSessionFiftyThreeTests
{
    /// <summary>Ways of separating a row's cells.</summary>
    public enum Separator
    {
        /// <summary>Markdown bars with an outer frame and a <c>|---|</c> line.</summary>
        FramedBar,

        /// <summary>Bars between cells, no outer frame.</summary>
        Bar,

        /// <summary>Tabs.</summary>
        Tab,

        /// <summary>Columns aligned with runs of spaces.</summary>
        Spaces,
    }

    /// <summary>Items of our invented 地方志办公室 (code, name as the catalogue names it).</summary>
    private static readonly (string Code, string Name)[] Items =
    [
        ("2010301", "行政运行"), ("2010302", "一般行政管理事务"), ("2010350", "事业运行"),
        ("2080505", "机关事业单位基本养老保险缴费支出"), ("2101101", "行政单位医疗"), ("2210201", "住房公积金"),
    ];

    private static string Money(decimal v) => GroupedMoney((long)(v * 100m));

    private static string Plain(decimal v) => PlainMoney((long)(v * 100m));

    private static string Rate(decimal final, decimal budget) => PercentOf((long)(final * 100m), (long)(budget * 100m));

    /// <summary>A row's cells written with <paramref name="separator"/> (blank cells kept where a separator can keep them).</summary>
    private static string Row(Separator separator, IEnumerable<string> cells) => separator switch
    {
        Separator.FramedBar => "| " + string.Join(" | ", cells) + " |\n",
        Separator.Bar => string.Join(" | ", cells) + "\n",
        Separator.Tab => string.Join("\t", cells) + "\n",
        _ => string.Join("    ", cells.Select(c => c.Length == 0 ? string.Empty : c)).Trim() + "\n",
    };

    /// <summary>The rows (header first) of a 年初预算 | 决算数 | 完成率 table of the items' figures, the code joined or split.</summary>
    private static List<string[]> Rows((decimal Budget, decimal Final)[] figures, bool split, bool unitInCells = false)
    {
        var unit = unitInCells ? "万元" : string.Empty;
        var rows = new List<string[]>
        {
            split ? ["类", "款", "项", "科目名称", "年初预算", "决算数", "完成率"] : ["科目编码", "科目名称", "年初预算", "决算数", "完成率"],
        };
        for (var i = 0; i < figures.Length; i++)
        {
            var (budget, final) = figures[i];
            var code = Items[i].Code;
            string[] codeCells = split ? [code[..3], code[3..5], code[5..]] : [code];
            rows.Add([.. codeCells, Items[i].Name, Money(budget) + unit, Money(final) + unit, Rate(final, budget) + "%"]);
        }

        var (b, f) = (figures.Sum(x => x.Budget), figures.Sum(x => x.Final));
        string[] blank = split ? ["", "", ""] : [""];
        rows.Add([.. blank, "合计", Money(b) + unit, Money(f) + unit, Rate(f, b) + "%"]);
        return rows;
    }

    /// <summary>A 一般公共预算 section (its total stated, no unit declared) with the table rows written under it.</summary>
    private static string Section((decimal Budget, decimal Final)[] figures, string table, string after = "")
        => "青石县地方志办公室2022年度部门决算说明\n\n五、一般公共预算财政拨款支出决算情况说明\n"
            + $"2022年度一般公共预算财政拨款支出{Money(figures.Sum(f => f.Final))}万元。按项级科目列示如下：\n\n" + table + "\n" + after;

    private static string Table(Separator separator, List<string[]> rows)
    {
        var sb = new StringBuilder(Row(separator, rows[0]));
        if (separator == Separator.FramedBar)
        {
            sb.Append('|').Append(string.Join('|', rows[0].Select(_ => "---"))).Append("|\n");
        }

        foreach (var row in rows.Skip(1))
        {
            sb.Append(Row(separator, row));
        }

        return sb.ToString();
    }

    /// <summary>The (budget, final, rate) the report gives each item, in order, and the 一般公共预算 total's.</summary>
    private static string ItemsRead(DisclosureReadResult read, int count)
        => string.Join(";", Enumerable.Range(0, count + 1).Select(i =>
        {
            var at = i < count ? $"/narrative/generalBudget/items/{i}" : "/narrative/generalBudget/total";
            return $"{JsonAt(read, at + "/code")}/{JsonAt(read, at + "/budget/budgetAmount")}/{JsonAt(read, at + "/amount")}"
                + $"/{JsonAt(read, at + "/budget/completionRate")}";
        }));

    /// <summary>The pointer of the 一般公共预算 item with <paramref name="code"/> (the first of ten), or a pointer to nothing.</summary>
    private static string ItemOfCode(DisclosureReadResult read, string code)
        => Enumerable.Range(0, 10).Select(i => $"/narrative/generalBudget/items/{i}")
            .FirstOrDefault(p => JsonAt(read, p + "/code") == code, "/narrative/generalBudget/items/99");

    private static readonly (decimal, decimal)[] Figures =
        [(820.00m, 846.52m), (1210.00m, 1186.40m), (365.00m, 365.00m), (96.00m, 97.28m)];

    private const string Expected = "2010301/820.00/846.52/103.23;2010302/1210.00/1186.40/98.05;2010350/365.00/365.00/100.00;"
        + "2080505/96.00/97.28/101.33;/2491.00/2495.20/100.17";

    /// <summary>A 类 | 款 | 项 table in each separator reads to every item's code, budget, final and rate, and the 合计.</summary>
    [Theory]
    [InlineData(Separator.FramedBar)]
    [InlineData(Separator.Bar)]
    [InlineData(Separator.Tab)]
    [InlineData(Separator.Spaces)]
    public void SplitCodeColumns_ReadAsJoinedCodes(Separator separator)
    {
        var (read, diagnostics) = Read(Section(Figures, Table(separator, Rows(Figures, split: true))));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(Expected, ItemsRead(read, Figures.Length));
    }

    /// <summary>
    /// Merged cells: a 类 row and a 款 row give the code cells the item rows below leave empty (<c>|  |  | 02 | …</c>); a row
    /// whose empty code cells no row above gave is not read.
    /// </summary>
    [Fact]
    public void SplitCodeColumns_EmptyLeadingCells_TakeTheClassAndSectionAbove()
    {
        var table = "| 类 | 款 | 项 | 科目名称 | 年初预算 | 决算数 | 完成率 |\n|---|---|---|---|---|---|---|\n"
            + "| 201 |  |  | 一般公共服务支出 | 2,395.00 | 2,397.92 | 100.12% |\n"
            + "|  | 03 |  | 政府办公厅（室）及相关机构事务 | 2,395.00 | 2,397.92 | 100.12% |\n"
            + "|  |  | 01 | 行政运行 | 820.00 | 846.52 | 103.23% |\n"
            + "|  |  | 02 | 一般行政管理事务 | 1,210.00 | 1,186.40 | 98.05% |\n"
            + "|  |  | 50 | 事业运行 | 365.00 | 365.00 | 100.00% |\n"
            + "|  |  |  | 合计 | 2,395.00 | 2,397.92 | 100.12% |\n";
        var (read, diagnostics) = Read(Section(Figures[..3], table));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("846.52", JsonAt(read, ItemOfCode(read, "2010301") + "/amount"));
        Assert.Equal("1186.40", JsonAt(read, ItemOfCode(read, "2010302") + "/amount"));
        Assert.Equal("365.00", JsonAt(read, ItemOfCode(read, "2010350") + "/budget/budgetAmount"));

        var orphan = "| 类 | 款 | 项 | 科目名称 | 年初预算 | 决算数 | 完成率 |\n|---|---|---|---|---|---|---|\n"
            + "|  |  | 01 | 行政运行 | 820.00 | 846.52 | 103.23% |\n";
        var (unread, _) = Read(Section(Figures[..1], orphan));
        Assert.Null(JsonAt(unread, "/narrative/generalBudget/items/0/budget/budgetAmount"));
    }

    /// <summary>A tab table with 万元 in every figure cell reads as the same table without it.</summary>
    [Theory]
    [InlineData(Separator.Tab)]
    [InlineData(Separator.Bar)]
    public void UnitInEveryCell_ReadsAsTheBareNumber(Separator separator)
    {
        var (read, diagnostics) = Read(Section(Figures, Table(separator, Rows(Figures, split: false, unitInCells: true))));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(Expected, ItemsRead(read, Figures.Length));
    }

    /// <summary>A cell in another unit than the table's (元 in a 万元 table) is not read as the number.</summary>
    [Fact]
    public void CellInAnotherUnit_IsNotRead()
    {
        var table = "科目编码\t科目名称\t决算数（万元）\n2010301\t行政运行\t8,465,200.00元\n";
        var (read, _) = Read(Section([(0m, 846.52m)], table));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/amount"));
    }

    /// <summary>
    /// Prose naming a row's item with its code (<c>名称（编码）金额万元</c>) under a table with 万元 cells: another amount is FA8008
    /// on that item (a Warning), the same amount nothing.
    /// </summary>
    [Theory]
    [InlineData("1,168.40", true)]
    [InlineData("1,186.40", false)]
    public void ProseWithCode_AgainstItsRow(string prose, bool differs)
    {
        var after = $"其中一般行政管理事务（2010302）{prose}万元，主要用于地方志编纂和年鉴出版。\n";
        var (_, diagnostics) = Read(Section(Figures, Table(Separator.Tab, Rows(Figures, split: false, unitInCells: true)), after));
        var found = Of(diagnostics, Severity.Warning).Where(d => d.StartsWith("FA8008", StringComparison.Ordinal)).ToArray();
        string[] expected = differs ? ["FA8008 /narrative/generalBudget/items/1/amount"] : [];
        Assert.Equal(expected, found);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>The table broken after its second row by each page mark and continuation line, the header repeated.</summary>
    private static string Broken(Separator separator, List<string[]> rows, int breakAfter, string pageMark, string continuation)
    {
        var sb = new StringBuilder(Row(separator, rows[0]));
        for (var k = 1; k < rows.Count; k++)
        {
            sb.Append(Row(separator, rows[k]));
            if (k == breakAfter)
            {
                sb.Append('\n').Append(pageMark).Append("\n\n").Append(continuation).Append('\n').Append(Row(separator, rows[0]));
            }
        }

        return sb.ToString();
    }

    /// <summary>A space-aligned or tab table broken across a page reads as the whole table (its 合计 the whole table's).</summary>
    [Theory]
    [InlineData(Separator.Spaces, "— 7 —", "续表")]
    [InlineData(Separator.Spaces, "- 7 -", "续上表")]
    [InlineData(Separator.Tab, "第7页", "（续表）")]
    [InlineData(Separator.Spaces, "7/12", "续表1")]
    public void TableBrokenAcrossAPage_ReadsAsOneTable(Separator separator, string pageMark, string continuation)
    {
        var (read, diagnostics) = Read(Section(Figures, Broken(separator, Rows(Figures, split: false), 2, pageMark, continuation)));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(Expected, ItemsRead(read, Figures.Length));
    }

    /// <summary>The page and continuation marks: alone on their line, nothing else.</summary>
    [Theory]
    [InlineData("续表", true)]
    [InlineData("续上表", true)]
    [InlineData("续表2", true)]
    [InlineData("(续表)", true)]
    [InlineData("(续)", true)]
    [InlineData("续表:", true)]
    [InlineData("续", false)]
    [InlineData("续表如下，单位万元", false)]
    [InlineData("继续", false)]
    public void ContinuationMark_IsOnlyTheMark(string line, bool expected)
        => Assert.Equal(expected, Paragraphs.IsContinuationMark(line, 0, line.Length));

    /// <summary>"7/12" is a page mark; a share or a date is not.</summary>
    [Theory]
    [InlineData("7/12", true)]
    [InlineData("12 / 12", true)]
    [InlineData("13/12", false)]
    [InlineData("2022/12", false)]
    [InlineData("07/12", false)]
    [InlineData("7/12页", false)]
    public void PageOfPages_IsAPageMark(string line, bool expected)
        => Assert.Equal(expected, Paragraphs.IsPageMark(line, 0, line.Length));

    /// <summary>
    /// A list of rows named by name in one clause with the way they differ and a reason: each row's budget gets the reason
    /// (no FA2206 on them); a row named in the list that differs the other way (行政运行, above its budget) never gets it.
    /// </summary>
    [Theory]
    [InlineData("一般行政管理事务（项）、事业运行（项）", true)]
    [InlineData("一般行政管理事务（项）和事业运行（项）", true)]
    [InlineData("事业运行（项）、行政运行（项）", false)]
    public void NamedRowList_GivesEachRowTheReason(string names, bool given)
    {
        (decimal, decimal)[] figures = [(820.00m, 846.52m), (1210.00m, 1186.40m), (365.00m, 352.00m)];
        var after = $"决算数与年初预算差异较大的项目说明：{names}决算数小于年初预算数，主要是厉行节约、压减会议费用。\n";
        var (read, diagnostics) = Read(Section(figures, Table(Separator.Bar, Rows(figures, split: false)), after));
        Assert.Empty(Errors(diagnostics));
        // Session 54: 行政运行 may take the words of the stated scope ("差异较大的项目", precise54) — never the list's reason.
        Assert.DoesNotContain("厉行节约", JsonAt(read, "/narrative/generalBudget/items/0/budget/reason") ?? string.Empty,
            StringComparison.Ordinal);
        if (given)
        {
            Assert.NotNull(JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
            Assert.NotNull(JsonAt(read, "/narrative/generalBudget/items/2/budget/reason"));
            Assert.DoesNotContain(Of(diagnostics, Severity.Warning), d => d.StartsWith("FA2206", StringComparison.Ordinal)
                && (d.Contains("/items/1/", StringComparison.Ordinal) || d.Contains("/items/2/", StringComparison.Ordinal)));
        }
    }

    /// <summary>A reason before a row's code in a sentence belongs to another row, not the coded one.</summary>
    [Fact]
    public void ReasonBeforeTheCode_IsNotThatRowsReason()
    {
        var after = "差异说明：事业运行（项）决算数等于年初预算数，主要是按编制核定；其后列示行政运行（2010301）846.52万元，用于机关运转\n";
        var (read, _) = Read(Section(Figures, Table(Separator.Bar, Rows(Figures, split: false)), after));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
    }

    private static Gen<(decimal, decimal)[]> FiguresGen =>
        from n in Gen.Choose(2, Items.Length)
        from cents in Gen.ArrayOf(Gen.Choose(1_000, 900_000), n * 2)
        select Enumerable.Range(0, n).Select(i => (cents[2 * i] / 100m, cents[2 * i + 1] / 100m)).ToArray();

    /// <summary>Property: a generated table reads to the same rows with its code joined and split into 类 | 款 | 项 columns.</summary>
    [Property(MaxTest = 10)]
    public Property JoinedAndSplitCodes_ReadTheSame()
    {
        var gen = from figures in FiguresGen
                  from separator in Gen.Elements(Enum.GetValues<Separator>())
                  select (figures, separator);
        return Prop.ForAll(gen.ToArbitrary(), g =>
        {
            var (figures, separator) = g;
            var (joined, _) = Read(Section(figures, Table(separator, Rows(figures, split: false))));
            var (split, _) = Read(Section(figures, Table(separator, Rows(figures, split: true))));
            var expected = ItemsRead(joined, figures.Length);
            return expected.Contains(Items[0].Code, StringComparison.Ordinal) && expected == ItemsRead(split, figures.Length);
        });
    }

    /// <summary>
    /// Property: a generated table broken after any row by a page line and <c>续表</c>, the header repeated, reads like the
    /// unbroken table.
    /// </summary>
    [Property(MaxTest = 10)]
    public Property TableBrokenByAPage_ReadsLikeTheWhole()
    {
        var gen = from figures in FiguresGen
                  from at in Gen.Choose(1, figures.Length)
                  from mark in Gen.Elements("— 3 —", "- 3 -", "第3页", "3/9")
                  from separator in Gen.Elements(Separator.Spaces, Separator.Tab, Separator.Bar)
                  select (figures, at, mark, separator);
        return Prop.ForAll(gen.ToArbitrary(), g =>
        {
            var (figures, at, mark, separator) = g;
            var rows = Rows(figures, split: false);
            var (whole, _) = Read(Section(figures, Table(separator, rows)));
            var (broken, _) = Read(Section(figures, Broken(separator, rows, at, mark, "续表")));
            var expected = ItemsRead(whole, figures.Length);
            return expected.Contains(Items[0].Code, StringComparison.Ordinal) && expected == ItemsRead(broken, figures.Length);
        });
    }

    /// <summary>Property: a generated table's figure cells read the same with and without 万元 written in each.</summary>
    [Property(MaxTest = 10)]
    public Property CellsWithAndWithoutUnit_ReadTheSame()
    {
        var gen = from figures in FiguresGen
                  from separator in Gen.Elements(Separator.Tab, Separator.Bar, Separator.FramedBar)
                  from split in Gen.Elements(true, false)
                  select (figures, separator, split);
        return Prop.ForAll(gen.ToArbitrary(), g =>
        {
            var (figures, separator, split) = g;
            var (bare, _) = Read(Section(figures, Table(separator, Rows(figures, split))));
            var (units, _) = Read(Section(figures, Table(separator, Rows(figures, split, unitInCells: true))));
            var expected = ItemsRead(bare, figures.Length);
            return expected.Contains(Items[0].Code, StringComparison.Ordinal) && expected == ItemsRead(units, figures.Length);
        });
    }
}
