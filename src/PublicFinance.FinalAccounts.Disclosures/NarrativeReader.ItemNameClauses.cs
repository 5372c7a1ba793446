using PublicFinance.FinalAccounts.Classification;

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
        if (section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital or Section.Appropriation)
            || clause.Length > 80)
        {
            return false;
        }

        if (!clause.Contains("(项)") && !clause.Contains("(款)"))
        {
            return UnmarkedItemName(clause);
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
    /// A numbered clause of the 一般公共预算 section that is only a 项 name the catalogue lists, before a colon, with no level
    /// mark — "1.行政运行：年初预算为…", "（2）一般行政管理事务：…" — is that item's name, as "行政运行（项）：" is: the item becomes the
    /// subject, with the catalogue's code only where the name is its only 项 (机关事业单位基本养老保险缴费支出 → 2080505). A name the
    /// catalogue also gives a 类 or a 款 ("教育支出", "普通教育"), a name without a number before it and a name of no 项 are
    /// not read so: their figures stay notes (never the last 类's, <see cref="EndClassList"/>).
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
        var numbered = start > 0 || numberedBody && clause.Start == 0;   // "1." taken off the paragraph before its body
        if (!numbered || start >= label.Length - 1 || HasDigit(label.Substring(start)))
        {
            return false;   // no entry number: "年初预算：…" or any other label before a colon is not an item's name
        }

        var written = label.Substring(start).Trim();
        if (Named(written, FunctionalLevel.Item, NoCodes) is not { Count: > 0 } items
            || Named(written, FunctionalLevel.Class, NoCodes).Count > 0 || Named(written, FunctionalLevel.Section, NoCodes).Count > 0)
        {
            return false;
        }

        var name = new FunctionalName(items.Count == 1 ? items[0].Value : null, null, null, written, label.Length);
        NamedSubject(clause, name, ref label, b.Span(clause.Sentence, clause.Start, clause.End), out _);
        return true;
    }

    /// <summary>Whether the paragraph being read opened with a list number, taken off before its body (<c>ListMarker</c>).</summary>
    private bool numberedBody;

    /// <summary>
    /// Whether a clause ending at <paramref name="end"/> of <paramref name="t"/> is a label before a colon in the 一般公共预算
    /// section: it may be an unmarked item's name (<see cref="UnmarkedItemName"/>), so it is read though it has no signal, as
    /// the oracle reading every clause reads it.
    /// </summary>
    private bool ItemColonLabel(string t, int end, int to) => section == Section.GeneralBudget && end < to && t[end] == ':';

    /// <summary>
    /// Whether a clause ends with a level's mark, "(项)" or "(款)" (white space after it allowed): it may name an item alone
    /// (<see cref="ItemNameClause"/>), so it is read though it has no figure or signal word, as the oracle reading every clause
    /// reads it.
    /// </summary>
    internal static bool EndsWithLevelMark(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimEnd();
        var n = clause.Length;   // no ^1: the library also targets netstandard2.0 (no System.Index)
        return n > 3 && clause[n - 1] == ')' && clause[n - 3] == '(' && clause[n - 2] is '项' or '款';
    }

    /// <summary>
    /// The sentence (its <see cref="sentenceStart"/>) in which a 类 of the 一般公共预算 section was last stated with its amount,
    /// and how many 类 that sentence stated (<see cref="TryClassFigure"/>).
    /// </summary>
    private (int Sentence, int Count) classesStated = (-1, 0);

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
}
