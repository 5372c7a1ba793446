using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37 (issue 8; left by session 36): a share inside a bracketed list of parts — "基本支出 1800.00 万元（人员经费
/// 1548.00 万元，占 86%；公用经费 252.00 万元，占 14%）". The shares made the list "not all parts", so every amount in it was a
/// note (<see cref="DisclosureMessages.BracketedListNotParts"/>). A share written right after a part's amount is now that
/// part's share, its base the figure the bracket follows (the list breaks that figure down): read when the base is certain —
/// no base written ("占 86%", "占比 86%") or the bracket's figure named ("占基本支出的 86%") — with that figure's name as the
/// share's basis; a share naming another base ("占本年支出合计的 65.9%") is the located note
/// <see cref="DisclosureMessages.ShareOfAnotherBase"/>, and the parts are read all the same. No rule checks these parts'
/// shares; the basis says which whole they are of.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The part of the open bracketed list whose amount was placed last (its member), or null.</summary>
    private string? bracketLastPart;

    /// <summary>
    /// Whether <paramref name="item"/> (one item of a bracket's text) is a share: 占, then at most a base's name (and 的),
    /// then a number and '%'.
    /// </summary>
    private static bool IsBracketShare(string item)
    {
        var text = item.Trim();
        if (text.Length < 3 || text[0] != '占' || text[text.Length - 1] != '%')
        {
            return false;
        }

        var digit = 1;
        while (digit < text.Length && !Scanner.IsDigit(text[digit]))
        {
            digit++;
        }

        for (var i = digit; i < text.Length - 1; i++)
        {
            if (!Scanner.IsDigit(text[i]) && text[i] != '.')
            {
                return false;
            }
        }

        return digit < text.Length - 1 && !HasDigit(text.Substring(0, digit));
    }

    /// <summary>The names of the figure a bracketed list follows, as a share inside it may name its base.</summary>
    private static string[] BracketOwnerNames(string owner) => owner switch
    {
        N + "expenditure/basic" or N + "basicExpenditure/total" => ["基本支出", "基本支出合计", "基本支出总额"],
        N + "appropriation/currentYearIncome" or N + "income/fiscalAppropriation" => ["财政拨款收入", "本年财政拨款收入", "财政拨款"],
        _ => [],
    };

    /// <summary>
    /// Reads a share inside a bracketed list of parts after <paramref name="owner"/>'s figure: the share of the part placed
    /// just before it when its base is that figure (none written, or its name), else a located note.
    /// </summary>
    private void BracketShare(string owner, ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var name = label.Trim().TrimStart(',', ';', '、', ' ');
        var at = name.IndexOf('占');
        var written = at < 0 ? null : name.Substring(at + 1).Trim();
        if (written is not null && written.EndsWith("的", StringComparison.Ordinal))
        {
            written = written.Substring(0, written.Length - 1);
        }

        if (written is "比")
        {
            written = string.Empty;
        }

        var ownerName = BracketOwnerNames(owner) is { Length: > 0 } names ? names[0] : null;
        var certain = at == 0 && written is not null && ownerName is not null
            && (written.Length == 0 || Array.IndexOf(BracketOwnerNames(owner), written) >= 0);
        if (!certain || bracketLastPart is not { } part)
        {
            Note(span, written is { Length: > 0 } ? DisclosureMessages.ShareOfAnotherBase : DisclosureMessages.BracketedListNotParts,
                clause);
            return;
        }

        b.SetUnder(part, "share", PercentNode(token), span, ClaimKind.Share, clause.Text);
        b.SetUnder(part, "shareBasis", DraftNode.Of(written!.Length > 0 ? written : ownerName!), span);
        bracketLastPart = null;   // one share per part
    }
}
