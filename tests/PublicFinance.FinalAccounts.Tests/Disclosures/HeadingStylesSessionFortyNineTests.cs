using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 49 (headings49): a 说明 whose headings are numbered "1." (with "1.1" below), "第一部分" or "（一）" at the top and
/// never "一、" is read as the same 说明 numbered "一、"/"（一）": the levels are inferred from the document
/// (<c>HeadingNumbering</c>). Every text is invented.
/// </summary>
public class HeadingStylesSessionFortyNineTests
{
    /// <summary>An invented 说明 whose top-level headings are run into their text; <c>{n}</c> marks a top-level number.</summary>
    private const string RunInHeadings =
        "某县档案馆2023年度部门决算说明\n"
        + "{1}部门基本情况\n本馆负责全县档案的收集、保管和利用。\n"
        + "{2}收入支出决算总体情况 2023年度收入总计860.00万元，支出总计860.00万元。\n"
        + "{3}收入决算情况 本年收入合计820.00万元，其中：财政拨款收入800.00万元，占97.56%；其他收入20.00万元，占2.44%。\n"
        + "{4}支出决算情况 本年支出合计820.00万元，其中：基本支出500.00万元，占60.98%；项目支出320.00万元，占39.02%。\n";

    /// <summary>An invented 说明 with a short overview heading (收支情况) and bracketed sub-headings under it.</summary>
    private const string ShortHeadings =
        "某镇农业服务中心2022年度部门决算说明\n"
        + "{1}部门概况\n本中心负责全镇农业技术推广。\n"
        + "{2}收支情况\n本年收入合计450.00万元，本年支出合计450.00万元。\n"
        + "（一）收入情况\n本年收入合计450.00万元，其中：财政拨款收入430.00万元，其他收入20.00万元。\n"
        + "（二）支出情况\n本年支出合计450.00万元，其中：基本支出300.00万元，项目支出150.00万元。\n"
        + "{3}“三公”经费支出情况\n2022年度“三公”经费财政拨款支出5.00万元，其中：公务接待费1.00万元，公务用车运行维护费4.00万元。\n";

    /// <summary>The top-level styles a text may number its headings in.</summary>
    public enum Style
    {
        /// <summary>一、</summary>
        Comma,

        /// <summary>1.</summary>
        Arabic,

        /// <summary>第一部分</summary>
        Part,
    }

    /// <summary><paramref name="text"/> with each <c>{n}</c> written as top-level number n in <paramref name="style"/>.</summary>
    private static string Numbered(string text, Style style)
    {
        for (var n = 1; n <= 9; n++)
        {
            var numeral = "一二三四五六七八九"[n - 1];
            var mark = style switch
            {
                Style.Comma => numeral + "、",
                Style.Arabic => n + ".",
                _ => "第" + numeral + "部分 ",
            };
            text = text.Replace("{" + n + "}", mark, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Every claim as "pointer=value", sorted.</summary>
    private static string[] Claims(string text)
        => [.. Read(text).Read.Claims.Select(c => c.Pointer + "=" + c.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// "3.收入决算情况 本年收入合计…" run into its text enters the income as "三、收入决算情况 …" does: 本年收入合计 is the income's
    /// total, 本年支出合计 the expenditure's (before session 49: both the overview's, the headings not seen).
    /// </summary>
    [Fact]
    public void ArabicHeadingsRunIntoTheirText_EnterTheirSections()
    {
        var (read, diagnostics) = Read(Numbered(RunInHeadings, Style.Arabic));

        Assert.Equal("820.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("820.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal(Claims(Numbered(RunInHeadings, Style.Comma)), Claims(Numbered(RunInHeadings, Style.Arabic)));
    }

    /// <summary>"第二部分 收支情况" is the overview's short heading as "二、收支情况" is.</summary>
    [Fact]
    public void PartHeadings_ReadAsTheTopLevel()
    {
        var (read, _) = Read(Numbered(ShortHeadings, Style.Part));

        Assert.Equal("450.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal(Claims(Numbered(ShortHeadings, Style.Comma)), Claims(Numbered(ShortHeadings, Style.Part)));
    }

    /// <summary>
    /// The rewritten mark keeps the spans on the original text: "3." and "三、" are both two characters, so every claim of the
    /// Arabic copy is at the line and column of the same claim in the "一、" copy.
    /// </summary>
    [Fact]
    public void RewrittenMark_KeepsSpansOnTheOriginalText()
    {
        static string[] Spans(string text)
            => [.. Read(text).Read.Claims.Select(c => c.Pointer + "@" + c.Span).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(Spans(Numbered(RunInHeadings, Style.Comma)), Spans(Numbered(RunInHeadings, Style.Arabic)));
    }

    /// <summary>
    /// Which style is the top level: the first with two section titles, in a text with no "一、" heading (the text as the reader
    /// sees it: normalised, half-width brackets).
    /// </summary>
    [Theory]
    [InlineData("1.部门概况\n2.收入决算情况\n（一）财政拨款收入\n", "Arabic")]
    [InlineData("(一)部门概况\n(二)收入决算情况\n1.财政拨款收入情况\n", "Bracket")]
    [InlineData("第一部分 部门概况\n（一）主要职能\n第二部分 收入决算情况\n", "Part")]
    [InlineData("1.部门概况\n1.1 主要职能\n2.支出决算情况\n2.1 基本支出决算情况\n", "Arabic")]
    public void Infer_FindsTheTopLevel(string headings, string top)
    {
        var numbering = HeadingNumbering.Infer("某局2023年度部门决算说明\n" + headings, NarrativeReader.NamesSection);

        Assert.NotNull(numbering);
        Assert.Equal(Enum.Parse<HeadingStyle>(top), numbering.Top);
    }

    /// <summary>
    /// Near misses, read as written: a text with any "一、" heading (its "1." items stay items), a text with one section title
    /// only, and "1." items that name no section.
    /// </summary>
    [Theory]
    [InlineData("一、部门概况\n1.收入决算情况\n2.支出决算情况\n")]
    [InlineData("一、收支情况\n（一）收入决算情况\n（二）支出决算情况\n")]
    [InlineData("1.收入决算情况\n本年收入合计10.00万元。\n")]
    [InlineData("1.办公费2.00万元\n2.印刷费1.00万元\n")]
    public void Infer_ReadsAsWritten(string headings)
    {
        Assert.Null(HeadingNumbering.Infer("某局2023年度部门决算说明\n" + headings, NarrativeReader.NamesSection));
    }

    /// <summary>
    /// Invariant: a generated 说明 (income, expenditure and 三公 with random amounts) read with its top-level headings numbered
    /// "一、", "1." or "第一部分" — on lines of their own or run into their text — gives the same claims and the same Errors.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property HeadingStyle_DoesNotChangeTheReading()
    {
        var gen =
            from appropriation in Gen.Choose(1_000, 900_000)
            from other in Gen.Choose(0, 90_000)
            from basicPart in Gen.Choose(10, 90)
            from threePublic in Gen.Choose(100, 9_000)
            from runIn in Gen.Elements(true, false)
            from style in Gen.Elements(Style.Arabic, Style.Part)
            select (appropriation, other, basicPart, threePublic, runIn, style);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = Generated(t.appropriation, t.other, t.basicPart, t.threePublic, t.runIn);
            var written = Numbered(text, Style.Comma);
            var styled = Numbered(text, t.style);
            var (comma, commaErrors) = (Claims(written), Errors(Read(written).Diagnostics));
            var (other, otherErrors) = (Claims(styled), Errors(Read(styled).Diagnostics));
            return (comma.SequenceEqual(other) && commaErrors.SequenceEqual(otherErrors))
                .Label(string.Join("; ", comma.Except(other)) + " | " + string.Join("; ", other.Except(comma)) + "\n" + styled);
        });
    }

    /// <summary>A generated 说明 in hundredths of 万元, its top-level numbers as <c>{n}</c>.</summary>
    private static string Generated(int appropriation, int other, int basicPart, int threePublic, bool runIn)
    {
        static string M(long cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var income = (long)appropriation + other;
        var basic = income * basicPart / 100;
        var gap = runIn ? " " : "\n";
        return "某县文化馆2023年度部门决算说明\n{1}部门基本情况\n本馆负责全县群众文化活动。\n"
            + "{2}收入决算情况" + gap + "本年收入合计" + M(income) + "万元，其中：财政拨款收入" + M(appropriation) + "万元，其他收入"
            + M(other) + "万元。\n"
            + "{3}支出决算情况" + gap + "本年支出合计" + M(income) + "万元，其中：基本支出" + M(basic) + "万元，项目支出"
            + M(income - basic) + "万元。\n"
            + "{4}“三公”经费财政拨款支出决算情况说明" + gap + "2023年度“三公”经费财政拨款支出" + M(threePublic) + "万元。\n";
    }

    // ---- published tables in full-width digits (session 48's branch, finished here) -------------------------------------

    /// <summary>An invented 说明 with a pipe 收入支出决算总表 whose amounts are <paramref name="amounts"/> (three of them).</summary>
    private static string TableDocument(string title, params string[] amounts) =>
        "某镇文化服务站2024年度部门决算说明\n一、部门基本情况\n本站负责全镇群众文化活动。\n二、收入支出决算总体情况\n"
        + "2024年度收入总计90.00万元，支出总计90.00万元。\n" + title + "\n单位：万元\n"
        + "| 项目 | 金额 | 项目 | 金额 |\n| --- | --- | --- | --- |\n"
        + "| 一、一般公共预算财政拨款收入 | " + amounts[0] + " | 一、文化旅游体育与传媒支出 | " + amounts[2] + " |\n"
        + "| 四、其他收入 | " + amounts[1] + " | | |\n"
        + "| 本年收入合计 | " + amounts[2] + " | 本年支出合计 | " + amounts[2] + " |\n"
        + "| 总计 | " + amounts[2] + " | 总计 | " + amounts[2] + " |\n";

    /// <summary>The 总表's pointers this test reads.</summary>
    private static readonly string[] TablePointers =
        ["income/generalBudgetAppropriation", "income/otherIncome", "income/currentYearTotal", "expenditure/currentYearTotal"];

    /// <summary>Each table pointer of a .txt document (说明 and pasted tables) as "pointer=value@span".</summary>
    private static string[] TableFigures(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return [.. TablePointers.Select(p => "/tables/summary/" + p).Select(p => p + "=" + JsonAt(disclosure.Report, p) + "@"
            + (disclosure.Sources.TryGetSpan(p, out var span) ? span.ToString() : "-"))];
    }

    /// <summary>
    /// A 总表 in full-width digits and a Traditional title reads the same cells at the same spans as its half-width, Simplified
    /// copy (the table lines are normalised character for character: every column stays, so spans are on the original text).
    /// </summary>
    [Fact]
    public void FullWidthTraditionalTable_SameFiguresAtTheSameSpans()
    {
        var half = TableFigures(TableDocument("收入支出决算总表", "86.40", "3.60", "90.00"));
        var full = TableFigures(TableDocument("收入支出決算總表", "８６．４０", "３．６０", "９０．００"));

        Assert.StartsWith("/tables/summary/income/generalBudgetAppropriation=86.40@", half[0], StringComparison.Ordinal);
        Assert.Equal(half, full);
    }
}
