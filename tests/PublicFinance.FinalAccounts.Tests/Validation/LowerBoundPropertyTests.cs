using System.Globalization;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The income sources as a lower bound (spec §4.8a, session 36), as properties over random totals and random sets of
/// stated sources: FA1202 (本年收入合计 with its sources) and FA1211 (the overview's total from them) report no Error when the
/// sources stated, without 其他收入 (the part that closes the list), add up to at most the total; stating every source
/// so that the sum misses the total by more than rounding is their Error.
/// </summary>
public class LowerBoundPropertyTests
{
    /// <summary>The optional sources before 其他收入, in the schema's order.</summary>
    private static readonly string[] Middle = ["superiorSubsidy", "serviceIncome", "businessIncome", "affiliatedRemittance"];

    /// <summary>
    /// Any set of the four middle sources stated beside 财政拨款收入, the total at or above their sum (by a gap of 0 to
    /// 9999.99): no FA1202 or FA1211 Error — the unstated sources (其他收入 among them) may be the gap.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property StatedSourcesAtMostTheTotal_NoError(PositiveInt fiscal, byte mask, int[] values, NonNegativeInt gap, bool overview)
    {
        var parts = new Dictionary<string, decimal> { ["fiscalAppropriation"] = Cents(fiscal.Get) };
        for (var i = 0; i < Middle.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                parts[Middle[i]] = Cents(At(values, i));
            }
        }

        var total = parts.Values.Sum() + Cents(gap.Get % 1_000_000);
        var errors = IncomeErrors(total, parts, overview);
        return (errors.Length == 0).Label(string.Join("; ", errors) + $" total {total} parts {string.Join(",", parts)}");
    }

    /// <summary>
    /// The same sources with every other one stated too (the list complete, the missing ones as random amounts), the total
    /// off their sum by 0.05 or more either way (rounding explains at most 0.035 over seven 2-decimal figures): one Error,
    /// FA1202 under the section's total or FA1211 from the overview's.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property EverySourceStated_OffByMoreThanRounding_IsTheError(
        PositiveInt fiscal, int[] values, PositiveInt off, bool below, bool overview)
    {
        var parts = new Dictionary<string, decimal> { ["fiscalAppropriation"] = Cents(fiscal.Get) };
        for (var i = 0; i < Middle.Length; i++)
        {
            parts[Middle[i]] = Cents(At(values, i));
        }

        parts["otherIncome"] = Cents(At(values, Middle.Length));
        var difference = Cents(4 + (off.Get % 100_000));   // 0.05 to 1000.04
        var sum = parts.Values.Sum();
        var total = below && sum - difference >= 0m ? sum - difference : sum + difference;
        var errors = IncomeErrors(total, parts, overview);
        var expected = overview ? "FA1211" : "FA1202";
        return (errors.Length == 1 && errors[0] == expected).Label(string.Join("; ", errors) + $" total {total} sum {sum}");
    }

    /// <summary>A non-negative value for source <paramref name="i"/> from the generated list (0 when it is short).</summary>
    private static int At(int[] values, int i) => values is not null && i < values.Length ? Math.Abs(values[i] % 10_000_000) : 0;

    /// <summary>An amount in 万元 with two decimals: <paramref name="cents"/> hundredths.</summary>
    private static decimal Cents(int cents) => decimal.Round(cents / 100m, 2) + 0.00m;

    /// <summary>
    /// The rule ids of the Errors on a report with 本年收入合计 <paramref name="total"/> — the income section's own, or the
    /// overview's with no section total — and the sources <paramref name="parts"/>.
    /// </summary>
    private static string[] IncomeErrors(decimal total, Dictionary<string, decimal> parts, bool overview)
    {
        static string Amount(decimal value) => "{\"amount\":\"" + value.ToString("0.00", CultureInfo.InvariantCulture) + "\"}";
        var sources = string.Join(",", parts.Select(p => "\"" + p.Key + "\":" + Amount(p.Value)));
        var narrative = overview
            ? "{\"overall\":{\"currentYearIncome\":" + Amount(total) + "},\"income\":{" + sources + "}}"
            : "{\"income\":{\"total\":" + Amount(total) + "," + sources + "}}";
        var json = "{\"schemaVersion\":\"1.0\",\"entity\":{\"name\":\"性质测试单位\",\"fiscalYear\":2024},\"unit\":\"wanYuan\","
            + "\"narrative\":" + narrative + "}";
        var result = Validator.Default.Validate(FinalAccountsJson.Deserialize(json));
        return [.. result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId)];
    }
}
