using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 44 (issue 8): a finding's four numbers (<see cref="Diagnostic.Stated"/>, <see cref="Diagnostic.Computed"/>,
/// <see cref="Diagnostic.Difference"/>, <see cref="Diagnostic.Slack"/>) are held apart (<see cref="DiagnosticFigures"/>),
/// null when none is set. The record must read, compare, hash and copy (<c>with</c>) as it did with four fields of its own.
/// </summary>
public sealed class DiagnosticFiguresSessionFortyFourTests
{
    private static readonly Gen<DecimalInterval?> Intervals = Gen.OneOf(
        Gen.Constant<DecimalInterval?>(null),
        Gen.Elements(0m, 1.5m, 1.50m, -2m).Select(v => (DecimalInterval?)DecimalInterval.Exact(v)),
        Gen.Constant<DecimalInterval?>(new DecimalInterval(1m, 2m)));

    private static readonly Gen<decimal?> Amounts = Gen.Elements<decimal?>(null, 0m, 0.01m, 0.010m, -3m);

    private static readonly Gen<(DecimalInterval? Stated, DecimalInterval? Computed, decimal? Difference, decimal? Slack)> Numbers =
        from stated in Intervals
        from computed in Intervals
        from difference in Amounts
        from slack in Amounts
        select (stated, computed, difference, slack);

    private static Diagnostic Make((DecimalInterval? Stated, DecimalInterval? Computed, decimal? Difference, decimal? Slack) n) => new()
    {
        RuleId = "FA1202",
        Severity = Severity.Error,
        Category = RuleCategory.Narrative,
        MessageZh = "中文",
        MessageEn = "English",
        Stated = n.Stated,
        Computed = n.Computed,
        Difference = n.Difference,
        Slack = n.Slack,
    };

    /// <summary>What the record compared before: the four values, each by the comparer of its type.</summary>
    private static bool SameNumbers(Diagnostic a, Diagnostic b)
        => EqualityComparer<DecimalInterval?>.Default.Equals(a.Stated, b.Stated)
            && EqualityComparer<DecimalInterval?>.Default.Equals(a.Computed, b.Computed)
            && EqualityComparer<decimal?>.Default.Equals(a.Difference, b.Difference)
            && EqualityComparer<decimal?>.Default.Equals(a.Slack, b.Slack);

    /// <summary>Any numbers: read back as set; equal exactly when the four are equal; equal findings hash alike.</summary>
    [Property(MaxTest = 2000)]
    public Property Numbers_ReadCompareAndHashAsFields()
        => Prop.ForAll((from a in Numbers from b in Numbers select (a, b)).ToArbitrary(), c =>
        {
            var (x, y) = (Make(c.a), Make(c.b));
            var readBack = x.Stated == c.a.Stated && x.Computed == c.a.Computed && x.Difference == c.a.Difference
                && x.Slack == c.a.Slack;
            var equal = x.Equals(y) == SameNumbers(x, y) && (x == y) == SameNumbers(x, y);
            var hashed = !x.Equals(y) || x.GetHashCode() == y.GetHashCode();
            return readBack && equal && hashed;
        });

    /// <summary>A copy made with <c>with</c> that sets one number changes the copy only; one that sets none equals its original.</summary>
    [Property(MaxTest = 2000)]
    public Property With_CopiesOnWrite()
        => Prop.ForAll((from a in Numbers from slack in Amounts from stated in Intervals select (a, slack, stated)).ToArbitrary(), c =>
        {
            var original = Make(c.a);
            var same = original with { Severity = Severity.Warning };
            var changed = original with { Slack = c.slack, Stated = c.stated };
            return SameNumbers(original, Make(c.a)) && SameNumbers(same, original) && same.Severity == Severity.Warning
                && changed.Slack == c.slack && changed.Stated == c.stated
                && changed.Computed == c.a.Computed && changed.Difference == c.a.Difference;
        });

    /// <summary>Numbers set to null, or set and then cleared by <c>with</c>, equal a finding that never had any.</summary>
    [Fact]
    public void NullNumbers_EqualNone()
    {
        var none = Make((null, null, null, null));
        var cleared = Make((DecimalInterval.Exact(1m), null, 2m, null)) with { Stated = null, Difference = null };
        var plain = new Diagnostic
        {
            RuleId = "FA1202", Severity = Severity.Error, Category = RuleCategory.Narrative, MessageZh = "中文", MessageEn = "English",
        };
        Assert.Equal(plain, none);
        Assert.Equal(plain, cleared);
        Assert.Equal(plain.GetHashCode(), cleared.GetHashCode());
        Assert.Null(cleared.Stated);
        Assert.NotEqual(plain, plain with { Slack = 0.01m });
    }
}
