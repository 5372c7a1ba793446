using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The fact index of one validation, built on first use (按需建立的数据索引; session 24): every context of the run reads it
/// through <see cref="ValidationContext.Facts"/>, so a validation whose rules never ask for the index — compiled walks read the
/// typed model — never builds it. Built at most once per run (pooled), given back by <see cref="Release"/> at the end of the
/// run. Not thread-safe: one run is one thread.
/// </summary>
internal sealed class LazyFacts
{
    // How many indexes lazy holders built on this thread: the test of "a validation did not build the index" reads it
    // before and after a validation on the same thread (a counter, not a timing).
    [ThreadStatic]
    private static int builtOnThread;

    private readonly FinalAccountsReport report;
    private ReportFacts? facts;
    private AnchorTraces? anchorTraces;

    /// <summary>A holder for a report's index, not yet built.</summary>
    /// <param name="report">The report (决算报告).</param>
    internal LazyFacts(FinalAccountsReport report)
    {
        this.report = report;
        AnyDeclaredEmpty = DeclaresEmpty(report);
    }

    /// <summary>A holder around an index already built (a caller's context made for one rule, as the tests make them).</summary>
    /// <param name="report">The report (决算报告).</param>
    /// <param name="facts">Its index.</param>
    internal LazyFacts(FinalAccountsReport report, ReportFacts facts)
    {
        this.report = report;
        this.facts = facts;
        AnyDeclaredEmpty = facts.AnyDeclaredEmpty;
    }

    /// <summary>How many indexes holders have built on the calling thread (only ever grows).</summary>
    internal static int BuiltOnThread => builtOnThread;

    /// <summary>The index: built (pooled) on the first read, the same one afterwards.</summary>
    internal ReportFacts Facts => facts ?? Build();

    /// <summary>Whether the index has been built.</summary>
    internal bool Built => facts is not null;

    /// <summary>
    /// Whether a table is declared empty (<c>isEmpty</c> true), read from the typed model without the index — the same answer
    /// as <see cref="ReportFacts.AnyDeclaredEmpty"/>: <see cref="Model.Tables.FundAppropriationTable.IsEmpty"/> is the model's
    /// only <c>isEmpty</c> member and a fund table sits only at <c>/tables/governmentFund</c> and <c>/tables/stateCapital</c>.
    /// </summary>
    internal bool AnyDeclaredEmpty { get; }

    /// <summary>
    /// The anchors of this run's <c>/**/name</c> walks, recorded by the first relation over each template and replayed by the
    /// others (session 27); taken on first use.
    /// </summary>
    internal AnchorTraces AnchorTraces => anchorTraces ??= AnchorTraces.Rent();

    /// <summary>
    /// Gives a built index's pooled nodes back and the anchor traces, emptied (the end of the run); nothing when neither was
    /// used.
    /// </summary>
    internal void Release()
    {
        facts?.ReturnToPool();
        anchorTraces?.Return();
        anchorTraces = null;
    }

    private static bool DeclaresEmpty(FinalAccountsReport report) =>
        report.Tables is { } tables && (tables.GovernmentFund?.IsEmpty == true || tables.StateCapital?.IsEmpty == true);

    private ReportFacts Build()
    {
        facts = ReportFacts.Create(report, pooled: true);
        builtOnThread++;
        return facts;
    }
}
