using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (units57, blind round 53 t07's family): a carry-over split by source of funds after its split by kind —
/// <c>年初结转和结余X元，其中：基本支出结转A元，项目支出结转和结余B元；按资金来源分，财政拨款结转结余C元，其他资金结转结余D元</c>.
/// The 财政拨款 part is the 财政拨款 statement's own carry-over at that side (<c>appropriation/openingCarryOver</c> or
/// <c>closingCarryOver</c>); before, it was a note ("an amount the reader could not place"). The 其他资金 part has no member
/// and stays a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The names of the 财政拨款 part of a carry-over (spaces removed).</summary>
    private static readonly string[] AppropriationCarryOverPartNames = ["财政拨款结转结余", "财政拨款结转和结余"];

    /// <summary>
    /// Whether the amount <paramref name="token"/> labelled <paramref name="label"/> is the 财政拨款 part of the overview's
    /// carry-over (年初 or 年末 结转和结余) claimed last in this sentence: then it is placed as the 财政拨款 statement's carry-over
    /// of that side (or a note when that holds another value), and true.
    /// </summary>
    private bool AppropriationCarryOverPart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (!token.IsMoney || !NamesAppropriationCarryOverPart(label) || LastClaimedCarryOver() is not { } owner
            || !owner.StartsWith(N + "overall/", StringComparison.Ordinal))
        {
            return false;
        }

        subject = null;   // a share or change after the part is not the carry-over's
        budget = null;
        var field = N + "appropriation/" + CarryOverSide(owner);
        var amount = AmountNode(token, span);
        if (!b.SetUnder(field, "amount", amount, span, ClaimKind.Amount, clause.Text)
            && !(b.Find(field + "/amount") is { } held && DraftNode.SameValue(held, amount)))
        {
            Note(span, DisclosureMessages.FundCarryOverHeldOtherwise, clause);   // read with another value elsewhere
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="label"/> (spaces removed) ends in 财政拨款结转结余 or 财政拨款结转和结余 and names no year, side or
    /// other fund before it (no 年, 其他, 基金, 国有): <c>按资金来源分，财政拨款结转结余</c> — not <c>年末财政拨款结转和结余</c>, a figure the
    /// carry-over readers place themselves.
    /// </summary>
    internal static bool NamesAppropriationCarryOverPart(string label)
    {
        var compact = label.Replace(" ", string.Empty);
        foreach (var name in AppropriationCarryOverPartNames)
        {
            if (compact.EndsWith(name, StringComparison.Ordinal))
            {
                var before = compact.Substring(0, compact.Length - name.Length);
                return before.IndexOf('年') < 0 && before.IndexOf("其他", StringComparison.Ordinal) < 0
                    && before.IndexOf("基金", StringComparison.Ordinal) < 0 && before.IndexOf("国有", StringComparison.Ordinal) < 0;
            }
        }

        return false;
    }
}
