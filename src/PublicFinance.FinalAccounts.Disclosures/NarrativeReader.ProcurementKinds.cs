using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The contracts awarded to small and medium enterprises by purchase kind (schema 1.4): "货物采购授予中小企业合同金额 X 万元",
/// "货物采购授予中小企业合同金额占货物支出金额的 Y%", and the kinds listed after the SME total ("授予中小企业合同金额 80 万元，
/// 其中：货物 30 万元、工程 20 万元、服务 30 万元").
/// </summary>
internal sealed partial class NarrativeReader
{
    private static readonly (string Word, string Member)[] PurchaseKinds = [("货物", "smeGoods"), ("工程", "smeWorks"), ("服务", "smeServices")];

    private const string SmeTotal = N + "procurement/smeContracts";

    /// <summary>The member of the one purchase kind <paramref name="text"/> names, or null when it names none or several.</summary>
    private static string? PurchaseKindOf(string text)
    {
        string? found = null;
        foreach (var (word, member) in PurchaseKinds)
        {
            if (text.Contains(word))
            {
                if (found is not null)
                {
                    return null;
                }

                found = member;
            }
        }

        return found;
    }

    /// <summary>Whether a label names the SME contracts themselves (授予中小企业), not the 小微 part or the reserved budget.</summary>
    private static bool NamesSmeContracts(string compact)
        => compact.Contains("中小企业") && !compact.Contains("小微") && !compact.Contains("预留");

    private static bool IsSmeKind(string? pointer)
        => pointer is not null && pointer.StartsWith(N + "procurement/sme", StringComparison.Ordinal) && pointer != SmeTotal
            && !pointer.EndsWith("ReservedBudget", StringComparison.Ordinal);

    /// <summary>
    /// The member of the one purchase kind heading a label of the SME contracts: the kind word before 中小企业 that opens the
    /// label's end or is followed by 采购, 类 or 授予 ("货物采购授予中小企业…", "服务类授予…"). A kind word inside a unit's
    /// name ("县政务服务中心授予中小企业…", "某工程管理处…") heads nothing; a label headed by two kinds names none (null).
    /// </summary>
    private static string? KindHeadOf(string compact)
    {
        var end = compact.IndexOf("中小企业", StringComparison.Ordinal);
        var head = WithoutListLead(end < 0 ? compact : compact.Substring(0, end));
        string? found = null;
        foreach (var (word, member) in PurchaseKinds)
        {
            if (HeadsLabel(head, word))
            {
                if (found is not null)
                {
                    return null;
                }

                found = member;
            }
        }

        return found;
    }

    /// <summary>Whether some occurrence of <paramref name="word"/> ends <paramref name="head"/> or is followed by 采购, 类 or 授予.</summary>
    private static bool HeadsLabel(string head, string word)
    {
        for (var at = head.IndexOf(word, StringComparison.Ordinal); at >= 0; at = head.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var next = head.Substring(at + word.Length);
            if (next.Length == 0 || next.StartsWith("采购", StringComparison.Ordinal) || next.StartsWith("类", StringComparison.Ordinal)
                || next.StartsWith("授予", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind suffixes an entry of a purchase kind may carry ("货物", "货物类", "货物采购", "货物类采购").</summary>
    private static readonly string[] KindEntrySuffixes = [string.Empty, "类", "采购", "类采购"];

    /// <summary>
    /// The member of the purchase kind a bare entry names: the kind word alone or with a known suffix (类, 采购, 类采购), after
    /// 其中 and before a closing 为 or colon; null for any other label ("货物和服务", "货物及其他").
    /// </summary>
    private static string? KindEntryOf(string compact)
    {
        var entry = WithoutListLead(compact).TrimEnd(':', '为');
        foreach (var (word, member) in PurchaseKinds)
        {
            if (KindEntrySuffixes.Any(suffix => entry == word + suffix))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a label is a bare entry of a purchase kind ("其中:货物", "货物类", "工程采购") in a sentence whose SME total (or
    /// an entry before it) was the last figure placed: the entries listed after "授予中小企业合同金额 X 万元".
    /// </summary>
    private bool IsKindEntryOfSmeTotal(string compact)
        => (subject == SmeTotal || IsSmeKind(subject)) && SentenceContains("中小企业") && !compact.Contains("企业");

    /// <summary>
    /// Whether the sentence states an amount of the whole procurement before its SME total ("政府采购支出总额 1000 万元，授予
    /// 中小企业合同金额 800 万元，其中：货物…"): the 其中 entries after it may be the procurement's parts as well as the SME
    /// total's, so they do not provably belong to the SME total.
    /// </summary>
    private bool ProcurementAmountOpensSentence()
    {
        var at = currentSentence.IndexOf("中小企业", currentSentenceFrom, currentSentenceTo - currentSentenceFrom, StringComparison.Ordinal);
        var head = at < 0 ? string.Empty : currentSentence.Substring(currentSentenceFrom, at - currentSentenceFrom);
        return head.Contains("采购") && head.Contains("元");
    }

    /// <summary>
    /// Reads an amount of the SME contracts of one purchase kind; a change or budget figure of such a part is a note (the part
    /// has no field for it). Returns false when the amount is none of these.
    /// </summary>
    private bool TrySmeKindAmount(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = label.Replace(" ", string.Empty);
        if (SentenceContains("中标") || SentenceContains("成交"))
        {
            return false;   // Shanghai's award buckets: the note of the caller
        }

        if (NamesSmeContracts(compact) && compact.Contains("其他项目"))
        {
            // "面向中小企业预留项目合同金额 720 万元，其他项目中授予中小企业合同金额 385.60 万元": a part of the SME total
            // (the contracts outside the reserved projects), never the total itself — a note, and no subject for what follows.
            Note(span, procurementBreakdownNotes.For(label), clause);
            subject = null;
            budget = null;
            reasonTarget = null;
            return true;
        }

        if (TrySmeKindsRespectively(clause, token, span))
        {
            return true;
        }

        if (IsSmeKind(subject) && (DirectionOf(label) is not null || MentionsBudget(label)) && PurchaseKindOf(compact) is null)
        {
            Note(span, DisclosureMessages.SmeKindFigureNoField, clause);
            return true;
        }

        // "货物采购中，授予中小企业合同金额 X 万元": the kind a leading clause names (NarrativeReader.ProcurementKindClauses.cs)
        var member = NamesSmeContracts(compact) ? KindHeadOf(compact) ?? KindOfLeadingClause(clause) : null;
        if (member is null && IsKindEntryOfSmeTotal(compact))
        {
            member = KindEntryOf(compact);
            var kinds = PurchaseKinds.Count(k => WithoutListLead(compact).Contains(k.Word));
            if (member is null && kinds < 2)
            {
                return false;
            }

            if (member is null || ProcurementAmountOpensSentence())
            {
                // "其中：货物和服务 50 万元" names two kinds; entries after a sentence's procurement total may be its parts.
                Note(span, member is null ? DisclosureMessages.SmeKindsNamedTogether : DisclosureMessages.SmeKindEntryUnproven, clause);
                subject = SmeTotal;
                return true;
            }
        }

        if (member is null)
        {
            return false;
        }

        var pointer = N + "procurement/" + member;
        subject = b.Set(pointer + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text) ? pointer : null;
        budget = null;
        reasonTarget = null;
        return true;
    }

    /// <summary>
    /// Reads a share of the SME contracts of one purchase kind in that kind's procurement ("货物采购授予中小企业合同金额占货物
    /// 支出金额的 75%", or "占货物支出金额的 75%" after the kind's amount); a share of another base, or any other rate of such a
    /// part, is a note. Returns false when the percentage is none of these.
    /// </summary>
    private bool TrySmeKindShare(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = label.Replace(" ", string.Empty);
        var at = compact.IndexOf('占');
        var named = NamesSmeContracts(compact) ? KindHeadOf(at < 0 ? compact : compact.Substring(0, at)) : null;
        if (named is null && !IsSmeKind(subject))
        {
            return false;
        }

        var member = named ?? subject!.Substring((N + "procurement/").Length);
        var basis = at < 0 ? string.Empty : compact.Substring(at + 1);
        if (at < 0 || basis.Contains("企业") || basis.Contains("总额") || basis.Contains("政府采购") || PurchaseKindOf(basis) is { } other
            && other != member)
        {
            // "…占授予中小企业合同金额的 37.5%", "…占政府采购支出总额的…", or a change rate of the part: no field of the part.
            Note(span, at < 0 ? DisclosureMessages.SmeKindFigureNoField : DisclosureMessages.ShareOfAnotherBase, clause);
            return true;
        }

        if (token.Value < 0)
        {
            Note(span, DisclosureMessages.SmeKindShareSigned, clause);   // a share of a part is never below zero
            return true;
        }

        var pointer = N + "procurement/" + member;
        subject = b.Set(pointer + "/share", PercentNode(token), span, ClaimKind.Share, clause.Text) ? pointer : null;
        budget = null;
        reasonTarget = null;
        return true;
    }

    /// <summary>The kinds of a respective list ("货物、工程、服务中授予中小企业合同金额分别为 a、b、c"), in written order, or null.</summary>
    private string[]? respectiveKinds;

    private int respectiveIndex;

    private int respectiveSentence = -1;

    /// <summary>Where the last figure of the respective list ends in its sentence.</summary>
    private int respectiveEnd;

    private static readonly string[] AmountUnitWords = ["万元", "千元", "亿元", "元"];

    /// <summary>
    /// Reads "货物、工程、服务中授予中小企业合同金额分别为 36.80 万元、100.00 万元、165.30 万元": the kinds named before 分别 (in the
    /// clause of 中小企业, not 小微 or 预留), each figure in turn, joined by 、, 和 or 及. A figure beyond the kinds is a note.
    /// Returns false when the figure is no entry of such a list.
    /// </summary>
    private bool TrySmeKindsRespectively(ClauseView clause, NumberToken token, SourceSpan span)
    {
        var sentence = clause.Sentence.Text;
        var at = Math.Min(clause.Start + token.Start, sentence.Length);
        if (respectiveKinds is not null && respectiveSentence == sentenceStart && at >= respectiveEnd
            && IsListJoint(sentence.Substring(respectiveEnd, at - respectiveEnd)))
        {
            return PlaceRespective(clause, token, span);
        }

        respectiveKinds = null;
        var marker = at < 2 ? -1 : sentence.LastIndexOf("分别", at - 1, StringComparison.Ordinal);
        if (marker < 0 || at - marker > 4)
        {
            return false;
        }

        var head = sentence.Substring(0, marker);
        head = head.Substring(Math.Max(head.LastIndexOf(';'), head.LastIndexOf('。')) + 1);
        if (!NamesSmeContracts(head))
        {
            return false;
        }

        var kinds = PurchaseKinds.Where(k => head.Contains(k.Word)).OrderBy(k => head.IndexOf(k.Word, StringComparison.Ordinal))
            .Select(k => k.Member).ToArray();
        if (kinds.Length < 2)
        {
            return false;
        }

        respectiveKinds = kinds;
        respectiveIndex = 0;
        respectiveSentence = sentenceStart;
        return PlaceRespective(clause, token, span);
    }

    /// <summary>Whether the text between two figures only joins them (an amount's unit, then 、 , 和 or 及).</summary>
    private static bool IsListJoint(string between)
    {
        var text = between.Trim();
        foreach (var unit in AmountUnitWords)
        {
            if (text.StartsWith(unit, StringComparison.Ordinal))
            {
                text = text.Substring(unit.Length).Trim();
                break;
            }
        }

        return text is "、" or "," or "和" or "及" or "以及";
    }

    private bool PlaceRespective(ClauseView clause, NumberToken token, SourceSpan span)
    {
        respectiveEnd = Math.Min(clause.Start + token.End, clause.Sentence.Text.Length);
        if (respectiveIndex >= respectiveKinds!.Length)
        {
            Note(span, DisclosureMessages.SmeKindFigureNoField, clause);
            return true;
        }

        var pointer = N + "procurement/" + respectiveKinds[respectiveIndex++];
        subject = b.Set(pointer + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text) ? pointer : null;
        budget = null;
        reasonTarget = null;
        return true;
    }
}
