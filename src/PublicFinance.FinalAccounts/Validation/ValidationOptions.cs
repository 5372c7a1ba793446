using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>How a <see cref="Validator"/> judges figures (校验选项). Immutable.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: round-to-nearest, rounding notes on, truncated percentages accepted with a note.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>How written precision becomes an interval (舍入模式); default <see cref="RoundingMode.RoundToNearest"/>.</summary>
    public RoundingMode Rounding { get; init; } = RoundingMode.RoundToNearest;

    /// <summary>
    /// Report an Info diagnostic when a relation holds only thanks to rounding (舍入差异提示); default true.
    /// </summary>
    public bool ReportRoundingDifferences { get; init; } = true;

    /// <summary>
    /// In round-to-nearest mode, accept a percentage that is consistent only when read as truncated (截尾) rather
    /// than rounded, reporting it as Info instead of a failure; default true. Some documents truncate
    /// (e.g. 38.2877% printed as 38.28%). Since rules spec 5.7 it also accepts, as a rounding-sized Info (舍入差异), a
    /// percentage off by at most one unit of its last written place (14.80% for 14.7908%: rounded up, or nudged so that a
    /// pair of shares adds up to 100).
    /// </summary>
    public bool AllowTruncatedPercentages { get; init; } = true;

    /// <summary>
    /// Record every arithmetic check — passed or failed — with its pointers and intervals in
    /// <see cref="ValidationResult.Verifications"/> (校验明细), so a tool can show which figure was verified by which rule;
    /// default false (it costs memory).
    /// </summary>
    public bool RecordVerifications { get; init; }

    /// <summary>
    /// Whether findings that one wrong figure causes are linked to their root and reported as warnings (连带结果分析;
    /// docs/rules/spec.md §5.1); default true. When an Error of an identity implicates a figure whose value implied by that
    /// identity makes other failing Errors that use the figure hold, and no other figure explains them as well, those
    /// Errors become Warnings with <see cref="Diagnostic.ConsequenceOf"/> set. False keeps every failure at its rule's
    /// severity.
    /// </summary>
    public bool LinkConsequences { get; init; } = true;

    /// <summary>
    /// The classification catalogue every code rule uses for names, levels and correspondences (科目目录); null (the
    /// default) means the built-in <see cref="ClassificationCatalogue.Default"/>. Load an official list with
    /// <see cref="ClassificationCatalogue.Load"/> to replace it.
    /// </summary>
    public ClassificationCatalogue? Catalogue { get; init; }

    /// <summary>
    /// What the input holds of the disclosure (输入范围): decides whether a missing table or section is a finding, a note
    /// that it is not in the input, or not judged; default <see cref="InputScope.Auto"/>.
    /// </summary>
    public InputScope Scope { get; init; } = InputScope.Auto;

    /// <summary>
    /// The kind of budget unit that reports (单位类型), for the plausibility rules (e.g. a 行政单位 has no 事业收入);
    /// default <see cref="UnitType.Unspecified"/> (those rules do not run).
    /// </summary>
    public UnitType UnitType { get; init; } = UnitType.Unspecified;

    /// <summary>
    /// Whether the report's tables were read from a plain text (文本读出的表格: cells pasted into a 说明, one per line, by tabs or
    /// spaces), where the reader may have lost a row it could not parse; default false (a report JSON, a PDF or workbook's
    /// tables). A check that fails only because a row is absent (FA5002: a 款 or 项 whose parent row is not listed) then rests
    /// on an uncertain reading and is at most a Warning (session 47, blind round 44 t05). Figures that are read are judged
    /// as ever.
    /// </summary>
    public bool TablesReadFromText { get; init; }

    /// <summary>
    /// Whether sums, inequalities and ratios whose printed values settle the outcome pass without interval arithmetic
    /// (session 14, "values first"); default true. The tests turn it off to run the interval path alone, the oracle the
    /// values must agree with (ValuesFirstTests).
    /// </summary>
    internal bool ValuesFirst { get; init; } = true;

    /// <summary>
    /// Whether a condition relation's conditions run as the delegates compiled once per plan (session 15, "compiled
    /// conditions"); default true. The tests turn it off to run the interpreter, the oracle the compiled conditions must
    /// agree with (ConditionDelegatesTests).
    /// </summary>
    internal bool ConditionDelegates { get; init; } = true;

    /// <summary>
    /// Whether a sum, inequality or ratio relation over fixed pointers is evaluated by its bound form when its figures are
    /// present (session 17, <c>FixedRelation</c>): its figures read straight from their nodes, no template expanded. False
    /// runs the interpreter alone — the oracle the bound forms must agree with (FixedRelationsTests).
    /// </summary>
    internal bool FixedRelations { get; init; } = true;

    /// <summary>
    /// Whether a ratio whose printed values settle the check is decided in scaled integers (session 18,
    /// <c>ScaledRatio</c>: the quotient cross-multiplied against the stated percentage's bounds, no decimal division)
    /// when its figures fit; default true. False decides it by the decimal quotient as in session 14 — the oracle the
    /// scaled decision must agree with (ScaledArithmeticTests).
    /// </summary>
    internal bool ScaledArithmetic { get; init; } = true;

    /// <summary>
    /// Whether a sum's term that lists the elements of a list below the element its total came from
    /// (<c>…/evaluations/*/funds/*/weight</c> for <c>…/evaluations/*/totalWeight</c>) walks that list once from the total's
    /// element (session 19, <c>PointerTemplate.IsListBelow</c>) instead of expanding the term's template from the root with
    /// the total's indices; default true. False expands as before — the oracle the walk must agree with (ListsBelowTests).
    /// </summary>
    internal bool ListsBelowTotal { get; init; } = true;

    /// <summary>
    /// Whether the anchors of a condition relation over <c>/**/name</c> (the changes, the budget comparisons) are read from
    /// the type chain of the one record type the contract says such members hold (session 20, <c>NamedRecordType</c>)
    /// instead of a scan of the index's node array; default true. False scans as before — the oracle (AnchorsByTypeTests).
    /// </summary>
    internal bool AnchorsByType { get; init; } = true;

    /// <summary>
    /// Whether a condition relation that has a decider generated from its data (session 21, <c>CompiledRelations</c> in
    /// <c>Validation/Compiled/</c>: its cases' tests as typed member access over the model) decides its anchors by it;
    /// default true. False decides every anchor by the interpreter — the oracle (CompiledRelationsTests).
    /// </summary>
    internal bool CompiledRelations { get; init; } = true;

    /// <summary>
    /// Whether the typed anchor run reads a ratio case's percentage, numerator and denominator by the reader generated
    /// beside the relation's decider (session 35, <c>CompiledRatio</c>: typed members, no boxing, no step walk) when one
    /// was generated; default true. False reads them through the general references — the oracle (CompiledRatiosTests).
    /// </summary>
    internal bool CompiledRatioReads { get; init; } = true;

    /// <summary>Severity overrides by rule id (严重程度覆盖); rounding notes stay Info.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(value)) : Copy(value);
    } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    private static Dictionary<string, Severity> Copy(IReadOnlyDictionary<string, Severity> source)
    {
        var copy = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var pair in source)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>The severity a failure of the rule gets under these options.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The override if any, else the rule's default.</returns>
    public Severity SeverityOf(RuleDescriptor rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        return SeverityOverrides.TryGetValue(rule.Id, out var s) ? s : rule.DefaultSeverity;
    }

    /// <summary>
    /// Whether a sum that has a walk generated from its data (session 22, <c>CompiledSums</c> in
    /// <c>Validation/Compiled/</c>: its total and terms read as typed members of the model's records) decides its plain
    /// outcomes by it; default true. False evaluates every sum by its bound form and the interpreter — the oracle
    /// (CompiledSumsTests).
    /// </summary>
    internal bool CompiledSums { get; init; } = true;

    /// <summary>
    /// Whether an inequality, ratio, roll-up or hierarchy that has a walk generated from its data (session 23,
    /// <c>CompiledChecks</c> in <c>Validation/Compiled/</c>: its figures read as typed members of the model's records)
    /// decides its plain outcomes by it; default true. False evaluates them by their bound forms and the interpreter — the
    /// oracle (CompiledChecksTests).
    /// </summary>
    internal bool CompiledChecks { get; init; } = true;

    /// <summary>
    /// Whether a match, unique key, pattern or listed parent that has a walk generated from its data (session 24,
    /// <c>CompiledLists</c> in <c>Validation/Compiled/</c>: its rows read as the model's typed records, no fact index)
    /// decides its outcomes by it; default true. False evaluates them by the interpreter — the oracle (CompiledListsTests).
    /// </summary>
    internal bool CompiledLists { get; init; } = true;
}
