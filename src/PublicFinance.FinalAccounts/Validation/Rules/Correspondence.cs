namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>One 功能分类 ↔ 经济分类 correspondence of <c>correspondences.tsv</c> (科目对应关系).</summary>
internal sealed record Correspondence
{
    private static readonly Lazy<Correspondence[]> AllCorrespondences = new(Load);

    public required string Id { get; init; }

    public required IReadOnlyList<string> Functional { get; init; }

    public required IReadOnlyList<string> Economic { get; init; }

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public required string Basis { get; init; }

    public static IReadOnlyList<Correspondence> All => AllCorrespondences.Value;

    private static Correspondence[] Load() => [.. EmbeddedTable.Read("correspondences.tsv").Select(r => new Correspondence
    {
        Id = r["id"],
        Functional = r["functional"].Split('+'),
        Economic = r["economic"].Split('+'),
        NameZh = r["nameZh"],
        NameEn = r["nameEn"],
        Basis = r["basis"],
    })];
}
