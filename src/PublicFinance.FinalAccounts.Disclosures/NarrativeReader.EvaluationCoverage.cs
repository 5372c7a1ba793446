using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (grades45; blind round 41, t01 and t07): what the 绩效 section says of the evaluations' coverage that the model has
/// no field for — "共涉及项目23个，资金3369.46万元，占一般公共预算项目支出总额的100%" (the share of the project expenditure the
/// evaluated projects cover) and "对3个重点项目开展了绩效监控" / "开展重点绩效评价项目2个" (a count of key projects) — each a located
/// note of its own. Before, the share was the generic "a share without a figure" note and the count of key projects was passed
/// over without a word.
/// </summary>
/// <remarks>
/// Nothing is placed: the model's <c>performance</c> has no coverage share and no count of key evaluations (schema45 owns the
/// schema this session). A key-project count is never the number of self-evaluated projects.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of a base that is the project expenditure ("项目支出总额", "项目资金").</summary>
    private static readonly string[] ProjectExpenditureBases = ["项目支出", "项目资金", "项目预算"];

    /// <summary>The words that make projects key projects ("重点项目", "重点绩效评价项目", "重点评价").</summary>
    private static readonly string[] KeyProjectWords = ["重点项目", "重点绩效评价", "重点评价", "重点监控", "重点绩效监控"];

    /// <summary>
    /// Notes a share of the 绩效 section whose base is the project expenditure ("占一般公共预算项目支出总额的100%"): the evaluations'
    /// coverage; true when it did.
    /// </summary>
    private bool EvaluationCoverageShare(string label, SourceSpan span, ClauseView clause)
    {
        var share = label.LastIndexOf('占');
        if (section != Section.Performance || share < 0 || !HasAny(label.Substring(share), ProjectExpenditureBases))
        {
            return false;
        }

        Note(span, DisclosureMessages.EvaluationCoverageShare, clause);
        return true;
    }

    /// <summary>
    /// Notes a count of key projects in the 绩效 section — 重点项目 right after the count ("对3个重点项目开展了绩效监控"), or a key
    /// evaluation's projects right before it ("开展重点绩效评价项目2个") — true when it did.
    /// </summary>
    private bool KeyProjectCount(NumberToken token, string label, SourceSpan span, string text)
    {
        var after = token.End <= text.Length ? text.Substring(token.End) : string.Empty;
        var before = label.Replace(" ", string.Empty);
        var keyAfter = KeyProjectWords.Any(w => after.StartsWith(w, StringComparison.Ordinal));
        var keyBefore = before.EndsWith("项目", StringComparison.Ordinal) && HasAny(before, KeyProjectWords);
        if (!keyAfter && !keyBefore)
        {
            return false;
        }

        Note(span, DisclosureMessages.KeyProjectCount, text);
        return true;
    }
}
