namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46: 预算 that is part of a fund's own name (资金名称中的“预算”) — 一般公共<b>预算</b>, 政府性基金<b>预算</b>, 国有资本经营<b>预算</b>,
/// 公共财政<b>预算</b> — and not a budget basis (预算数). "2022年度政府性基金预算财政拨款支出821.30万元" states the fund's actual
/// expenditure; only the words after the name tell: a name goes on with what the fund's money is (财政拨款, 收入, 支出, 结转 …,
/// <see cref="NameTails"/>), a budget does not ("政府性基金预算为500.00万元", "一般公共预算数", "一般公共预算安排59.00万元" stay budgets).
/// </summary>
internal static class FundNameBudget
{
    /// <summary>The names of the funds that end in 预算 (一般公共预算 31245.68 万元: a fund's part, not a budget).</summary>
    internal static readonly string[] Names = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "公共财政预算"];

    /// <summary>
    /// The words that, right after a fund's name ending in 预算, go on naming the fund's money (政府性基金预算<b>财政拨款</b>支出,
    /// 一般公共预算<b>收入</b>, 国有资本经营预算<b>年初结转</b>和结余, 一般公共预算<b>安排的</b>项目支出), or list another fund (一般公共预算、…).
    /// </summary>
    private static readonly string[] NameTails =
    [
        "财政拨款", "拨款", "收入", "支出", "收支", "资金", "结转", "结余", "年初结转", "年末结转", "本年", "基本支出", "项目支出",
        "安排的", "、",
    ];

    /// <summary>The budget word a fund's name ends in.</summary>
    internal const string BudgetWord = "预算";

    /// <summary>
    /// Whether the 预算 written at <paramref name="at"/> in <paramref name="text"/> ends a fund's name (<see cref="Names"/>)
    /// that starts at or after <paramref name="start"/> and is followed, before <paramref name="end"/> and after optional
    /// spaces, by one of <see cref="NameTails"/>: then it is the fund's name, not a budget basis.
    /// </summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="start">Where the stretch read starts: the name must start here or later.</param>
    /// <param name="at">Where 预算 is written.</param>
    /// <param name="end">Where the stretch read ends (the figure): the word after the name must end here or before.</param>
    internal static bool InFundName(string text, int start, int at, int end)
    {
        if (!Scanner.Starts(text, at, BudgetWord, end))
        {
            return false;
        }

        var named = false;
        foreach (var name in Names)
        {
            var from = at + BudgetWord.Length - name.Length;
            if (from >= start && Scanner.Starts(text, from, name, end))
            {
                named = true;
                break;
            }
        }

        if (!named)
        {
            return false;
        }

        var next = at + BudgetWord.Length;
        while (next < end && text[next] == ' ')
        {
            next++;
        }

        foreach (var tail in NameTails)
        {
            if (Scanner.Starts(text, next, tail, end))
            {
                return true;
            }
        }

        return false;
    }
}
