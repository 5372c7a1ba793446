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
            || clause.Length > 80 || !clause.Contains("(项)") && !clause.Contains("(款)"))
        {
            return false;
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
    /// Whether a clause ends with a level's mark, "(项)" or "(款)" (white space after it allowed): it may name an item alone
    /// (<see cref="ItemNameClause"/>), so it is read though it has no figure or signal word, as the oracle reading every clause
    /// reads it.
    /// </summary>
    internal static bool EndsWithLevelMark(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimEnd();
        return clause.Length > 3 && clause[^1] == ')' && clause[^3] == '(' && clause[^2] is '项' or '款';
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
