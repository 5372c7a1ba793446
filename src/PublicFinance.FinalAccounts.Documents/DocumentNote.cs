namespace PublicFinance.FinalAccounts.Documents;

/// <summary>Something the document reader could not read or place (读取说明), bilingual, with a location when known.</summary>
public sealed record DocumentNote
{
    /// <summary>The message in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEn { get; init; }

    /// <summary>Where, or null.</summary>
    public CellLocation? Location { get; init; }

    /// <summary>The bilingual message with its location.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Location is null ? string.Empty : Location + " ") + MessageZh + " | " + MessageEn;
}
