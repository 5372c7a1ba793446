namespace PublicFinance.FinalAccounts.Model;

/// <summary>
/// A change against the prior year as a disclosure states it (比上年增加/减少 X 万元，增长/下降 Y%，主要原因是…).
/// Amount and rate are magnitudes as written; the direction words carry the sign.
/// </summary>
public sealed record YearOverYearChange
{
    /// <summary>The stated direction of the change amount (增加 / 减少 / 持平).</summary>
    public required ChangeDirection Direction { get; init; }

    /// <summary>The change amount as written, without sign (增减额), or null when not stated.</summary>
    public Amount? Amount { get; init; }

    /// <summary>The change rate as written, without sign (增减率, 增长/下降 Y%), or null when not stated.</summary>
    public Percent? Rate { get; init; }

    /// <summary>The direction word of the rate (增减率的方向词) when it differs from <see cref="Direction"/> or is stated alone; null means the
    /// same.</summary>
    public ChangeDirection? RateDirection { get; init; }

    /// <summary>The prior-year figure when the text states it (比上年累计支出 X 万元…), or null.</summary>
    public Amount? PriorYearAmount { get; init; }

    /// <summary>The stated reason (主要原因), or null when none is given.</summary>
    public string? Reason { get; init; }
}
