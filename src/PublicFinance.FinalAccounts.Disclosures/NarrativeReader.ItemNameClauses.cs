using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 30, family A (session 32): 项 items listed after a list of 类 without naming their 类 — "一般公共服务支出（类）
/// 400.00 万元，占 80.00%；…；卫生健康支出（类）40.00 万元，占 8.00%。1.行政运行（项）：年初预算为 300.00 万元，支出决算为…". Before,
/// the item's name stood alone before its colon (a clause with no figure, so no label named it) and its figures went to the
/// last 类 of the list (a false FA2205 and an FA8003 per figure). Now the name is the item's own subject, placed only where
/// its parent is certain, and the last 类 of a list is never the subject of the sentences after the list.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A clause with no figure that only names a functional 款 or 项 by its level — "1.行政运行（项）" before "：年初预算为…",
    /// "（2）一般行政管理事务（项）", "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" — in a section of
    /// functional items: the item becomes the subject (<see cref="FunctionalSubject"/>), as when its name is the label of its
    /// first figure ("行政运行（项）年初预算为…"). Its code is the catalogue's only where the name (with the 类 and 款 written
    /// before it) gives one; a name the catalogue has under several 款 ("行政运行") stays an entry without a code and a note —
    /// never a child of the 类 read before it. False when the clause is no such name.
    /// </summary>
    private bool ItemNameClause(ClauseView clause)
    {
        if (clause.Length > 80)
        {
            return false;
        }

        if (section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital or Section.Appropriation))
        {
            return CodedLineWithoutList(clause);   // session 63: "事业运行（2140150）：1 268.42万元…" under 支出决算情况
        }

        if (BeforeListMark(clause) && (clause.Contains("(项)") || clause.Contains("(款)") || HasBracketedLevelMark(clause)))
        {
            budget = null;   // session 53: one name of a list — no item, and no earlier figure's relation or reason
            reasonTarget = null;
            return true;
        }

        if (!clause.Contains("(项)") && !clause.Contains("(款)") && !HasBracketedLevelMark(clause)
            && !(clause.Contains("(类)") && CodeAfterLevelMark(clause.Text.Trim(), year, out _))   // "（二）…支出（类）208" (session 40)
            && !CodedNameBeforeColon(clause))   // session 57: "；（2）一般行政管理事务（2012902）：27.45万元"
        {
            return UnmarkedItemName(clause) || UncodedEntryName(clause);   // session 58: "（2）档案馆（补充说明）：50.00万元"
        }

        var label = clause.Text.Trim();
        if (!TryFunctionalName(label, year, out var name) || label.Length > name.RestStart && !IsBlank(label.AsSpan(name.RestStart)))
        {
            return false;   // words after the name ("行政运行（项）支出决算较年初预算增加"): not a name alone
        }

        FunctionalSubject(clause, ref label, b.Span(clause.Sentence, clause.Start, clause.End), out _);
        return true;
    }

    /// <summary>
    /// Session 57 (evals57, blind round 53 t02): whether the clause is an entry's name ending in its code in brackets, before a
    /// colon — "（2）一般行政管理事务（2012902）" of "…占49.12%；（2）一般行政管理事务（2012902）：27.45万元，占9.21%；", the entries one a
    /// line run into one paragraph by their '；'. At the paragraph's head the head reads such a name; inside it, the clause has
    /// no figure, so its name labelled nothing and the figures after the colon were unplaced. Read as the name of a level-marked
    /// entry is (<see cref="ItemNameClause"/>), the code making the item certain.
    /// </summary>
    private static bool CodedNameBeforeColon(ClauseView clause)
    {
        var t = clause.Sentence.Text;
        var text = clause.Text.TrimEnd();
        if (clause.End >= t.Length || t[clause.End] != ':' || text.Length < 6 || text[text.Length - 1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        var digits = text.Length - open - 2;
        if (open <= 0 || digits is not (3 or 5 or 7) || text[open + 1] != '2')
        {
            return false;
        }

        for (var d = open + 1; d < text.Length - 1; d++)
        {
            if (!Scanner.IsDigit(text[d]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Session 53 (blind round 49 t07): whether the clause is followed by 、 — one name of a list ("一般行政管理事务（项）、应急管理（项）
    /// 决算数小于调整预算数，系…"), never an entry's heading: the sentence names its rows (NamedItemBudgetReasons). Before, the first
    /// name became a new item (without a code) that took the list's relation and reason. Such a clause is read as nothing: the
    /// budget and reason target are closed (the subject is kept for what follows the list), so the list's relation and reason
    /// go only to the rows it names, or to nothing (a note) — never to the figure read before it (the section total, when no
    /// item was read).
    /// </summary>
    private static bool BeforeListMark(ClauseView clause)
    {
        var t = clause.Sentence.Text;
        var after = clause.End;
        while (after < t.Length && t[after] == ' ')
        {
            after++;
        }

        return after < t.Length && t[after] == '、';
    }

    /// <summary>
    /// A numbered clause of the 一般公共预算 section inside a paragraph that is only a 项 name the catalogue lists, before a
    /// colon, with no level mark — "。2.行政运行：年初预算为…", "具体如下：（2）一般行政管理事务：…" — is that item's name, as
    /// "行政运行（项）：" is: the item becomes the subject, with the catalogue's code only where the name is its only 项
    /// (机关事业单位基本养老保险缴费支出 → 2080505). At a paragraph's head the head reads it (<see cref="UnmarkedItemHead"/>).
    /// A name the catalogue also gives a 类 or a 款 ("教育支出", "普通教育"), a name without a number before it and a name of no
    /// 项 are not read so (<see cref="ItemNameAt"/>): their figures stay notes (never the last 类's, <see cref="EndClassList"/>).
    /// </summary>
    private bool UnmarkedItemName(ClauseView clause)
    {
        var t = clause.Sentence.Text;
        if (section != Section.GeneralBudget || clause.End >= t.Length || t[clause.End] != ':')
        {
            return false;
        }

        var label = clause.Text.Trim();
        var start = LabelNameStart(label);
        if (start == 0 || start >= label.Length - 1 || HasDigit(label.Substring(start)))
        {
            return false;   // no entry number: "年初预算：…" or any other label before a colon is not an item's name
        }

        var written = label.Substring(start).Trim();
        if (!OnlyAnItemName(written, YearOrDefault))
        {
            return false;
        }

        var items = Named(written, FunctionalLevel.Item, NoCodes);
        var name = new FunctionalName(items.Count == 1 ? items[0].Value : null, null, null, written, label.Length);
        NamedSubject(clause, name, ref label, b.Span(clause.Sentence, clause.Start, clause.End), out _);
        return true;
    }

    /// <summary>
    /// Whether a clause ending at <paramref name="end"/> of <paramref name="t"/> is a label before a colon in the 一般公共预算
    /// section: it may be an unmarked item's name (<see cref="UnmarkedItemName"/>), so it is read though it has no signal, as
    /// the oracle reading every clause reads it. Session 58: in any fund's section too while an entry of its list is the
    /// subject (an uncoded entry's name, <see cref="UncodedEntryName"/>).
    /// </summary>
    private bool ItemColonLabel(string t, int end, int to)
        => end < to && t[end] == ':' && (section == Section.GeneralBudget || SubjectIsListedEntry());   // session 58: any fund's list

    /// <summary>
    /// Whether a clause ends with a level's mark, "(项)" or "(款)" — or "[项]", "【项】" (session 38) — (white space after it
    /// allowed): it may name an item alone (<see cref="ItemNameClause"/>), so it is read though it has no figure or signal
    /// word, as the oracle reading every clause reads it.
    /// </summary>
    internal static bool EndsWithLevelMark(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimEnd();
        var n = clause.Length;   // no ^1: the library also targets netstandard2.0 (no System.Index)
        return n > 3 && (clause[n - 3], clause[n - 1]) is ('(', ')') or ('[', ']') or ('【', '】') && clause[n - 2] is '项' or '款';
    }

    /// <summary>
    /// The sentence (its <see cref="sentenceStart"/>) in which a 类 of the 一般公共预算 section was last stated with its amount,
    /// and how many 类 that sentence stated (<see cref="TryClassFigure"/>). The one state these readers keep (session 33): the
    /// builder's list of 类 does not tell in which sentence each was stated, and an entry a paragraph head or a label names
    /// again must end the list (<see cref="ItemNamed"/>). It is written only here: <see cref="ClassStatedInSentence"/>,
    /// <see cref="ItemNamed"/>, <see cref="EndClassList"/>. (Session 32's other field, whether the paragraph's body followed a
    /// list number, is gone: the paragraph reader passes its list number to the head, <see cref="UnmarkedItemHead"/>.)
    /// </summary>
    private (int Sentence, int Count) classesStated = (-1, 0);

    /// <summary>
    /// A functional entry was named (a paragraph head, <see cref="TryFunctionalItem"/>, or a label,
    /// <see cref="NamedSubject"/>): the subject is certain, no longer the last 类 of a list.
    /// </summary>
    private void ItemNamed() => classesStated = (-1, 0);

    /// <summary>A 类 was stated with its amount in the sentence being read (counted for <see cref="EndClassList"/>).</summary>
    private void ClassStatedInSentence() => classesStated = classesStated.Sentence == sentenceStart && sentenceStart >= 0
        ? (sentenceStart, classesStated.Count + 1) : (sentenceStart, 1);

    /// <summary>
    /// At a new sentence: when the sentence before stated several 类 ("一般公共服务支出（类）400.00 万元，占 80.00%；…；卫生健康支出
    /// （类）40.00 万元，占 8.00%。"), the last of them is no longer the subject — a budget, a final or a 项 in the next sentence
    /// is not certainly that 类's (before: "1.行政运行（项）：年初预算为 300.00 万元…" went to 卫生健康支出, a false FA2205). A 类
    /// stated alone in its sentence stays the subject ("教育支出（类）60.00 万元。年初预算为 55.00 万元…"), and so does one named
    /// again after the list ("卫生健康支出（类）40.00 万元。年初预算为…": <see cref="TryFunctionalItem"/> and
    /// <see cref="FunctionalSubject"/> forget the list).
    /// </summary>
    private void EndClassList()
    {
        if (classesStated.Count > 1 && classesStated.Sentence != sentenceStart)
        {
            if (subject is not null && subject.StartsWith(N + "generalBudget/classes/", StringComparison.Ordinal))
            {
                subject = null;
                budget = null;
            }

            classesStated = (-1, 0);
        }
    }

    /// <summary>
    /// The words of an amount a 项 named with neither its level mark nor a colon may be followed by: "2.一般行政管理事务年初预算为
    /// …", "（2）一般行政管理事务支出决算为…", "②一般行政管理事务决算数为…".
    /// </summary>
    private static readonly string[] ItemAmountPhrases = ["年初预算", "支出决算", "决算数", "预算数"];

    /// <summary>The longest name read before an amount phrase (<see cref="NameBeforeAmountPhrase"/>).</summary>
    private const int UnmarkedNameLength = 30;

    /// <summary>
    /// The one recogniser of a 款 or 项 named without its 类 (session 33), for the paragraph head without a mark
    /// (<see cref="UnmarkedItemHead"/>; <see cref="UnclassedItemHead"/>, which reads a 款 and its 项 in a row, asks its level
    /// name part, <see cref="UnclassedName"/>), a clause before ':' (<see cref="UnmarkedItemName"/>), a sentence's first label
    /// (<see cref="UnmarkedItemLabel"/>) and the end of a reason (<see cref="ItemAfterReason"/>): [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="t"/> is such a name when it ends with its level mark after a level name
    /// ("一般行政管理事务(项)", "档案事务(款)": <see cref="UnclassedName"/>), or is a name the catalogue gives only to 项 for
    /// <paramref name="year"/>, any year when null ("行政运行", "一般行政管理事务" — not "教育支出" nor "普通教育", a 类 and a 款).
    /// </summary>
    internal static bool ItemNameAt(string t, int from, int to, int? year)
        => to - from > 3 && EndsWithLevelMark(t.AsSpan(from, to - from))
            ? UnclassedName(t, from, t.LastIndexOf('(', to - 1, to - from), out _)
            : to > from && OnlyAnItemName(t.Substring(from, to - from).Trim(), year);

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> opens with a name of Chinese words
    /// (2 to <see cref="UnmarkedNameLength"/>, no digit, bracket or clause break) followed at once by one of
    /// <see cref="ItemAmountPhrases"/> ("一般行政管理事务年初预算为"): <paramref name="phraseAt"/> is where the phrase starts.
    /// The first phrase found decides ("支出决算数为" names nothing).
    /// </summary>
    internal static bool NameBeforeAmountPhrase(string t, int from, int to, out int phraseAt)
    {
        phraseAt = -1;
        var limit = Math.Min(to, from + UnmarkedNameLength + 4);
        for (var i = from; i < limit; i++)
        {
            var c = t[i];
            if (Scanner.IsDigit(c) || c is '(' or ')' or ',' or ':' or ';' or '、' or '。' or ' ')
            {
                return false;
            }

            if (StartsWithAny(t, i, to, ItemAmountPhrases))
            {
                phraseAt = i;
                return i - from >= 2;   // the first phrase decides: "支出决算数为" is no name "支出" before "决算数"
            }
        }

        return false;
    }

    /// <summary>
    /// Session 33: the first label of a numbered sentence of the 一般公共预算 section that names a 项 with neither its level mark
    /// nor a colon, before an amount phrase — "2.一般行政管理事务年初预算为 50.00 万元，…" after the item before it and its reason
    /// (before: its figures went to that item, a false FA2205 and FA2201). A name the catalogue gives only to 项
    /// (<see cref="ItemNameAt"/>) makes the item the subject (<see cref="NamedSubject"/>) and <paramref name="label"/> is
    /// the rest ("年初预算为"). Another name after an item of the list — one the catalogue does not know, or gives a 类 or 款
    /// too (<see cref="UnplaceableItemName"/>) — is a located note and the rest of its sentence is not read
    /// (<paramref name="handled"/>): its level and parent are a guess (precision first). False when the label is no such name.
    /// </summary>
    private bool UnmarkedItemLabel(ClauseView clause, ref string label, SourceSpan span, out bool handled)
    {
        handled = false;
        if (section != Section.GeneralBudget || clause.Start != currentSentenceFrom)
        {
            return false;
        }

        var marker = ListMarker(label, 0, label.Length);
        var start = marker is var (_, _, length) ? length : 0;
        if (marker is null || !NameBeforeAmountPhrase(label, start, label.Length, out var phraseAt)
            || DirectionOf(label.Substring(phraseAt)) is not null)
        {
            return false;   // "（2）公用经费决算数减少 …": a reason's list item, not a name before its own amount
        }

        var written = label.Substring(start, phraseAt - start);
        if (ItemNameAt(label, start, phraseAt, YearOrDefault))
        {
            var items = Named(written, FunctionalLevel.Item, NoCodes);
            var name = new FunctionalName(items.Count == 1 ? items[0].Value : null, null, null, written, phraseAt);
            return NamedSubject(clause, name, ref label, span, out handled);
        }

        if (!UnplaceableItemName(written) || subject is null || !subject.StartsWith(N + "generalBudget/items/", StringComparison.Ordinal))
        {
            return false;
        }

        mutedSentence = sentenceStart;
        subject = null;
        budget = null;
        reasonTarget = null;
        lastLabel = string.Empty;
        Note(span, DisclosureMessages.UnknownItemAfterItem, clause);
        handled = true;
        return true;
    }

    /// <summary>
    /// Words that make a name before an amount phrase no entry's name ("本年度", "其中", "单位合计"), and the parts of a total
    /// that are no functional entry ("基本支出", "项目支出", "人员经费", "公用经费").
    /// </summary>
    private static readonly string[] NotItemNameWords =
        ["年", "预算", "决算", "合计", "总计", "其中", "部门", "单位", "基本支出", "项目支出", "人员经费", "公用经费"];

    /// <summary>
    /// Whether <paramref name="name"/>, read before an amount phrase after an item of the list, names an entry whose place is
    /// a guess: not a name the catalogue gives only to 项 (<see cref="OnlyAnItemName"/>, of any year) — a name it does not
    /// know, or one it gives a 类 or 款 too ("其他一般公共服务支出", "教育支出") — of 4 characters at least and none of
    /// <see cref="NotItemNameWords"/>.
    /// </summary>
    private static bool UnplaceableItemName(string name)
        => name.Length >= 4 && !HasAnyIn(name, 0, name.Length, NotItemNameWords) && !OnlyAnItemName(name, null);
}
