namespace PublicFinance.FinalAccounts.Classification;

/// <summary>One name of one code in the classification catalogue (科目名称), valid for a range of fiscal years.</summary>
public sealed record ClassificationEntry
{
    /// <summary>The classification system.</summary>
    public required ClassificationSystem System { get; init; }

    /// <summary>The code digits ("2010301", "30101").</summary>
    public required string Code { get; init; }

    /// <summary>The official name for the years covered (科目名称).</summary>
    public required string Name { get; init; }

    /// <summary>The first fiscal year the name applies to, or null when open-ended.</summary>
    public int? FromYear { get; init; }

    /// <summary>The last fiscal year the name applies to, or null when open-ended.</summary>
    public int? ToYear { get; init; }

    /// <summary>Other names documents use for the same code in those years (别名).</summary>
    public IReadOnlyList<string> Aliases { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>How well the entry is sourced.</summary>
    public CatalogueEvidence Evidence { get; init; }

    /// <summary>Where the name or its years come from (依据), free text such as a document or a 财政部 notice; empty when not given.</summary>
    public string Note { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>True when the entry applies to <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The fiscal year, or null when unknown (every entry may apply).</param>
    /// <returns>Whether the year is in range; true for an unknown year.</returns>
    public bool AppliesTo(int? fiscalYear) =>
        fiscalYear is not { } year || (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);
}
