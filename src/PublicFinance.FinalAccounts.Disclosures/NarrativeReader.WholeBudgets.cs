namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (perf51, budget execution): a budget whose label names the year's whole — "本年支出8410.56万元，其中基本支出…，项目支出
/// 5289.84万元。本年支出调整预算8860.00万元，预算执行率94.93%" — is the whole's, not the last part's. Before, under a heading that
/// entered the expenditure section, the budget and its rate went to 项目支出 (the subject of the sentence before), and FA2201 weighed
/// 5289.84 against 8860.00 (a false Error).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The budget words a whole's budget label ends with, longest first.</summary>
    private static readonly string[] WholeBudgetWords = ["调整后预算", "调整预算数", "调整预算", "全年预算数", "全年预算", "年初预算数", "年初预算", "预算数", "预算"];

    /// <summary>
    /// The whole (本年支出 / 本年收入 of the income or expenditure section) whose budget <paramref name="label"/> states, when the
    /// label is that whole's name followed by a budget word only ("本年支出调整预算"); null otherwise.
    /// </summary>
    private string? WholeBudgetOwner(string label)
    {
        if (section is not (Section.Expenditure or Section.Income))
        {
            return null;
        }

        var trimmed = label.TrimEnd(' ', ':', '为');
        foreach (var word in WholeBudgetWords)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && trimmed.Length > word.Length)
            {
                var owner = Resolve(trimmed.Substring(0, trimmed.Length - word.Length));
                return owner is "expenditure/total" or "income/total" ? owner : null;
            }
        }

        return null;
    }
}
