using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 36 (issue 8; blind round 33's miss M2): a list of parts in brackets right after a figure — "本年财政拨款收入 4312.80
/// 万元（一般公共预算财政拨款 2965.30 万元，政府性基金预算财政拨款 1347.50 万元）", "基本支出 1530 万元，占 64%（人员经费 1318 万元，
/// 公用经费 212 万元）", "项目支出 872 万元（其中：A 项目 500 万元，B 项目 372 万元）". Before, each part was "an amount the reader
/// could not place" and the figure's share or change after the bracket was lost (the subject was gone). The list is read as
/// the figure's parts only when every item is a name and an amount, and every name a known part of that figure
/// (<see cref="BracketPartOf"/>); then each part goes where the model holds it (the 财政拨款 income's fund parts, the 一般公共预算
/// 基本支出's 人员经费 / 公用经费) or to the located note its family already has (all funds' 基本支出 parts:
/// <see cref="AllFundsBasicPart"/>; a project of 项目支出). Any other list after one of these figures is one located note per
/// amount (<see cref="DisclosureMessages.BracketedListNotParts"/>); a bracket of the prior year or a budget is left to its
/// readers. After the bracket the figure is the subject again, so "，占 26.61%" and "，比上年增加…" are its own.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How a bracketed list after a figure is read.</summary>
    private enum BracketReading
    {
        /// <summary>Every item is a known part of the figure: each goes to its part.</summary>
        Parts,

        /// <summary>Some item is not a known part: each amount inside is a located note.</summary>
        Noted,
    }

    /// <summary>
    /// The bracketed list being read: the sentence it stands in (<c>sentenceStart</c>), where it opens and closes in the
    /// sentence's text, whose figure it follows and how it is read; null when none.
    /// </summary>
    private (int Sentence, int Open, int Close, string Owner, BracketReading Reading)? bracketList;

    /// <summary>The part marker of an all-funds 基本支出's 人员经费 / 公用经费 (a note through <see cref="AllFundsBasicPart"/>).</summary>
    private const string AllFundsBasicMarker = "?allFundsBasic";

    /// <summary>The part marker of a project listed under 项目支出 (a note: the model has no field for one project).</summary>
    private const string ProjectMarker = "?project";

    /// <summary>Words an item's name may carry around a fund's name ("一般公共预算财政拨款收入"): nothing else may stand there.</summary>
    private static readonly string[] FundPartNoise = ["预算", "财政", "拨款", "收入"];

    /// <summary>Words of a bracket that is a prior year's figure or a budget ("（上年：…）", "（年初预算…）"): left to their readers.</summary>
    private static readonly string[] BracketOfOtherBasis = ["上年", "去年", "同期", "年初", "全年", "调整", "预算数"];

    /// <summary>
    /// Reads <paramref name="token"/> when it stands in a bracketed list after a figure, or right after one (true: done).
    /// Called for every figure of a clause before any other reading.
    /// </summary>
    private bool BracketedListFigure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var text = clause.Sentence.Text;
        var at = clause.Start + token.Start;
        if (bracketList is { } open && open.Sentence == sentenceStart)
        {
            if (at > open.Open && at < open.Close)
            {
                BracketItem(open.Owner, open.Reading, clause, token, label, span);
                return true;
            }

            if (at > open.Close)
            {
                bracketList = null;
                subject = open.Owner;   // "（人员经费…，公用经费…），占 26.61%": the figure before the bracket again
                subjectSentence = sentenceStart;
                budget = null;
            }

            return false;
        }

        bracketList = null;
        if (!token.IsMoney || subject is not { } owner || subjectSentence != sentenceStart || !IsBracketOwner(owner))
        {
            return false;
        }

        var trimmed = label.TrimStart(' ', '\u3000');
        if (trimmed.Length == 0 || trimmed[0] != '(')
        {
            return false;
        }

        var openAt = at - trimmed.Length;
        var close = openAt >= 0 && openAt < text.Length && text[openAt] == '(' ? text.IndexOf(')', openAt) : -1;
        var stop = text.IndexOf('。', Math.Max(openAt, 0));
        if (close < 0 || stop >= 0 && stop < close || text.IndexOf('(', openAt + 1, close - openAt - 1) >= 0)
        {
            return false;   // no bracket of its own, or one with another inside: left as it was
        }

        if (at > close)
        {
            return false;   // "；（二）事业收入 412.36 万元": a list number in brackets before the figure, no list after one
        }

        var content = text.Substring(openAt + 1, close - openAt - 1);
        if (HasAny(content, BracketOfOtherBasis) || OpensWithPriorYear(content))
        {
            return false;   // "（上年：…）", "（2019年：…）" in a 2020 text, "（年初预算…）": PriorBrackets and the budget readers
        }

        var reading = BracketItemsAreParts(owner, content) ? BracketReading.Parts : BracketReading.Noted;
        bracketList = (sentenceStart, openAt, close, owner, reading);
        BracketItem(owner, reading, clause, token, label, span);
        return true;
    }

    /// <summary>Whether a bracket's content opens with the year before the text's ("2019年：1,100.00 万元" in a 2020 text): the
    /// prior year's figure (<see cref="PriorYearBracket"/>), not a list of parts (session 56).</summary>
    private bool OpensWithPriorYear(string content)
        => year > 0 && content.StartsWith((year - 1).ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal);

    /// <summary>
    /// The figures a bracketed list of parts may follow (<see cref="BracketPartOf"/> knows their parts). Session 52 (blind round
    /// 48, t07): also every income part but the total ("事业收入73,803.17万元, 占42.21% (教育事业收入52,316.85万元, 科研事业收入
    /// 21,486.32万元)") — the model holds none of their parts, so each amount is a located note, never the part itself stated
    /// again (two false FA8003).
    /// </summary>
    private static bool IsBracketOwner(string owner) => owner is N + "appropriation/currentYearIncome" or N + "income/fiscalAppropriation"
        or N + "basicExpenditure/total" or N + "expenditure/basic" or N + "expenditure/project"
        || owner.StartsWith(N + "income/", StringComparison.Ordinal) && owner != N + "income/total" && owner.IndexOf('/', N.Length + 7) < 0;

    /// <summary>Reads one amount of a bracketed list after <paramref name="owner"/>'s figure.</summary>
    private void BracketItem(string owner, BracketReading reading, ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (reading == BracketReading.Parts && token.Unit == FigureUnit.Percent)
        {
            BracketShare(owner, clause, token, label, span);   // session 37: "（人员经费 P 万元，占 86%；…）" (BracketedShares)
            return;
        }

        bracketLastPart = null;
        var part = reading == BracketReading.Parts && token.IsMoney ? BracketPartOf(owner, ItemName(label)) : null;
        switch (part)
        {
            case null:
                Note(span, DisclosureMessages.BracketedListNotParts, clause);
                return;
            case AllFundsBasicMarker:
                if (!PlaceAllFundsBasicPart(ItemName(label), token, span, clause))
                {
                    Note(span, DisclosureMessages.BracketedListNotParts, clause);
                }
                else if (subject is N + "expenditure/basicPersonnel" or N + "expenditure/basicPublic" && subjectSentence == sentenceStart)
                {
                    bracketLastPart = subject;   // placed (PlaceAllFundsBasicPart makes the part the subject only then)
                }

                return;
            case ProjectMarker:
                Note(span, DisclosureMessages.BracketedProjectPart, clause);
                return;
            case LevelMarker:
                LevelPart(owner, clause, token, span);   // session 59: "（其中中央财政拨款…，地方财政拨款…）" (LevelAppropriationParts)
                return;
            default:
                var amount = AmountNode(token, span);
                if (!b.SetUnder(N + part, "amount", amount, span, ClaimKind.Amount, clause.Text)
                    && !(b.Find(N + part + "/amount") is { } held && DraftNode.SameValue(held, amount)))
                {
                    Note(span, DisclosureMessages.BracketedListNotParts, clause);   // the part was read with another value
                    return;
                }

                bracketLastPart = N + part;
                return;
        }
    }

    /// <summary>
    /// Whether every item of <paramref name="content"/> (a bracket's text, "其中：" allowed before the first) is a name and
    /// an amount, the name a known part of <paramref name="owner"/>'s figure, and no part named twice.
    /// </summary>
    private static bool BracketItemsAreParts(string owner, string content)
    {
        var items = BracketItems(content);
        var seen = new List<string>(items.Count);
        var afterPart = false;
        foreach (var item in items)
        {
            if (afterPart && IsBracketShare(item))
            {
                afterPart = false;   // session 37: "人员经费 P 万元，占 86%" — a part's share (BracketedShares)
                continue;
            }

            afterPart = true;
            var digit = 0;
            while (digit < item.Length && !Scanner.IsDigit(item[digit]))
            {
                digit++;
            }

            var end = digit;
            while (end < item.Length && (Scanner.IsDigit(item[end]) || item[end] is '.' or ','))
            {
                end++;
            }

            var unit = item.Substring(end).Trim();
            var name = digit == 0 ? string.Empty : ItemName(item.Substring(0, digit));
            if (name.Length == 0 || digit == item.Length || unit is not ("万元" or "元" or "亿元" or "千元")
                || BracketPartOf(owner, name) is not { } part || part != ProjectMarker && seen.Contains(part + name))
            {
                return false;   // an item without a name or an amount, an unknown part, or a part named twice
            }

            seen.Add(part + name);
        }

        return seen.Count > 0;
    }

    /// <summary>Words after an item's name before its amount ("公用经费为…").</summary>
    private static readonly string[] ItemNameEnds = ["为", "是", "共"];

    /// <summary>
    /// The items of a bracket's text, cut at ',' '、' ';' (a ',' between two digits is a thousands separator: "2,965.30").
    /// </summary>
    private static List<string> BracketItems(string content)
    {
        var items = new List<string>();
        var from = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            var cut = c is '、' or ';' or '；' or '，'
                || c == ',' && !(i > 0 && Scanner.IsDigit(content[i - 1]) && i + 1 < content.Length && Scanner.IsDigit(content[i + 1]));
            if (cut)
            {
                items.Add(content.Substring(from, i - from));
                from = i + 1;
            }
        }

        items.Add(content.Substring(from));
        return items;
    }

    /// <summary>An item's name without the list words around it: "(其中:人员经费" → "人员经费", ",公用经费为" → "公用经费".</summary>
    private static string ItemName(string label)
    {
        var name = label.Trim().TrimStart('(', ',', '、', ';', '；', ' ');
        if (name.StartsWith("其中", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        name = name.Trim(':', ' ', '\u3000');
        foreach (var end in ItemNameEnds)
        {
            if (name.EndsWith(end, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - end.Length);
            }
        }

        return name;
    }

    /// <summary>
    /// The part of <paramref name="owner"/>'s figure an item named <paramref name="name"/> is: a model member (under
    /// /narrative/), one of the markers of a part with a note, or null when the name is no known part of that figure.
    /// </summary>
    private static string? BracketPartOf(string owner, string name)
    {
        switch (owner)
        {
            case N + "appropriation/currentYearIncome":
            case N + "income/fiscalAppropriation":
                const string General = "appropriation/generalBudgetIncome";   // session 43: the 收入 section's too (schema 1.5)
                return FundPart(name, "一般公共", General) ?? FundPart(name, "一般预算", General) ?? FundPart(name, "公共财政", General)
                    ?? FundPart(name, "政府性基金", "governmentFund/currentYearIncome")
                    ?? FundPart(name, "国有资本经营", "stateCapital/currentYearIncome")
                    ?? FundPart(name, "中央", LevelMarker) ?? FundPart(name, "地方", LevelMarker);   // session 59
            case N + "basicExpenditure/total":
                return name switch { "人员经费" => "basicExpenditure/personnel", "公用经费" => "basicExpenditure/public", _ => null };
            case N + "expenditure/basic":
                return name is "人员经费" or "公用经费" ? AllFundsBasicMarker : null;
            case N + "expenditure/project":
                return name.Length >= 2 && !HasDigit(name) ? ProjectMarker : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// <paramref name="part"/> when <paramref name="name"/> is the fund <paramref name="fund"/> and nothing but its noise
    /// words (<see cref="FundPartNoise"/>: "一般公共预算财政拨款", "政府性基金预算拨款收入"); else null.
    /// </summary>
    private static string? FundPart(string name, string fund, string part)
    {
        if (!name.StartsWith(fund, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name.Substring(fund.Length);
        foreach (var noise in FundPartNoise)
        {
            rest = rest.Replace(noise, string.Empty);
        }

        return rest.Length == 0 ? part : null;
    }
}
