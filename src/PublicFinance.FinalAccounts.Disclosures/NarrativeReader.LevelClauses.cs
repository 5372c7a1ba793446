using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 26, gap 6: the older 持平 path of <see cref="NoFigureClause"/> (持平, 无增减变化, 没有变化) obeys the rule session 25
/// gave 零增长 and 与上年相同 (<see cref="ZeroChangeClause"/>): a change of 0 only when the clause directly follows the clause
/// whose last figure is its subject's amount, and no prior-year figure in the sentence differs. A clause that names its own
/// 三公 item ("其中：因公出国（境）费支出与上一年度持平") is read as before (its subject is certain). Goals ("力争与上年持平")
/// were already notes (<c>ZeroChangeAsAGoal</c>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the 持平 clause must not set <paramref name="change"/>'s direction: its subject's amount does not end the clause
    /// right before (<see cref="FollowsAmount"/>), or a prior-year figure differs (<see cref="PriorYearDiffers"/>); then it
    /// is the located note <c>LevelWithoutFigure</c>; a 持平 with the budget is never a change (<c>LevelWithTheBudget</c>).
    /// <paramref name="namesItsSubject"/>: the clause names its own item.
    /// </summary>
    private bool LevelWithoutAmount(ClauseView clause, string change, SourceSpan span, bool namesItsSubject)
    {
        if (clause.Contains("预算"))
        {
            Note(span, DisclosureMessages.LevelWithTheBudget, clause);   // "决算数与预算数基本持平": not the prior year's
            return true;
        }

        if (namesItsSubject || NamesItsChange(clause.Text, change))
        {
            return false;
        }

        if (subject is not null && subjectSentence == sentenceStart && b.Has(subject, "amount")
            && FollowsAmount(clause, subject, out var amount) && !PriorYearDiffers(clause, change, amount))
        {
            return false;
        }

        Note(span, DisclosureMessages.LevelWithoutFigure, clause);
        return true;
    }

    /// <summary>
    /// Whether the 持平 clause names the figure whose change <paramref name="change"/> is ("与2023年度相比，财政拨款收入支出总计持平":
    /// the grand totals' change, stated in the sentence after their amount): its words resolve in the section to that figure,
    /// or to a grand total of the section whose change it is.
    /// </summary>
    private bool NamesItsChange(string text, string change)
    {
        if (Resolve(section, text) is not { } target)
        {
            return false;
        }

        var slash = target.IndexOf('/');
        var grand = target.EndsWith("GrandTotal", StringComparison.Ordinal) || target.EndsWith("/*grand", StringComparison.Ordinal);
        var owner = grand && slash > 0 ? target.Substring(0, slash) : target;
        return change.Length == N.Length + owner.Length + "/change".Length && change.StartsWith(N, StringComparison.Ordinal)
            && string.CompareOrdinal(change, N.Length, owner, 0, owner.Length) == 0 && change.EndsWith("/change", StringComparison.Ordinal);
    }
}
