namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (narr46, blind round 42 t08; issue 8, precision first): shares of figures named, not stated, before 分别 —
/// "人员经费和公用经费分别占一般公共预算财政拨款基本支出的 85.21% 和 14.79%", "财政拨款收入、事业收入和其他收入分别占本年收入的
/// a%、b% 和 c%", "财政拨款收入和其他收入占本年收入的比重分别为 a% 和 b%". Each share is the named figure's in order (session 41's
/// run of percentages, <c>ShareListPairing</c>), placed only when: the names (split at 、 and the last one's 和 / 及 / 以及 / 与)
/// are as many as the percentages; each name is a model figure whose amount the report already holds and that holds no share
/// yet; no name is of another period or a budget; a base is named after 占 and it is the one the figure's share is checked
/// against (FA2001–FA2007), or — for the 一般公共预算 基本支出's 人员经费 / 公用经费, whose shares no rule checks — that 基本支出
/// (named with 一般公共预算, or under its own heading). Anything else makes every percentage of the run a located note
/// (<see cref="DisclosureMessages.SharesOfNamedFigures"/>). "分别增长 a% 和 b%" is changes (no 占), not read here.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that join the last two names of a list ("A、B 和 C"), longest first.</summary>
    private static readonly string[] LastNameJoiners = ["以及", "和", "及", "与"];

    /// <summary>The names a 一般公共预算 基本支出 share base may carry before 基本支出 anywhere (its fund named).</summary>
    private static readonly string[] GeneralBasicBaseLeads = ["一般公共预算财政拨款", "一般公共预算"];

    /// <summary>The same, under the 一般公共预算 基本支出 heading only (the fund is the section's).</summary>
    private static readonly string[] SectionBasicBaseLeads = ["", "本年", "财政拨款"];

    /// <summary>
    /// The 分别占 shares of figures named before them (see the type): true when <paramref name="written"/> (占 at
    /// <paramref name="at"/>) names two figures or more and says 分别, all the run's percentages then read (placed or noted).
    /// </summary>
    private bool NamedFigureShares(ClauseView clause, string written, int at)
    {
        var lead = ListLeadOf(clause);   // "人员经费、公用经费分别占…": the clause starts after the 、
        if (at <= 0 || RespectiveNames(lead + written, at + lead.Length) is not { } names)
        {
            return false;
        }

        ListShares(clause, written, at, names);
        return true;
    }

    /// <summary>
    /// The names listed before 占 when the label says 分别 (right before 占, or after it: "占…的比重分别为"): two or more,
    /// none empty nor holding a figure; else null (not this family). Session 52: with <paramref name="bracketsInNames"/>, a
    /// name may hold brackets ("因公出国（境）费", the 分别为 amounts of <c>RespectiveAmounts</c>).
    /// </summary>
    private List<string>? RespectiveNames(string written, int at, bool bracketsInNames = false)
    {
        var before = written.Substring(0, at).Trim();
        var respectiveBefore = before.EndsWith("分别", StringComparison.Ordinal);
        if (!respectiveBefore && written.IndexOf("分别", at + 1, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        if (respectiveBefore)
        {
            before = before.Substring(0, before.Length - 2);
        }

        var cut = before.LastIndexOfAny([',', ':', ';', '。', '，', '：', '；']);
        var list = (cut >= 0 ? before.Substring(cut + 1) : before).Trim();
        list = (list.StartsWith("其中", StringComparison.Ordinal) ? list.Substring(2) : list).TrimEnd('所', '的', ' ');
        if (HasDigit(list) || list.IndexOf('%') >= 0 || !bracketsInNames && (list.IndexOf('(') >= 0 || list.IndexOf('（') >= 0))
        {
            return null;   // amounts in the label: session 41's list of amounts, not names
        }

        var names = new List<string>(list.Split(['、'], StringSplitOptions.None));
        var last = names[names.Count - 1];
        names.RemoveAt(names.Count - 1);
        var (first, second) = SplitLastNames(last);
        if (second.Length > 0)
        {
            names.Add(first);
            names.Add(second);
        }
        else
        {
            names.Add(last);
        }

        for (var k = 0; k < names.Count; k++)
        {
            names[k] = names[k].Trim();
            if (names[k].Length == 0)
            {
                return null;   // "和公用经费分别占…" after an amount: the list of amounts' (ShareListPairing)
            }
        }

        return names.Count >= 2 ? names : null;
    }

    /// <summary>
    /// The last item of a 、 list cut at its joiner (和 / 及 / 以及 / 与) into two names: at the first joiner whose two sides
    /// both name a model figure ("社会保障和就业支出和卫生健康支出"), else at the first joiner; no joiner: (item, "").
    /// </summary>
    private (string First, string Second) SplitLastNames(string item)
    {
        (string, string) fallback = (item, string.Empty);
        for (var i = 1; i < item.Length - 1; i++)
        {
            foreach (var joiner in LastNameJoiners)
            {
                if (string.CompareOrdinal(item, i, joiner, 0, joiner.Length) != 0 || i + joiner.Length >= item.Length)
                {
                    continue;
                }

                var pair = (item.Substring(0, i), item.Substring(i + joiner.Length));
                if (NamedShareTarget(pair.Item1) is not null && NamedShareTarget(pair.Item2) is not null)
                {
                    return pair;
                }

                if (fallback.Item2.Length == 0)
                {
                    fallback = pair;
                }

                break;
            }
        }

        return fallback;
    }

    /// <summary>
    /// The figures the <paramref name="names"/> are, in order, when each percentage of the run pairs with one (see the type);
    /// else null.
    /// </summary>
    private string[]? NamedOwners(List<string> names, string? baseName, Fragment sentence)
    {
        if (baseName is null || listShareFigures.Count != names.Count
            || HasAny(baseName.Replace("一般公共预算", string.Empty), NotShareBaseWords))
        {
            return null;
        }

        var owners = new string[names.Count];
        for (var k = 0; k < names.Count; k++)
        {
            var name = names[k];
            if (listShareFigures[k].Unit != FigureUnit.Percent || HasAny(name, NotShareBaseWords) || RefersBack(name)
                || NamesAProject(name) || NamedShareTarget(name) is not { } target || target.IndexOf('*') >= 0)
            {
                return null;
            }

            var owner = N + target;
            if (b.Find(owner + "/amount") is null || Array.IndexOf(owners, owner) >= 0 || b.Has(owner, "share")
                || !NamedShareBaseAgrees(owner, baseName, sentence))
            {
                return null;
            }

            owners[k] = owner;
        }

        return owners;
    }

    /// <summary>
    /// Whether <paramref name="baseName"/> is the base the share of <paramref name="owner"/> is of: the share rules' base
    /// (<see cref="ListShareBaseAgrees"/>), or for the 一般公共预算 基本支出's parts that 基本支出.
    /// </summary>
    private bool NamedShareBaseAgrees(string owner, string baseName, Fragment sentence)
    {
        if (owner is not (N + "basicExpenditure/personnel" or N + "basicExpenditure/public"))
        {
            return ListShareBaseAgrees(owner, baseName, sentence, currentSentenceFrom);
        }

        const string Basic = "基本支出";
        var at = baseName.Length - Basic.Length;
        if (at < 0 || !baseName.EndsWith(Basic, StringComparison.Ordinal))
        {
            return false;
        }

        var lead = baseName.AsSpan(0, at);
        return IsOneOf(lead, GeneralBasicBaseLeads) || section == Section.Basic && IsOneOf(lead, SectionBasicBaseLeads);
    }

    /// <summary>
    /// The model figure a name before 分别 is (relative to /narrative/): the section's label table's, and in the overview the
    /// 收入 and 支出 sections' (the overview names the income sources and kinds of spending its own table does not hold).
    /// </summary>
    private string? NamedShareTarget(string name)
        => Resolve(name) ?? (section == Section.Overall
            ? Resolve(Section.Income, WithoutIssuerName(name)) ?? Resolve(Section.Expenditure, WithoutIssuerName(name)) : null);

    /// <summary>
    /// "人员经费和公用经费分别增长 5.00% 和 3.00%": changes of figures named before 分别, which the reader does not pair — every
    /// percentage of the run is a note (before, the first was read as the change of the last figure stated). True when so.
    /// </summary>
    private bool RespectiveNamedChanges(ClauseView clause, string label)
    {
        var written = Trimmed(label);
        var at = written.IndexOf("分别", StringComparison.Ordinal);
        if (at <= 0 || written.IndexOf('占', at) >= 0 || DirectionOf(written.Substring(at + 2)) is null
            || RespectiveNames(written, at + 2) is null)
        {
            return false;
        }

        var sentence = clause.Sentence;
        var end = ListSharesEnd(sentence.Text, clause.Start, currentSentenceTo);
        listSharesRun = (sentenceStart, clause.Start, end);
        listShareFigures.Clear();
        ClauseFigures(sentence.Text, clause.Start, end, listShareFigures);
        foreach (var token in listShareFigures)
        {
            if (token.Unit == FigureUnit.Percent)
            {
                Note(b.Span(sentence, token.Start, token.End), DisclosureMessages.ChangesOfNamedFigures, clause);
            }
        }

        subject = null;
        budget = null;
        return true;
    }

    /// <summary>
    /// The names before the clause in its sentence when the clause follows a 、 ("财政拨款收入、事业收入和其他收入分别占…" is cut
    /// at 、): from the last clause mark before it; empty when the clause does not follow a 、.
    /// </summary>
    private string ListLeadOf(ClauseView clause)
    {
        var text = clause.Sentence.Text;
        var i = Math.Min(clause.Start, text.Length) - 1;
        while (i >= currentSentenceFrom && text[i] == ' ')
        {
            i--;
        }

        if (i < currentSentenceFrom || text[i] != '、')
        {
            return string.Empty;
        }

        var from = Math.Max(text.LastIndexOfAny([',', ':', ';', '。', '，', '：', '；'], i) + 1, currentSentenceFrom);
        from = AfterLeadingYear(text, from, clause.Start);
        return text.Substring(from, clause.Start - from);
    }

    /// <summary>
    /// Session 53: where the names of a list start after the year that opens its sentence — "2023年度收入总计、支出总计分别为…":
    /// the year is no part of the first name (a label after it never holds it: the year is a number of its own), so "2023年度
    /// 收入总计" named no figure and the run did not pair (the first amount went to the last name, a false FA8003). After
    /// "20dd年" and an optional 度 and blanks; else <paramref name="from"/>.
    /// </summary>
    private static int AfterLeadingYear(string text, int from, int to)
    {
        var i = from;
        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (to - i < 6 || text[i] != '2' || text[i + 1] != '0' || !Scanner.IsDigit(text[i + 2]) || !Scanner.IsDigit(text[i + 3])
            || text[i + 4] != '年')
        {
            return from;
        }

        i += 5;
        i += i < to && text[i] == '度' ? 1 : 0;
        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
