using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A carry-over of earlier years stated on its own in the income section (session 39, blind round 37 t06; issue 8):
/// "二、收入决算情况说明 本年收入合计2455.28万元，其中：…。上年结转96.34万元。" after an overview of "收入总计2551.62万元". Session 25's
/// <see cref="EarlierCarryOver"/> takes 上年结转 only in the composition of a grand total; beside 本年收入 it stays a note, as
/// it may be a part of 年初结转和结余 only (the 结余 not stated). Here it is placed as <c>overall/openingCarryOver</c> only when
/// it closes the income side exactly: the overview's 收入总计 equals 本年收入 plus this figure, written to the same precision.
/// Then it is the whole 年初结转和结余 by the overview's own identity, and no check can find it wrong.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// An unplaced amount labelled by a carry-over of earlier years (上年结转, 上年结转和结余…; not a fund's) in the income
    /// section, when no opening carry-over is held, the overview holds 收入总计 and 本年收入 (or the income section its total),
    /// no 使用非财政拨款结余 is held, and 收入总计 = 本年收入 + this amount exactly: <c>overall/openingCarryOver</c>. True when
    /// placed.
    /// </summary>
    private bool CarryOverClosingTheIncomeSum(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        // Session 41 (tables41): also in the overview and the 财政拨款 section themselves, beside 本年收入 ("本年收入 486.37 万元，
        // 上年结转 15.82 万元" after "收入总计 502.19 万元") — the old wording of 年初结转和结余 (NarrativeReader.OldBalanceWordings.cs).
        var fund = section switch
        {
            Section.Income or Section.Overall => "overall",
            Section.Appropriation => "appropriation",
            _ => null,
        };
        if (fund is null || !IsEarlierBalance(label) || label.Contains("预算")
            || fund == "overall" && label.Contains("财政拨款")
            || b.Has(N + fund + "/openingCarryOver/amount") || b.Has(N + "overall/useOfNonAppropriationBalance/amount"))
        {
            return false;
        }

        var amount = AmountNode(token, span);
        if (!ClosesTheSum(fund + "/incomeGrandTotal", fund + "/currentYearIncome", amount))
        {
            return false;
        }

        b.Set(N + fund + "/openingCarryOver/amount", amount, span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// Whether the grand total held at <paramref name="grandTarget"/> equals the year's figure held at
    /// <paramref name="yearTarget"/> (or its twin, <see cref="HeldBase"/>) plus <paramref name="amount"/> exactly, the amount
    /// written to the year's figure's precision: then <paramref name="amount"/> is the whole carry-over of that side.
    /// </summary>
    private bool ClosesTheSum(string grandTarget, string yearTarget, DraftNode amount)
        => HeldAmount(grandTarget) is { } grand && HeldBase(yearTarget) is { } year && TryAmount(year, out var yearValue)
            && TryAmount(amount, out var carried) && yearValue + carried == grand && Scale(amount) == Scale(year);

    /// <summary>The value of the amount held at <paramref name="target"/> (a narrative member), or null.</summary>
    private decimal? HeldAmount(string target)
        => b.Find(N + target + "/amount") is { } held && TryAmount(held, out var value) ? value : null;

    /// <summary>Reads an amount node's decimal.</summary>
    private static bool TryAmount(DraftNode node, out decimal value)
        => decimal.TryParse(node.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    /// <summary>How many decimals an amount node is written with.</summary>
    private static int Scale(DraftNode node)
    {
        var dot = node.Text.IndexOf('.');
        return dot < 0 ? 0 : node.Text.Length - dot - 1;
    }
}
