using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// An amount of the evaluated projects scoped to one kind of funds ("对 12 个项目开展了绩效自评，涉及一般公共预算项目支出
/// 2108.19 万元"): a located note, never the projects' all-fund budget, execution or funds (a precision item of session 23).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The kinds of funds a 绩效 amount may be scoped to: a 一般公共预算 or 财政拨款 (or 政府性基金) share of the projects'
    /// funds, never the whole of it.
    /// </summary>
    private static readonly string[] FundScopeWords = ["一般公共预算", "财政拨款", "政府性基金", "财政资金"];

    /// <summary>
    /// An amount of the evaluated projects whose label scopes it to one kind of funds ("涉及一般公共预算项目支出 2108.19 万元",
    /// "财政拨款项目预算 …"): the model's project budget, execution and funds are of all funds and FA3011 compares them with
    /// the all-fund 项目支出, so a scoped amount is a located note, never one of them (session 23; the model has no member for
    /// the scoped amount). True when it was one.
    /// </summary>
    private bool FundScopedProjectAmount(string compact, SourceSpan span, string text)
    {
        if (performanceGroup != "project" || !HasAny(compact, FundScopeWords))
        {
            return false;
        }

        Note(span, DisclosureMessages.FundScopedProjectAmount(compact), text);
        return true;
    }

    /// <summary>
    /// The index after a circled entry number at <paramref name="at"/> ("①行政运行（项）…", "⑵…"), and the spaces after it;
    /// <paramref name="at"/> itself when there is none. Before, the number stayed in the name ("①卫生健康管理事务"), and the
    /// catalogue could not find the item's code.
    /// </summary>
    private static int AfterCircledNumber(string label, int at)
    {
        if (at >= label.Length || !IsCircledNumber(label[at]))
        {
            return at;
        }

        at++;
        while (at < label.Length && label[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>Whether <paramref name="c"/> is a circled or bracketed entry number: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–❿, ➀–➓.</summary>
    private static bool IsCircledNumber(char c) => c is >= '\u2460' and <= '\u249B' or >= '\u2776' and <= '\u2793';

    /// <summary>
    /// Whether the clause is an entry of the list its sentence announces before it: the text of the sentence before the
    /// clause ends "如下:" ("卫生健康支出（类）690.50 万元，具体如下：①行政运行（2100101）210.50 万元；②…"). Such a list is the
    /// class's breakdown as the text gives it, so its 项 are read as the class's (session 23); a list that falls short of its
    /// class is still withdrawn as notes once the whole text is read (<see cref="PartialLists"/>), and an over-sum is an Error.
    /// </summary>
    private bool AnnouncedList(ClauseView clause)
    {
        var at = currentSentence.IndexOf("如下", currentSentenceFrom, clause.Start - currentSentenceFrom, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = at + 2;
        while (after < clause.Start && currentSentence[after] == ' ')
        {
            after++;
        }

        return after < currentSentence.Length && currentSentence[after] == ':';
    }
}
