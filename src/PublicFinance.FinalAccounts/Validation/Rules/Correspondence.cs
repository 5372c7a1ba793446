namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>One 功能分类 ↔ 经济分类 correspondence of <c>correspondences.tsv</c> (科目对应关系).</summary>
internal sealed record Correspondence
{
    private static readonly Lazy<Correspondence[]> AllCorrespondences = new(Load);

    public required string Id { get; init; }

    /// <summary>The first fiscal year the pair holds in (null: unbounded).</summary>
    public int? FromYear { get; init; }

    /// <summary>The last fiscal year the pair holds in (null: unbounded).</summary>
    public int? ToYear { get; init; }

    public required IReadOnlyList<string> Functional { get; init; }

    public required IReadOnlyList<string> Economic { get; init; }

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public required string Basis { get; init; }

    public static IReadOnlyList<Correspondence> All => AllCorrespondences.Value;

    /// <summary>
    /// Whether the pair holds in <paramref name="fiscalYear"/>: the codes of a pair exist only in the economic
    /// classification of its years (住房公积金 was 30311 before the 2018 reform, 30113 from it). A report of unknown year
    /// is judged by the pairs of the present classification (those without a last year).
    /// </summary>
    public bool AppliesTo(int? fiscalYear) => fiscalYear is { } year
        ? (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear)
        : ToYear is null;

    private static Correspondence[] Load() => [.. EmbeddedTable.Read("correspondences.tsv").Select(r => new Correspondence
    {
        Id = r["id"],
        FromYear = EmbeddedTable.Year(r["fromYear"]),
        ToYear = EmbeddedTable.Year(r["toYear"]),
        Functional = r["functional"].Split('+'),
        Economic = r["economic"].Split('+'),
        NameZh = r["nameZh"],
        NameEn = r["nameEn"],
        Basis = r["basis"],
    })];
}
