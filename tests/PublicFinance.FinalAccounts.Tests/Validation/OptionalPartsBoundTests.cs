using System.Globalization;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Optional parts that were not stated (sessions 37–38, issue 8; spec §4.8a, which parts): the grand totals' 使用非财政拨款结余
/// and 结余分配 can only be ≥ 0, so in FA1201 and FA1210 (Errors) a sum with one of them unstated fails only when no
/// non-negative value of it makes the sum hold within rounding; FA1212, a Warning, still reads them as none. A property
/// over random stated and unstated parts, and examples on invented texts and reports.
/// </summary>
public class OptionalPartsBoundTests
{
    /// <summary>The frame of an invented overview paragraph (FA1201: the grand total and its parts in one section).</summary>
    private const string Frame = "某县文化馆2023年度部门决算说明\n\n一、收入支出决算总体情况说明\n2023年度收入总计600.00万元，其中";

    /// <summary>The head of an invented disclosure up to its overview heading (FA1210, FA1212: totals in other sections).</summary>
    private const string Overview = "某县文化馆2023年度部门决算说明\n一、收入支出决算总体情况说明\n";

    /// <summary>
    /// FA1201's expenditure side (支出总计 = 本年支出 + 结余分配 + 年末结转和结余) with 结余分配 stated or not, the total moved
    /// by an offset and written with 0–2 decimals: an Error only when no 结余分配 ≥ 0 makes the sum hold within rounding. The
    /// oracle is §2's intervals in the default mode: each part (two decimals) ±0.005, the total ±half its last place; the
    /// sum holds when the intervals meet (touching counts). Edge cases the generator reaches: an offset of 0 (the sum
    /// exact), a total rounded to the unit or the tenth (its interval wide enough to meet a sum off by up to 0.5 or 0.05,
    /// or touching it exactly), zero parts (年末 or 结余分配 0.00: a stated 0 is equality), a total rounded to 0, and
    /// negative offsets never below −sum.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property GrandTotalBalances_FailOnlyWhenNoNonNegativeCompletionHolds(
        PositiveInt expenditure, NonNegativeInt closing, bool distributionStated, NonNegativeInt distribution, int offset,
        NonNegativeInt totalDecimals)
    {
        var parts = new Dictionary<string, decimal>
        {
            ["currentYearExpenditure"] = Cents(expenditure.Get), ["closingCarryOver"] = Cents(closing.Get % 10_000_000),
        };
        if (distributionStated)
        {
            parts["balanceDistribution"] = Cents(distribution.Get % 10_000_000);
        }

        var sum = parts.Values.Sum();
        var decimals = totalDecimals.Get % 3;
        var total = Math.Round(sum + Offset(offset, sum), decimals, MidpointRounding.AwayFromZero);
        var (half, spread) = (0.5m / Pow10(decimals), parts.Count * 0.005m);
        var below = total + half < sum - spread;
        var above = sum + spread < total - half;
        var expected = below || (distributionStated && above);
        var written = total.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var errors = ErrorsOf(Json("{\"overall\":{\"expenditureGrandTotal\":{\"amount\":\"" + written + "\"}," + Members(parts) + "}}"));
        return (errors.SequenceEqual(expected ? ["FA1201"] : Array.Empty<string>()))
            .Label($"errors [{string.Join(",", errors)}] total {written} parts {string.Join(",", parts)}");
    }

    /// <summary>
    /// FA1212's closing balance (年末 = 年初 + 本年收入 + 使用非财政拨款结余 − 本年支出 − 结余分配) with neither grand total
    /// stated: the rule is a Warning and still reads an unstated balance as none (session 38, spec §4.8a): 35.00 or 25.00
    /// against 30.00 is the Warning whichever balance is stated, and 30.00 passes. (Bounded, both balances unstated would
    /// explain any gap — and lose the planted error of generalisation text 12, its 年末结转和结余 150.00 too high.)
    /// </summary>
    [Theory]
    [InlineData(true, false, "35.00", true)]
    [InlineData(true, false, "25.00", true)]
    [InlineData(false, true, "25.00", true)]
    [InlineData(false, true, "35.00", true)]
    [InlineData(true, true, "25.00", true)]
    [InlineData(true, true, "35.00", true)]
    [InlineData(false, false, "35.00", true)]
    [InlineData(true, true, "30.00", false)]
    public void ClosingBalance_UnstatedBalances_CountAsNone(bool useUnstated, bool distributionUnstated, string closing, bool fails)
    {
        // 年初 20.00 + 本年收入 100.00 − 本年支出 90.00 = 30.00, the stated balances 0.
        var overall = "\"currentYearIncome\":{\"amount\":\"100.00\"},\"openingCarryOver\":{\"amount\":\"20.00\"},"
            + "\"currentYearExpenditure\":{\"amount\":\"90.00\"},\"closingCarryOver\":{\"amount\":\"" + closing + "\"}"
            + (useUnstated ? string.Empty : ",\"useOfNonAppropriationBalance\":{\"amount\":\"0.00\"}")
            + (distributionUnstated ? string.Empty : ",\"balanceDistribution\":{\"amount\":\"0.00\"}");
        var result = Validator.Default.Validate(FinalAccountsJson.Deserialize(Json("{\"overall\":{" + overall + "}}")));

        var findings = result.Diagnostics.Where(x => x.RuleId == "FA1212" && x.Severity is Severity.Error or Severity.Warning).ToArray();
        Assert.Equal(fails ? 1 : 0, findings.Length);
    }

    /// <summary>
    /// Invented overview texts: 收入总计 600.00 with 本年收入 500.00 and 年初结转和结余 90.00 and no 使用非财政拨款结余 — the 10.00
    /// may be that balance, no FA1201 Error; the balance stated as 0 (使用非财政拨款结余0万元) makes it the breakdown, and
    /// 600.00 ≠ 590.00 is the Error; 年初结转和结余 110.00 puts the stated parts at 610.00, above the total whatever the
    /// unstated balance is: the Error.
    /// </summary>
    [Theory]
    [InlineData("本年收入500.00万元，年初结转和结余90.00万元。", false)]
    [InlineData("本年收入500.00万元，使用非财政拨款结余0万元，年初结转和结余90.00万元。", true)]
    [InlineData("本年收入500.00万元，年初结转和结余110.00万元。", true)]
    public void UnstatedBalance_IsNotNone_TheRestIsALowerBound(string parts, bool fails)
    {
        var (read, diagnostics) = Read(Frame + parts + "\n");

        Assert.Equal("600.00", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal(fails ? ["FA1201"] : [], RuleIds(diagnostics, Severity.Error).Where(r => r == "FA1201").ToArray());
    }

    /// <summary>
    /// FA1210 on invented texts: the overview states 收入总计 600.00 and 年初结转和结余 but no 本年收入合计, the income section
    /// 本年收入合计 500.00. 90.00 leaves the parts 10.00 short — an unstated 使用非财政拨款结余 may be it: no Error; 110.00 puts
    /// them at 610.00, above the total whatever the balance is: the Error; the balance stated as 0 makes 590.00 the whole
    /// breakdown and the 10.00 gap the Error. Written as 无 (无使用…, …无) the reader does not yet read it as 0 (spec §4.8a):
    /// unstated, no Error — the precise side.
    /// </summary>
    [Theory]
    [InlineData("其中年初结转和结余90.00万元。", false)]
    [InlineData("其中年初结转和结余110.00万元。", true)]
    [InlineData("其中使用非财政拨款结余0万元，年初结转和结余90.00万元。", true)]
    [InlineData("其中年初结转和结余90.00万元，无使用非财政拨款结余。", false)]
    [InlineData("其中使用非财政拨款结余无，年初结转和结余90.00万元。", false)]
    public void SectionTotal_UnstatedBalance_IsALowerBound(string parts, bool fails)
    {
        var (read, diagnostics) = Read(Overview + "2023年度收入总计600.00万元，" + parts
            + "\n二、收入决算情况说明\n2023年度本年收入合计500.00万元。\n");

        Assert.Equal("500.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal(fails ? ["FA1210"] : [], RuleIds(diagnostics, Severity.Error).Where(r => r == "FA1210").ToArray());
    }

    /// <summary>
    /// FA1212 (a Warning) on invented texts with only 收入总计 stated: 收入总计 600.00 = 本年支出合计 500.00 (the expenditure
    /// section's) + 结余分配 + 年末结转和结余. The rule reads an unstated 结余分配 as none (session 38): 年末 90.00 leaves 10.00,
    /// the Warning (a reviewer looks: it may be 结余分配); 年末 110.00 exceeds the total: the Warning; 结余分配 stated as 0
    /// with 年末 90.00: the Warning; 年末 100.00: none. Never an Error.
    /// </summary>
    [Theory]
    [InlineData("年末结转和结余90.00万元。", true)]
    [InlineData("年末结转和结余100.00万元。", false)]
    [InlineData("年末结转和结余110.00万元。", true)]
    [InlineData("结余分配0万元，年末结转和结余90.00万元。", true)]
    public void OneGrandTotal_UnstatedDistribution_CountsAsNone_AWarning(string parts, bool warns)
    {
        var (read, diagnostics) = Read(Overview + "2023年度收入总计600.00万元。" + parts
            + "\n三、支出决算情况说明\n2023年度本年支出合计500.00万元。\n");

        Assert.Null(JsonAt(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Equal(warns ? ["FA1212"] : [], RuleIds(diagnostics, Severity.Warning).Where(r => r == "FA1212").ToArray());
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>The offset of a total from its stated parts: 0, or ±0.05 to ±1000.04 (never below −<paramref name="sum"/>).</summary>
    private static decimal Offset(int offset, decimal sum)
    {
        if (offset % 5 == 0)
        {
            return 0m;
        }

        var d = Cents(4 + (Math.Abs(offset % 100_000) + 1));
        return offset < 0 && sum - d >= 0m ? -d : d;
    }

    /// <summary>10 to the power <paramref name="n"/>, exactly.</summary>
    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    /// <summary>An amount in 万元 with two decimals: <paramref name="cents"/> hundredths.</summary>
    private static decimal Cents(int cents) => decimal.Round(cents / 100m, 2) + 0.00m;

    private static string Amount(decimal value) => "{\"amount\":\"" + value.ToString("0.00", CultureInfo.InvariantCulture) + "\"}";

    private static string Members(Dictionary<string, decimal> parts) =>
        string.Join(",", parts.Select(p => "\"" + p.Key + "\":" + Amount(p.Value)));

    /// <summary>A report of the narrative <paramref name="narrative"/> (a JSON object).</summary>
    private static string Json(string narrative) =>
        "{\"schemaVersion\":\"1.0\",\"entity\":{\"name\":\"性质测试单位\",\"fiscalYear\":2024},\"unit\":\"wanYuan\",\"narrative\":"
        + narrative + "}";

    /// <summary>The rule ids of the Errors of validating <paramref name="json"/>.</summary>
    private static string[] ErrorsOf(string json) =>
        [.. Validator.Default.Validate(FinalAccountsJson.Deserialize(json)).Diagnostics
            .Where(d => d.Severity == Severity.Error).Select(d => d.RuleId)];
}
