namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The names of a functional 款 or 项 after a 类 (review of session 22): a name never runs across a sentence end or a figure
/// ("一般公共服务支出（类）100.00万元。行政运行（2010101）30.00万元。乡村专项工作经费（项）…" is a 类 with its amount, not a 项
/// named "100.00万元。行政运行…").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sentence ends a 款's or 项's name never runs across.</summary>
    private static readonly char[] LevelNameStops = ['。', '；', ';'];

    /// <summary>
    /// Whether <paramref name="name"/>, the words between a level's mark and the next one, can be a 款 or 项 name:
    /// no sentence end (。；;) and no digit outside brackets (a code "（2010101）" may stand in a name, a figure may not).
    /// </summary>
    private static bool IsLevelName(string name)
    {
        if (name.IndexOfAny(LevelNameStops) >= 0)
        {
            return false;
        }

        var depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is >= '0' and <= '9')
            {
                return false;
            }
        }

        return true;
    }
}
