namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Limits applied when reading a JSON report.</summary>
public sealed record FinalAccountsJsonReadOptions
{
    /// <summary>The default limits: 16 MiB, depth 64.</summary>
    public static FinalAccountsJsonReadOptions Default { get; } = new();

    /// <summary>The largest document accepted, in UTF-8 bytes (default 16 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDocumentBytes
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, Messages.MustBePositive);
    }

    = 16 * 1024 * 1024;

    /// <summary>The deepest nesting accepted (default 64; the model itself needs about 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 1 to 256.</exception>
    public int MaxDepth
    {
        get;
        init => field = value is > 0 and <= 256
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, Messages.MaxDepthOutOfRange);
    }

    = 64;
}
