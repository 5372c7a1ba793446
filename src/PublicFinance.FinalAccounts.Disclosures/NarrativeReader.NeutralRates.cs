namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 42 (classes42, blind round 39 item 11): a rate written with a neutral word alone (增减率, 增减率为, 变动率, 增减幅度)
/// right after a year-on-year change amount with its direction — "同比增加 872.74 万元，增减率 12.43%", "较上年增加 3355.57 万元，
/// 增减率为 64.06%". Before, the rate had no direction and was noted ("未能归类的百分比"). It is the rate of that change: its
/// direction is the change's (a figure without a sign); a negative figure keeps <see cref="SignedNeutralChange"/>'s reading,
/// and after a budget amount <see cref="NeutralChangeAfterBudget"/>'s. Any other figure between the change and the rate, or
/// a change with no direction, leaves the rate a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Gives a label that is a basisless neutral rate word alone (<see cref="OnlyBasislessChangeWord"/>, ending in 率 or 幅度)
    /// and has no <paramref name="direction"/> the direction of the year-on-year change whose amount is the last figure read
    /// in this sentence; else leaves it null.
    /// </summary>
    private void NeutralRateOfStatedChange(ClauseView clause, string label, NumberToken token, ref string? direction)
    {
        if (direction is not null || token.Value < 0 || !OnlyBasislessChangeWord(label) || b.Claims.Count == 0
            || !ReferenceEquals(clause.Sentence.Text, currentSentence) || clause.Start <= currentSentenceFrom)
        {
            return;
        }

        var word = label.TrimEnd(' ', '为', ':', '：');
        if (!word.EndsWith("率", StringComparison.Ordinal) && !word.EndsWith("幅度", StringComparison.Ordinal))
        {
            return;   // 增减额, 变动: an amount's word, not a rate's
        }

        direction = LastChangeDirectionOfSentence();
    }

    /// <summary>
    /// The direction of the year-on-year change whose amount is the last figure read, when it was read in the current
    /// sentence; else null.
    /// </summary>
    private string? LastChangeDirectionOfSentence()
    {
        var last = b.Claims[b.Claims.Count - 1];
        if (last.Kind != ClaimKind.ChangeAmount || Before(last.Span, b.TextSpan(sentenceStart, sentenceStart))
            || !last.Pointer.EndsWith("/change/amount", StringComparison.Ordinal))
        {
            return null;
        }

        var change = last.Pointer.Substring(0, last.Pointer.Length - "/amount".Length);
        return b.FindString(change, "direction");
    }

    /// <summary>
    /// Session 52 (blind round 48, t10): a signed rate in brackets right after a year-on-year change amount — "增减+25.86万元
    /// （+5.32%）", "增减-17.16万元（-8.44%）", "减少6.35万元（-0.40%）". Its label is the bracket alone, so it was noted
    /// ("未能归类的百分比：("). When the last figure read in the sentence is a change amount and the rate's sign goes the
    /// change's way, it is that change's rate: <paramref name="direction"/> becomes the change's and
    /// <paramref name="token"/> its magnitude. A rate without a sign, or whose sign goes the other way, stays a note.
    /// </summary>
    private void BracketedRateOfStatedChange(ClauseView clause, string label, ref NumberToken token, ref string? direction)
    {
        if (direction is not null || label.Trim() != "(" || b.Claims.Count == 0
            || !ReferenceEquals(clause.Sentence.Text, currentSentence) || clause.Start <= currentSentenceFrom)
        {
            return;
        }

        var signed = token.Value < 0 ? "decrease" : token.HasPlusSign && token.Value > 0 ? "increase" : null;
        if (signed is null || LastChangeDirectionOfSentence() != signed)
        {
            return;
        }

        direction = signed;
        if (token.Value < 0)
        {
            token = Magnitude(token);
        }
    }
}
