using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (prose58, blind round 54 t06): a fund's year told in one paragraph with its carry-overs named without 和结余 —
/// "2021年度政府性基金预算财政拨款年初结转3206.18万元；本年收入49618.35万元，其中…；本年支出47468.74万元，…；年末结转5355.79万元，
/// 为…。" The model has one opening and one closing balance per fund (年初 / 年末结转和结余); 年初结转 alone was no label of the
/// fund's section (a note), and 年末结转 was the closing balance only when no opening was stated
/// (<see cref="FundYearClosesWith"/>). Either is now the whole balance only when it certainly is: the fund states no grand total
/// and its paragraph names no 结余, no other 年初 or 年末 and no 结转下年, and 年初结转 + 本年收入 = 本年支出 + 年末结转 exactly (the
/// four written in the paragraph in one unit) — then no check can find either figure wrong. Anything else stays the note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// An unplaced amount labelled ending in 年初结转 in a fund's section (政府性基金, 国有资本经营) whose paragraph closes as the
    /// type's summary says: the fund's <c>openingCarryOver</c>. True when placed.
    /// </summary>
    private bool FundOpeningCarryOver(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        var fund = section switch
        {
            Section.GovernmentFund => "governmentFund",
            Section.StateCapital => "stateCapital",
            _ => null,
        };
        var end = compact.Length > 0 && compact[compact.Length - 1] is '为' or '是' or ':' ? compact.Length - 1 : compact.Length;
        if (fund is null || end < 4 || string.CompareOrdinal(compact, end - 4, "年初结转", 0, 4) != 0
            || b.Has(N + fund + "/openingCarryOver/amount") || b.Has(N + fund + "/incomeGrandTotal")
            || !ReferenceEquals(clause.Sentence.Text, currentSentence))
        {
            return false;
        }

        var p = currentSentence;
        if (p.IndexOf("结余", StringComparison.Ordinal) >= 0 || Occurrences(p, "年初") != 1 || Occurrences(p, "年末") != 1
            || HasAnyIn(p, 0, p.Length, NextYearCarryWords)
            || !FundYearAfter(p, clause.Start + token.End, token.UnitText, out var income, out var expenditure, out var closing)
            || token.Value + income != expenditure + closing)
        {
            return false;
        }

        b.Set(N + fund + "/openingCarryOver/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// The 本年收入, 本年支出 and 年末结转 written after <paramref name="from"/> in <paramref name="p"/> (the first money figure
    /// labelled by each, in <paramref name="unit"/>): false when one is missing or written in another unit.
    /// </summary>
    private static bool FundYearAfter(string p, int from, string unit, out decimal income, out decimal expenditure, out decimal closing)
    {
        (income, expenditure, closing) = (0m, 0m, 0m);
        var found = 0;
        var at = from;
        while (found != 7 && Scanner.Next(p, ref at, out var figure))
        {
            if (!figure.IsMoney)
            {
                continue;
            }

            var labelStart = SegmentStart(p, figure.Start);
            var end = figure.Start;
            while (end > labelStart && p[end - 1] is ' ' or '为' or '是')
            {
                end--;
            }

            var bit = EndsWithAt(p, labelStart, end, "本年收入") ? 1 : EndsWithAt(p, labelStart, end, "本年支出") ? 2
                : EndsWithAt(p, labelStart, end, "年末结转") ? 4 : 0;
            if (bit == 0 || (found & bit) != 0)
            {
                continue;
            }

            if (!string.Equals(figure.UnitText, unit, StringComparison.Ordinal))
            {
                return false;
            }

            found |= bit;
            switch (bit)
            {
                case 1:
                    income = figure.Value;
                    break;
                case 2:
                    expenditure = figure.Value;
                    break;
                default:
                    closing = figure.Value;
                    break;
            }
        }

        return found == 7;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="t"/> ends with
    /// <paramref name="word"/>.</summary>
    private static bool EndsWithAt(string t, int from, int end, string word)
        => end - from >= word.Length && EndsWithAt(t, end, word);

    /// <summary>
    /// Session 58: a fund's 年末结转 after its 年初结转 (<see cref="FundOpeningCarryOver"/>) closes the fund's year when the fund
    /// states no grand total and opening + 本年收入 − 本年支出 is the amount exactly.
    /// </summary>
    private bool FundYearWithOpeningClosesWith(string fund, DraftNode amount)
        => fund is "governmentFund" or "stateCapital" && !b.Has(N + fund + "/incomeGrandTotal")
            && HeldAmount(fund + "/openingCarryOver") is { } opening && HeldAmount(fund + "/currentYearIncome") is { } income
            && HeldAmount(fund + "/currentYearExpenditure") is { } expenditure && TryAmount(amount, out var closing)
            && opening + income - expenditure == closing;
}
