using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The core's part of the outside review of session 22 (revfixb): FA1205's roll-up counted a 款 and its 项 twice (the
/// sum ran over every child whose code starts with the 类's), and the required parts' cache grew with every fiscal year it
/// saw (junk years from bad input).
/// </summary>
public class ReviewTwentyTwoBCoreTests
{
    /// <summary>A narrative report whose 一般公共预算 lists <paramref name="classes"/> and <paramref name="items"/> (code, amount).</summary>
    private static FinalAccountsReport Report((string Code, string Amount)[] classes, (string Code, string Amount)[] items,
        int fiscalYear = 2024)
    {
        static string Rows((string Code, string Amount)[] rows) => string.Join(",",
            rows.Select(r => "{\"code\":\"" + r.Code + "\",\"name\":\"科目" + r.Code + "\",\"amount\":\"" + r.Amount + "\"}"));
        var json = "{\"schemaVersion\":\"1.4\",\"entity\":{\"name\":\"某县某局\",\"fiscalYear\":" + fiscalYear + "},"
            + "\"unit\":\"wanYuan\",\"narrative\":{\"generalBudget\":{\"classes\":[" + Rows(classes) + "],\"items\":["
            + Rows(items) + "]}}}";
        return FinalAccountsJson.Deserialize(json);
    }

    private static Diagnostic[] Fa1205(FinalAccountsReport report)
        => [.. Validator.Default.Validate(report).Diagnostics.Where(d => d.RuleId == "FA1205")];

    /// <summary>
    /// The repro (mixed1): 类 201 100.00, 款 20101 60.00, 项 2010101 60.00. One level per class: the 项 stands for its 款, so
    /// the sum is 60.00 ≠ 100.00 — still an Error, but of the one level (items 项 only), not "items sum to 120.00" naming the
    /// 款 as well. With a second 款 20102 40.00 without 项 the sum is 60.00 + 40.00 = 100.00: no finding. Before the fix
    /// the first gave 120.00 and the second 160.00, both Errors.
    /// </summary>
    [Fact]
    public void AKuanWithItsXiang_IsCountedOnce()
    {
        var first = Fa1205(Report([("201", "100.00")], [("20101", "60.00"), ("2010101", "60.00")]));
        var error = Assert.Single(first);
        Assert.Equal(["/narrative/generalBudget/classes/0/amount", "/narrative/generalBudget/items/1/amount"], error.Pointers);

        var whole = Fa1205(Report([("201", "100.00")], [("20101", "60.00"), ("2010101", "60.00"), ("20102", "40.00")]));
        Assert.Empty(whole);
    }

    /// <summary>
    /// Property: for a class split into a 款 with its 项 and a 款 without 项 whose figures add up to the class (a + b), listing
    /// the first 款 beside its 项 (its figure equal to its 项's) never fails FA1205 — the 款 is not counted again.
    /// </summary>
    [Property(MaxTest = 50)]
    public Property ListingAKuanBesideItsXiang_NeverFails(PositiveInt a, PositiveInt b)
    {
        var x = (a.Get % 100000) / 100m;
        var y = (b.Get % 100000) / 100m;
        static string F(decimal v) => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var report = Report([("201", F(x + y))], [("20101", F(x)), ("2010101", F(x)), ("20102", F(y))]);
        return (Fa1205(report).Length == 0).Label($"{x} + {y}");
    }

    /// <summary>
    /// The required parts' cache is keyed by the year as the catalogue's bounds see it: the years before the first bound all
    /// share one key, those after the last another. The catalogue names one bound year today (2019, the 2019 template's
    /// parts), so the model's 111 years (1990 … 2100) give three keys — at most 60 whatever bounds are added — and after
    /// every one of them the cache holds at most three part kinds × two report kinds × (those keys + no year). Before, each
    /// year was a key of its own: 111 × 6.
    /// </summary>
    [Fact]
    public void TheRequiredPartsCache_StaysBounded()
    {
        var report = Report([("201", "1.00")], []);
        foreach (var year in Enumerable.Range(1990, 111))
        {
            Validator.Default.Validate(report with { Entity = report.Entity with { FiscalYear = year } });
        }

        var keys = Enumerable.Range(1990, 111).Select(y => RequiredPart.YearKey(y)).Distinct().Count();
        Assert.InRange(keys, 2, 60);
        Assert.InRange(RequiredPart.CachedChoices, 1, 3 * 2 * (keys + 1));
        Assert.Equal(RequiredPart.YearKey(1990), RequiredPart.YearKey(2000));
        Assert.Equal(RequiredPart.YearKey(2090), RequiredPart.YearKey(2100));
        Assert.Null(RequiredPart.YearKey(null));
    }
}
