using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (blind round 40's per-fund splits): a carry-over split by fund right after it — "上年结转 96.40 万元（一般公共预算
/// 31.20 万元，政府性基金 65.20 万元）", "上年结转和结余 210.55 万元，其中一般公共预算 30.55 万元，国有资本经营预算 180.00 万元",
/// "另有年初结转和结余 412.66 万元，其中一般公共预算 98.20 万元、政府性基金 314.46 万元", and the same for 年末结转和结余 / 结转下年.
/// Each part whose name is a fund's alone (the fund and the words 预算, 财政, 拨款 at most: <see cref="FundPart"/>) is that fund's
/// carry-over: the 政府性基金 and 国有资本经营 parts go to their statements' <c>openingCarryOver</c> / <c>closingCarryOver</c>;
/// the 一般公共预算 part, which the model had no field for, was a located note — since session 45 (schema 1.10) it goes to the
/// 财政拨款 statement's <c>generalBudgetOpeningCarryOver</c> / <c>generalBudgetClosingCarryOver</c>. Before, every part was a note
/// (a fund's name "not a budget", or an amount not placed). An item that names no fund is left to the other readers.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The carry-over whose fund parts are being read, the sentence it stands in (set by the part read last) and whether its
    /// parts are placed (session 44: false when the parts listed do not add up to it, <see cref="FundPartsAddUp"/>); null when
    /// none.
    /// </summary>
    private (string Side, int Sentence, bool Placed)? fundCarryOver;

    /// <summary>
    /// Reads <paramref name="token"/> when it is a fund's part of the carry-over just stated in its sentence (true: done).
    /// </summary>
    private bool FundCarryOverPart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (!token.IsMoney)
        {
            return false;
        }

        // Session 47: a part's name is cut from the label (PartName), so a fund's part needs a fund's first words in the label —
        // without one, no part (as below, when FundOfPartName finds none), and the last claim's pointer is not joined for it.
        if (!HasAny(label, FundPartStarts))
        {
            fundCarryOver = null;
            return false;
        }

        // The carry-over just read in this sentence (the subject, or the last claim: the readers of a bare 上年结转 / 结转下年 leave
        // the subject as it was), else the one whose parts were read last (until another amount comes).
        var owner = subject is { } stated && subjectSentence == sentenceStart && CarryOverSide(stated) is not null
            ? stated : LastClaimedCarryOver();
        var side = owner is null ? null : CarryOverSide(owner);
        var placed = true;
        if (fundCarryOver is { } open && open.Sentence == sentenceStart && (side is null || side == open.Side))
        {
            (side, owner, placed) = (open.Side, null, open.Placed);   // a later part of the list: decided at its first
        }

        var name = side is null ? null : PartName(label);   // session 44: "和政府性基金", "包括一般公共预算" (FundCarryOverSums)
        if (name is null || FundOfPartName(name) is not { } fund)
        {
            fundCarryOver = null;   // any other amount ends the list of parts
            return false;
        }

        placed = owner is null ? placed : FundPartsAddUp(owner, clause, token);
        fundCarryOver = (side!, sentenceStart, placed);
        subject = null;   // a share or change after the part is not the carry-over's
        budget = null;
        if (!placed)
        {
            Note(span, DisclosureMessages.FundCarryOverPartsDoNotAdd, clause);   // session 44: the parts are not its split
            return true;
        }

        // Session 45: the 一般公共预算 part has its field (schema 1.10), on the 财政拨款 statement.
        var field = N + (fund == Section.GeneralBudget ? GeneralBudgetCarryOverField(side!)
            : (fund == Section.GovernmentFund ? "governmentFund/" : "stateCapital/") + side);
        var amount = AmountNode(token, span);
        if (!b.SetUnder(field, "amount", amount, span, ClaimKind.Amount, clause.Text)
            && !(b.Find(field + "/amount") is { } held && DraftNode.SameValue(held, amount)))
        {
            Note(span, DisclosureMessages.FundCarryOverHeldOtherwise, clause);   // the fund's carry-over was read with another value
        }

        return true;
    }

    /// <summary>
    /// The carry-over figure (its pointer without <c>/amount</c>: <see cref="CarryOverSide"/>) the last claim placed, when it was
    /// made in this sentence; else null.
    /// </summary>
    private string? LastClaimedCarryOver()
    {
        if (b.Claims.Count == 0)
        {
            return null;
        }

        var last = b.Claims[b.Claims.Count - 1];
        var pointer = last.Pointer;
        const string Amount = "/amount";
        if (!pointer.EndsWith(Amount, StringComparison.Ordinal) || Before(last.Span, b.TextSpan(sentenceStart, sentenceStart)))
        {
            return null;
        }

        var owner = pointer.Substring(0, pointer.Length - Amount.Length);
        return CarryOverSide(owner) is null ? null : owner;
    }

    /// <summary>The carry-over member a figure is (openingCarryOver, closingCarryOver) of the overview or the 财政拨款; else null.</summary>
    private static string? CarryOverSide(string owner) => owner switch
    {
        N + "overall/openingCarryOver" or N + "appropriation/openingCarryOver" => "openingCarryOver",
        N + "overall/closingCarryOver" or N + "appropriation/closingCarryOver" => "closingCarryOver",
        _ => null,
    };

    /// <summary>The words a fund's part name starts with (<see cref="FundOfPartName"/>): a label without any names no fund.</summary>
    internal static readonly string[] FundPartStarts = ["一般公共", "一般预算", "公共财政", "政府性基金", "国有资本经营"];

    /// <summary>
    /// The fund a part's name is alone (一般公共预算, 一般预算, 公共财政预算; 政府性基金…; 国有资本经营…, with 预算 / 财政 / 拨款 /
    /// 收入 at most: <see cref="FundPart"/>), or null.
    /// </summary>
    internal static Section? FundOfPartName(string name)
        => FundPart(name, FundPartStarts[0], "g") is not null || FundPart(name, FundPartStarts[1], "g") is not null
            || FundPart(name, FundPartStarts[2], "g") is not null ? Section.GeneralBudget
            : FundPart(name, FundPartStarts[3], "f") is not null ? Section.GovernmentFund
            : FundPart(name, FundPartStarts[4], "s") is not null ? Section.StateCapital
            : null;
}
