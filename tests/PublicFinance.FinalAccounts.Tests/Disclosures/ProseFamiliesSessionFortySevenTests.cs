using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (narr47, prose families of blind rounds 38–43 still missed): a 类 on a line of its own that the paragraph joined
/// to the line before, whose tail (a purpose, 主要用于…) is not the 类's name (NarrativeReader.JoinedClassLines.cs); and a bare
/// carry-over whose label opens with one fund's name ("一般公共预算财政拨款上年结转…，本年支出…，结转下年…"), with the run's later
/// bare 结转下年 (NarrativeReader.FundNamedCarryOvers.cs). Invented texts, none copied from a blind round; negatives: the same
/// words on one line (no joined break), a 类 name broken across lines, an item name at a line's start, two funds in one label,
/// a use of the carry-over (动用…), another period before the fund, a sentence that names a 结余 beside the 结转.
/// </summary>
public class ProseFamiliesSessionFortySevenTests
{
    private const string GeneralHead = "某镇人民政府2023年度部门决算说明\n（五）一般公共预算财政拨款支出决算情况说明\n";

    private const string AppropriationHead = "某县卫生健康局2023年度部门决算说明\n（四）财政拨款收入支出决算总体情况说明\n";

    private const string Classes = "/narrative/generalBudget/classes";

    private const string GeneralBudgetOpening = "/narrative/appropriation/generalBudgetOpeningCarryOver/amount";

    private const string GeneralBudgetClosing = "/narrative/appropriation/generalBudgetClosingCarryOver/amount";

    /// <summary>
    /// Three 类 one per line, each with its purpose and no sentence end: each is read with its code and amount, they add up to
    /// the total (no partial-list note), and nothing is an Error.
    /// </summary>
    [Fact]
    public void ClassesOnJoinedLines_AreEachRead()
    {
        var (read, diagnostics) = Read(GeneralHead + "2023年度一般公共预算财政拨款支出1000.00万元，比上年增加88.49万元，增长9.71%。其中：\n"
            + "一般公共服务支出600.00万元，主要用于机关运转及党建工作\n"
            + "农林水支出300.00万元，主要用于防汛抗旱、农村综合改革\n"
            + "城乡社区支出100.00万元，主要用于集镇环境卫生整治\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(["201 600.00", "213 300.00", "212 100.00"], ClassesRead(read));
        Assert.Equal("农林水支出", JsonAt(read, Classes + "/1/name"));
        Assert.Equal("城乡社区支出", JsonAt(read, Classes + "/2/name"));
        Assert.False(Noted(read, "the text lists only some of them"));
    }

    /// <summary>
    /// Near misses: the purpose and the next 类 on one line with no break between (no joined line: the label is not read as
    /// the 类), a 类 name broken across two lines (its part after the break names no 类), and an item name (行政运行) at a
    /// line's start: none is read as a 类, and none is an Error.
    /// </summary>
    [Theory]
    [InlineData("一般公共服务支出600.00万元，主要用于机关运转农林水支出400.00万元\n")]
    [InlineData("一般公共服务支出600.00万元，主要用于机关运转\n社会保障和\n就业支出400.00万元\n")]
    [InlineData("一般公共服务支出600.00万元，主要用于机关运转\n行政运行400.00万元\n")]
    public void NoLineOfItsOwn_IsNoClass(string lines)
    {
        var (read, diagnostics) = Read(GeneralHead + "2023年度一般公共预算财政拨款支出1000.00万元。其中：\n" + lines);
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(ClassesRead(read), c => c.EndsWith(" 400.00", StringComparison.Ordinal));
    }

    /// <summary>
    /// Any split of a total among three 类 written one per line with their purposes: each 类 is read at its amount, and no
    /// Error is raised.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnySplitOnJoinedLines_IsReadWhole(ushort first, ushort second, ushort third)
    {
        var (a, b, c) = (first % 90000 + 100, second % 90000 + 100, third % 90000 + 100);
        var (read, diagnostics) = Read(GeneralHead + "2023年度一般公共预算财政拨款支出" + Money(a + b + c) + "万元。其中：\n"
            + "教育支出" + Money(a) + "万元，主要用于学校运转\n"
            + "卫生健康支出" + Money(b) + "万元，主要用于公共卫生服务、疫情防控\n"
            + "住房保障支出" + Money(c) + "万元，主要用于住房公积金\n");
        return Errors(diagnostics).Length == 0
            && ClassesRead(read).SequenceEqual(["205 " + Money(a), "210 " + Money(b), "221 " + Money(c)]);
    }

    /// <summary>
    /// "一般公共预算财政拨款上年结转 A 万元，本年支出 B 万元，结转下年 C 万元；政府性基金…无结转下年": A and C are the 一般公共预算's
    /// carry-overs (the second by the run's head), FA1215 holds, and nothing is an Error.
    /// </summary>
    [Fact]
    public void AFundNamedCarryOverAndItsRun_AreTheFunds()
    {
        var (read, diagnostics) = Read(AppropriationHead
            + "财政拨款收入1140.00万元，其中一般公共预算财政拨款920.00万元，政府性基金预算财政拨款220.00万元。"
            + "一般公共预算财政拨款上年结转120.00万元，本年支出980.00万元，结转下年60.00万元；政府性基金预算财政拨款当年全部支出，无结转下年。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("120.00", At(read, GeneralBudgetOpening));
        Assert.Equal("60.00", At(read, GeneralBudgetClosing));
        Assert.Equal("980.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(At(read, "/narrative/appropriation/openingCarryOver/amount"));
        Assert.Null(At(read, "/narrative/appropriation/closingCarryOver/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1215" && d.Severity != Severity.Info);
    }

    /// <summary>The other funds' named carry-overs ("政府性基金预算财政拨款上年结转…", "国有资本经营预算结转下年…") go to their statements.</summary>
    [Theory]
    [InlineData("政府性基金预算财政拨款上年结转30.00万元，本年收入220.00万元，本年支出250.00万元。", "governmentFund/openingCarryOver", "30.00")]
    [InlineData("国有资本经营预算财政拨款本年支出180.00万元，国有资本经营预算结转下年20.00万元。", "stateCapital/closingCarryOver", "20.00")]
    public void AnotherFundsNamedCarryOver_IsThatFunds(string sentence, string field, string amount)
    {
        var (read, diagnostics) = Read(AppropriationHead + sentence + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(amount, At(read, "/narrative/" + field + "/amount"));
        Assert.Null(At(read, GeneralBudgetOpening));
        Assert.Null(At(read, GeneralBudgetClosing));
    }

    /// <summary>
    /// Near misses: a sum of two funds in one label, a use of the carry-over (动用…), another period before the fund (上年…), a
    /// sentence that names a 结余 beside the 结转: no fund's carry-over is read, and nothing is an Error.
    /// </summary>
    [Theory]
    [InlineData("一般公共预算和政府性基金预算财政拨款上年结转150.00万元。")]
    [InlineData("动用一般公共预算财政拨款上年结转150.00万元。")]
    [InlineData("上年一般公共预算财政拨款结转下年150.00万元。")]
    [InlineData("一般公共预算财政拨款上年结转150.00万元，结余20.00万元。")]
    public void NotOneFundsCarryOver_IsNotRead(string sentence)
    {
        var (read, diagnostics) = Read(AppropriationHead + sentence + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, GeneralBudgetOpening));
        Assert.Null(At(read, GeneralBudgetClosing));
        Assert.Null(At(read, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Null(At(read, "/narrative/appropriation/openingCarryOver/amount"));
    }

    /// <summary>
    /// Any consistent 一般公共预算 run written with a fund-named 上年结转 (年初 + 本年收入 − 本年支出 = 结转下年, to the cent): both
    /// carry-overs are read and no FA1215 above Info is raised.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnyConsistentNamedRun_IsReadAndPasses(ushort opening, ushort income, ushort spendShare)
    {
        var o = opening % 50000;
        var i = income % 60000 + 100;
        var e = (o + i) * (spendShare % 1001) / 1000;
        var c = o + i - e;
        var (read, diagnostics) = Read(AppropriationHead + "一般公共预算财政拨款收入" + Money(i) + "万元。"
            + "一般公共预算财政拨款上年结转" + Money(o) + "万元，本年支出" + Money(e) + "万元，结转下年" + Money(c) + "万元。\n");
        return (o == 0 || At(read, GeneralBudgetOpening) == Money(o)) && (c == 0 || At(read, GeneralBudgetClosing) == Money(c))
            && !diagnostics.Any(d => d.RuleId == "FA1215" && d.Severity != Severity.Info);
    }

    /// <summary>The 类 read, each as "code amount", in order.</summary>
    private static string[] ClassesRead(PublicFinance.FinalAccounts.Disclosures.DisclosureReadResult read)
        => [.. (read.Report.Narrative?.GeneralBudget?.Classes ?? []).Select(c => c.Code + " " + c.Amount)];

    /// <summary>An amount in cents written with two decimals.</summary>
    private static string Money(int cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
