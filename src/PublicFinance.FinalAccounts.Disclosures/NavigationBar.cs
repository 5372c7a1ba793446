namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A web page's bar of navigation links written as cells between '|' (网站导航条): "无障碍 | 长者模式 | 登录 首页 …" at the
/// start of a scraped line. Its '|' makes the line look like a table row, so the title after it ("…2025年部门决算信息公开
/// （2024年度）") was read as table cells and the year and issuer were lost (blind round 21, f5). A bar is two cells at least,
/// every cell before the last '|' a navigation word and the last cell's first word one too.
/// </summary>
internal static class NavigationBar
{
    /// <summary>The words of a site's navigation bar (no figure, no report's wording).</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "首页", "返回首页", "设为首页", "无障碍", "无障碍浏览", "无障碍阅读", "长者模式", "老年模式", "关怀版", "适老化", "登录", "注册",
        "退出", "个人中心", "搜索", "站内搜索", "高级搜索", "网站地图", "网站导航", "English", "ENGLISH", "EN", "繁体", "繁體", "简体",
        "简体中文", "繁體中文", "手机版", "移动版", "加入收藏", "收藏本站", "关于我们", "联系我们", "智能问答", "邮箱", "政务邮箱", "帮助",
        "读屏", "政务微博", "政务微信", "官方微博", "官方微信",
    };

    /// <summary>
    /// The end of a navigation bar at the start of [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> (after
    /// the last cell's first word), or −1 when the line does not start with one.
    /// </summary>
    internal static int End(string text, int s, int e)
    {
        var last = e > s ? text.LastIndexOf('|', e - 1, e - s) : -1;
        if (last < 0)
        {
            return -1;
        }

        var cells = 0;
        var at = s;
        while (at <= last)
        {
            var bar = text.IndexOf('|', at, last + 1 - at);
            if (!IsWord(text, at, bar))
            {
                return -1;
            }

            cells += IsBlank(text, at, bar) ? 0 : 1;
            at = bar + 1;
        }

        while (at < e && text[at] == ' ')
        {
            at++;
        }

        if (at == e)
        {
            return cells >= 2 ? e : -1;   // "| 首页 | 登录 |": the bar alone
        }

        var wordEnd = at;
        while (wordEnd < e && text[wordEnd] != ' ')
        {
            wordEnd++;
        }

        // The last cell's first word: a navigation word ("登录 首页 机构职能…"); the words after it are the page's.
        return cells >= 1 && wordEnd > at && IsWord(text, at, wordEnd) ? wordEnd : -1;
    }

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) trimmed is empty (a leading '|') or a navigation word.</summary>
    private static bool IsWord(string text, int s, int e)
    {
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }

        return s == e || e - s <= 8 && Words.Contains(text.Substring(s, e - s));
    }

    private static bool IsBlank(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
