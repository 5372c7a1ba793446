using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 60 (tbl60; blind rounds 56 t02, t09 and 54 t08 — our own invented texts, none copied): three table layouts read
/// from text. (1) A space-aligned 一般公共预算财政拨款支出决算表 whose 类, 款 and 项 codes stand in separate columns and whose zero
/// cells are blank: at the base a row with a blank cell could not be placed by counting its cells, so the table was not read
/// (no <c>/tables/generalBudgetExpenditure</c>, and a wrong 合计 cell went unseen); now the blank cells are placed by where the
/// amounts stand. (2) A <c>|</c> 基本支出 table by 经济分类 under a numbered heading not ending in 说明
/// (<c>四、一般公共预算财政拨款基本支出</c>), its 人员经费 and 公用经费 rows without 合计: at the base not read. (3) A <c>|</c>
/// 财政拨款支出决算表 whose unit (千元) is stated only in a note after it: not one of the nine tables and not read (as at the
/// base) — no figure of it is compared in a guessed scale.
/// </summary>
public sealed class TablesSessionSixtyTests
{
    private const string GeneralBudget = "/tables/generalBudgetExpenditure/";

    private const string Basic = "/tables/basicExpenditure/";

    /// <summary>A 项 of the 类/款/项 table: its three code parts and name (all as the catalogue names them).</summary>
    private static readonly (string Class, string ClassName, string Section, string SectionName, string Item, string Name)[] Items =
    [
        ("213", "农林水支出", "01", "农业农村", "01", "行政运行"),
        ("213", "农林水支出", "01", "农业农村", "02", "一般行政管理事务"),
        ("213", "农林水支出", "01", "农业农村", "04", "事业运行"),
        ("208", "社会保障和就业支出", "05", "行政事业单位养老支出", "05", "机关事业单位基本养老保险缴费支出"),
        ("208", "社会保障和就业支出", "05", "行政事业单位养老支出", "06", "机关事业单位职业年金缴费支出"),
        ("221", "住房保障支出", "02", "住房改革支出", "01", "住房公积金"),
    ];

    /// <summary>The 项 amounts of the clean table (hundredths of a 万元): basic and project, zero printed blank.</summary>
    private static readonly long[] CleanBasic = [184_236, 0, 96_418, 31_250, 12_500, 22_875];

    private static readonly long[] CleanProject = [0, 57_312, 120_030, 0, 0, 0];

    /// <summary>
    /// The layout (display columns, a CJK character two): the header's 类, 款, 项 and 科目名称 stand a place or two right of
    /// the codes and names under them (类 0, 款 6, 项 12, 科目名称 18 over codes at 0, 5, 10 and names at 14), as a layout print
    /// sets them — so the 项 codes touch the names' column and only the 类/款/项 reading can take the rows; each amount column is
    /// <see cref="AmountWidth"/> wide, its amounts set flush right one place before its end, its name ending at its end.
    /// </summary>
    private const string Header = "类    款    项    科目名称";

    private const int NameAt = 14;

    private const int AmountsAt = 56;

    private const int AmountWidth = 13;

    /// <summary>
    /// An invented 农业农村局 说明 with the 类/款/项 table (hundredths of a 万元). <paramref name="wrongTotal"/> replaces the
    /// first 项's 合计 cell (the 款 and 类 rows keep the true sums); <paramref name="shiftedRow"/> moves that 项 row's amounts
    /// (one is blank) one place right; <paramref name="withoutClassColumn"/> drops the 类 column from the header.
    /// </summary>
    internal static string ClassSectionItemText(long[] basic, long[] project, long? wrongTotal = null, bool shiftedRow = false,
        int shiftedItem = 1, bool withoutClassColumn = false)
    {
        (long B, long P) Sum(Func<int, bool> under)
        {
            var (b, p) = (0L, 0L);
            for (var i = 0; i < Items.Length; i++)
            {
                (b, p) = under(i) ? (b + basic[i], p + project[i]) : (b, p);
            }

            return (b, p);
        }

        var sb = new StringBuilder("某县农业农村局2021年度部门决算公开说明\n\n一、部门基本情况\n县农业农村局内设6个股室，年末实有人员48人。\n\n")
            .Append("二、一般公共预算财政拨款支出决算情况\n");
        var (allB, allP) = Sum(_ => true);
        sb.Append("2021年度一般公共预算财政拨款支出").Append(Money(allB + allP)).Append("万元，其中：基本支出").Append(Money(allB))
            .Append("万元，项目支出").Append(Money(allP)).Append("万元。\n\n一般公共预算财政拨款支出决算表\n单位：万元\n");
        var header = new StringBuilder(withoutClassColumn ? "      " + Header[6..] : Header);
        var columnEnd = AmountsAt;
        foreach (var name in new[] { "合计", "基本支出", "项目支出" })
        {
            columnEnd += AmountWidth;
            PadTo(header, columnEnd - Display(name));
            header.Append(name);
        }

        sb.Append(header.ToString().TrimEnd()).Append('\n');
        sb.Append(Line(string.Empty, "合计", allB + allP, allB, allP)).Append('\n');
        string? lastClass = null, lastSection = null;
        for (var i = 0; i < Items.Length; i++)
        {
            var it = Items[i];
            if (it.Class != lastClass)
            {
                var (b, p) = Sum(j => Items[j].Class == it.Class);
                sb.Append(Line(it.Class, it.ClassName, b + p, b, p)).Append('\n');
                lastClass = it.Class;
                lastSection = null;
            }

            if (it.Section != lastSection)
            {
                var (b, p) = Sum(j => Items[j].Class == it.Class && Items[j].Section == it.Section);
                sb.Append(Line("     " + it.Section, it.SectionName, b + p, b, p)).Append('\n');
                lastSection = it.Section;
            }

            var total = i == 0 && wrongTotal is { } w ? w : basic[i] + project[i];
            var shift = shiftedRow && i == shiftedItem ? 1 : 0;
            sb.Append(Line("          " + it.Item, it.Name, total, basic[i], project[i], shift)).Append('\n');
        }

        return sb.Append("\n三、“三公”经费支出决算情况\n2021年度“三公”经费支出3.16万元，全部为公务用车运行维护费。\n").ToString();
    }

    /// <summary>A body line: codes, the name from <see cref="NameAt"/>, then each amount set flush right in its column (blank for
    /// zero), the amounts moved <paramref name="shift"/> places right.</summary>
    private static string Line(string codes, string name, long total, long basic, long project, int shift = 0)
    {
        var line = new StringBuilder(codes);
        PadTo(line, NameAt);
        line.Append(name);
        var columnEnd = AmountsAt;
        foreach (var amount in new[] { total, basic, project })
        {
            columnEnd += AmountWidth;
            if (amount != 0)
            {
                var cell = Money(amount);
                PadTo(line, columnEnd - 1 + shift - cell.Length);
                line.Append(cell);
            }
        }

        return line.ToString();
    }

    /// <summary>Spaces up to display column <paramref name="display"/> (two at least after text, never none).</summary>
    private static void PadTo(StringBuilder line, int display)
    {
        var width = Display(line.ToString());
        line.Append(' ', width == 0 ? display : Math.Max(display - width, 2));
    }

    /// <summary>Display width: a CJK character is two columns.</summary>
    private static int Display(string text) => text.Sum(ch => ch >= '\u2E80' ? 2 : 1);

    private static string Money(long hundredths) => (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    /// <summary>
    /// The table is read: the 合计 row, the 类 and 款 subtotals and each 项 with its code composed of the three columns
    /// (213 + 01 + 02 = 2130102), a blank cell read as zero in its own column — never the next amount moved into it.
    /// </summary>
    [Fact]
    public void ClassSectionItemTable_WithBlankCells_IsReadByColumn()
    {
        var (report, diagnostics) = ReadDocument(ClassSectionItemText(CleanBasic, CleanProject));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("5246.21", JsonAt(report, GeneralBudget + "total/total"));
        Assert.Equal("3472.79", JsonAt(report, GeneralBudget + "total/basic"));
        Assert.Equal("1773.42", JsonAt(report, GeneralBudget + "total/project"));
        var rows = Enumerable.Range(0, 12).Select(i => JsonAt(report, GeneralBudget + "rows/" + i + "/code")).ToList();
        var second = rows.IndexOf("2130102");
        Assert.True(second > 0, string.Join(",", rows));
        Assert.Equal("573.12", JsonAt(report, GeneralBudget + "rows/" + second + "/total"));
        Assert.Equal("573.12", JsonAt(report, GeneralBudget + "rows/" + second + "/project"));
        Assert.Equal("0.00", JsonAt(report, GeneralBudget + "rows/" + second + "/basic"));
        var first = rows.IndexOf("2130101");
        Assert.Equal("1842.36", JsonAt(report, GeneralBudget + "rows/" + first + "/basic"));
        Assert.Equal("0.00", JsonAt(report, GeneralBudget + "rows/" + first + "/project"));
        Assert.Contains("2080506", rows);
        Assert.Contains("22102", rows);
    }

    /// <summary>A 项's 合计 off its basic and project cells (the subtotals keep the true sums) is exactly one Error, FA0501.</summary>
    [Fact]
    public void WrongItemTotal_IsOneError()
    {
        var (_, diagnostics) = ReadDocument(ClassSectionItemText(CleanBasic, CleanProject, wrongTotal: 184_263));
        Assert.Equal(["FA0501"], RuleIds(diagnostics, Severity.Error));
        Assert.Contains(diagnostics, d => d.RuleId == "FA0501" && d.MessageEn.Contains("1842.63", StringComparison.Ordinal));
    }

    /// <summary>
    /// A row with a blank cell whose amounts stand one place off their columns is not placed: the table stays unread (as at the
    /// base), and no Error.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void MisalignedRowWithBlank_LeavesTheTableUnread(int item)
    {
        var (report, diagnostics) = ReadDocument(ClassSectionItemText(CleanBasic, CleanProject, shiftedRow: true, shiftedItem: item));
        Assert.Null(JsonAt(report, GeneralBudget + "total/total"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A header without its 类 column (款 项 科目名称 …) is not this layout: not read, no Error.</summary>
    [Fact]
    public void MissingClassColumn_IsNotRead()
    {
        var (report, diagnostics) = ReadDocument(ClassSectionItemText(CleanBasic, CleanProject, withoutClassColumn: true));
        Assert.Null(JsonAt(report, GeneralBudget + "total/total"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Property: whatever the 项 amounts (some blank, a row never all blank), the table is read, its 合计 is their sum, and
    /// no Error is raised. The first 项 has both amounts, so its 类 and 款 rows and the 合计 row show every column's place
    /// (a table whose only full row is its 合计 is not placed: two full rows at least are asked for).
    /// </summary>
    [Property(MaxTest = 12)]
    public Property AnyBlankCells_AreReadByColumn()
    {
        var amount = Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 99_999_999));
        var gen = from b in amount.ArrayOf(Items.Length) from p in amount.ArrayOf(Items.Length) select (b, p);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var basic = t.b.Select(x => (long)x).ToArray();
            var project = t.p.Select(x => (long)x).ToArray();
            for (var i = 0; i < basic.Length; i++)
            {
                basic[i] = basic[i] + project[i] == 0 ? 1_000 : basic[i];
            }

            (basic[0], project[0]) = (Math.Max(basic[0], 1), Math.Max(project[0], 1));
            var (report, diagnostics) = ReadDocument(ClassSectionItemText(basic, project));
            var total = Money(basic.Sum() + project.Sum());
            return (JsonAt(report, GeneralBudget + "total/total") == total && Errors(diagnostics).Length == 0)
                .Label(total + " " + JsonAt(report, GeneralBudget + "total/total") + " " + string.Join(",", Errors(diagnostics)));
        });
    }

    /// <summary>The 经济分类 rows of the basic expenditure table: code, name, amount (hundredths of a 万元); 0 is a class row.</summary>
    private static readonly (string Code, string Name, long Amount)[] PersonnelRows =
    [
        ("30101", "基本工资", 84_312), ("30102", "津贴补贴", 61_470), ("30108", "机关事业单位基本养老保险缴费", 27_140),
        ("30113", "住房公积金", 19_866),
    ];

    private static readonly (string Code, string Name, long Amount)[] PublicRows =
    [
        ("30201", "办公费", 4_215), ("30211", "差旅费", 2_730), ("30228", "工会经费", 1_904), ("30299", "其他商品和服务支出", 3_388),
    ];

    /// <summary>
    /// An invented 文学艺术界联合会 说明 with the <c>|</c> 基本支出 table by 经济分类 under <paramref name="heading"/>: 人员经费
    /// (301 and 303 with their 款), 公用经费 (302), 合计. <paramref name="wrongSection"/> replaces 30102's amount (the class row
    /// keeps the true sum); <paramref name="personnelBlank"/> prints the 人员经费 row without its amount.
    /// </summary>
    internal static string BasicText(long[] personnel, long[] publicAmounts, long retirement, string heading = "四、一般公共预算财政拨款基本支出",
        long? wrongSection = null, bool personnelBlank = false)
    {
        var wages = personnel.Sum();
        var persons = wages + retirement;
        var goods = publicAmounts.Sum();
        var sb = new StringBuilder("某市文学艺术界联合会2023年度部门决算公开说明\n\n一、单位概况\n市文联内设3个部门，年末实有人员19人。\n\n")
            .Append(heading).Append('\n')
            .Append("2023年度一般公共预算财政拨款基本支出").Append(Money(persons + goods)).Append("万元，其中：人员经费")
            .Append(Money(persons)).Append("万元，公用经费").Append(Money(goods)).Append("万元。\n\n")
            .Append("| 科目编码 | 科目名称 | 决算数 |\n| --- | --- | --- |\n")
            .Append("| | 人员经费 | ").Append(personnelBlank ? string.Empty : Money(persons)).Append(" |\n")
            .Append("| 301 | 工资福利支出 | ").Append(Money(wages)).Append(" |\n");
        for (var i = 0; i < PersonnelRows.Length; i++)
        {
            var value = i == 1 && wrongSection is { } w ? w : personnel[i];
            sb.Append("| ").Append(PersonnelRows[i].Code).Append(" | ").Append(PersonnelRows[i].Name).Append(" | ").Append(Money(value))
                .Append(" |\n");
        }

        sb.Append("| 303 | 对个人和家庭的补助 | ").Append(Money(retirement)).Append(" |\n| 30302 | 退休费 | ").Append(Money(retirement))
            .Append(" |\n| | 公用经费 | ").Append(Money(goods)).Append(" |\n| 302 | 商品和服务支出 | ").Append(Money(goods)).Append(" |\n");
        for (var i = 0; i < PublicRows.Length; i++)
        {
            sb.Append("| ").Append(PublicRows[i].Code).Append(" | ").Append(PublicRows[i].Name).Append(" | ")
                .Append(Money(publicAmounts[i]))
                .Append(" |\n");
        }

        return sb.Append("| | 合计 | ").Append(Money(persons + goods)).Append(" |\n\n五、“三公”经费支出决算情况\n")
            .Append("2023年度“三公”经费支出0.86万元，全部为公务接待费。\n").ToString();
    }

    private static long[] Personnel => [.. PersonnelRows.Select(r => r.Amount)];

    private static long[] Public => [.. PublicRows.Select(r => r.Amount)];

    /// <summary>
    /// The table under a numbered heading that is its subject alone (no 说明) is read as table 6: the 人员经费 and 公用经费 rows
    /// (no 合计 word) are the block totals, the 合计 row the total, the 经济分类 rows by code; the parts add up, no Error.
    /// </summary>
    [Theory]
    [InlineData("四、一般公共预算财政拨款基本支出")]
    [InlineData("（四）一般公共预算财政拨款基本支出决算情况")]
    [InlineData("四、财政拨款基本支出情况")]
    public void EconomicTable_UnderNumberedHeading_IsRead(string heading)
    {
        var (report, diagnostics) = ReadDocument(BasicText(Personnel, Public, 5_120, heading));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1979.08", JsonAt(report, Basic + "personnelTotal"));
        Assert.Equal("122.37", JsonAt(report, Basic + "publicTotal"));
        Assert.Equal("2101.45", JsonAt(report, Basic + "total"));
        Assert.Equal("301", JsonAt(report, Basic + "rows/0/code"));
        Assert.Equal("1927.88", JsonAt(report, Basic + "rows/0/amount"));
        Assert.Equal("30102", JsonAt(report, Basic + "rows/2/code"));
        Assert.Equal("614.70", JsonAt(report, Basic + "rows/2/amount"));
    }

    /// <summary>A 款 off its class (30102 changed, 301 keeps the true sum) is exactly one Error, FA0601.</summary>
    [Fact]
    public void WrongEconomicSection_IsOneError()
    {
        var (_, diagnostics) = ReadDocument(BasicText(Personnel, Public, 5_120, wrongSection: 64_170));
        Assert.Equal(["FA0601"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Headings that are not the subject alone (a longer phrase after it, the 项目支出 too) or not numbered open no table: not
    /// read, no Error.
    /// </summary>
    [Theory]
    [InlineData("四、一般公共预算财政拨款基本支出决算情况分析")]
    [InlineData("四、一般公共预算财政拨款基本支出和项目支出")]
    [InlineData("一般公共预算财政拨款基本支出")]
    public void OtherHeadings_OpenNoTable(string heading)
    {
        var (report, diagnostics) = ReadDocument(BasicText(Personnel, Public, 5_120, heading));
        Assert.Null(JsonAt(report, Basic + "total"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A 人员经费 row without its amount is the block's heading only: no zero total (no false FA0602), no Error.</summary>
    [Fact]
    public void BlankPersonnelRow_IsNoTotal()
    {
        var (report, diagnostics) = ReadDocument(BasicText(Personnel, Public, 5_120, personnelBlank: true));
        Assert.Null(JsonAt(report, Basic + "personnelTotal"));
        Assert.Equal("122.37", JsonAt(report, Basic + "publicTotal"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Property: any consistent amounts are read (the 合计 their sum) with no Error.</summary>
    [Property(MaxTest = 10)]
    public Property AnyConsistentEconomicTable_HasNoError()
    {
        var amount = Gen.Choose(1, 9_999_999);
        var gen = from p in amount.ArrayOf(PersonnelRows.Length) from q in amount.ArrayOf(PublicRows.Length) from r in amount
                  select (p, q, r);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var personnel = t.p.Select(x => (long)x).ToArray();
            var publicAmounts = t.q.Select(x => (long)x).ToArray();
            var (report, diagnostics) = ReadDocument(BasicText(personnel, publicAmounts, t.r));
            var total = Money(personnel.Sum() + publicAmounts.Sum() + t.r);
            return (JsonAt(report, Basic + "total") == total && Errors(diagnostics).Length == 0)
                .Label(total + " " + string.Join(",", Errors(diagnostics)));
        });
    }

    /// <summary>
    /// A <c>|</c> 财政拨款支出决算表 in 千元 whose unit is stated only in a note after it: not one of the nine tables (its 基本/项目
    /// are the appropriation's of every fund, session 53), so it is not read — no cell is compared with the 万元 prose in a
    /// guessed scale, and no Error.
    /// </summary>
    [Fact]
    public void AppropriationTableInThousandsByNote_StaysUnread()
    {
        const string Text = "某市林业科学研究所2022年度单位决算\n二、财政拨款支出决算情况：2022年度财政拨款支出612.40万元，其中基本支出"
            + "405.10万元，项目支出207.30万元。\n表2 财政拨款支出决算表\n科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出\n"
            + " | 合计 | 6124 | 4051 | 2073\n2130201 | 行政运行 | 3620 | 3620 | \n2130205 | 森林资源培育 | 2073 |  | 2073\n"
            + "2210201 | 住房公积金 | 431 | 431 | \n注：\n1. 本表金额单位为千元，正文金额单位为万元。\n三、政府采购情况\n"
            + "2022年度政府采购支出总额52.30万元。\n";
        var (report, diagnostics) = ReadDocument(Text);
        Assert.Null(JsonAt(report, GeneralBudget + "total/total"));
        Assert.Null(JsonAt(report, "/tables/expenditure/total/total"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Blind round 56 t02 itself: its table is read and the planted 2240204 合计 is its one Error (FA0501).</summary>
    [Fact]
    public void RoundFiftySixT02_PlantedCellIsTheOneError()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blind-pages-56", "t02.txt"));
        var (report, diagnostics) = ReadDocument(text);
        Assert.Equal(["FA0501"], RuleIds(diagnostics, Severity.Error));
        Assert.Equal("6000.28", JsonAt(report, GeneralBudget + "total/total"));
    }
}
