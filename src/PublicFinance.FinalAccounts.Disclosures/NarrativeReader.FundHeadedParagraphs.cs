using PublicFinance.FinalAccounts.Disclosures.Statements;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (blind round 39): in the 财政拨款 section, a paragraph whose head is one fund's name ("1、政府性基金预算。上年结转
/// 88.20万元，本年收入936.50万元，本年支出961.04万元…", "（二）国有资本经营预算：…") states that fund's flows under bare labels
/// (本年收入, 本年支出, 上年结转, 结转下年). Before, they were the whole 财政拨款's (false FA1208, FA1213 and FA8003 Errors: the
/// fund's 本年收入 "stated twice" beside the whole's). Now they go to the fund's own fields, as a fund named in the sentence
/// does (<see cref="FundOfSentence"/>), or a note when the fund has no such field. Session 43 (round 39 t02's last FA1208): a
/// paragraph headed 一般公共预算 ("2、一般公共预算。上年结转…本年收入…本年支出…") was still read as the whole's — not because its
/// label held the head (the labels are the bare flows) but because the heads named only the other two funds. Now its 本年收入 is
/// the 一般公共预算 part's income (<c>appropriation/generalBudgetIncome</c>), its 本年支出 the 一般公共预算 total, the rest a note;
/// a head ended by ':' in the figure's own sentence ("（一）一般公共预算：本年收入…") and a head after 一是 / 二是 count too.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>A paragraph head that names one fund (after its list mark, before its '。' or ':'), and the fund.</summary>
    private static readonly (string Head, Section Fund)[] FundHeads =
    [
        ("政府性基金预算", Section.GovernmentFund), ("政府性基金预算财政拨款", Section.GovernmentFund),
        ("政府性基金", Section.GovernmentFund), ("国有资本经营预算", Section.StateCapital),
        ("国有资本经营预算财政拨款", Section.StateCapital), ("一般公共预算", Section.GeneralBudget),
        ("一般公共预算财政拨款", Section.GeneralBudget),
    ];

    /// <summary>The bare flow and balance words a fund's paragraph states its figures with.</summary>
    private static readonly string[] FundFlowWords = ["本年收入", "本年支出", "上年结转", "结转下年", "年初结转", "年末结转", "年初结余", "年末结余"];

    /// <summary>
    /// The fund whose flows the figure's bare <paramref name="label"/> states: the paragraph's head fund
    /// (<see cref="FundHeads"/>: 政府性基金, 国有资本经营 or 一般公共预算 — <see cref="Section.GeneralBudget"/>) when the figure's
    /// sentence comes after the head, or the head ends with ':' and opens the figure's sentence before the figure's clause
    /// (<paramref name="clauseStart"/>); else null.
    /// </summary>
    private Section? FundOfParagraphHead(string label, int clauseStart)
        => HasAnyIn(label, 0, label.Length, FundFlowWords) ? ParagraphHeadFund(clauseStart) : null;

    /// <summary>
    /// The fund the paragraph's head names (<see cref="FundHeads"/>) when the clause at <paramref name="clauseStart"/> comes
    /// after it (<see cref="FundOfParagraphHead"/> without the label's test; session 44: a functional item's list,
    /// <c>FundHeadedItems</c>); else null.
    /// </summary>
    private Section? ParagraphHeadFund(int clauseStart)
    {
        // Past the list mark only (1、 1. (一) 一、, or 一是): a run of numerals is no mark when no mark follows (the 一 of 一般).
        var t = currentSentence;
        var i = SkipSpaces(t, 0, t.Length);
        i = ListMarker(t, i, t.Length) is (_, _, var length) ? SkipSpaces(t, i + length, t.Length)
            : i + 1 < t.Length && ChineseDigit(t[i], out _) && t[i + 1] == '是' ? SkipSpaces(t, i + 2, t.Length) : i;

        var end = t.IndexOfAny(FundHeadEnds, i);
        if (end <= i || (currentSentenceFrom <= end && (t[end] != ':' || currentSentenceFrom > i || clauseStart <= end)))
        {
            return null;
        }

        foreach (var (head, fund) in FundHeads)
        {
            if (end - i == head.Length && string.CompareOrdinal(t, i, head, 0, head.Length) == 0)
            {
                return fund;
            }
        }

        return null;
    }

    /// <summary>
    /// The field of a flow of a paragraph headed 一般公共预算 (<see cref="FundOfParagraphHead"/>): its 本年收入 the part's income,
    /// its 本年支出 the 一般公共预算 total (as the typed statements place them, <see cref="FieldOf"/>); null for any other
    /// (上年结转, 结转下年: the model has no field of the part's), which is then a note.
    /// </summary>
    private static string? GeneralBudgetHeadField(string target) => target switch
    {
        "appropriation/currentYearIncome" => FieldOf(StatementFund.GeneralBudget, StatementFlow.Income)!.Substring(N.Length),
        "appropriation/currentYearExpenditure" => FieldOf(StatementFund.GeneralBudget, StatementFlow.Expenditure)!.Substring(N.Length),
        "appropriation/openingCarryOver" or "appropriation/closingCarryOver"
            => GeneralBudgetCarryOverField(target.Substring("appropriation/".Length)),   // session 45: schema 1.10
        _ => null,
    };

    /// <summary>
    /// Session 43: a bare carry-over (上年结转, 结转下年, 年末结转…: <see cref="IsEarlierCarryOver"/>, <see cref="IsLaterCarryOver"/>)
    /// in a fund's sentence or paragraph ("1、政府性基金预算。上年结转 88.20 万元，…，结转下年 63.66 万元"): that fund's opening or
    /// closing carry-over (<paramref name="target"/> set, false returned) — for the 一般公共预算 its schema 1.10 field (session 45;
    /// before, a located note).
    /// Not when the label says 结转 only and the paragraph names a 结余 too (then the 结转 is only a part of 结转和结余), nor
    /// outside a fund's sentence or paragraph (false, <paramref name="target"/> left null).
    /// </summary>
    private bool FundParagraphCarryOver(ref string? target, string label, SourceSpan span, ClauseView clause)
    {
        var compact = label.Replace(" ", string.Empty);
        var withSurplus = false;
        var side = IsEarlierCarryOver(compact, out withSurplus) ? "openingCarryOver"
            : IsLaterCarryOver(compact) ? "closingCarryOver" : null;
        if (side is null || (FundOfSentence() ?? FundOfParagraphHead(label, clause.Start) ?? RunHeadSection(clause)) is not { } fund
            || !withSurplus && currentSentence.IndexOf("结余", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        // Session 45: the 一般公共预算 part's carry-over has its field (schema 1.10).
        target = fund == Section.GeneralBudget ? GeneralBudgetCarryOverField(side)
            : (fund == Section.GovernmentFund ? "governmentFund/" : "stateCapital/") + side;
        return false;
    }

    /// <summary>The marks that end a fund's paragraph head.</summary>
    private static readonly char[] FundHeadEnds = ['。', ':'];

    /// <summary>
    /// A bare flow (<see cref="FundFlowWords"/>) of the whole 财政拨款 that the typed statements read as the 一般公共预算 part's
    /// ("一般公共预算财政拨款上年结转298.64万元，本年支出7652.80万元": the sentence's fund carried to its later clauses — round 39
    /// t09): not the whole's, so left unplaced with a note for the typed placement after the text (<c>PlaceStatements</c>),
    /// which puts it on the part's own field when the model has one (本年支出 → the 一般公共预算 total) and removes the note.
    /// Before, it took the whole's empty field (a false FA1208 against the funds' sum).
    /// </summary>
    private bool TypedGeneralBudgetFlow(string target, string label, SourceSpan span, ClauseView clause)
    {
        if (!target.StartsWith("appropriation/currentYear", StringComparison.Ordinal) || !HasAnyIn(label, 0, label.Length, FundFlowWords)
            || b.Context.IndexOf(TypedGeneralBudget, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        subject = null;
        unplacedAmountSpans.Add(span);
        Note(span, unplacedAmountNotes.For(label), clause);
        return true;
    }

    /// <summary>The context key the typed statements give a figure of the 一般公共预算 part.</summary>
    private const string TypedGeneralBudget = "typedFund=GeneralBudget;";
}
