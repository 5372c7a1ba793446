using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (meta47): layout invariance — what a PDF or web copy changes in a 说明 without changing its meaning must not
/// change what is read. Two causes found by a metamorphic harness over the test data and fixed: (1) a sentence of two years
/// ("2022年为A，2023年为B") was analysed on the text's lines, so a line break inside it lost the report year's value to the
/// prior year's; (2) a numbered heading with its text run on, cut to 40 characters or fewer by a line break, was a heading and
/// the rest of its sentence a paragraph of its own. Invented texts with asserted values, near misses, and the metamorphic
/// property over generated texts: re-wrapping the lines (never inside a number), CRLF line ends, blank lines and full-width
/// digits and punctuation leave every figure where it was.
/// </summary>
public class MetamorphicSessionFortySevenTests
{
    private const string Expenditure = "/narrative/expenditure/";

    private const string YearsTitle = "某县文化馆2023年度部门决算说明\n四、支出决算情况\n";

    private const string YearsSentence = "基本支出2022年为900.10万元，2023年为1000.40万元，占2023年本年支出合计的40.00%；"
        + "项目支出2022年为1400.20万元，2023年为1500.60万元，占60.00%。\n";

    // ---- 1. a sentence of two years broken over lines ------------------------------------------------------------------

    /// <summary>The sentence on one line: each part's figure is the report year's value (the baseline of the theory below).</summary>
    [Fact]
    public void YearPairs_OnOneLine_ReadTheReportYearsValues()
    {
        var (read, diagnostics) = Read(YearsTitle + YearsSentence);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("1000.40", JsonAt(read.Report, Expenditure + "basic/amount"));
        Assert.Equal("1500.60", JsonAt(read.Report, Expenditure + "project/amount"));
        Assert.Equal("60.00", JsonAt(read.Report, Expenditure + "project/share"));
    }

    /// <summary>
    /// The same sentence with a PDF copy's line break in it (after a year, inside 本年, between 万 and 元, before the second
    /// part): the project's figure stays 2023's 1500.60, never 2022's 1400.20 (before session 47: a false FA1211 Error).
    /// </summary>
    [Theory]
    [InlineData("占2023年\n本年支出合计")]
    [InlineData("占2023年本\n年支出合计")]
    [InlineData("2023年为1000.40万\n元")]
    [InlineData("；\n项目支出")]
    [InlineData("项目支出2022年为1400.20万元，\n2023年为1500.60万元")]
    public void YearPairs_BrokenOverLines_StillReadTheReportYearsValues(string broken)
    {
        var whole = broken.Replace("\n", string.Empty, StringComparison.Ordinal);
        Assert.Contains(whole, YearsSentence, StringComparison.Ordinal);

        var (read, diagnostics) = Read(YearsTitle + YearsSentence.Replace(whole, broken, StringComparison.Ordinal));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("1000.40", JsonAt(read.Report, Expenditure + "basic/amount"));
        Assert.Equal("1500.60", JsonAt(read.Report, Expenditure + "project/amount"));
        Assert.Equal("60.00", JsonAt(read.Report, Expenditure + "project/share"));
    }

    /// <summary>
    /// Near miss: a sentence that names only the prior year's value ("项目支出2022年为1400.20万元", then a sentence end) is not
    /// the report year's figure, on one line or broken over two.
    /// </summary>
    [Theory]
    [InlineData("项目支出2022年为1400.20万元。\n")]
    [InlineData("项目支出2022年\n为1400.20万元。\n")]
    public void PriorYearValueAlone_IsNotTheFigure(string sentence)
    {
        var (read, _) = Read(YearsTitle + sentence);

        Assert.Null(JsonAt(read.Report, Expenditure + "project/amount"));
    }

    // ---- 2. a heading with its text, wrapped ----------------------------------------------------------------------------

    private const string AssetsTitle = "某乡人民政府2020年度部门决算说明\n";

    /// <summary>
    /// "十、国有资产占用情况说明 截至…，其中一" / "般公务用车1辆、应急保障用车2辆。": the heading and its text cut by a line break to 40
    /// characters are one paragraph; the vehicles are 3, of them 1 and 2 (before: 1 of 2, a false FA4201 Error).
    /// </summary>
    [Fact]
    public void HeadingWithItsText_WrappedShort_ContinuesOnTheNextLine()
    {
        var (read, diagnostics) = Read(AssetsTitle + "十、国有资产占用情况说明 截至2020年12月31日，本部门共有车辆3辆，其中一\n"
            + "般公务用车1辆、应急保障用车2辆。\n十一、名词解释\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("3", JsonAt(read.Report, "/narrative/assets/vehicles/count"));
        Assert.Equal("1", JsonAt(read.Report, "/narrative/assets/vehicles/categories/0/count"));
        Assert.Equal("2", JsonAt(read.Report, "/narrative/assets/vehicles/categories/1/count"));
    }

    /// <summary>
    /// Near miss: a heading line with a year but no clause mark after it ("十、国有资产占用情况说明 2020年") stays a heading: the
    /// next line is a paragraph of its own and reads as it did.
    /// </summary>
    [Fact]
    public void HeadingWithAYearOnly_StaysAHeading()
    {
        var (read, diagnostics) = Read(AssetsTitle + "十、国有资产占用情况说明 2020年\n"
            + "截至2020年12月31日，本部门共有车辆3辆，其中一般公务用车1辆、应急保障用车2辆。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("3", JsonAt(read.Report, "/narrative/assets/vehicles/count"));
        Assert.Equal("2", JsonAt(read.Report, "/narrative/assets/vehicles/categories/1/count"));
    }

    private const string ItemsTitle = "某县教育局2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n";

    private const string ItemOne = "（一）教育支出（类）普通教育（款）[20502] 预算数2400.00万元，决算数2356.80万元，预算执行率98.20%。"
        + "决算数小于预算数的主要原因是部分项目结余。\n";

    /// <summary>
    /// A coded item line cut between 万 and 元 ("（二）…[21301] 预算数860.00万" / "元，决算数…") within 40 characters: one item,
    /// read as on one line (before: a heading, its 决算数 given to the item before it — a false FA2205 Error).
    /// </summary>
    [Theory]
    [InlineData("（二）农林水支出（类）农业农村（款）[21301] 预算数860.00万元，决算数845.20万元，预算执行率98.28%。"
        + "决算数小于预算数的主要原因是项目结余。\n")]
    [InlineData("（二）农林水支出（类）农业农村（款）[21301] 预算数860.00万\n元，决算数845.20万元，预算执行率98.28%。决算数小于预算数的主要原\n"
        + "因是项目结余。\n")]
    public void CodedItem_CutBeforeItsYuan_IsOneItem(string second)
    {
        var (read, diagnostics) = Read(ItemsTitle + ItemOne + second);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("2356.80", JsonAt(read.Report, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("845.20", JsonAt(read.Report, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("860.00", JsonAt(read.Report, "/narrative/generalBudget/items/1/budget/budgetAmount"));
    }

    // ---- 3. the metamorphic property -------------------------------------------------------------------------------------

    /// <summary>The pointers whose values the property compares.</summary>
    private static readonly string[] Pointers =
    [
        "/narrative/overall/incomeGrandTotal/amount", "/narrative/income/total/amount",
        "/narrative/income/fiscalAppropriation/amount", "/narrative/income/fiscalAppropriation/share",
        "/narrative/income/otherIncome/amount", Expenditure + "total/amount", Expenditure + "basic/amount",
        Expenditure + "project/amount", Expenditure + "project/share", "/narrative/assets/vehicles/count",
        "/narrative/assets/vehicles/categories/0/count", "/narrative/assets/vehicles/categories/1/count",
    ];

    /// <summary>An invented 说明 whose figures are exact (cents), one paragraph a line.</summary>
    private static string Text(int fiscalCents, int otherCents, int priorBasicCents, int basicCents, int priorProjectCents,
        int vehicles)
    {
        static string M(long cents) => (cents / 100m).ToString("F2", CultureInfo.InvariantCulture);
        static string P(long part, long whole) => whole == 0 ? "0.00"
            : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);
        var income = fiscalCents + (long)otherCents;
        var project = income - basicCents;
        var general = vehicles / 2;
        return "某县文化馆2023年度部门决算说明\n"
            + "一、收入支出决算总体情况\n"
            + $"2023年度收入总计{M(income)}万元，支出总计{M(income)}万元。\n"
            + "二、收入决算情况\n"
            + $"本年收入合计{M(income)}万元，其中：财政拨款收入{M(fiscalCents)}万元，占{P(fiscalCents, income)}%；"
            + $"其他收入{M(otherCents)}万元。\n"
            + "三、支出决算情况\n"
            + $"本年支出合计{M(income)}万元。基本支出2022年为{M(priorBasicCents)}万元，2023年为{M(basicCents)}万元，"
            + $"占2023年本年支出合计的{P(basicCents, income)}%；项目支出2022年为{M(priorProjectCents)}万元，2023年为{M(project)}万元，"
            + $"占{P(project, income)}%。\n"
            + $"四、国有资产占用情况说明 截至2023年12月31日，本部门共有车辆{vehicles}辆，其中一般公务用车{general}辆、"
            + $"应急保障用车{vehicles - general}辆。\n"
            + "五、名词解释\n";
    }

    /// <summary>
    /// A PDF copy's line breaks: each line longer than <paramref name="width"/> is cut at or after it, never inside a number
    /// (digits, '.', '%'), never before a line-opening mark (a digit, a bracket, a numeral heading, 其中) or a sentence end.
    /// </summary>
    private static string Rewrap(string text, int width)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            while (line.Length - start > width)
            {
                var cut = start + width;
                while (cut < line.Length - 1 && !CanBreak(line, cut))
                {
                    cut++;
                }

                if (cut >= line.Length - 1)
                {
                    break;
                }

                sb.Append(line, start, cut - start).Append('\n');
                start = cut;
            }

            sb.Append(line, start, line.Length - start).Append('\n');
        }

        return sb.ToString(0, sb.Length - 1);
    }

    private static bool CanBreak(string line, int at)
    {
        static bool Figure(char c) => char.IsAsciiDigit(c) || c is '.' or '%' or ',';
        var before = line[at - 1];
        var after = line[at];
        return !Figure(before) && !Figure(after) && after is not ('。' or '，' or '；' or '、' or '（' or '(' or '：')
            && "一二三四五六七八九十".IndexOf(after) < 0 && !line.AsSpan(at).StartsWith("其中", StringComparison.Ordinal);
    }

    /// <summary>Full-width digits, '.', '%', ':' and brackets (a copy set in full width).</summary>
    private static string FullWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '0' and <= '9' or '.' or '%' or ':' or '(' or ')' ? (char)(c + 0xFEE0) : c);
        }

        return sb.ToString();
    }

    private static string[] Figures(string text)
    {
        var (read, _) = Read(text);
        return [.. Pointers.Select(p => p + "=" + JsonAt(read.Report, p))];
    }

    private static string[] Errors(string text) => Of(Read(text).Diagnostics, Severity.Error);

    /// <summary>
    /// Property: re-wrapping a generated 说明 at any width from 14 to 60 characters, with CRLF line ends, doubled blank lines
    /// or full-width digits, reads every figure to the same pointer and value, and adds or removes no Error.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Layout_DoesNotChangeTheReading()
    {
        var gen =
            from fiscal in Gen.Choose(10_000, 50_000_000)
            from other in Gen.Choose(0, 5_000_000)
            from basicPart in Gen.Choose(10, 90)
            from priorBasic in Gen.Choose(10_000, 30_000_000)
            from priorProject in Gen.Choose(10_000, 30_000_000)
            from vehicles in Gen.Choose(2, 12)
            from width in Gen.Choose(14, 60)
            from crlf in Gen.Elements(true, false)
            from blank in Gen.Elements(true, false)
            from fullWidth in Gen.Elements(true, false)
            select (fiscal, other, basicPart, priorBasic, priorProject, vehicles, width, crlf, blank, fullWidth);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var income = t.fiscal + (long)t.other;
            var basic = (int)(income * t.basicPart / 100);
            var text = Text(t.fiscal, t.other, t.priorBasic, basic, t.priorProject, t.vehicles);
            var changed = Rewrap(text, t.width);
            changed = t.blank ? changed.Replace("\n", "\n\n", StringComparison.Ordinal) : changed;
            changed = t.fullWidth ? FullWidth(changed) : changed;
            changed = t.crlf ? changed.Replace("\n", "\r\n", StringComparison.Ordinal) : changed;
            var before = Figures(text);
            var after = Figures(changed);
            return (before.SequenceEqual(after) && Errors(text).SequenceEqual(Errors(changed)))
                .Label(string.Join("; ", before.Zip(after).Where(p => p.First != p.Second).Select(p => p.First + " -> " + p.Second))
                    + "\n" + changed);
        });
    }
}
