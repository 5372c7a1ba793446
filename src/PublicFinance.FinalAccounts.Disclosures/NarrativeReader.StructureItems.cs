using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (blind round 31, M2 and M8): the 结构 heading of the 财政拨款 expenditure, and a 项 name that several 款 share.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the catalogue gives the 项 name to items of more than one 款 (行政运行, 一般行政管理事务, 机关服务, 事业运行 …): such a
    /// name is resolved only through its 款, never through its 类 alone — the built-in catalogue is partial, so one 款 of the 类
    /// having the name there does not make it the only one ("农林水支出（类）行政运行（项）" is 农业农村's, 林业和草原's or 水利's).
    /// </summary>
    private bool SharedItemName(string itemName)
    {
        var named = Named(itemName, FunctionalLevel.Item, NoCodes);
        for (var i = 1; i < named.Count; i++)
        {
            if (string.CompareOrdinal(named[i].Value, 0, named[0].Value, 0, 5) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading of the 财政拨款 expenditure's structure that no section key names ("2.财政拨款支出决算结构情况", "二、财政拨款支出结构
    /// 分析", "（二）财政拨款支出按功能分类情况"): it opens the 财政拨款 section itself, so its total and each 类 with its share are the
    /// section's (blind round 31, M2: under the overview before it they were all unplaced). Headings of one fund or of the
    /// 基本支出 are keyed before this is asked (一般公共预算…结构 opens the 一般公共预算 section); a bracketed one under the 一般公共预算
    /// section, or any under the 财政拨款 section, is a sub-heading of the section it is in, as before.
    /// </summary>
    private bool StructureHeading(string text)
    {
        if (!StructureHeadingWords(text))
        {
            return false;
        }

        if (section == Section.Appropriation || section == Section.GeneralBudget && IsBracketNumbered(text))
        {
            return true;   // "（二）财政拨款支出决算结构情况" after "（一）…总体情况": the section goes on
        }

        Enter(Section.Appropriation);
        DeclareUnit(text);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> has the words of a 财政拨款 expenditure 结构 heading (<see cref="StructureHeading"/>):
    /// 财政拨款, then 支出, no 收入, and 结构 or 功能分类. Session 35: asked of a heading inside a one-line text too.
    /// </summary>
    private static bool StructureHeadingWords(string text)
    {
        var at = text.IndexOf("财政拨款", StringComparison.Ordinal);
        return at >= 0 && text.IndexOf("支出", at, StringComparison.Ordinal) >= 0 && !text.Contains("收入")
            && (text.Contains("结构") || text.Contains("功能分类"));
    }

    /// <summary>Whether <paramref name="c"/> is a circled or bracketed list number (① … ⑳, ⑴ … ⒇) that opens an entry.</summary>
    internal static bool CircledNumber(char c) => c is >= '\u2460' and <= '\u2487';

    /// <summary>
    /// "组团 0 个", "出国组团 2 个" (blind round 31, M8): the 因公出国 delegations sent, as "团组 N 个" is — but not groups received
    /// ("接待来访组团 3 个", a reception's), which the model has no member for.
    /// </summary>
    private static bool DelegationsSent(string compact)
        => compact.Contains("组团") && !compact.Contains("接待") && !compact.Contains("来访") && !compact.Contains("来华");

    /// <summary>
    /// Whether a count's label names groups received — 接待, 来访 or 来华 after any word of sending (出国, 出境, 出访): "全年共接待
    /// 来访团组 36 个" (blind round 38: read as 因公出国 delegations, a false FA4002), not "因公出国（境）团组 2 个".
    /// </summary>
    private static bool GroupsReceived(string compact)
        => LastOf(compact, "接待", "来访", "来华") > LastOf(compact, "出国", "出境", "出访");

    /// <summary>The last position in <paramref name="text"/> of any of <paramref name="words"/> (ordinal), or -1.</summary>
    private static int LastOf(string text, params string[] words) => words.Max(w => text.LastIndexOf(w, StringComparison.Ordinal));
}
