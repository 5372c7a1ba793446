using System.Collections.Concurrent;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>One entry of the year-tagged list of required tables, sections and details (公开内容要求).</summary>
internal sealed record RequiredPart
{
    private static readonly Lazy<RequiredPart[]> AllParts = new(Load);

    public required string Id { get; init; }

    public required RequiredPartKind Kind { get; init; }

    public required IReadOnlyList<ReportKind> ReportKinds { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public required string Pointer { get; init; }

    public string Parent { get; init; } = string.Empty;

    public string When { get; init; } = string.Empty;

    /// <summary><see cref="Pointer"/>'s tokens, unescaped and interned once (looked up by reference in the index).</summary>
    public IReadOnlyList<string> PointerTokens { get; init; } = [];

    /// <summary><see cref="When"/>'s tokens (none when there is no condition).</summary>
    public IReadOnlyList<string> WhenTokens { get; init; } = [];

    /// <summary><see cref="Pointer"/>'s path through the typed model (session 24: read without the index).</summary>
    public ContractPath PointerPath => field ??= new ContractPath(PointerTokens);

    /// <summary><see cref="When"/>'s path through the typed model.</summary>
    public ContractPath WhenPath => field ??= new ContractPath(WhenTokens);

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public required string Basis { get; init; }

    public required string Evidence { get; init; }

    public static IReadOnlyList<RequiredPart> All => AllParts.Value;

    public bool AppliesTo(FinalAccountsReport report) => AppliesTo(report.Entity.Kind, report.Entity.FiscalYear);

    public static IEnumerable<RequiredPart> For(FinalAccountsReport report, RequiredPartKind kind) => Applying(report, kind);

    /// <summary>
    /// The parts of a kind that apply to a report, in the list's order: chosen once per kind, report kind and fiscal
    /// year (all that <see cref="AppliesTo(FinalAccountsReport)"/> reads) and kept, not filtered again for every report.
    /// The year is keyed by the catalogue's year range: a year before the first bound (or after the last) chooses what the
    /// year just outside the range chooses, so any year — a junk one from bad input as well — maps to one of at most
    /// (range + 3) keys, and the cache stays bounded (three part kinds × two report kinds × those years).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">Table, section or detail.</param>
    /// <returns>The parts; the caller must not change the array.</returns>
    internal static RequiredPart[] Applying(FinalAccountsReport report, RequiredPartKind kind) =>
        ApplyingParts.GetOrAdd(
            (kind, report.Entity.Kind, YearKey(report.Entity.FiscalYear)),
            static key => [.. All.Where(p => p.Kind == key.Kind && p.AppliesTo(key.ReportKind, key.FiscalYear))]);

    /// <summary>
    /// The cache key of a fiscal year: the year itself within the catalogue's bounds, else the year just outside them (the
    /// parts compare a year with their bounds only, so every year beyond a bound chooses the same parts).
    /// </summary>
    /// <param name="year">The report's fiscal year, if any.</param>
    /// <returns>The year to key the cache by.</returns>
    internal static int? YearKey(int? year)
    {
        if (year is not { } y || YearBounds.Value is not { } bounds)
        {
            return year;
        }

        return y < bounds.First ? bounds.First - 1 : y > bounds.Last ? bounds.Last + 1 : y;
    }

    /// <summary>The first and last year any part names (from or to), or null when none names one.</summary>
    private static readonly Lazy<(int First, int Last)?> YearBounds = new(() =>
    {
        var years = All.SelectMany(p => new[] { p.FromYear, p.ToYear }).Where(y => y is not null).Select(y => y!.Value).ToList();
        return years.Count == 0 ? null : (years.Min(), years.Max());
    });

    /// <summary>How many choices the cache holds (bounded: see <see cref="Applying"/>).</summary>
    internal static int CachedChoices => ApplyingParts.Count;

    private static readonly ConcurrentDictionary<(RequiredPartKind Kind, ReportKind ReportKind, int? FiscalYear), RequiredPart[]>
        ApplyingParts = new();

    private bool AppliesTo(ReportKind reportKind, int? fiscalYear) =>
        ReportKinds.Contains(reportKind)
        && (FromYear is null || fiscalYear >= FromYear)
        && (ToYear is null || fiscalYear <= ToYear);

    private static RequiredPart[] Load() => [.. EmbeddedTable.Read("required-parts.tsv").Select(r => new RequiredPart
    {
        Id = r["id"],
        Kind = r["kind"] switch
        {
            "table" => RequiredPartKind.Table,
            "section" => RequiredPartKind.Section,
            "detail" => RequiredPartKind.Detail,
            _ => throw new InvalidOperationException(ValidationMessages.UnknownRequiredPartKind(r["kind"])),
        },
        ReportKinds = r["reportKinds"] == "*"
            ? [ReportKind.Department, ReportKind.Unit]
            : r["reportKinds"].Split(',').Select(k => k == "unit" ? ReportKind.Unit : ReportKind.Department).ToArray(),
        FromYear = EmbeddedTable.Year(r["fromYear"]),
        ToYear = EmbeddedTable.Year(r["toYear"]),
        Pointer = r["pointer"],
        Parent = r["parent"],
        When = r["when"],
        PointerTokens = ReportFacts.InternedTokens(r["pointer"]),
        WhenTokens = r["when"].Length == 0 ? [] : ReportFacts.InternedTokens(r["when"]),
        NameZh = r["nameZh"],
        NameEn = r["nameEn"],
        Basis = r["basis"],
        Evidence = r["evidence"],
    })];
}
