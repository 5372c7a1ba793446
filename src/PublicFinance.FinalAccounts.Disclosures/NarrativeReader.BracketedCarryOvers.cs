using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36's family F): a carry-over of earlier years written in brackets right after a total —
/// "收入总计 1868.72 万元（含上年结转 12.30 万元）", "本年收入合计 127342.56 万元（另有上年结转 1257.44 万元）", "本年收入合计
/// 920.00 万元（不含上年结转 60.00 万元）". Before, it was "an amount the reader could not place: (含上年结转", and the 收入总计's
/// side lost its 年初结转和结余 (a grand total with an unplaced part). The words before the name say how it stands to the total:
/// 含 / 其中 (a part of it) only beside a 收入总计 — 收入总计 = 本年收入 + 年初结转和结余 —, 另有 / 不含 / 未含 (beside it) only
/// beside the year's income (本年收入, 收入合计, the 收入 section's total). Either way it is that side's opening balance
/// (<c>overall/openingCarryOver</c>, or the 财政拨款 / fund section's own), as the name without brackets is
/// (<c>NarrativeReader.OpeningCarryOver.cs</c>); no total is inferred from it. The other pairings (含 after 本年收入, 另有 after 收入
/// 总计) contradict the members' definitions: a located note. The bracket must follow the total's own amount (the number
/// before the bracket is the subject's), and a 上年结转 without 和结余 is the balance only when the bracket names no 结余.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words before a carry-over's name that make it a part of the total before the bracket.</summary>
    private static readonly string[] CarryOverWithinLeads = ["其中含", "其中包括", "其中", "含", "包括", "包含"];

    /// <summary>The words before a carry-over's name that put it beside the total before the bracket.</summary>
    private static readonly string[] CarryOverBesideLeads = ["另有", "另", "不含", "未含", "不包括", "此外"];

    /// <summary>
    /// Reads an amount whose label is a bracketed carry-over after a total (see the type's summary). True when it was placed or
    /// noted.
    /// </summary>
    private bool BracketedCarryOver(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (compact.IndexOf("结转", StringComparison.Ordinal) < 0 || subject is not { } owner || subjectSentence != sentenceStart
            || CarryOverFund(owner) is not { } fund)
        {
            return false;
        }

        var within = LeadOf(compact, CarryOverWithinLeads);
        var beside = within is null ? LeadOf(compact, CarryOverBesideLeads) : null;
        var lead = within ?? beside;
        if (lead is null || !IsEarlierCarryOver(compact.Substring(lead.Length), out var withSurplus)
            || fund == "overall" && (compact.Contains("财政拨款") || compact.Contains("预算"))
            || !BracketAfterSubjectAmount(clause, token, out var bracket))
        {
            return false;
        }

        var grand = owner.EndsWith("/incomeGrandTotal", StringComparison.Ordinal);
        if (grand != (within is not null))
        {
            // "本年收入合计 X 万元（含上年结转 Y 万元）": the year's income holds no carry-over; "收入总计 X 万元（另有上年结转…）":
            // the grand total holds it by definition. Which figure the writer meant is not certain.
            Note(span, DisclosureMessages.CarryOverBesideTotalUncertain, clause);
            return true;
        }

        var member = N + fund + "/openingCarryOver/amount";
        if (!withSurplus && bracket.Contains("结余"))
        {
            return false;   // "（含上年结转…、上年结余…）": only a part of 年初结转和结余
        }

        var amount = AmountNode(token, span);
        if (b.Find(member) is { } held && !DraftNode.SameValue(held, amount))
        {
            return false;   // another figure held already: left as it was
        }

        b.Set(member, amount, span, ClaimKind.Amount, clause.Text);
        return true;   // the subject stays the total: "（含上年结转 Y 万元），比上年增加…" is the total's change
    }

    /// <summary>
    /// The section of the opening balance beside <paramref name="owner"/> (a 收入总计, or the year's income of the overview, the
    /// 收入 section, the 财政拨款 section or a fund's), or null for any other figure.
    /// </summary>
    private static string? CarryOverFund(string owner) => owner switch
    {
        N + "overall/incomeGrandTotal" or N + "overall/currentYearIncome" or N + "income/total" => "overall",
        N + "appropriation/incomeGrandTotal" or N + "appropriation/currentYearIncome" => "appropriation",
        N + "governmentFund/incomeGrandTotal" or N + "governmentFund/currentYearIncome" => "governmentFund",
        N + "stateCapital/incomeGrandTotal" or N + "stateCapital/currentYearIncome" => "stateCapital",
        _ => null,
    };

    /// <summary>The first of <paramref name="leads"/> that <paramref name="compact"/> starts with, or null.</summary>
    private static string? LeadOf(string compact, string[] leads)
    {
        foreach (var lead in leads)
        {
            if (compact.StartsWith(lead, StringComparison.Ordinal))
            {
                return lead;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="token"/> stands in a bracket that opens right after the subject's amount and its unit
    /// ("1868.72 万元（含上年结转 12.30 万元）"): the number before the bracket is the subject's amount as written.
    /// <paramref name="bracket"/> is the bracket's content.
    /// </summary>
    private bool BracketAfterSubjectAmount(ClauseView clause, NumberToken token, out string bracket)
    {
        bracket = string.Empty;
        var text = clause.Sentence.Text;
        var at = clause.Start + token.Start;
        var open = text.LastIndexOf('(', Math.Max(at - 1, 0));
        if (open <= 0 || text.IndexOf(')', open) is var close && (close < 0 || close < at)
            || b.Find(subject + "/amount") is not { Kind: DraftKind.String } amount)
        {
            return false;
        }

        bracket = text.Substring(open + 1, close - open - 1);
        var end = open;
        while (end > 0 && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        foreach (var unit in AmountUnits)
        {
            if (end >= unit.Length && string.CompareOrdinal(text, end - unit.Length, unit, 0, unit.Length) == 0)
            {
                end -= unit.Length;
                break;
            }
        }

        while (end > 0 && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (Scanner.IsDigit(text[start - 1]) || text[start - 1] is '.' or ','))
        {
            start--;
        }

        return start < end && string.Equals(text.Substring(start, end - start).Replace(",", string.Empty), amount.Text,
            StringComparison.Ordinal);
    }

    /// <summary>The units an amount before a bracket may carry.</summary>
    private static readonly string[] AmountUnits = ["万元", "亿元", "千元", "元"];
}
