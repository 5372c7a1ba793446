namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45, t04): the next parts of a list opened by 其中 — "本年收入中事业收入占比最大，其中医疗收入 A 万元、科教收入
/// B 万元". Session 48 kept the first part (named right after 其中) off the income total (<see cref="NamedPartOfTotal"/>); the
/// list's next entry reaches the reader as a clause of its own after "、", without the 其中, and its bare 收入 named the total
/// (a false FA1202 with B as 本年收入). A figure whose subject is a named part is that part, never the total: an entry after
/// "、" in a run of clauses that 其中 opened, whose label names its own kind of income (a name before the bare 收入), is not
/// the total either.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The marks that end the run of clauses a list after 其中 continues.</summary>
    private static readonly char[] ListRunBreaks = ['，', ',', '；', ';', '。'];

    /// <summary>The characters between a run's start and its 其中 (white space, a colon).</summary>
    private static readonly char[] ListRunLeads = [' ', ':', '：'];

    /// <summary>The words that name the income total itself even with a word before them (本年收入, 收入合计 …).</summary>
    private static readonly string[] IncomeTotalWords = ["本年收入", "收入合计", "总收入", "收入总计"];

    /// <summary>
    /// Whether the figure labelled <paramref name="label"/> in <paramref name="clause"/> is a further part of a list after
    /// 其中 (<see cref="EntryOfListAfterQizhong"/>) and the label names its own kind of income (<see cref="NamesOwnIncomeKind"/>).
    /// </summary>
    private static bool IncomePartListedAfterQizhong(ClauseView clause, string label) =>
        NamesOwnIncomeKind(label) && (EntryOfListAfterQizhong(clause) || QizhongBeforeInSentence(clause));

    /// <summary>
    /// Session 53 (blind round 50, t10): whether the sentence of <paramref name="clause"/> has 其中 before the clause's end —
    /// "事业收入 X 万元，占 Y%，其中：门诊收入 A 万元，住院收入 B 万元": A and B are parts of a part (a 其中 list after a colon or
    /// a "，"), never the income total, whose place is free when the section states no total (a false FA1202 and FA8003).
    /// </summary>
    private static bool QizhongBeforeInSentence(ClauseView clause)
    {
        var text = clause.Sentence.Text;
        var end = Math.Min(clause.End, text.Length);
        var from = clause.Start > 0 ? text.LastIndexOf('。', clause.Start - 1) + 1 : 0;   // within its own sentence
        return end > from && text.IndexOf("其中", from, end - from, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// Whether <paramref name="label"/> ends its name in a bare 收入 with a name of a kind before it ("科教收入", "医疗收入"),
    /// and is none of the total's own words (<see cref="IncomeTotalWords"/>).
    /// </summary>
    private static bool NamesOwnIncomeKind(string label)
    {
        var compact = label.Replace(" ", string.Empty);
        foreach (var whole in IncomeTotalWords)
        {
            if (compact.Contains(whole, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var at = compact.LastIndexOf("收入", StringComparison.Ordinal);
        return at > 0 && compact[at - 1] is >= '\u4e00' and <= '\u9fff';
    }

    /// <summary>
    /// Whether <paramref name="clause"/> follows a "、" and the run of clauses it continues (back to the last "，", "；" or
    /// "。") opens with 其中 ("其中医疗收入 A 万元、", "其中：医疗收入 A 万元、"): an entry of a list of parts.
    /// </summary>
    private static bool EntryOfListAfterQizhong(ClauseView clause)
    {
        var before = clause.Sentence.Text.AsSpan(0, clause.Start).TrimEnd(' ');
        if (before.Length == 0 || before[before.Length - 1] != '、')
        {
            return false;
        }

        var run = before.Slice(0, before.Length - 1);
        var open = run.Length - 1;
        while (open >= 0 && Array.IndexOf(ListRunBreaks, run[open]) < 0)
        {
            open--;
        }

        var first = run.Slice(open + 1).TrimStart(ListRunLeads);
        return first.StartsWith("其中", StringComparison.Ordinal);
    }
}
