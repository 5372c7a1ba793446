namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// The contracts awarded to small and medium enterprises in one purchase kind (货物/工程/服务采购授予中小企业合同金额;
/// schema 1.4): the amount, its share of that kind's procurement (占货物支出金额的…%), or both — the central template states
/// only the share, others only the amount.
/// </summary>
public sealed record SmeKindContracts
{
    /// <summary>The amount awarded (授予中小企业合同金额), in the report's unit, as written; null when only the share is stated.</summary>
    public Amount? Amount { get; init; }

    /// <summary>
    /// The stated share of the kind's procurement (占货物/工程/服务支出金额的…%), or null. A share above 100% stays as written
    /// (a finding for the checks, not a reading error).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is negative (a share has no sign).</exception>
    public Percent? Share
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Share), Messages.SmeShareNegative);
    }
}
