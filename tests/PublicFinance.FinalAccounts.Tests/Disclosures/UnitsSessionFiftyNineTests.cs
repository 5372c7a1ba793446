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
/// Session 59 (units59, blind round 55 t06's family, our own invented 高职院校 texts): prose in 万元 and a 收入决算表 /
/// 支出决算表 in 千元 with one decimal, the unit in the title's parentheses (<c>支出决算表（单位：千元）</c>), on a line under it
/// (<c>单位：千元</c>) or as <c>金额单位：千元</c>; space-aligned by display width, thousands separators, blank cells. At the base
/// (5a929dee) the caption's 千元 was read as 元 (any 元 not 万元 or 亿元 was), so the 支出决算表 was scaled a thousand times too
/// small and four FA1103 Errors were false; and the 收入决算表 was not read at all — two header names set one space apart
/// (<c>经营收入 附属单位上缴</c>) were one cell over two columns, and a row whose name is longer than the name column
/// (<c>2080505 机关事业单位基本养老保险缴费支出</c>) pushed its amounts off the columns.
/// </summary>
public sealed class UnitsSessionFiftyNineTests
{
    private const string Expenditure = "/tables/expenditure/";

    private const string Income = "/tables/income/";

    /// <summary>The display width of a text as it is set (a CJK character two columns), for the tables' padding.</summary>
    private static int DisplayWidth(string s)
    {
        var w = 0;
        foreach (var ch in s)
        {
            w += ch > '\u2E7F' ? 2 : 1;
        }

        return w;
    }

    /// <summary>The name padded to <paramref name="width"/> display columns (at least one space after it).</summary>
    private static string Left(string s, int width) => s + new string(' ', Math.Max(1, width - DisplayWidth(s)));

    /// <summary>The cell set flush right in <paramref name="width"/> display columns (at least one space before it).</summary>
    private static string Right(string s, int width) => new string(' ', Math.Max(1, width - DisplayWidth(s))) + s;

    /// <summary>Tenths of a 千元 as the table prints them: one decimal, thousands separators; blank for 0.</summary>
    private static string Qian(long tenths)
        => tenths == 0 ? string.Empty : (tenths / 10m).ToString("#,0.0", CultureInfo.InvariantCulture);

    /// <summary>Tenths of a 千元 as the prose prints them in 万元: two decimals (exact: a 千元 is a tenth of a 万元).</summary>
    private static string Wan(long tenths) => (tenths / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// A 单位决算 with the 支出 prose in 万元 and a 支出决算表 in 千元 under <paramref name="caption"/> (its title line and any
    /// unit line), its 合计 row of <paramref name="basic"/> + <paramref name="project"/> (tenths of a 千元);
    /// <paramref name="statedTotal"/> replaces the prose's total.
    /// </summary>
    internal static string ExpenditureText(string caption, long basic, long project, string? statedTotal = null)
    {
        var sb = new StringBuilder("某职业技术学院2022年度单位决算\n\n第二部分 2022年度单位决算情况说明\n一、支出决算情况说明\n")
            .Append("2022年度本年支出合计").Append(statedTotal ?? Wan(basic + project)).Append("万元。其中：基本支出")
            .Append(Wan(basic)).Append("万元；项目支出").Append(Wan(project)).Append("万元。\n\n")
            .Append(caption).Append('\n')
            .Append(Left("项目", 26)).Append(Right("本年支出合计", 14)).Append(Right("基本支出", 14)).Append(Right("项目支出", 14)).Append('\n')
            .Append(Left("合计", 26)).Append(Right(Qian(basic + project), 14)).Append(Right(Qian(basic), 14))
            .Append(Right(Qian(project), 14)).Append("\n\n");
        return sb.Append("二、其他重要事项的情况说明\n本单位无其他重要事项。\n").ToString();
    }

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics, PublishedDisclosure Disclosure) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)],
            disclosure);
    }

    /// <summary>The captions that put a table in 千元: in the title's parentheses, on the line under it, as 金额单位.</summary>
    public static TheoryData<string> ThousandYuanCaptions() => new()
    {
        "支出决算表（单位：千元）",
        "支出决算表\n单位：千元",
        "支出决算表（金额单位：千元）",
        "支出决算表\n金额单位：仟元",
    };

    /// <summary>
    /// Round 55 t06's table: 350,747.6 千元 is 35,074.76 万元 exactly, so the prose's four figures agree with the 合计 row — no
    /// Error (at the base: four FA1103, "声明 35074.76，各项合计 35.07476").
    /// </summary>
    [Theory]
    [MemberData(nameof(ThousandYuanCaptions))]
    public void ThousandYuanTable_IsReadInThousands_AndAgreesWithTheProse(string caption)
    {
        var (report, diagnostics, _) = ReadDocument(ExpenditureText(caption, 2_184_316, 1_263_526));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("qianYuan", JsonAt(report, Expenditure + "unit"));
        Assert.Equal("支出决算表", JsonAt(report, Expenditure + "title"));
        Assert.Equal("34478.42", JsonAt(report, Expenditure + "total/total"));
        Assert.Equal("21843.16", JsonAt(report, Expenditure + "total/basic"));
        Assert.Equal("12635.26", JsonAt(report, Expenditure + "total/project"));
    }

    /// <summary>A prose total 10 万元 off the table's 合计 (100.0 千元) is still one FA1103, now in the right scale.</summary>
    [Fact]
    public void ProseOffTheThousandYuanTable_IsOneErrorInTheRightScale()
    {
        var (_, diagnostics, _) = ReadDocument(ExpenditureText("支出决算表（单位：千元）", 2_184_316, 1_263_526, statedTotal: "34488.42"));
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("FA1103", error.RuleId);
        Assert.Contains("34488.42", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("34478.42", error.MessageZh, StringComparison.Ordinal);
    }

    /// <summary>
    /// A unit the model has none for (百万元, 十万元): the table is not read (a note names the unit), so no figure of it is
    /// compared in a guessed scale — no Error, whatever the prose says.
    /// </summary>
    [Theory]
    [InlineData("支出决算表（单位：百万元）", "百万元")]
    [InlineData("支出决算表\n单位：十万元", "十万元")]
    public void UncertainUnit_LeavesTheTableUnread_WithoutAnError(string caption, string unit)
    {
        var (report, diagnostics, disclosure) = ReadDocument(ExpenditureText(caption, 2_184_316, 1_263_526));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(report, Expenditure + "total/total"));
        Assert.Contains(disclosure.Notes, n => n.MessageZh.Contains(unit, StringComparison.Ordinal));
    }

    /// <summary>A table whose caption says 元 or 万元 is still read in that unit (the 元 table's 合计 as 元, converted).</summary>
    [Theory]
    [InlineData("支出决算表（单位：元）", "yuan", "34.47842")]
    [InlineData("支出决算表（单位：万元）", "wanYuan", "344784.2")]
    public void OtherUnits_AreReadAsBefore(string caption, string unit, string total)
    {
        var (report, _, _) = ReadDocument(ExpenditureText(caption, 2_184_316, 1_263_526));
        Assert.Equal(unit, JsonAt(report, Expenditure + "unit"));
        Assert.Equal(total, JsonAt(report, Expenditure + "total/total"));
    }

    /// <summary>
    /// Property: whatever the 千元 cells (one decimal), the table's figures are exactly a tenth of them in 万元 — the prose's
    /// figures written with two decimals — and no Error is raised.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property AnyThousandYuanCell_IsExactlyATenthInTenThousands()
    {
        var gen = from b in Gen.Choose(1, 9_999_999) from p in Gen.Choose(1, 9_999_999) select ((long)b, (long)p);
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (basic, project) = pair;
            var (report, diagnostics, _) = ReadDocument(ExpenditureText("支出决算表（单位：千元）", basic, project));
            return (Errors(diagnostics).Length == 0
                && JsonAt(report, Expenditure + "total/total") == Wan(basic + project)
                && JsonAt(report, Expenditure + "total/basic") == Wan(basic)
                && JsonAt(report, Expenditure + "total/project") == Wan(project)).Label(string.Join(",", Errors(diagnostics)));
        });
    }

    /// <summary>The 收入决算表's rows: a name (code and 项) and its cells in tenths of a 千元, 0 blank.</summary>
    private static readonly (string Name, long[] Cells)[] IncomeRows =
    [
        ("2050305 高等职业教育", [1_791_240, 86_000, 1_395_410, 0, 0, 28_051]),
        ("2080505 机关事业单位基本养老保险缴费支出", [32_932, 0, 0, 0, 0, 0]),
        ("2210201 住房公积金", [18_463, 0, 33_352, 0, 0, 0]),
        ("2050399 其他职业教育支出", [0, 0, 0, 64_218, 12_540, 4_012]),
    ];

    /// <summary>
    /// Round 55 t06's 收入决算表 as its generator sets it: the name column 26 wide, amounts flush right in 14 and 12, the
    /// names 经营收入 and 附属单位上缴 one space apart, the long 2080505 name pushing its row 15 columns right.
    /// <paramref name="dropLongRowTotal"/> leaves that row's 本年收入合计 cell blank.
    /// </summary>
    internal static string IncomeText(bool dropLongRowTotal = false)
    {
        int[] widths = [26, 14, 14, 14, 12, 12, 12, 12];
        string[] header = ["项目", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴", "其他收入"];
        var totals = new long[6];
        foreach (var (_, cells) in IncomeRows)
        {
            for (var j = 0; j < 6; j++)
            {
                totals[j] += cells[j];
            }
        }

        string Row(string name, long[] cells, bool dropTotal)
        {
            var line = new StringBuilder(Left(name, widths[0])).Append(Right(dropTotal ? string.Empty : Qian(cells.Sum()), widths[1]));
            for (var j = 0; j < cells.Length; j++)
            {
                line.Append(cells[j] == 0 ? new string(' ', widths[j + 2]) : Right(Qian(cells[j]), widths[j + 2]));
            }

            return line.ToString().TrimEnd();
        }

        var sb = new StringBuilder("某职业技术学院2022年度单位决算\n\n第二部分 2022年度单位决算情况说明\n一、收入决算情况说明\n")
            .Append("2022年度本年收入合计").Append(Wan(totals.Sum())).Append("万元。其中：财政拨款收入").Append(Wan(totals[0]))
            .Append("万元；上级补助收入").Append(Wan(totals[1])).Append("万元；事业收入").Append(Wan(totals[2]))
            .Append("万元；经营收入").Append(Wan(totals[3])).Append("万元；附属单位上缴收入").Append(Wan(totals[4]))
            .Append("万元；其他收入").Append(Wan(totals[5])).Append("万元。\n\n收入决算表（单位：千元）\n");
        for (var j = 0; j < header.Length; j++)
        {
            sb.Append(j == 0 ? Left(header[j], widths[0]) : Right(header[j], widths[j]));
        }

        sb.Append('\n').Append(Row("合计", totals, false)).Append('\n');
        foreach (var (name, cells) in IncomeRows)
        {
            sb.Append(Row(name, cells, dropLongRowTotal && name.StartsWith("2080505", StringComparison.Ordinal))).Append('\n');
        }

        return sb.Append("\n二、其他重要事项的情况说明\n本单位无其他重要事项。\n").ToString();
    }

    /// <summary>
    /// The 收入决算表 is read: the 合计 row and every code row in 千元 converted exactly (the long name's row moved back onto
    /// the columns, 经营收入 and 附属单位上缴 two columns), the blanks zero at the converted precision; no Error.
    /// </summary>
    [Fact]
    public void IncomeTable_WithOneSpaceNamesAndALongName_IsRead()
    {
        var (report, diagnostics, _) = ReadDocument(IncomeText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("qianYuan", JsonAt(report, Income + "unit"));
        Assert.Equal("34662.18", JsonAt(report, Income + "total/total"));
        Assert.Equal("642.18", JsonAt(report, Income + "total/businessIncome"));
        Assert.Equal("125.40", JsonAt(report, Income + "total/affiliatedRemittance"));
        Assert.Equal("2050305", JsonAt(report, Income + "rows/0/code"));
        Assert.Equal("33007.01", JsonAt(report, Income + "rows/0/total"));
        Assert.Equal("0.00", JsonAt(report, Income + "rows/0/businessIncome"));
        Assert.Equal("2080505", JsonAt(report, Income + "rows/1/code"));
        Assert.Equal("329.32", JsonAt(report, Income + "rows/1/total"));
        Assert.Equal("329.32", JsonAt(report, Income + "rows/1/fiscalAppropriation"));
        Assert.Equal("0.00", JsonAt(report, Income + "rows/1/superiorSubsidy"));
        Assert.Equal("40.12", JsonAt(report, Income + "rows/3/otherIncome"));
    }

    /// <summary>
    /// The long name's row without its 本年收入合计 cell: its one amount could end under more than one column, so the row is
    /// not moved and the table stays unread, as at the base — no column is guessed, and no Error.
    /// </summary>
    [Fact]
    public void LongNameRowWithoutItsTotal_IsNotMoved()
    {
        var (report, diagnostics, _) = ReadDocument(IncomeText(dropLongRowTotal: true));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(report, Income + "total/total"));
    }

    /// <summary>Round 55 t06 itself: no Error; both tables read in 千元, their totals the prose's 万元 figures.</summary>
    [Fact]
    public void RoundFiftyFiveT06_HasNoErrorAndBothTables()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blind-pages-55", "t06.txt"));
        var (report, diagnostics, _) = ReadDocument(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("35074.76", JsonAt(report, Expenditure + "total/total"));
        Assert.Equal("596.34", JsonAt(report, Expenditure + "total/business"));
        Assert.Equal("34662.18", JsonAt(report, Income + "total/total"));
        Assert.Equal("807.70", JsonAt(report, Income + "rows/3/total"));
    }
}
