using PublicFinance.FinalAccounts.Disclosures.Statements;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (blind round 39 t09): in the 财政拨款 section, a bare carry-over (上年结转, 结转下年, 年初结转, 年末结转…) whose label
/// opens with one fund's name ("一般公共预算财政拨款上年结转 120.00 万元，本年支出 980.00 万元，结转下年 60.00 万元；政府性基金预算
/// 财政拨款…"), or that stands in a run of clauses headed by that name (the run's later 结转下年), is that fund's carry-over: the
/// 一般公共预算's goes to the 财政拨款 statement's <c>generalBudgetOpeningCarryOver</c> / <c>generalBudgetClosingCarryOver</c>
/// (schema 1.10), the other funds' to their statements' <c>openingCarryOver</c> / <c>closingCarryOver</c>. Before, both were
/// notes ("an amount the reader could not place"): the label matched no key (the keys name 年初结转和结余, not 上年结转), and a
/// fund was taken from a paragraph head or the sentence's 政府性基金 / 国有资本经营 subject only. The fund's name may be followed
/// by 预算 and 财政拨款 (<see cref="FundNameTails"/>) and nothing else before the carry-over; a label that names two funds, another
/// period before the fund (上年一般公共预算…) or a use (动用上年结转) is left as before, as is a 结转 in a sentence that names a 结余
/// too (the 结转 is then only a part of the model's 结转和结余).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that may follow a fund's name before its carry-over ("一般公共预算财政拨款上年结转"), in order.</summary>
    private static readonly string[] FundNameTails = ["预算", "财政拨款"];

    /// <summary>
    /// Sets <paramref name="target"/> (null on entry) to the fund's carry-over field when <paramref name="label"/> is a fund's
    /// name and a bare carry-over (see the type's summary); leaves it null otherwise.
    /// </summary>
    private void FundNamedCarryOver(ref string? target, string label)
    {
        var compact = label.Replace(" ", string.Empty);
        if (CarryOverLabelFund(compact) is not { } fund)
        {
            return;
        }

        var rest = -1;
        foreach (var (name, named) in SegmentFunds)
        {
            var at = compact.IndexOf(name, StringComparison.Ordinal);
            if (named == fund && at >= 0)
            {
                rest = at + name.Length;
                break;
            }
        }

        foreach (var tail in FundNameTails)
        {
            rest += rest >= 0 && string.CompareOrdinal(compact, rest, tail, 0, tail.Length) == 0 ? tail.Length : 0;
        }

        if (rest < 0 || rest >= compact.Length)
        {
            return;
        }

        var carryOver = compact.Substring(rest);
        var side = IsEarlierCarryOver(carryOver, out var withSurplus) ? "openingCarryOver"
            : IsLaterCarryOver(carryOver) ? "closingCarryOver" : null;
        if (side is null || !withSurplus && currentSentence.IndexOf("结余", StringComparison.Ordinal) >= 0)
        {
            return;
        }

        target = FundSegmentField(fund, "appropriation/" + side);
    }

    /// <summary>
    /// The fund that heads the figure's run of clauses (<see cref="SegmentHeadFund"/>) as a section
    /// (<see cref="Section.GeneralBudget"/>, <see cref="Section.GovernmentFund"/>, <see cref="Section.StateCapital"/>), or null.
    /// </summary>
    private static Section? RunHeadSection(ClauseView clause) => SegmentHeadFund(clause) switch
    {
        StatementFund.GeneralBudget => Section.GeneralBudget,
        StatementFund.GovernmentFund => Section.GovernmentFund,
        StatementFund.StateCapital => Section.StateCapital,
        _ => null,
    };
}
