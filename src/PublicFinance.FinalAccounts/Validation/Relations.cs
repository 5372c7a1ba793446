using System.Collections.Generic;
using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// An arithmetic relation between figures, declared as data (勾稽关系) so that other tools can reuse it
/// (<c>docs/rules/relations.json</c>). Pointers are JSON Pointer templates into the report's JSON form: a <c>*</c>
/// stands for every element of a list. A <c>*</c> that appears in the checked figure binds the same position in the
/// other templates; any further <c>*</c> in another template is summed over.
/// </summary>
public abstract record Relation
{
    /// <summary>The rule that owns the relation (规则编号).</summary>
    public required string RuleId { get; init; }
}

/// <summary>One addend of a <see cref="SumRelation"/> (加项).</summary>
public sealed record SumTerm
{
    /// <summary>Pointer template of the addend.</summary>
    public required string Pointer { get; init; }

    /// <summary>+1 to add, −1 to subtract.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>
    /// Whether the addend may be absent (not disclosed) without stopping the check; absent counts as not reported,
    /// as in XBRL. Non-optional absent addends make the check "could not run".
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>When summing over a list: only rows whose <c>code</c> is one of these (empty: no filter).</summary>
    public IReadOnlyList<string> Codes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>When summing over a list: skip rows whose <c>code</c> is one of these.</summary>
    public IReadOnlyList<string> ExcludeCodes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>When summing over a list: only rows whose <c>code</c> has this many digits (0: any).</summary>
    public int CodeLength { get; init; }
}

/// <summary><c>total = Σ weight·item</c>, checked by interval intersection (合计关系).</summary>
public sealed record SumRelation : Relation
{
    /// <summary>Pointer template of the total.</summary>
    public required string Total { get; init; }

    /// <summary>The addends.</summary>
    public required IReadOnlyList<SumTerm> Items { get; init => field = ValueList.From(value); }

    /// <summary>Whether the relation may be used to reconstruct prior-year figures from stated changes.</summary>
    public bool PriorYear { get; init; }

    /// <summary>What an absent scope or an absent total records (缺数处理; spec §4.10).</summary>
    public AbsentFigures WhenAbsent { get; init; }

    /// <summary>
    /// An exact total used when the total is not stated (默认合计, e.g. weights add up to 100), pointed at the total's row
    /// (spec §4.14); null for none.
    /// </summary>
    public decimal? TotalDefault { get; init; }
}

/// <summary>
/// Code hierarchy of a table (科目层级): each 类 row equals the sum of its 款 rows and each 款 row the sum of its 项 rows
/// (the parent of a code is the code without its last two digits), in every listed column.
/// </summary>
public sealed record HierarchyRelation : Relation
{
    /// <summary>Pointer of the rows list; each row has a <c>code</c>.</summary>
    public required string Rows { get; init; }

    /// <summary>Member names of the amount columns.</summary>
    public required IReadOnlyList<string> Columns { get; init => field = ValueList.From(value); }
}

/// <summary>
/// Roll-up between two lists (按科目汇总): a row of the parent list with code c equals the sum of the rows of the child
/// list whose codes start with c (e.g. a 类 stated in the narrative and the 项 stated under it).
/// </summary>
public sealed record RollupRelation : Relation
{
    /// <summary>Pointer of the parent list; each row has a <c>code</c>.</summary>
    public required string Parents { get; init; }

    /// <summary>Pointer of the child list; each row has a <c>code</c>.</summary>
    public required string Children { get; init; }

    /// <summary>Member holding the value in both lists.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the relation may be used to reconstruct prior-year figures from stated changes.</summary>
    public bool PriorYear { get; init; }
}

/// <summary>How two matched figures must compare (比较方式).</summary>
public enum RelationComparison
{
    /// <summary>Equal up to rounding (相等).</summary>
    Equal = 0,

    /// <summary>Left not greater than right, up to rounding (不大于).</summary>
    LessOrEqual = 1,
}

/// <summary>
/// Rows of two lists matched by functional code (or, when a row has no code, by normalised name) must agree
/// (按科目对应): for every left row, <c>left.value ⋚ right.value</c> of the row with the same code.
/// </summary>
public sealed record MatchRelation : Relation
{
    /// <summary>Pointer of the left list.</summary>
    public required string Left { get; init; }

    /// <summary>Member of a left row holding the value.</summary>
    public required string LeftValue { get; init; }

    /// <summary>Pointer of the right list.</summary>
    public required string Right { get; init; }

    /// <summary>Member of a right row holding the value.</summary>
    public required string RightValue { get; init; }

    /// <summary>Equal or less-or-equal.</summary>
    public RelationComparison Comparison { get; init; }
}

/// <summary><c>lesser ≤ greater</c> up to rounding (不大于关系).</summary>
public sealed record InequalityRelation : Relation
{
    /// <summary>Pointer template of the smaller figure.</summary>
    public required string Lesser { get; init; }

    /// <summary>Pointer template of the bound.</summary>
    public required string Greater { get; init; }

    /// <summary>What an absent scope or an absent figure records (缺数处理; spec §4.10).</summary>
    public AbsentFigures WhenAbsent { get; init; }
}

/// <summary><c>percent = numerator / denominator × 100</c>, checked with interval arithmetic (占比关系).</summary>
public sealed record RatioRelation : Relation
{
    /// <summary>Pointer template of the stated percentage.</summary>
    public required string Percent { get; init; }

    /// <summary>Pointer template of the part.</summary>
    public required string Numerator { get; init; }

    /// <summary>Pointer template of the whole.</summary>
    public required string Denominator { get; init; }

    /// <summary>Pointer template of the whole used when <see cref="Denominator"/> has no figure (备用基数; spec §4.14); null for none.</summary>
    public string? DenominatorFallback { get; init; }
}
