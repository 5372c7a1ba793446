using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 34 (E1): a change after a closed 其中 list belongs to the list's head. "本年支出合计 305.90 万元，其中：基本支出
/// 221.70 万元，项目支出 84.20 万元，比上年减少 4.50 万元，下降 1.44%" — the change follows the last part, but its clause names
/// no figure and no part before the last had a change of its own: by the sentence's form it is the total's (the whole was
/// compared, the list only breaks it down). The last part took it before, and FA2104 raised a false Error (a rate on the
/// part's base). Decided by the form, never by the numbers: the list has two parts at least, each stated in a clause of its
/// own, and the change stands in a clause after the last part's. When the owner is not certain — the head is not known,
/// the parts are cut by ';' (each part may carry its own comparison), or the head's change was already stated before the
/// list, or the head is a grand total (session 40: <see cref="IsGrandTotal"/>) — the change is a located note, never the last
/// part's. In a list cut by ';' that goes on after the change
/// ("…；经营收入 X 万元，占 p%，同比减少 Y 万元；其他收入 Z 万元"), the change is inside its part's segment: the part's, as
/// before. A clause that names its figure ("项目支出比上年减少…"), a
/// list whose first part had its own change, a one-part list and the 三公 lists (<c>ThreePublicLists</c>) are as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Where 其中 stands in the current sentence's text (−1: none), and the sentence it was seen in.</summary>
    private int listMarkAt = -1;

    /// <summary>
    /// The text <see cref="listMarkAt"/> is a position of: a clause of another text (a bracket or a reason read as a sentence
    /// of its own) is not counted against it.
    /// </summary>
    private string listMarkText = string.Empty;

    private int listMarkSentence = -1;

    /// <summary>Whether the list's head was taken (at the first clause from 其中 on), and its change (null: not known).</summary>
    private bool listHeadTaken;

    private string? listHeadChange;

    private string? listHeadSubject;

    /// <summary>Whether the head's change was stated before the list (a second change after it is not certain).</summary>
    private bool listHeadChanged;

    /// <summary>The parts seen after 其中: how many, the last, where the last one's clause starts.</summary>
    private int listParts;

    private string? listLastPart;

    private int listLastPartClause = -1;

    private int listPreviousClause = -1;

    /// <summary>Whether a part of the list had a change of its own (then each part's change is its own).</summary>
    private bool listPartChanged;

    /// <summary>Called as a sentence starts (TrailingListSentence): where its 其中 stands, if anywhere.</summary>
    private void ListHeadSentence(string text, int listAt)
    {
        listMarkText = text;
        listMarkAt = listAt;
        listMarkSentence = sentenceStart;
        listHeadTaken = false;
        listHeadChange = null;
        listHeadSubject = null;
        listHeadChanged = false;
        listParts = 0;
        listLastPart = null;
        listLastPartClause = -1;
        listPreviousClause = -1;
        listPartChanged = false;
    }

    /// <summary>Whether the current sentence has a 其中 list this reader follows.</summary>
    private bool InHeadedList => listMarkAt >= 0 && listMarkSentence == sentenceStart && section != Section.ThreePublic;

    /// <summary>
    /// Called as each clause [<paramref name="start"/>, …) of the sentence's text starts: takes the list's head at the first
    /// clause from 其中 on (the figure stated before 其中 in this sentence, or the total of a sentence that opens with 其中),
    /// then counts the parts — each new subject a clause leaves behind is one.
    /// </summary>
    private void ListClauseStarts(string text, int start)
    {
        if (!InHeadedList || !ReferenceEquals(text, listMarkText) || !ReferenceEquals(text, currentSentence)
            || listMarkAt > text.Length || currentSentenceFrom > listMarkAt
            || start < listMarkAt && HasDigitIn(text, start, listMarkAt))
        {
            return;
        }

        if (!listHeadTaken)
        {
            listHeadTaken = true;
            var opensWithList = !HasDigitIn(text, currentSentenceFrom, listMarkAt);
            var head = opensWithList ? listTotal : subjectSentence == sentenceStart ? subject : null;
            if (head is not null && head == subject)
            {
                listHeadSubject = head;
                listHeadChange = ChangeTarget();
                listHeadChanged = listHeadChange is not null && (b.Has(listHeadChange, "amount") || b.Has(listHeadChange, "rate"));
            }

            listLastPart = subject;
            listPreviousClause = start;
            return;
        }

        ListPartSeen(listPreviousClause);
        listPreviousClause = start;
    }

    /// <summary>
    /// A subject other than the head and the last part is one more part, stated in the clause at
    /// <paramref name="clauseStart"/>.
    /// </summary>
    private void ListPartSeen(int clauseStart)
    {
        if (subject is not null && subject != listLastPart && subject != listHeadSubject)
        {
            listParts++;
            listLastPart = subject;
            listLastPartClause = clauseStart;
        }
    }

    /// <summary>
    /// The owner of a change in <paramref name="clause"/> (label <paramref name="label"/>) after a closed 其中 list: the
    /// head's change when certain; <paramref name="uncertain"/> when the change follows the list but its owner is not
    /// certain; null (and not uncertain) when the change is read as before.
    /// </summary>
    private string? ListChangeOwner(ClauseView clause, string label, out bool uncertain)
    {
        uncertain = false;
        if (!InHeadedList || !listHeadTaken)
        {
            return null;
        }

        ListPartSeen(clause.Start);
        if (clause.Start <= listLastPartClause || listParts < 2 || listPartChanged || SubjectFrom(label) is not null)
        {
            if (listParts >= 1 && clause.Start > listMarkAt && subject == listLastPart && subject != listHeadSubject)
            {
                listPartChanged = true;   // "其中：A 万元，比上年增加 x；B 万元，比上年增加 y": each part's own change
            }

            return null;
        }

        var cutParts = SemicolonIn(clause.Sentence.Text, listMarkAt, listLastPartClause);
        if (cutParts && SemicolonIn(clause.Sentence.Text, clause.End, currentSentenceTo + 1))   // a reason's ';' ends the sentence
        {
            return null;   // "…；经营收入 X，占 p%，同比减少 Y；其他收入 Z": the list goes on, the change is in its part's segment
        }

        if (cutParts && ListClosedBySibling(clause.Sentence.Text))
        {
            return null;   // ListSiblingHeads (s46): "…；本年支出 X 万元，比上年增加…" — a new statement after the list, its own change
        }

        if (listHeadChange is null || listHeadChanged || cutParts || IsGrandTotal(listHeadSubject))
        {
            uncertain = true;
            return null;
        }

        return listHeadChange;
    }

    /// <summary>
    /// For the year-on-year change paths: a change after a closed 其中 list whose owner is not certain is the located note
    /// <see cref="DisclosureMessages.ChangeAfterListUncertain"/> (true: read, nothing placed).
    /// </summary>
    private bool ListChangeNoted(ClauseView clause, string label, SourceSpan span)
    {
        if (ListChangeOwner(clause, label, out var uncertain) is not null || !uncertain)
        {
            return false;
        }

        Note(span, DisclosureMessages.ChangeAfterListUncertain, clause);
        return true;
    }

    /// <summary>
    /// Session 40: whether the list's head is a grand total (收入总计, 支出总计, 财政拨款收入总计…). Its parts are the year's
    /// figure and the carry-overs, and a change after the last part ("财政拨款收入总计 950.00 万元，其中年初财政拨款结转和结余
    /// 50.00 万元，本年财政拨款收入 900.00 万元，较上年增加 100.00 万元，增幅为 12.5%") may be the total's or the year's figure's:
    /// its owner is not certain, and read as the total's it was a false FA2104 (a rate on the total's base).
    /// </summary>
    private static bool IsGrandTotal(string? head) => head is not null && head.EndsWith("GrandTotal", StringComparison.Ordinal);

    /// <summary>Whether ';' stands in <paramref name="text"/> between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool SemicolonIn(string text, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < to && i < text.Length; i++)
        {
            if (text[i] is ';' or '；')
            {
                return true;
            }
        }

        return false;
    }
}
