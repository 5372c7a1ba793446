namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The declaration builder of the catalogue (规则声明助手): a rule states its id once, in <see cref="Rule"/>; the relations
/// given to <see cref="RuleDraft.Checks(Relation[])"/> are written without an id and stamped with the rule's.
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>The id of a relation that no rule has stamped yet; <see cref="RelationRule"/> refuses it.</summary>
    private const string Unstamped = "";

    /// <summary>Declares a rule (声明规则): its descriptor; the relations follow in <see cref="RuleDraft.Checks(Relation[])"/>.</summary>
    /// <param name="id">The stable id, e.g. <c>FA0101</c> — the only place it is written.</param>
    /// <param name="category">The rule family.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="titleZh">Chinese title.</param>
    /// <param name="titleEn">English title.</param>
    /// <param name="formula">The checked relation as the documents word it.</param>
    /// <param name="basis">Where the obligation comes from.</param>
    private static RuleDraft Rule(
        string id, RuleCategory category, Severity severity, string titleZh, string titleEn, string formula, string basis) =>
        new(new RuleDescriptor(id, category, severity, titleZh, titleEn, formula, basis));

    /// <summary>A declared rule waiting for its relations.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    private readonly struct RuleDraft(RuleDescriptor descriptor)
    {
        /// <summary>The rule made of <paramref name="relations"/>, each stamped with the rule's id.</summary>
        public RelationRule Checks(params Relation[] relations) => Checks((IEnumerable<Relation>)relations);

        /// <summary>The rule made of <paramref name="relations"/>, each stamped with the rule's id.</summary>
        public RelationRule Checks(IEnumerable<Relation> relations)
        {
            var id = descriptor.Id;
            return new RelationRule(descriptor, relations.Select(r => r with { RuleId = id }));
        }
    }

    // ---- relations, written without their rule's id ------------------------------------------------------------

    /// <summary>One addend in the short syntax: a leading <c>-</c> subtracts, a trailing <c>?</c> marks it optional.</summary>
    private static SumTerm Term(string spec)
    {
        var weight = spec.StartsWith("-", StringComparison.Ordinal) ? -1 : 1;
        var optional = spec.EndsWith("?", StringComparison.Ordinal);
        var start = weight < 0 ? 1 : 0;
        var pointer = spec.Substring(start, spec.Length - start - (optional ? 1 : 0));
        return new SumTerm { Pointer = pointer, Weight = weight, Optional = optional };
    }

    /// <summary><c>total = Σ items</c> (合计关系); the items in <see cref="Term"/> syntax.</summary>
    private static SumRelation Sum(string total, params string[] items) =>
        new() { RuleId = Unstamped, Total = total, Items = [.. items.Select(Term)] };

    /// <summary>A <see cref="Sum"/> that may also rebuild prior-year figures from stated changes.</summary>
    private static SumRelation PriorYearSum(string total, params string[] items) => Sum(total, items) with { PriorYear = true };

    /// <summary>
    /// A narrative's <see cref="PriorYearSum"/> whose optional parts a text may leave unstated (其中…): with one of them
    /// unstated and the <paramref name="closing"/> part (the residual one that closes the list, <see cref="SumTerm.ClosesList"/>)
    /// not stated, the stated parts are a lower bound of the total (<see cref="SumRelation.LowerBoundWhenPartial"/>, session 36).
    /// With no <paramref name="closing"/> part (null) only every part stated closes the list (session 37: the expenditure
    /// kinds, the balances of the grand totals — parts that can only be ≥ 0).
    /// </summary>
    private static SumRelation PartsSum(string total, string? closing, params string[] items)
    {
        var sum = PriorYearSum(total, items);
        return sum with
        {
            LowerBoundWhenPartial = true,
            Items = [.. sum.Items.Select(t => t.Pointer == closing ? t with { ClosesList = true } : t)],
        };
    }

    /// <summary><c>left = right</c>: a sum of one addend.</summary>
    private static SumRelation Equal(string left, string right) => Sum(left, right);

    /// <summary>The total row's <paramref name="column"/> equals the sum of the 类 (three-digit) rows' (合计 = Σ 类).</summary>
    private static SumRelation ClassTotal(string totalRow, string rows, string column) => new()
    {
        RuleId = Unstamped,
        Total = totalRow + column,
        Items = [new SumTerm { Pointer = rows + "*/" + column, CodeLength = 3 }],
    };

    /// <summary><c>lesser ≤ greater</c> up to rounding (不大于).</summary>
    private static InequalityRelation LessOrEqual(string lesser, string greater, AbsentFigures whenAbsent = default) =>
        new() { RuleId = Unstamped, Lesser = lesser, Greater = greater, WhenAbsent = whenAbsent };

    /// <summary><c>percent = numerator / denominator × 100</c> (占比).</summary>
    private static RatioRelation Ratio(string percent, string numerator, string denominator) =>
        new() { RuleId = Unstamped, Percent = percent, Numerator = numerator, Denominator = denominator };

    /// <summary>Rows of two lists matched by code (or name) compare their values (按科目对应).</summary>
    private static MatchRelation MatchRows(
        string left, string leftValue, string right, string rightValue, RelationComparison comparison = RelationComparison.Equal) =>
        new() { RuleId = Unstamped, Left = left, LeftValue = leftValue, Right = right, RightValue = rightValue, Comparison = comparison };

    /// <summary>类 = Σ 款 and 款 = Σ 项 in every listed column of a coded table (科目层级).</summary>
    private static HierarchyRelation Hierarchy(string rows, params string[] columns) =>
        new() { RuleId = Unstamped, Rows = rows, Columns = columns };

    /// <summary>A list's <paramref name="key"/> (default: the code) is not repeated (不重复).</summary>
    private static UniqueRelation Unique(string list, string key = "code", bool pointAtRow = false, string? qualifier = null) =>
        new() { RuleId = Unstamped, List = list, Key = key, PointAtRow = pointAtRow, Qualifier = qualifier };

    /// <summary>Every code of a list matches <paramref name="pattern"/> (格式).</summary>
    private static PatternRelation Pattern(string list, string pattern) => new() { RuleId = Unstamped, List = list, Pattern = pattern };

    /// <summary>The parent of every 款 and 项 code of a list is listed too (上级科目已列出).</summary>
    private static ParentListedRelation ParentListed(string list) => new() { RuleId = Unstamped, List = list };

    /// <summary>A condition relation over <paramref name="anchors"/> (条件检查; spec §4.15).</summary>
    private static ConditionRelation Each(string anchors, params ConditionCase[] cases) =>
        ConditionBuilder.Each(Unstamped, anchors, cases);
}
