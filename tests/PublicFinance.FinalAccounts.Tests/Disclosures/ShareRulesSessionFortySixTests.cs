using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (shares46, rules spec 5.6): FA2011 checks the shares of 人员经费 and 公用经费 in the basic expenditure they are
/// parts of — the 一般公共预算财政拨款基本支出's parts (<c>basicExpenditure/personnel|public/share</c> over
/// <c>basicExpenditure/total</c>) and the all-funds 基本支出's parts (<c>expenditure/basicPersonnel|basicPublic/share</c> over
/// <c>expenditure/basic</c>). The reader placed these shares (N.PairedShares, N.BracketedShares) but no rule checked them.
/// Invented texts; a difference is an Error, one unit in the last place an Info (spec 5.7, session 47), a share naming another
/// base no finding.
/// </summary>
public class ShareRulesSessionFortySixTests
{
    private const string BasicSection = "某县林业局2024年度部门决算说明\n六、一般公共预算财政拨款基本支出决算情况说明\n"
        + "2024年度一般公共预算财政拨款基本支出1936.74万元，其中：人员经费1650.28万元，公用经费286.46万元，";

    private const string ExpenditureSection = "某县林业局2024年度部门决算说明\n三、支出决算情况说明\n";

    /// <summary>
    /// "人员经费和公用经费分别占一般公共预算财政拨款基本支出的 a% 和 b%": right (85.21 / 14.79), nothing; the second one unit off
    /// (14.80 for 14.7908…), FA2011's rounding-sized Info; far off (24.79), FA2011's Error (spec 5.7, session 47).
    /// </summary>
    [Theory]
    [InlineData("14.79", null)]
    [InlineData("14.80", Severity.Info)]
    [InlineData("24.79", Severity.Error)]
    public void ThePairedBasicPartShares_AreChecked(string publicShare, Severity? finding)
    {
        var (read, diagnostics) = Read(BasicSection + "人员经费和公用经费分别占一般公共预算财政拨款基本支出的85.21%和" + publicShare + "%。\n");
        Assert.Equal("85.21", JsonAt(read, "/narrative/basicExpenditure/personnel/share"));
        Assert.Equal(publicShare, JsonAt(read, "/narrative/basicExpenditure/public/share"));
        var found = diagnostics.Where(d => d.RuleId == "FA2011").ToList();
        Assert.Equal(finding, found.Select(d => (Severity?)d.Severity).FirstOrDefault());
        Assert.All(found, d => Assert.Contains("/narrative/basicExpenditure/public/share", d.Pointers));
    }

    /// <summary>
    /// The all-funds 基本支出's parts with their shares in a bracket ("（人员经费 1548.00 万元，占 86%；公用经费 252.00 万元，占
    /// 14%）"): right, nothing; the 公用经费 share written 24%, FA2011's Error.
    /// </summary>
    [Theory]
    [InlineData("14", null)]
    [InlineData("24", Severity.Error)]
    public void TheAllFundsBasicPartShares_AreChecked(string publicShare, Severity? finding)
    {
        var (read, diagnostics) = Read(ExpenditureSection + "2024年度本年支出合计2350.00万元，其中：基本支出1800.00万元（人员经费1548.00万元，"
            + "占86%；公用经费252.00万元，占" + publicShare + "%），占76.60%；项目支出550.00万元，占23.40%。\n");
        Assert.Equal("86", JsonAt(read, "/narrative/expenditure/basicPersonnel/share"));
        Assert.Equal(publicShare, JsonAt(read, "/narrative/expenditure/basicPublic/share"));
        Assert.Equal(finding, diagnostics.Where(d => d.RuleId == "FA2011").Select(d => (Severity?)d.Severity).FirstOrDefault());
    }

    /// <summary>
    /// Near misses: a share naming another base (占本年支出合计的…) is not placed, so FA2011 has nothing to check; parts without
    /// shares make FA2011 not applicable (no finding).
    /// </summary>
    [Theory]
    [InlineData("（人员经费1548.00万元，占本年支出合计的65.87%；公用经费252.00万元）")]
    [InlineData("（人员经费1548.00万元；公用经费252.00万元）")]
    public void AShareOfAnotherBaseOrNone_IsNoFinding(string bracket)
    {
        var (read, diagnostics) = Read(ExpenditureSection + "2024年度本年支出合计2350.00万元，其中：基本支出1800.00万元" + bracket
            + "，占76.60%；项目支出550.00万元，占23.40%。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel/share"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2011");
    }

    /// <summary>Any personnel part of a basic expenditure, both shares rounded to two decimals, passes FA2011.</summary>
    [Property(MaxTest = 60)]
    public bool AnyRoundedShare_Passes(uint total, ushort part)
    {
        var t = (int)(total % 10000000) + 1;
        var p = (int)((long)t * (part % 1001) / 1000);
        return Finding(Basic(t, p, Rounded(p, t, 0m), Rounded(t - p, t, 0m))) is null;
    }

    /// <summary>
    /// A share off its rounded value by k hundredths (|k| ≥ 2, beyond the rounding of 2-decimal figures; a base of at least
    /// 10000.00, so the amounts' rounding moves the quotient by far less) fails, as an Error (spec 5.7).
    /// </summary>
    [Property(MaxTest = 60)]
    public bool AnyShareOffBeyondRounding_Fails(uint total, ushort part, short offset)
    {
        var t = (int)(total % 10000000) + 1000000;
        var p = (int)((long)t * (part % 1001) / 1000);
        var k = offset % 500;
        var off = (k is >= 0 and < 2 ? k + 2 : k is < 0 and > -2 ? k - 2 : k) / 100m;
        var personnel = Rounded(p, t, off);
        return personnel < 0 || Finding(Basic(t, p, personnel, Rounded(t - p, t, 0m))) == Severity.Error;
    }

    private static decimal Rounded(int part, int total, decimal offset)
        => Math.Round(part * 100m / total, 2, MidpointRounding.AwayFromZero) + offset;

    private static Severity? Finding(FinalAccountsReport report) => Validator.Default.Validate(report).Diagnostics
        .Where(d => d.RuleId == "FA2011").Select(d => (Severity?)d.Severity).FirstOrDefault();

    /// <summary>A 一般公共预算 基本支出 of <paramref name="total"/> cents with its two parts and their shares.</summary>
    private static FinalAccountsReport Basic(int total, int personnel, decimal personnelShare, decimal publicShare) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            BasicExpenditure = new BasicExpenditureStatement
            {
                Total = new StatedFigure { Amount = Cents(total) },
                Personnel = new StatedFigure { Amount = Cents(personnel), Share = Share(personnelShare) },
                Public = new StatedFigure { Amount = Cents(total - personnel), Share = Share(publicShare) },
            },
        },
    };

    private static Percent Share(decimal value) => Percent.Parse(value.ToString("0.00", Inv));

    private static Amount Cents(int cents) => Amount.Parse((cents / 100m).ToString("0.00", Inv));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
