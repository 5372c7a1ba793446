namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// The one check of the model's unsigned members (无符号数值: counts, scores, shares and book values that have no sign): a
/// member's <c>init</c> passes its value through, or refuses a negative one with
/// <see cref="ArgumentOutOfRangeException"/> naming the member and the catalogue's bilingual message. An absent value passes.
/// </summary>
internal static class Unsigned
{
    /// <summary>The amount, unless it is negative.</summary>
    public static Amount? Checked(Amount? value, string member, string message)
        => value is not { } v || v.Value >= 0 ? value : throw new ArgumentOutOfRangeException(member, value, message);

    /// <summary>The percentage, unless it is negative.</summary>
    public static Percent? Checked(Percent? value, string member, string message)
        => value is not { } v || v.Value >= 0 ? value : throw new ArgumentOutOfRangeException(member, value, message);

    /// <summary>The quantity, unless it is negative.</summary>
    public static Quantity? Checked(Quantity? value, string member, string message)
        => value is not { } v || v.Value >= 0 ? value : throw new ArgumentOutOfRangeException(member, value, message);

    /// <summary>The count, unless it is negative.</summary>
    public static int? Checked(int? value, string member, string message)
        => value is not { } v || v >= 0 ? value : throw new ArgumentOutOfRangeException(member, value, message);

    /// <summary>The count, unless it is negative.</summary>
    public static int Checked(int value, string member, string message)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(member, value, message);
}
