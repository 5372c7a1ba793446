namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// The words that give a statement its type (词表): fund types, income or expenditure, direction words, bases and
/// reason markers — in one place, so the readers that type statements agree on them.
/// </summary>
internal static class Lexicon
{
    /// <summary>Direction words of a change and the sign they give (增加 +, 减少 −).</summary>
    public static readonly (string Word, int Sign)[] Directions =
        [("增加", 1), ("增长", 1), ("上升", 1), ("提高", 1), ("减少", -1), ("下降", -1), ("降低", -1)];

    /// <summary>Fund words, most specific first (一般公共预算 before the bare 财政拨款).</summary>
    private static readonly (string Word, StatementFund Fund)[] Funds =
    [
        ("一般公共预算", StatementFund.GeneralBudget), ("政府性基金", StatementFund.GovernmentFund), ("国有资本经营", StatementFund.StateCapital),
    ];

    /// <summary>Words that start a reason (原因): figures after them belong to the reason, not to a statement.</summary>
    private static readonly string[] ReasonMarkers = ["原因", "主要是", "主要用于", "主要系", "系因", "由于", "具体情况", "同时"];

    /// <summary>Words of statements that say a figure did not change (持平／无增减／无变化).</summary>
    public static readonly string[] Unchanged = ["持平", "无增减", "无变化", "没有变化", "未发生变化", "无增长", "无差异"];

    /// <summary>
    /// The sign of the last direction word in <paramref name="label"/> (+1, −1), or 0 when it has none; 负 before 增长 or 增加
    /// ("负增长 3.8%") makes it a decrease.
    /// </summary>
    /// <remarks>
    /// Every direction word is two characters, and no two words of opposite signs start with the same character, so
    /// the word that starts last is found by one backward walk that stops at the first (from the end) position where a
    /// word starts — the answer seven ordinal <c>LastIndexOf</c> searches gave (the direction of every clause with a
    /// figure is asked for).
    /// </remarks>
    public static int Direction(string label)
    {
        for (var i = label.Length - 2; i >= 0; i--)
        {
            var sign = DirectionAt(label[i], label[i + 1]);
            if (sign != 0)
            {
                // 负增长 is a decrease (blind round 24)
                return sign > 0 && i > 0 && label[i] == '增' && label[i - 1] == '负' ? -1 : sign;
            }
        }

        return 0;
    }

    /// <summary>The sign of the direction word <paramref name="first"/><paramref name="second"/>, or 0 when it is none.</summary>
    private static int DirectionAt(char first, char second) => first switch
    {
        '增' => second is '加' or '长' ? 1 : 0,
        '上' => second == '升' ? 1 : 0,
        '提' => second == '高' ? 1 : 0,
        '减' => second == '少' ? -1 : 0,
        '下' => second == '降' ? -1 : 0,
        '降' => second == '低' ? -1 : 0,
        _ => 0,
    };

    /// <summary>The fund named last in <paramref name="text"/>: a fund word, else 财政拨款 (all funds), else unspecified.</summary>
    public static StatementFund Fund(string text) => Fund(text, 0, text.Length);

    /// <summary>
    /// <see cref="Fund(string)"/> of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, read in place.
    /// </summary>
    public static StatementFund Fund(string text, int start, int end)
    {
        var best = -1;
        var fund = StatementFund.Unspecified;
        foreach (var (word, f) in Funds)
        {
            var at = end > start ? text.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal) : -1;
            if (at > best)
            {
                best = at;
                fund = f;
            }
        }

        return fund == StatementFund.Unspecified && text.IndexOf("财政拨款", start, end - start, StringComparison.Ordinal) >= 0
            ? StatementFund.Appropriation
            : fund;
    }

    /// <summary>Income or expenditure, by the last of 收入 / 支出 in <paramref name="label"/> (收支 names neither).</summary>
    public static StatementFlow Flow(string label)
    {
        var income = label.LastIndexOf("收入", StringComparison.Ordinal);
        var expenditure = label.LastIndexOf("支出", StringComparison.Ordinal);
        if (income < 0 && expenditure < 0)
        {
            return StatementFlow.None;
        }

        return income > expenditure ? StatementFlow.Income : StatementFlow.Expenditure;
    }

    /// <summary>
    /// Session 45: the words a fund's part of the appropriation is named with, its fund's name aside (一般公共预算财政拨款,
    /// 政府性基金预算拨款, 国有资本经营预算): what may stand between the fund's name and the amount.
    /// </summary>
    private static readonly string[] FundPartTails = ["", "预算", "财政拨款", "预算财政拨款", "预算拨款", "拨款"];

    /// <summary>
    /// Session 45: whether <paramref name="label"/> names only a fund's part — its fund's name after 其中 / a list joiner and
    /// before a <see cref="FundPartTails"/> word, no flow word, nothing else ("其中一般公共预算财政拨款", "政府性基金预算财政拨款"):
    /// the part of the whole amount stated before it in the sentence, of that amount's flow.
    /// </summary>
    public static bool IsBareFundPart(string label)
    {
        var compact = label.Replace(" ", string.Empty).Trim(',', '，', '、', ';', '；', ':', '：');
        foreach (var lead in FundPartLeads)
        {
            if (lead.Length > 0 && compact.StartsWith(lead, StringComparison.Ordinal))
            {
                compact = compact.Substring(lead.Length).TrimStart(',', '，', ':', '：');
                break;
            }
        }

        foreach (var (word, _) in Funds)
        {
            if (!compact.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var tail = compact.Substring(word.Length);
            tail = tail.EndsWith("为", StringComparison.Ordinal) ? tail.Substring(0, tail.Length - 1) : tail;
            return Array.IndexOf(FundPartTails, tail) >= 0;
        }

        return false;
    }

    /// <summary>The words that may lead a fund's part (其中, 和, 及).</summary>
    private static readonly string[] FundPartLeads = ["其中", "以及", "和", "及"];

    /// <summary>
    /// The incomes of a source other than the appropriation (其他收入, 事业收入…): never a fund's income, whatever fund the
    /// sentence named before.
    /// </summary>
    private static readonly string[] OtherSourceIncomes = ["其他收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入"];

    /// <summary>
    /// Session 45: whether <paramref name="label"/> names an income of another source than the appropriation and no fund or
    /// 财政拨款 ("另有其他收入", "事业收入"): the department's income, not a statement of the 财政拨款 paragraph.
    /// </summary>
    public static bool NamesOtherSourceIncome(string label)
    {
        if (label.IndexOf("收入", StringComparison.Ordinal) < 0 || label.IndexOf("财政拨款", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var (word, _) in Funds)
        {
            if (label.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        foreach (var income in OtherSourceIncomes)
        {
            if (label.IndexOf(income, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a reason starts in <paramref name="text"/>, or −1.</summary>
    public static int ReasonStart(string text) => ReasonStart(text, 0, text.Length);

    /// <summary>Where a reason starts in [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, or −1.</summary>
    public static int ReasonStart(string text, int start, int end)
    {
        var first = -1;
        foreach (var marker in ReasonMarkers)
        {
            var at = text.IndexOf(marker, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>Whether <paramref name="label"/> compares with a budget (年初预算, 预算数), not just names 一般公共预算 funds.</summary>
    public static bool MentionsBudget(string label) => NarrativeReader.MentionsBudget(label);

    /// <summary>Whether <paramref name="label"/> names a prior or other year as the basis (比上年, 比2018年度, 同比).</summary>
    public static bool MentionsPriorYear(string label) =>
        label.Contains("上年") || label.Contains("上一年") || label.Contains("同比") || label.Contains("同期") || label.Contains("年度决算") ||
        (label.Contains("比") || label.Contains("较")) && label.Contains("年");

    /// <summary>Whether <paramref name="text"/> says a figure did not change (持平, 无增减, 无变化…).</summary>
    public static bool SaysUnchanged(string text)
    {
        foreach (var word in Unchanged)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
