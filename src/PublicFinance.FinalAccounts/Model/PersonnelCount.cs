namespace PublicFinance.FinalAccounts.Model;

/// <summary>A staff count with its stated change against the prior year (人数及增减).</summary>
public sealed record PersonnelCount
{
    /// <summary>The number of people (人).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int Count
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Count), Messages.HeadCountNegative);
    }

    /// <summary>The stated change against the prior year, signed (减少 132 人 → −132), or null when not stated.</summary>
    public int? Change { get; init; }
}
