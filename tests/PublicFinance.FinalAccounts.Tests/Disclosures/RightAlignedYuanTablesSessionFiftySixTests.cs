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
/// Session 56 (units56, blind round 51 t04's family, our own invented 林业局 texts): a 一般公共预算财政拨款支出决算表 under
/// <c>单位：元</c> beside 万元 prose, aligned by spaces, its names (<c>合计</c>, <c>基本支出</c>, <c>项目支出</c>) set flush
/// left and its whole-元 amounts with thousands separators set flush right, each name ending before the widest amount
/// under it begins; blank cells for zero and 类/款/项 names indented with ideographic spaces. At the base (d39961e0) each
/// name and its amounts were two columns, one without a header, so the table was not read (run the base CLI's
/// <c>check</c> on <see cref="Text"/>'s output: "read 2 figures", no table cell), and these facts fail there.
/// </summary>
public sealed class RightAlignedYuanTablesSessionFiftySixTests
{
    private const string GeneralBudget = "/tables/generalBudgetExpenditure/";

    /// <summary>The rows: code, name (indented as printed), and for a 项 its basic and project amounts in 元.</summary>
    private static readonly (string Code, string Name)[] Rows =
    [
        ("", "合计"), ("213", "农林水支出"), ("21302", "\u3000林业和草原"), ("2130201", "\u3000\u3000行政运行"),
        ("2130205", "\u3000\u3000森林资源培育"), ("2130234", "\u3000\u3000林业草原防灾减灾"), ("208", "社会保障和就业支出"),
        ("20805", "\u3000行政事业单位养老支出"), ("2080505", "\u3000\u3000机关事业单位基本养老保险缴费支出"),
    ];

    private static readonly long[] Basic = [2_846_300, 0, 93_400, 318_600];

    private static readonly long[] Project = [0, 1_528_700, 612_500, 0];

    private static readonly string[] Items = ["2130201", "2130205", "2130234", "2080505"];

    /// <summary>Width of an amount column: the amount set flush right in <c>Width − 3</c>, three spaces after it.</summary>
    private const int Width = 16;

    /// <summary>
    /// The text: the prose in 万元 (the table's totals, two decimals), then the table in 元. <paramref name="cellShift"/>
    /// moves one row's amounts one place right (a ragged column); <paramref name="wrongTotal"/> replaces the first 项's
    /// 合计 cell.
    /// </summary>
    internal static string Text(long[] basic, long[] project, bool cellShift = false, long? wrongTotal = null, bool title = true)
    {
        (long B, long P) Sum(string code)
        {
            var (b, p) = (0L, 0L);
            for (var i = 0; i < Items.Length; i++)
            {
                if (Items[i].StartsWith(code, StringComparison.Ordinal))
                {
                    (b, p) = (b + basic[i], p + project[i]);
                }
            }

            return (b, p);
        }

        static string Cell(long yuan) => yuan == 0 ? string.Empty : yuan.ToString("#,0", CultureInfo.InvariantCulture);
        var (allBasic, allProject) = Sum(string.Empty);
        var sb = new StringBuilder("某县林业局2019年度部门决算说明\n一、一般公共预算财政拨款支出决算情况说明\n")
            .Append("2019年度一般公共预算财政拨款支出").Append(Wan(allBasic + allProject)).Append("万元，其中：基本支出")
            .Append(Wan(allBasic)).Append("万元，项目支出").Append(Wan(allProject)).Append("万元。\n")
            .Append(title ? "一般公共预算财政拨款支出决算表\n" : string.Empty).Append("单位：元\n")
            .Append("科目编码    科目名称".PadRight(40)).Append("合计".PadRight(Width)).Append("基本支出".PadRight(Width))
            .Append("项目支出\n");
        foreach (var (code, name) in Rows)
        {
            var (b, p) = Sum(code);
            var total = code == Items[0] && wrongTotal is { } w ? w : b + p;
            var line = new StringBuilder((code.PadRight(12) + name).PadRight(cellShift && code == "2130234" ? 41 : 40));
            foreach (var yuan in new[] { total, b, p })
            {
                line.Append(Cell(yuan).PadLeft(Width - 3)).Append("   ");
            }

            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return sb.Append("二、“三公”经费支出决算情况说明\n2019年度“三公”经费财政拨款支出3.20万元。\n").ToString();
    }

    /// <summary>元 to 万元 as the prose writes it: two decimals, rounded half away from zero.</summary>
    private static string Wan(long yuan)
        => Math.Round(yuan / 10_000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    /// <summary>The table is read in its own unit (元, converted exactly to the report's 万元); the prose agrees; no Error.</summary>
    [Fact]
    public void RightAlignedYuanTable_IsRead_AndAgreesWithTheProse()
    {
        var (report, diagnostics) = ReadDocument(Text(Basic, Project));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("yuan", JsonAt(report, GeneralBudget + "unit"));
        Assert.Equal("539.9500", JsonAt(report, GeneralBudget + "total/total"));
        Assert.Equal("214.1200", JsonAt(report, GeneralBudget + "total/project"));
        Assert.Equal("2130234", JsonAt(report, GeneralBudget + "rows/4/code"));
        Assert.Equal("70.5900", JsonAt(report, GeneralBudget + "rows/4/total"));
        Assert.Equal("9.3400", JsonAt(report, GeneralBudget + "rows/4/basic"));
    }

    /// <summary>
    /// Session 60: the table read as the section's coded classes and items (under its title inside the section, or with no
    /// title): a 类 row's amount is in the table's 元, converted — 5,080,900 元 is 508.09 万元, never 5,080,900 万元 (a false
    /// FA1205 and FA1105 before). The rows with blank cells do not line up, so the classes listed (213 only) fall short of
    /// the total and are noted, not placed.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ClassRows_AreInTheTablesUnit(bool title)
    {
        var (report, diagnostics) = ReadDocument(Text(Basic, Project, title: title));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(report, "/narrative/generalBudget/classes"));
        Assert.Contains(diagnostics, d => d.RuleId == "FA8005" && d.MessageEn.Contains("508.0900", StringComparison.Ordinal));
    }

    /// <summary>A 项's 合计 cell off its basic and project cells (two digits swapped) is one FA0501 Error.</summary>
    [Fact]
    public void WrongCell_IsOneTableError()
    {
        var (_, diagnostics) = ReadDocument(Text(Basic, Project, wrongTotal: 2_864_300));
        Assert.Equal(["FA0501"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A ragged column (one row's amounts a place to the right, so they no longer end at one position) is not joined to its
    /// name: the table stays unread, as at the base — no column is guessed, and no Error.
    /// </summary>
    [Fact]
    public void RaggedAmounts_AreNotJoinedToTheName()
    {
        var (report, diagnostics) = ReadDocument(Text(Basic, Project, cellShift: true));
        Assert.Null(JsonAt(report, GeneralBudget + "total/total"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Property: whatever the 项 amounts (whole 元, some blank), the table is read, its 合计 is the 元 sum converted exactly,
    /// and the prose's rounded 万元 figures raise no Error against it.
    /// </summary>
    [Property(MaxTest = 10)]
    public Property AnyAmounts_AreReadExactly()
    {
        var amount = Gen.OneOf(Gen.Constant(0), Gen.Choose(1_000, 9_999_999));
        var gen = from b in amount.ArrayOf(4) from p in amount.ArrayOf(4) select (b, p);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var basic = t.b.Select(x => (long)x).ToArray();
            var project = t.p.Select(x => (long)x).ToArray();
            for (var i = 0; i < basic.Length; i++)
            {
                basic[i] = basic[i] + project[i] == 0 ? 5_000 : basic[i];   // a row of blanks only is no 项 row
            }

            var (report, diagnostics) = ReadDocument(Text(basic, project));
            var total = (basic.Sum() + project.Sum()) / 10_000m;
            return (JsonAt(report, GeneralBudget + "total/total") == total.ToString("0.0000", CultureInfo.InvariantCulture)
                && Errors(diagnostics).Length == 0).Label(string.Join(",", Errors(diagnostics)));
        });
    }
}
