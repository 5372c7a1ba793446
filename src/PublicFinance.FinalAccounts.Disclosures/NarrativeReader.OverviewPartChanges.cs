namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (blind round 42 t10): the change of an income or expenditure part stated in the overview — "本年收入中财政拨款收入
/// A 万元；事业收入 B 万元，比上年度减少 C 万元，降低 D%" under a heading the reader took for the overview (收支总体情况, or an
/// unnumbered "收入情况" it does not enter). The part's amount goes to its own field (/narrative/income/serviceIncome), but
/// its change went to the overview's statement (/narrative/overall/change, the grand totals' change), so the rate was
/// checked on 收入总计 (a false FA2104 Error). A change whose label names no figure, right after a part of the income or
/// the expenditure stated in the same sentence, is that part's change — as a 本年结余's is (<c>OwnBalanceChange</c>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sections of the narrative whose direct parts may own a change stated in the overview.</summary>
    private static readonly string[] OverviewPartOwners = [N + "income/", N + "expenditure/"];

    /// <summary>
    /// The change of the income or expenditure part (事业收入, 基本支出…) stated as the subject in the current sentence of the
    /// overview, when the change's label (<paramref name="label"/>) names no figure of its own; else null.
    /// </summary>
    private string? OwnPartChange(string label)
    {
        if (section != Section.Overall || subject is not { } stated || subjectSentence != sentenceStart || SubjectIsItem)
        {
            return null;
        }

        foreach (var owner in OverviewPartOwners)
        {
            if (stated.Length > owner.Length && stated.StartsWith(owner, StringComparison.Ordinal)
                && stated.IndexOf('/', owner.Length) < 0 && Resolve(StripDirection(label)) is null)
            {
                return stated + "/change";
            }
        }

        return null;
    }
}
