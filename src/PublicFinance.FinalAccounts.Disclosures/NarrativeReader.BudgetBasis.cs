using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The budget a comparison phrase opens for its sentence (session 21, issue 8): "与年初预算相比，决算数为 X 万元，完成预算的 Y%" —
/// the final and the rate in the clauses after it are against 年初预算, in that sentence only; a budget the text names
/// itself ("全年预算为 Z 万元") is of its own kind, never written onto the open one.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The <see cref="sentenceStart"/> of the sentence whose "与…预算相比" set <see cref="pendingBudgetKind"/>.</summary>
    private int pendingBudgetSentence = -1;

    /// <summary>
    /// The kind a budget opened now has: <paramref name="kind"/> when the label names 全年 or 调整 itself (passed as fullYear)
    /// or when no comparison phrase of this sentence opened one; else the phrase's kind.
    /// </summary>
    private string BudgetKindWanted(string kind)
        => pendingBudgetKind is { } pending && pendingBudgetSentence == sentenceStart && kind != "fullYear" ? pending : kind;

    /// <summary>
    /// "与年初预算相比，决算数为 X 万元": a final figure right after the phrase (no budget figure yet) opens the phrase's budget,
    /// so that X is its final amount. False when no phrase of this sentence is pending.
    /// </summary>
    private bool OpenPendingBudget(SourceSpan span)
    {
        if (pendingBudgetKind is not { } pending || pendingBudgetSentence != sentenceStart)
        {
            return false;
        }

        OpenBudget(pending, span);
        return budget is not null;
    }
}
