using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 49 (nopunct49): paragraphs and list entries that end without "。", the causes session 48 left. A list's first entry
/// "(1)…" under a title on a line of its own ("5.3 具体使用情况") starts a paragraph of its own, and each next entry follows the
/// open paragraph's last line (not only its first); a line that starts a new subject (a year, 本年, a fund's name) after a line
/// ending in an amount starts a new paragraph, and so do a title numbered on two levels and a part's labelled amount after
/// another one a line. Invented texts (never test data), near misses, and the property that a
/// generated list under a title reads the same claims and Errors with and without its entries' "。".
/// </summary>
public class NoFullStopSessionFortyNineTests
{
    private const string Appropriation = "/narrative/appropriation/";

    private static readonly string[] Names =
    [
        "一般公共服务支出（类）档案事务（款）行政运行（项）[2012601]",
        "一般公共服务支出（类）档案事务（款）档案馆（项）[2012604]",
        "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）[2080505]",
        "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）[2101101]",
        "住房保障支出（类）住房改革支出（款）住房公积金（项）[2210201]",
    ];

    /// <summary>An entry's figures (万元, in hundredths): 年初预算, 决算.</summary>
    private readonly record struct Entry(int Initial, int Final);

    private static string Money(long hundredths) => (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Rate(int final, int of) => Math.Round(final * 100m / of, 2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// A 说明 section whose 项 entries "(1)…" stand under a title line "5.3 具体使用情况" without a sentence end, each entry on
    /// a line of its own, ending with "。" when <paramref name="stop"/> (so does the statement before the title).
    /// </summary>
    private static string TitledList(IReadOnlyList<Entry> entries, bool stop)
    {
        var sb = new StringBuilder("某县档案馆2021年度部门决算说明\n五、财政拨款支出决算情况\n");
        sb.Append(CultureInfo.InvariantCulture, $"2021年度一般公共预算财政拨款支出{Money(entries.Sum(x => (long)x.Final))}万元，")
            .Append(stop ? "占本年支出的100.00%。\n" : "占本年支出的100.00%\n").Append("5.3 具体使用情况\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var x = entries[i];
            sb.Append(CultureInfo.InvariantCulture, $"（{i + 1}）{Names[i]}：年初预算{Money(x.Initial)}万元，")
                .Append(CultureInfo.InvariantCulture, $"支出决算{Money(x.Final)}万元，完成年初预算的{Rate(x.Final, x.Initial)}%")
                .Append(stop ? "。\n" : "\n");
        }

        return sb.Append("六、“三公”经费支出情况\n").ToString();
    }

    private static readonly Entry[] Three = [new(90000, 88000), new(50000, 52000), new(12000, 12000)];

    /// <summary>The figures claimed at an item of the 财政拨款 section (any index), in the order read.</summary>
    private static string[] ItemAmounts(DisclosureReadResult read)
        => [.. read.Claims.Where(c => c.Pointer.StartsWith(Appropriation + "items/", StringComparison.Ordinal)
            && c.Pointer.EndsWith("/amount", StringComparison.Ordinal)).Select(c => c.Value?.ToString() ?? string.Empty)];

    /// <summary>
    /// Entries "(1)…(3)" under a title "5.3 具体使用情况", each ending without "。" (before session 49: the title and the entries
    /// ran into one paragraph, the first entry's figures went to the section's budget comparison and the second's 决算 to the
    /// section's 本年支出 — false FA1208 and FA8003), and the same entries with "。" (before: the first entry still went to
    /// the section): each entry keeps its own 决算 and no Error is given.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EntriesUnderATitle_KeepTheirOwnFigures(bool stop)
    {
        var (read, diagnostics) = Read(TitledList(Three, stop));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal(["880.00", "520.00", "120.00"], ItemAmounts(read));
        Assert.Null(At(read, Appropriation + "budget/finalAmount"));
    }

    /// <summary>
    /// Coded items one a line without "。" after a lead-in ending in ":" ("行政运行（2010301）…" / "事业运行（2010350）…"): the
    /// second keeps its own name (before session 49 it was joined to the first's line, its name read as the first's reason
    /// and its own: a false FA5003 name Warning).
    /// </summary>
    [Fact]
    public void CodedItemsAfterALeadIn_KeepTheirNames()
    {
        var (read, diagnostics) = Read("某县文化馆2017年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n"
            + "2017年度一般公共预算财政拨款支出5210.40万元，主要用于以下方面：\n"
            + "行政运行（2010301）3410.55万元，主要用于机关在职人员工资福利和日常运转\n"
            + "事业运行（2010350）1799.85万元，主要用于所属事业单位人员经费和公用经费\n六、“三公”经费支出情况\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Empty(Of(diagnostics, Severity.Warning));
        Assert.Equal("事业运行", JsonAt(read.Report, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("1799.85", JsonAt(read.Report, "/narrative/generalBudget/items/1/amount"));
    }

    /// <summary>
    /// A 政府性基金 statement on the line after a line ending in an amount, neither with "。": the fund's 本年支出 is the fund's
    /// (before session 49 the two lines were one sentence and it went to the 财政拨款 total: a false FA1208).
    /// </summary>
    [Fact]
    public void FundStatementAfterAnAmount_IsANewStatement()
    {
        var (read, diagnostics) = Read("某县图书馆2020年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n"
            + "2020年度财政拨款收入1650.00万元（一般公共预算1500.00万元，政府性基金预算150.00万元）\n"
            + "政府性基金预算财政拨款年初结转20.00万元，本年收入150.00万元，本年支出160.00万元，年末结转10.00万元\n"
            + "五、一般公共预算财政拨款支出决算情况说明\n2020年度一般公共预算财政拨款支出1500.00万元。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("160.00", JsonAt(read.Report, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read.Report, Appropriation + "currentYearExpenditure/amount"));
    }

    /// <summary>
    /// Parts of the income one a line after "其中：", none ending with "；" or "。": the 经营收入's change stays the 经营收入's
    /// and the parts after it are read (before session 49 the lines ran together: the change went to the income total, a
    /// false FA2104, and 附属单位上缴收入 and 其他收入 were lost).
    /// </summary>
    [Fact]
    public void LabelledAmountsOneALine_KeepTheirOwnFigures()
    {
        var (read, diagnostics) = Read("某县水利站2022年度部门决算说明\n三、收入决算情况\n本年收入合计2600.00万元，其中：\n"
            + "财政拨款收入2000.00万元，占76.92%\n经营收入350.00万元，占13.46%，同比减少42.00万元，下降10.71%，主要是场地租赁收入减少\n"
            + "附属单位上缴收入200.00万元\n其他收入50.00万元\n四、支出决算情况\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("42.00", JsonAt(read.Report, "/narrative/income/businessIncome/change/amount"));
        Assert.Equal("200.00", JsonAt(read.Report, "/narrative/income/affiliatedRemittance/amount"));
        Assert.Equal("50.00", JsonAt(read.Report, "/narrative/income/otherIncome/amount"));
    }

    /// <summary>Whether the two lines (the first without a sentence end) are read as two paragraphs.</summary>
    private static bool Split(string first, string second)
    {
        var blocks = Paragraphs.Split(new SourceText(first + "\n" + second + "\n").Text);
        return blocks.Count(b => b.Kind is BlockKind.Prose or BlockKind.ListItem) == 2;
    }

    /// <summary>The levers split where a statement ended, and nowhere a sentence a page broke goes on.</summary>
    [Theory]
    [InlineData("本年收入合计1650.00万元", "本年支出合计1600.00万元，主要用于基本支出和项目支出两个方面的各项工作", true)]
    [InlineData("2020年度收入与上年持平", "2021年度收入预计比上年有所增加，主要是上级补助收入增加和事业收入增长两个方面", true)]
    [InlineData("本年收入合计1650.00万元，比", "2019年增加120.00万元，主要是上级补助收入增加和事业收入增长两个方面的原因", false)]
    [InlineData("本年收入合计1650.00万元，主要用于", "本年新增的档案数字化和馆舍维修两个项目以及日常运转等方面的各项支出", false)]
    [InlineData("5.3 具体使用情况", "（1）行政运行（项）：年初预算900.00万元，支出决算880.00万元", true)]
    [InlineData("5.3 具体使用情况", "（2）行政运行（项）：年初预算900.00万元，支出决算880.00万元", false)]
    [InlineData("2021年度财政拨款支出1520.00万元，主要用于", "（1）行政运行（项）：年初预算900.00万元，支出决算880.00万元", false)]
    [InlineData("一般公共预算财政拨款支出主要用于公共安全支出（类）4287.46万元，占86.51%", "5.3 具体使用情况", true)]
    [InlineData("一般公共预算财政拨款支出主要用于公共安全支出（类）4287.46万元，比上年增长", "5.3个百分点", false)]
    [InlineData("事业收入400.00万元，占15.38%，主要是技术服务收入", "经营收入150.00万元，占5.77%，主要是场地租赁收入", true)]
    [InlineData("事业收入400.00万元，占15.38%，主要是技术服务", "收入增加18.00万元，主要是新增水质检测服务项目等方面的原因", false)]
    [InlineData("本年收入合计1650.00万元\n", "本年支出合计1600.00万元，主要用于基本支出和项目支出两个方面的各项工作", false)]
    public void Levers_SplitOnlyWhereAStatementEnded(string first, string second, bool split)
        => Assert.Equal(split, Split(first, second));

    /// <summary>
    /// Property: a generated list of two to five 项 entries under a title line reads the same claims and the same Errors with
    /// and without the "。" at each entry's end, and gives no Error.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property EntriesUnderATitle_ReadTheSameWithoutFullStops()
    {
        var entry =
            from initial in Gen.Choose(1_000, 900_000)
            from finalPart in Gen.Choose(50, 120)
            select new Entry(initial, (int)((long)initial * finalPart / 100));
        var gen =
            from count in Gen.Choose(2, 5)
            from entries in Gen.ArrayOf(entry, count)
            select entries;
        return Prop.ForAll(gen.ToArbitrary(), entries =>
        {
            var (before, beforeDiagnostics) = Read(TitledList(entries, true));
            var (after, afterDiagnostics) = Read(TitledList(entries, false));
            var claimsBefore = before.Claims.Select(c => c.Pointer + "=" + c.Value).Order(StringComparer.Ordinal).ToArray();
            var claimsAfter = after.Claims.Select(c => c.Pointer + "=" + c.Value).Order(StringComparer.Ordinal).ToArray();
            var errorsAfter = Of(afterDiagnostics, Severity.Error);
            return (claimsBefore.SequenceEqual(claimsAfter) && errorsAfter.Length == 0 && Of(beforeDiagnostics, Severity.Error).Length == 0
                    && ItemAmounts(after).Length == entries.Length)
                .Label(string.Join("; ", errorsAfter) + " | " + string.Join("; ", claimsBefore.Except(claimsAfter)));
        });
    }
}
