using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    /// <summary>The words a bracketed prior-year figure is written with: "（上年：301.15万元）", "（上年数为…）".</summary>
    private static readonly string[] PriorBracketWords = ["上年", "上年度", "上年数", "上年决算", "上年决算数", "去年", "上年同期"];

    /// <summary>A prior-year figure in brackets right after its subject's amount, placed once the whole text is read.</summary>
    /// <remarks>
    /// <c>AmountOwner</c> is whose amount the bracket follows: the owner itself, or — for the statement-level change of a
    /// section (收支总计) — the grand total just stated (收入总计 or 支出总计; session 23).
    /// </remarks>
    private readonly record struct PriorBracket(string Owner, string AmountOwner, DraftNode Node, SourceSpan Span, string Text);

    private readonly List<PriorBracket> priorBrackets = new();

    /// <summary>The members of a statement that are its carry-overs (年初 and 年末结转和结余).</summary>
    private static readonly string[] CarryOverMembers = ["/openingCarryOver", "/closingCarryOver"];

    /// <summary>
    /// "326.48 万元（上年：301.15 万元）", "18399.30 万元（2022年：17854.97 万元）" in a 2023 text: the prior-year amount of the
    /// change of the subject whose amount is written right before the bracket (session 22's blind texts: never placed).
    /// Kept until the whole text is read (<see cref="PlacePriorBrackets"/>): the change the sentence goes on to state must
    /// agree with it. False (the figure is read as before) when the label is not such a bracket or the amount before it is
    /// not the subject's.
    /// </summary>
    private bool PriorYearBracket(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (!IsPriorBracket(label) || ChangeTarget() is not { } change)
        {
            return false;
        }

        var owner = change.Substring(0, change.Length - "/change".Length);
        var amountOwner = BracketAmountOwner(ref owner);
        if (!BracketFollows(amountOwner, label, span))
        {
            if (owner != StatementPointer || CarryOverBefore(label, span) is not { } carryOver)
            {
                return false;   // the bracket does not follow the subject's own amount
            }

            owner = amountOwner = carryOver;
        }

        priorBrackets.Add(new PriorBracket(owner, amountOwner, AmountNode(token, span), span, clause.Text));
        return true;
    }

    /// <summary>Whether the bracket labelled <paramref name="label"/> at <paramref name="span"/> follows the amount of the figure
    /// at <paramref name="owner"/> (on its line, with no more than the label between them).</summary>
    private bool BracketFollows(string owner, string label, SourceSpan span)
        => b.Find(owner + "/amount") is { Mapped: true } amount
            && amount.Span.EndLine == span.StartLine && span.StartColumn - amount.Span.EndColumn <= label.Length + 2
            && span.StartColumn >= amount.Span.EndColumn;

    /// <summary>
    /// The statement's carry-over (年初 or 年末结转和结余, <c>openingCarryOver</c> / <c>closingCarryOver</c>) whose amount the bracket
    /// follows, or null: "上年结转 12.30 万元（上年：10.10 万元）" — a part of the grand total placed by its label
    /// (<see cref="EarlierCarryOver"/>, <see cref="LaterCarryOver"/>), never the subject of a change (session 56).
    /// </summary>
    private string? CarryOverBefore(string label, SourceSpan span)
    {
        foreach (var member in CarryOverMembers)
        {
            if (BracketFollows(StatementPointer + member, label, span))
            {
                return StatementPointer + member;
            }
        }

        return null;
    }

    /// <summary>
    /// Whose amount a bracket after a statement-level change owner follows: in a section whose change is the statement's
    /// (收支总计: /narrative/overall/change), the grand total stated just before in the same sentence ("收入总计 1,234.56 万元
    /// （上年：1,100.00 万元）" — the overall change's prior amount, session 23); in the overview, 本年收入合计 or 本年支出合计
    /// stated just before, whose own change the sentence's comparison is (<see cref="ChangeTarget(string)"/>), which then
    /// owns the bracket too. Otherwise the owner itself: a bracket that follows no amount of its owner stays unread.
    /// </summary>
    private string BracketAmountOwner(ref string owner)
    {
        if (owner != StatementPointer || subject is not { } stated || !stated.StartsWith(owner + "/", StringComparison.Ordinal))
        {
            return owner;
        }

        if (stated.EndsWith("GrandTotal", StringComparison.Ordinal))
        {
            return stated;   // the bracket must still follow that total's amount (PriorYearBracket)
        }

        if (section == Section.Overall && subjectSentence == sentenceStart
            && (stated == N + "overall/currentYearIncome" || stated == N + "overall/currentYearExpenditure"))
        {
            owner = stated;
        }

        return owner;
    }

    /// <summary>"(上年:", "(上年数为", "(2022年:" (the year before the text's): a label that opens a prior-year bracket.</summary>
    private bool IsPriorBracket(string label)
    {
        var l = Trimmed(label);
        if (l.Length < 3 || l[0] != '(')
        {
            return false;
        }

        var inner = l.Substring(1).TrimEnd(':', ' ');
        inner = inner.EndsWith("为", StringComparison.Ordinal) ? inner.Substring(0, inner.Length - 1) : inner;
        if (Array.IndexOf(PriorBracketWords, inner) >= 0)
        {
            return true;
        }

        var prior = (year - 1).ToString(CultureInfo.InvariantCulture);
        return year > 0 && (inner == prior + "年" || inner == prior + "年度");
    }

    /// <summary>
    /// Places the bracketed prior-year figures whose subject's change agrees with them: amount − prior is the stated change
    /// (its direction and, when stated, its amount and its rate; 持平 when equal). One that disagrees, whose change already
    /// has a prior amount, or whose figures cannot be read is a note, not a fact — each with its own message: which of the
    /// disagreeing figures is wrong the text does not say.
    /// </summary>
    private void PlacePriorBrackets()
    {
        foreach (var p in priorBrackets)
        {
            var change = BracketChange(p);
            var disagreement = Disagreement(p, change);
            if (disagreement is null && b.Has(change, "priorYearAmount"))
            {
                // "agrees with the stated change" only when one is stated (revfixa, issue 3)
                disagreement = StatesChange(change)
                    ? DisclosureMessages.PriorBracketBesidePriorAmount
                    : DisclosureMessages.PriorBracketNoStatedChange;
            }

            if (disagreement is { } message)
            {
                Note(p.Span, message, p.Text);
                continue;
            }

            b.Context = "prior;";
            b.Set(change + "/priorYearAmount", p.Node, p.Span, ClaimKind.PriorYearAmount, p.Text);
        }
    }

    /// <summary>
    /// The change whose prior-year amount the bracket is: its owner's; but when the owner is a statement (收支总计,
    /// /narrative/overall) that states no change of its own and the total the bracket follows has none either, the total's
    /// ("收入合计 353.84 万元（上年：334.04 万元）" with no 增加/减少 anywhere: the grand total's prior year, which
    /// <see cref="ReportBuilder.DropChangesWithoutDirection()"/> makes the figure's own prior-year amount; session 56).
    /// </summary>
    private string BracketChange(PriorBracket p)
    {
        var change = p.Owner + "/change";
        return p.Owner == p.AmountOwner || StatesChange(change) || b.Has(p.AmountOwner, "change") ? change : p.AmountOwner + "/change";
    }

    /// <summary>Whether the change at <paramref name="change"/> states its direction, amount or rate.</summary>
    private bool StatesChange(string change) => b.Has(change, "direction") || b.Has(change, "amount") || b.Has(change, "rate");

    /// <summary>
    /// Why the bracket does not agree with the change stated for its owner (the message of its note), or null when it does:
    /// its figures unread; amount − prior against the stated direction or amount; the rate |amount − prior| / prior against
    /// the stated rate, within the interval of exact percentages that round to it (<see cref="Percent.Interval"/>: half a
    /// unit of its last place either way).
    /// </summary>
    private (string Zh, string En)? Disagreement(PriorBracket p, string change)
    {
        if (!TryDecimal(b.FindString(p.AmountOwner, "amount"), out var amount) || !TryDecimal(p.Node.Text, out var prior))
        {
            return DisclosureMessages.PriorBracketUnread;
        }

        var difference = amount - prior;
        var shown = difference.ToString(CultureInfo.InvariantCulture);
        var direction = b.FindString(change, "direction");
        if (direction is "increase" && difference <= 0 || direction is "decrease" && difference >= 0
            || direction is "unchanged" && difference != 0
            || TryDecimal(b.FindString(change, "amount"), out var stated) && stated != Math.Abs(difference))
        {
            return DisclosureMessages.PriorBracketDisagrees(shown);
        }

        var rateText = b.FindString(change, "rate");
        if (prior > 0 && TryDecimal(rateText, out var rate))
        {
            var point = rateText!.IndexOf('.');
            var decimals = point < 0 ? 0 : rateText.Length - point - 1;
            var computed = Math.Abs(difference) / prior * 100m;
            if (!Percent.Round(Math.Abs(rate), decimals).Interval.Contains(computed))
            {
                return DisclosureMessages.PriorBracketRateDisagrees(rateText, shown);
            }
        }

        return null;
    }

    private static bool TryDecimal(string? text, out decimal value)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
