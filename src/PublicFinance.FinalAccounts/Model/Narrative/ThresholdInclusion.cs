namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>Whether a unit-price threshold includes the threshold itself (含 / 不含; schema 1.12).</summary>
public enum ThresholdInclusion
{
    /// <summary>The threshold is included: "（含）以上", "及以上".</summary>
    Inclusive = 0,

    /// <summary>The threshold is excluded: "（不含）以上".</summary>
    Exclusive = 1,
}
