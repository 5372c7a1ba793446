using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (ratio47, rules spec 5.7): a ratio's rounding-sized outcome — a stated percentage within one unit of its last
/// written place of the quotient of the amounts' intervals is an Info, beyond it the rule's severity (FA2011 an Error now,
/// like FA2001–FA2007) — and the shares of overview parts checked against the overview's 本年收入 / 本年支出 when the 收入 or
/// 支出 section states no total (FA2001 / FA2002 <c>denominatorFallback</c>); a part's share after a grand total is a note.
/// Invented texts and reports.
/// </summary>
public class ShareRulesSessionFortySevenTests
{
    private const string BasicSection = "某县档案馆2024年度部门决算说明\n六、一般公共预算财政拨款基本支出决算情况说明\n"
        + "2024年度一般公共预算财政拨款基本支出2418.36万元，其中：人员经费2037.36万元，公用经费381.00万元，";

    private const string Overview = "某县文化馆2024年度部门决算说明\n一、收入支出决算总体情况\n2024年度收入总计1520.40万元，支出总计1520.40万元。";

    /// <summary>
    /// 公用经费 381.00 / 2418.36 = 15.7545…%: 15.75 (nearest) nothing; 15.76 (rounded up, the pair adding up to 100.01) FA2011's
    /// rounding-sized Info; 15.77 and 15.74 (beyond one unit of the last place) FA2011's Error.
    /// </summary>
    [Theory]
    [InlineData("15.75", null)]
    [InlineData("15.76", Severity.Info)]
    [InlineData("15.77", Severity.Error)]
    [InlineData("15.74", Severity.Error)]
    public void AShareOneUnitOff_IsRoundingSized_AndBeyondIt_AnError(string publicShare, Severity? finding)
    {
        var (read, diagnostics) = Read(BasicSection + "人员经费和公用经费分别占一般公共预算财政拨款基本支出的84.25%和" + publicShare + "%。\n");
        Assert.Equal(publicShare, JsonAt(read, "/narrative/basicExpenditure/public/share"));
        var found = diagnostics.Where(d => d.RuleId == "FA2011").ToList();
        Assert.Equal(finding, found.Select(d => (Severity?)d.Severity).SingleOrDefault());
        if (finding == Severity.Info)
        {
            Assert.Contains("one unit of the last written place", found[0].MessageEn, StringComparison.Ordinal);
            Assert.Equal("/narrative/basicExpenditure/public/share", found[0].Pointers[0]);
        }
    }

    /// <summary>
    /// Only the overview states 本年收入合计 and 本年支出合计: the parts' shares after them are checked against them (FA2001,
    /// FA2002) — right, nothing; 财政拨款收入 written 83.75% for 93.75%, or 基本支出 62.18% for 72.18%, an Error naming the
    /// overview's total as the denominator.
    /// </summary>
    [Theory]
    [InlineData("93.75", "72.18", null, null)]
    [InlineData("83.75", "72.18", "FA2001", "/narrative/overall/currentYearIncome/amount")]
    [InlineData("93.75", "62.18", "FA2002", "/narrative/overall/currentYearExpenditure/amount")]
    public void OverviewPartShares_AreCheckedAgainstTheOverviewTotals(string incomeShare, string basicShare, string? rule, string? whole)
    {
        var (read, diagnostics) = Read(Overview + "本年收入合计1388.20万元，其中：财政拨款收入1301.45万元，占" + incomeShare
            + "%；其他收入86.75万元，占6.25%。本年支出合计1402.60万元，其中：基本支出1012.35万元，占" + basicShare
            + "%；项目支出390.25万元，占27.82%。\n");
        Assert.Equal(incomeShare, JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal(basicShare, JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Null(JsonAt(read, "/narrative/income/total/amount"));
        var errors = diagnostics.Where(d => d.RuleId is "FA2001" or "FA2002" && d.Severity is Severity.Error or Severity.Warning).ToList();
        if (rule is null)
        {
            Assert.Empty(errors);
            return;
        }

        var error = Assert.Single(errors);
        Assert.Equal((rule, Severity.Error, whole), (error.RuleId, error.Severity, error.Pointers[2]));
    }

    /// <summary>
    /// Near miss: parts listed after the grand total ("收入总计 1520.40 万元，其中：财政拨款收入 1301.45 万元，占 85.60%") have
    /// shares of the grand total — notes, not the parts' shares, so FA2001 has nothing to check against 本年收入 (before, the
    /// overview fallback would have said 85.60 ≠ 93.75). The same parts after 本年收入合计 keep their shares.
    /// </summary>
    [Fact]
    public void PartSharesAfterTheGrandTotal_AreNotes()
    {
        var (read, diagnostics) = Read("某县文化馆2024年度部门决算说明\n一、收入支出决算总体情况\n2024年度收入总计1520.40万元，其中："
            + "财政拨款收入1301.45万元，占85.60%；其他收入86.75万元，占5.71%；年初结转和结余132.20万元，占8.69%。本年收入合计1388.20万元。\n");
        Assert.Equal("1301.45", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/income/otherIncome/share"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageZh == DisclosureMessages.OverviewPartShareOfGrandTotal.Zh));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2001");
    }

    /// <summary>
    /// Any share of an income part rounded from exact amounts — to nearest, down or up, to two decimals — passes FA2001:
    /// nothing or an Info, never a Warning or an Error.
    /// </summary>
    [Property(MaxTest = 80)]
    public bool AShareRoundedAnyWay_PassesFA2001(uint total, ushort part, byte way)
    {
        var t = (long)(total % 100000000) + 1;
        var p = t * (part % 1001) / 1000;
        var exact = p * 100m / t;
        var share = (way % 3) switch
        {
            0 => Math.Round(exact, 2, MidpointRounding.AwayFromZero),
            1 => Math.Floor(exact * 100m) / 100m,
            _ => Math.Ceiling(exact * 100m) / 100m,
        };
        return Findings(Income(t, p, share)).All(s => s == Severity.Info);
    }

    /// <summary>
    /// A share off its rounded value by k hundredths (|k| ≥ 2: beyond one unit of the last place; a base of at least
    /// 10000.00, so the amounts' rounding moves the quotient by less than 0.0001) fails FA2001 as an Error.
    /// </summary>
    [Property(MaxTest = 80)]
    public bool AShareOffBeyondOneUnit_FailsFA2001(uint total, ushort part, short offset)
    {
        var t = (long)(total % 100000000) + 1000000;
        var p = t * (part % 1001) / 1000;
        var k = offset % 300;
        var off = (k is >= 0 and < 2 ? k + 2 : k is < 0 and > -2 ? k - 2 : k) / 100m;
        var share = Math.Round(p * 100m / t, 2, MidpointRounding.AwayFromZero) + off;
        return share < 0 || Findings(Income(t, p, share)).SequenceEqual([Severity.Error]);
    }

    private static List<Severity> Findings(FinalAccountsReport report) => Validator.Default.Validate(report).Diagnostics
        .Where(d => d.RuleId == "FA2001").Select(d => d.Severity).ToList();

    /// <summary>本年收入 of <paramref name="total"/> cents (stated in the overview only) with its 财政拨款收入 and that part's share.</summary>
    private static FinalAccountsReport Income(long total, long part, decimal share) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Overall = new OverallStatement { CurrentYearIncome = new StatedFigure { Amount = Cents(total) } },
            Income = new IncomeStatement
            {
                FiscalAppropriation = new StatedFigure { Amount = Cents(part), Share = Percent.Parse(share.ToString("0.00", Inv)) },
            },
        },
    };

    private static Amount Cents(long cents) => Amount.Parse((cents / 100m).ToString("0.00", Inv));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
