using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The spending of one revenue source of a fund (blind round 27, family F2): "政府性基金预算财政拨款支出按资金来源分为：国有土地
/// 使用权出让收入安排的支出 46318.50 万元，占 79.75%；城市基础设施配套费安排的支出 8726.34 万元…" lists parts of the fund's
/// spending by the revenue that paid for them. Before, the first part ended in 支出 and became the fund's 本年支出 (with its
/// share), and each further part was the same figure stated again with another value (a false FA8003 per part). A label
/// "X安排的支出" whose X is a revenue (…收入, …费, …金, …基金) other than a fund's or the appropriation's own name is such a
/// part: a located note, never a fund's whole.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that say what paid for a spending ("安排的支出", "安排支出").</summary>
    private static readonly string[] SourceSpendingWords = ["安排的支出", "安排支出"];

    /// <summary>
    /// The names before 安排的支出 (and a 收入 after them) that make it a whole: a fund's or the appropriation's own
    /// ("政府性基金预算安排的支出", "政府性基金收入安排的支出").
    /// </summary>
    private static readonly string[] WholeSpendingSources =
        ["政府性基金预算", "政府性基金", "国有资本经营预算", "一般公共预算", "财政拨款", "公共财政预算"];

    /// <summary>
    /// Whether <paramref name="label"/> names the spending of one revenue source (see the class) for an expenditure
    /// <paramref name="target"/>; noted when it does.
    /// </summary>
    private bool FundSourcePart(string target, string label, SourceSpan span, ClauseView clause)
    {
        if (!target.EndsWith("/currentYearExpenditure", StringComparison.Ordinal) && !target.EndsWith("/total", StringComparison.Ordinal))
        {
            return false;
        }

        // The label, else the sentence before the clause: "国有土地使用权出让收入安排的支出主要用于…，其中征地和拆迁补偿支出 X 万元"
        // lists the source's own parts, never the fund's whole either.
        var compact = label.Replace(" ", string.Empty);
        if (SourcePurposeSpending(compact))
        {
            // Session 45: "地方政府专项债券安排的城东学校建设支出 X 万元，彩票公益金安排的教育助学支出 Y 万元" — the source, then
            // what it paid for: a part of the fund's spending all the same. The model has no member for a split by source.
            Note(span, DisclosureMessages.FundSourcePartNotTheWhole, clause);
            subject = null;
            budget = null;
            reasonTarget = null;
            return true;
        }

        if (!HasAny(compact, SourceSpendingWords))
        {
            // Session 38: the clause's "sentence" is its paragraph's fragment, so the text before it grows with the paragraph;
            // cut out at every figure it made figure-dense paragraphs quadratic (≈ 1 KB a character at 32 Ki characters).
            // Both words begin with 安: without one before the clause, no word can be found there.
            if (!SourceWordStartBefore(clause.Sentence.Text, clause.Start))
            {
                return false;
            }

            compact = clause.Sentence.Text.Substring(0, clause.Start).Replace(" ", string.Empty);
        }

        foreach (var words in SourceSpendingWords)
        {
            var at = compact.IndexOf(words, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var source = compact.Substring(0, at);
            if (!IsOneRevenueSource(source))
            {
                return false;
            }

            Note(span, DisclosureMessages.FundSourcePartNotTheWhole, clause);
            subject = null;   // its share ("占 79.75%") is the part's too, never the fund's
            budget = null;
            reasonTarget = null;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="source"/> (the words before 安排的) names one revenue (…收入, …费, …金, …基金; session 45: …债券,
    /// a 专项债券) other than a fund's or the appropriation's own name.
    /// </summary>
    private static bool IsOneRevenueSource(string source)
    {
        var named = source.EndsWith("收入", StringComparison.Ordinal) ? source.Substring(0, source.Length - 2) : source;
        return EndsWithAny(named, WholeSpendingSources) is null
            && (source.EndsWith("收入", StringComparison.Ordinal) || source.EndsWith("费", StringComparison.Ordinal)
                || source.EndsWith("金", StringComparison.Ordinal) || source.EndsWith("债券", StringComparison.Ordinal));
    }

    /// <summary>
    /// Session 45: whether <paramref name="compact"/> is "X安排的Y支出" — a revenue X (<see cref="IsOneRevenueSource"/>), then a
    /// purpose Y of at least two characters, ending in its only 支出 (为 after it allowed; no bracket, so no (款)/(项) name):
    /// the spending of one source on one purpose.
    /// </summary>
    private static bool SourcePurposeSpending(string compact)
    {
        var at = compact.IndexOf("安排的", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var rest = compact.Substring(at + 3);
        rest = rest.EndsWith("为", StringComparison.Ordinal) ? rest.Substring(0, rest.Length - 1) : rest;
        var source = compact.Substring(0, at);
        var lead = source.LastIndexOfAny([':', ',', '：', '，']);
        return rest.Length >= 4 && rest.IndexOf("支出", StringComparison.Ordinal) == rest.Length - 2
            && rest.IndexOf("安排", StringComparison.Ordinal) < 0 && rest.IndexOfAny(['(', ')', '（', '）']) < 0
            && IsOneRevenueSource(lead >= 0 ? source.Substring(lead + 1) : source);
    }

    /// <summary>
    /// Whether the first <paramref name="length"/> characters of <paramref name="text"/> hold the character every word of
    /// <see cref="SourceSpendingWords"/> begins with (安): without it, those characters with their spaces removed hold none
    /// of the words, and <see cref="FundSourcePart"/> need not cut them out.
    /// </summary>
    internal static bool HasSourceWordStart(string text, int length) => text.IndexOf('安', 0, length) >= 0;

    /// <summary>
    /// <see cref="HasSourceWordStart"/>'s answer from the paragraph's first 安, found once for the paragraph: session 38's
    /// search from the paragraph's start to the clause at every expenditure figure went over the paragraph before the clause
    /// each time (≈ 10 % of a figure-dense read's instructions). Session 40.
    /// </summary>
    private readonly FirstCharBefore sourceWordStart = new('安');

    /// <summary>Whether the first <paramref name="length"/> characters of <paramref name="text"/> hold a 安 (see
    /// <see cref="sourceWordStart"/>).</summary>
    private bool SourceWordStartBefore(string text, int length) => sourceWordStart.In(text, length);
}
