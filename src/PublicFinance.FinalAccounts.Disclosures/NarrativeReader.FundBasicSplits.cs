using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (classes44, blind round 40 t04 and t02): the 人员经费 / 公用经费 split of a 基本支出 stated under a fund's heading.
/// <list type="bullet">
/// <item>In the 一般公共预算 section, after its 基本支出 part was placed (<see cref="GeneralBudgetBasicPart"/>: "一般公共预算财政
/// 拨款支出1452.37万元，其中：基本支出986.14万元，项目支出466.23万元。基本支出中人员经费872.41万元，公用经费113.73万元"), the
/// parts named after 基本支出 (基本支出中 / 包括 / 其中…), or in a sentence that opens with 基本支出, are that 基本支出's:
/// <c>basicExpenditure/personnel</c> and <c>public</c>, when free. Before, they were unplaced amounts. The section's 项目支出
/// part has no member and stays a note.</item>
/// <item>In the 财政拨款 section, a sentence that opens with a 基本支出 equal to the department's (<c>expenditure/basic</c>,
/// read before: "基本支出812.36万元，其中人员经费704.83万元…；公用经费107.53万元") splits that figure: a fund's part of the
/// department's 基本支出 that equals the whole leaves nothing to the other funds, so its parts are the whole's
/// (<c>expenditure/basicPersonnel</c>, <c>basicPublic</c>, through <see cref="PlaceAllFundsBasicPart"/>). A 基本支出 that
/// differs from the department's is a fund's own and stays the note: its parts are never put on the department's fields
/// (nor FA8003 pressed between the two 基本支出).</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The <see cref="sentenceStart"/> of the 财政拨款 section's sentence that restates the department's 基本支出, or -1.</summary>
    private int restatedBasicSentence = -1;

    /// <summary>Whether the sentence being read restates the department's 基本支出 in the 财政拨款 section.</summary>
    private bool InRestatedBasicSentence => restatedBasicSentence >= 0 && restatedBasicSentence == sentenceStart;

    /// <summary>
    /// An unplaced 人员经费 / 公用经费 in the 一般公共预算 section, part of the section's 基本支出 already placed at
    /// <c>basicExpenditure/total</c> (the label names 基本支出 before the part, the sentence opens with 基本支出, the other
    /// part was just placed in the sentence, or — session 45 — the two parts listed add up to it): the part's member, when
    /// free. True when placed.
    /// </summary>
    private bool GeneralBudgetBasicSplit(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section != Section.GeneralBudget || !b.Has(N + "basicExpenditure/total/amount")
            || BasicPartOf(compact, out var namesBasic) is not { } part)
        {
            return false;
        }

        var member = N + (part == BasicPartNames[0] ? "basicExpenditure/personnel" : "basicExpenditure/public");
        var afterOther = subjectSentence == sentenceStart
            && subject is N + "basicExpenditure/personnel" or N + "basicExpenditure/public";
        if (!(namesBasic || SentenceOpensWithBasic() || afterOther || AddsUpToTheBasic(clause, token, part))   // session 45
            || b.Has(member + "/amount"))
        {
            return false;
        }

        b.Set(member + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        subject = member;
        subjectSentence = sentenceStart;
        budget = null;
        return true;
    }

    /// <summary>
    /// In the 财政拨款 section, a 基本支出 that opens its sentence with the department's amount (<c>expenditure/basic</c>): the
    /// same figure again, so nothing is placed and no note made, and the parts after it in the sentence are the department's
    /// (<see cref="AllFundsBasicSection"/>). Its share or change (of the 财政拨款) is no one's: the subject is closed. True when
    /// read so.
    /// </summary>
    private bool RestatedDepartmentBasic(NumberToken token, string compact)
    {
        var end = compact.Length > 0 && compact[compact.Length - 1] is '为' or '是' ? compact.Length - 1 : compact.Length;
        if (section != Section.Appropriation || end != 4 || string.CompareOrdinal(compact, 0, "基本支出", 0, 4) != 0
            || !SentenceOpensWithBasic() || !SameAmount(N + "expenditure/basic", token))
        {
            return false;
        }

        restatedBasicSentence = sentenceStart;
        subject = null;
        budget = null;
        return true;
    }

    /// <summary>
    /// The part of 基本支出 (人员经费 or 公用经费) that <paramref name="compact"/> names alone — after 基本支出 and a joining word
    /// (<paramref name="namesBasic"/>), or after 其中 only — with only <see cref="BasicPartEnds"/> after it; null for any other
    /// label (another period, a budget, words of their own).
    /// </summary>
    private static string? BasicPartOf(string compact, out bool namesBasic)
    {
        namesBasic = false;
        foreach (var name in BasicPartNames)
        {
            var part = compact.IndexOf(name, StringComparison.Ordinal);
            if (part < 0 || !IsOneOf(compact.AsSpan(part + name.Length), BasicPartEnds))
            {
                continue;
            }

            var lead = compact.AsSpan(0, part);
            if (part >= 4 && compact.StartsWith("基本支出", StringComparison.Ordinal) && IsOneOf(lead.Slice(4), BasicPartJoiners))
            {
                namesBasic = true;
                return name;
            }

            return IsOneOf(lead, BasicPartLeads) ? name : null;
        }

        return null;
    }

    /// <summary>
    /// The words that may stand before a part of 基本支出 not named after 基本支出 itself (其中, or 和 / 及 before the second part).
    /// </summary>
    private static readonly string[] BasicPartLeads = ["", "其中", "其中:", "其中,", "和", "及", "以及"];
}
