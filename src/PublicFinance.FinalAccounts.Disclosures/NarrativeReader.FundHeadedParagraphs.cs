using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (blind round 39): in the 财政拨款 section, a paragraph whose head is one fund's name ("1、政府性基金预算。上年结转
/// 88.20万元，本年收入936.50万元，本年支出961.04万元…", "（二）国有资本经营预算：…") states that fund's flows under bare labels
/// (本年收入, 本年支出, 上年结转, 结转下年). Before, they were the whole 财政拨款's (false FA1208, FA1213 and FA8003 Errors: the
/// fund's 本年收入 "stated twice" beside the whole's). Now they go to the fund's own fields, as a fund named in the sentence
/// does (<see cref="FundOfSentence"/>), or a note when the fund has no such field. Not yet: a paragraph headed 一般公共预算
/// ("2、一般公共预算。本年收入…") is still read as the whole's (round 39 t02's last FA1208; its cause not yet found).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>A paragraph head that names one fund (after its list mark, before its '。' or ':').</summary>
    private static readonly string[] FundHeads =
    [
        "政府性基金预算", "政府性基金预算财政拨款", "政府性基金", "国有资本经营预算", "国有资本经营预算财政拨款",
    ];

    /// <summary>The bare flow and balance words a fund's paragraph states its figures with.</summary>
    private static readonly string[] FundFlowWords = ["本年收入", "本年支出", "上年结转", "结转下年", "年初结转", "年末结转", "年初结余", "年末结余"];

    /// <summary>
    /// The fund whose flows the figure's bare <paramref name="label"/> states: the paragraph's head fund
    /// (<see cref="FundHeads"/>); else null.
    /// </summary>
    private Section? FundOfParagraphHead(string label)
    {
        if (!HasAnyIn(label, 0, label.Length, FundFlowWords))
        {
            return null;
        }

        var t = currentSentence;
        var i = 0;
        while (i < t.Length && (char.IsDigit(t[i]) || ChineseNumerals.IndexOf(t[i]) >= 0 || t[i] is '、' or '.' or '(' or ')' or ' '))
        {
            i++;
        }

        var end = t.IndexOfAny(FundHeadEnds, i);
        if (end > i && Array.IndexOf(FundHeads, t.Substring(i, end - i)) is var head and >= 0 && currentSentenceFrom > end)
        {
            return head < 3 ? Section.GovernmentFund : Section.StateCapital;
        }

        return null;
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
