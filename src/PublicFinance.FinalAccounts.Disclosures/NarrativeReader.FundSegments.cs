using PublicFinance.FinalAccounts.Disclosures.Statements;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (schema 1.10, blind round 41's t02): in the 财政拨款 section, each fund's 年初 / 年末结转和结余 — named in the
/// figure's own label ("一般公共预算财政拨款年初结转和结余 58.12 万元", "年末政府性基金预算财政拨款结转和结余 27.70 万元") or by the
/// head of its run of clauses ("一般公共预算财政拨款年初结转和结余 40.00 万元，本年收入 1000.00 万元，本年支出 980.00 万元，年末结转和结余
/// 60.00 万元；政府性基金预算财政拨款…"): the run goes from the sentence's start or its last ';' to the figure, and its head is a
/// fund's name after a list mark, and names no other fund before the figure (a list of the funds' parts is not one fund's
/// run). The 一般公共预算 carry-overs go to the 财政拨款 statement's
/// <c>generalBudgetOpeningCarryOver</c> / <c>generalBudgetClosingCarryOver</c> (schema 1.10; before, a located note, or the whole
/// 财政拨款's carry-over: a false FA1212), the other funds' to their statements' <c>openingCarryOver</c> / <c>closingCarryOver</c>.
/// Under a fund's head, a bare 本年收入 / 本年支出 is that fund's too (<see cref="FieldOf"/>: the 一般公共预算 income, the 一般公共预算
/// total) — never the whole 财政拨款's (a false FA1208 when a later fund's 本年支出 took the whole's field); a label that names
/// 财政拨款 itself ("2020年度财政拨款支出…") stays the whole's, and a run ends at a line's end too. A label naming another
/// period (上年, 预算) or a level, and a head that denies the fund (无, 未安排), leave the figure to the other readers.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The names a fund's run of clauses or a carry-over's label starts with, and the fund.</summary>
    private static readonly (string Name, StatementFund Fund)[] SegmentFunds =
    [
        ("一般公共预算", StatementFund.GeneralBudget), ("公共财政预算", StatementFund.GeneralBudget),
        ("政府性基金", StatementFund.GovernmentFund), ("国有资本经营", StatementFund.StateCapital),
    ];

    /// <summary>The breaks that end a fund's run of clauses (after normalisation, and as written).</summary>
    private static readonly char[] SegmentBreaks = [';', '；', '。', '\n'];

    /// <summary>The clause breaks that end a run's head clause (after normalisation, and as written).</summary>
    private static readonly char[] SegmentClauseBreaks = [',', '，', ';', '；', ':', '：'];

    /// <summary>
    /// Moves <paramref name="target"/> (the whole 财政拨款's carry-over or flow) to the fund's own field when the label or
    /// the run's head names one fund (see the type's summary): true, and the fund's field is final (the sentence's fund,
    /// <see cref="FundOfSentence"/>, does not override it). Leaves it as it is otherwise (false).
    /// </summary>
    private bool FundSegmentFigure(ref string? target, string label, ClauseView clause)
    {
        var carryOver = target is "appropriation/openingCarryOver" or "appropriation/closingCarryOver";
        if (!carryOver && target is not ("appropriation/currentYearIncome" or "appropriation/currentYearExpenditure"))
        {
            return false;
        }

        var fund = carryOver ? CarryOverLabelFund(label) : null;
        if (fund is null && !NamesFundPart(label) && !LabelHas(label, "合计") && !LabelHas(label, "总计")
            && !LabelHas(label, "财政拨款"))   // "2020年度财政拨款支出…" names the whole, whatever the run
        {
            fund = SegmentHeadFund(clause);
        }

        if (fund is { } f && FundSegmentField(f, target!) is { } field)
        {
            target = field;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The fund a carry-over's label names as its owner: one fund's name, with only a year, 本年, 年初 / 年末 or 其中 before
    /// it (<see cref="IsBareOrThisYear"/>); else null.
    /// </summary>
    private static StatementFund? CarryOverLabelFund(string label)
    {
        var compact = label.Replace(" ", string.Empty);
        StatementFund? named = null;
        var at = -1;
        foreach (var (name, fund) in SegmentFunds)
        {
            var i = compact.IndexOf(name, StringComparison.Ordinal);
            if (i < 0)
            {
                continue;
            }

            if (named is not null && named != fund)
            {
                return null;   // two funds in one label: a comparison or a list, not one fund's figure
            }

            (named, at) = (fund, i);
        }

        if (named is null)
        {
            return null;
        }

        var prefix = compact.Substring(0, at);
        var side = prefix.EndsWith("年初", StringComparison.Ordinal) || prefix.EndsWith("年末", StringComparison.Ordinal)
            ? prefix.Substring(0, prefix.Length - 2) : prefix;
        return IsBareOrThisYear(side.AsSpan()) ? named : null;
    }

    /// <summary>
    /// The fund that heads the figure's run of clauses (from the sentence's start or its last break before the figure's
    /// clause): its first characters, after list marks, white space and 其中, are one fund's name, and its first clause
    /// denies nothing (<see cref="FundDenials"/>); else null.
    /// </summary>
    private static StatementFund? SegmentHeadFund(ClauseView clause)
    {
        var text = clause.Sentence.Text;
        var start = clause.Start <= 0 ? 0 : text.LastIndexOfAny(SegmentBreaks, clause.Start - 1) + 1;
        var i = SkipSpaces(text, start, clause.Start);
        if (ListMarker(text, i, clause.Start) is (_, _, var length))
        {
            i = SkipSpaces(text, i + length, clause.Start);   // 1、 (一) 一、: not the 一 of 一般
        }

        foreach (var (name, fund) in SegmentFunds)
        {
            if (string.CompareOrdinal(text, i, name, 0, name.Length) != 0)
            {
                continue;
            }

            var comma = text.IndexOfAny(SegmentClauseBreaks, i);
            var end = comma < 0 ? text.Length : comma;
            foreach (var denial in FundDenials)
            {
                if (text.IndexOf(denial, i, end - i, StringComparison.Ordinal) >= 0)
                {
                    return null;
                }
            }

            // Another fund named after the head: a list of the funds' parts ("一般公共预算财政拨款收入 A 万元，政府性基金…收入
            // B 万元，本年支出合计 C 万元"), after which a figure is the whole's, not the head fund's.
            var after = i + name.Length;
            foreach (var (other, _) in SegmentFunds)
            {
                if (after < clause.Start && text.IndexOf(other, after, clause.Start - after, StringComparison.Ordinal) >= 0)
                {
                    return null;
                }
            }

            return fund;
        }

        return null;
    }

    /// <summary>
    /// The fund's own field (relative to /narrative/) of the whole 财政拨款's <paramref name="target"/>: its carry-overs
    /// (the 一般公共预算's on the 财政拨款 statement, schema 1.10), its income and expenditure (<see cref="FieldOf"/>).
    /// </summary>
    private static string? FundSegmentField(StatementFund fund, string target) => (fund, target) switch
    {
        (StatementFund.GeneralBudget, "appropriation/openingCarryOver") => "appropriation/generalBudgetOpeningCarryOver",
        (StatementFund.GeneralBudget, "appropriation/closingCarryOver") => "appropriation/generalBudgetClosingCarryOver",
        (StatementFund.GovernmentFund, "appropriation/openingCarryOver") => "governmentFund/openingCarryOver",
        (StatementFund.GovernmentFund, "appropriation/closingCarryOver") => "governmentFund/closingCarryOver",
        (StatementFund.StateCapital, "appropriation/openingCarryOver") => "stateCapital/openingCarryOver",
        (StatementFund.StateCapital, "appropriation/closingCarryOver") => "stateCapital/closingCarryOver",
        (_, "appropriation/currentYearIncome") => FieldOf(fund, StatementFlow.Income)?.Substring(N.Length),
        (_, "appropriation/currentYearExpenditure") => FieldOf(fund, StatementFlow.Expenditure)?.Substring(N.Length),
        _ => null,
    };

    /// <summary>
    /// The 一般公共预算 part's field (relative to /narrative/) of a carry-over <paramref name="side"/> (openingCarryOver,
    /// closingCarryOver): schema 1.10's members of the 财政拨款 statement.
    /// </summary>
    private static string GeneralBudgetCarryOverField(string side)
        => side == "openingCarryOver" ? "appropriation/generalBudgetOpeningCarryOver" : "appropriation/generalBudgetClosingCarryOver";
}
