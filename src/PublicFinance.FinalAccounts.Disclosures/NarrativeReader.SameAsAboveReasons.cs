namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (blind round 40, t01): a reason given by reference — "6.…（项）：年初预算为 135.00 万元，支出决算为 134.44 万元，
/// 完成年初预算的 99.59%。决算数小于年初预算数的主要原因同上。" The reason is the nearest earlier item's of the same list whose
/// comparison of the same kind (budget difference, or year-over-year change) has one, and it is carried over with a note that
/// names that item — only when that comparison goes the same way (决算数小于 after 小于, 减少 after 减少): "同上" after a
/// difference the other way is no reason the reader can take. Before, the reference was no reason at all and FA2206 warned
/// that the difference has none (a false Warning).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that give a reason by reference to the one above (after normalisation).</summary>
    private static readonly string[] SameAsAboveWords = ["原因同上", "原因也同上", "原因亦同上", "原因与上述相同", "原因与上相同", "原因同前"];

    /// <summary>
    /// Reads the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="f"/> as a reason by reference
    /// (<see cref="SameAsAboveWords"/> ending the sentence, no figure in it) for the comparison read last
    /// (<see cref="reasonTarget"/>, an item's <c>budget</c> or <c>change</c> without a reason): it takes the reason of the
    /// nearest earlier item of the same list whose comparison of that kind has one and goes the same way, with a note.
    /// </summary>
    private void SameAsAboveReason(Fragment f, int from, int to)
    {
        var t = f.Text;
        var (at, end) = SameAsAboveAt(t, from, to);
        if (at < 0 || FigureIn(t, from, at) || SectionSameAsAboveReason(f, from, at, end)   // session 45: the section's
            || reasonTarget is not { } target || b.Has(target, "reason"))
        {
            return;
        }

        var leafAt = target.LastIndexOf('/');
        var indexAt = leafAt > 0 ? target.LastIndexOf('/', leafAt - 1) : -1;
        var index = indexAt > 0 ? ReportBuilder.Index(target, indexAt + 1, leafAt) : -1;
        var leaf = target.Substring(leafAt + 1);
        if (index <= 0 || leaf is not ("budget" or "change"))
        {
            return;
        }

        var list = target.Substring(0, indexAt + 1);
        var way = leaf == "budget" ? "relation" : "direction";
        var written = Way(list + index.ToString(System.Globalization.CultureInfo.InvariantCulture), leaf, way);
        for (var j = index - 1; j >= 0; j--)
        {
            var earlier = list + j.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (b.FindString(earlier + "/" + leaf, "reason") is not { Length: > 0 } reason)
            {
                continue;
            }

            if (written is null || !string.Equals(Way(earlier, leaf, way), written, StringComparison.Ordinal))
            {
                return;   // the nearest reason above is of a comparison the other way: "同上" is not certain
            }

            var span = b.Span(f, at, end);
            b.SetUnder(target, "reason", DraftNode.Of(reason), span);
            Note(span, DisclosureMessages.ReasonSameAsAbove, b.FindString(earlier, "name") ?? earlier);
            return;
        }
    }

    /// <summary>
    /// The way the comparison <paramref name="leaf"/> of <paramref name="item"/> goes: its <paramref name="way"/> as read
    /// (relation or direction), else — for a budget whose relation the text did not word ("原因同上。" alone) — the relation
    /// of the item's stated amount to its stated budget amount; null when neither is known or they are equal.
    /// </summary>
    private string? Way(string item, string leaf, string way)
    {
        if (b.FindString(item + "/" + leaf, way) is { } read)
        {
            return read;
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles Style = System.Globalization.NumberStyles.Number;
        if (leaf != "budget" || !decimal.TryParse(b.FindString(item, "amount"), Style, inv, out var final)
            || !decimal.TryParse(b.FindString(item + "/budget", "budgetAmount"), Style, inv, out var planned) || final == planned)
        {
            return null;
        }

        return final < planned ? "finalBelowBudget" : "finalAboveBudget";
    }

    /// <summary>What every one of <see cref="SameAsAboveWords"/> holds.</summary>
    private const string SameAsAboveCommon = "原因";

    /// <summary>
    /// <see cref="SameAsAboveAtIn"/> of a sentence that holds <see cref="SameAsAboveCommon"/>; (−1, −1) at once for one that does
    /// not (session 46: it is asked of every sentence without a reason marker, and searched the sentence for each word).
    /// </summary>
    internal static (int At, int End) SameAsAboveAt(string t, int from, int to)
        => t.IndexOf(SameAsAboveCommon, from, to - from, StringComparison.Ordinal) < 0 ? (-1, -1) : SameAsAboveAtIn(t, from, to);

    /// <summary>
    /// Where one of <see cref="SameAsAboveWords"/> stands in [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="t"/> with only a full stop or blanks after it (or a next heading run into the line), and where it ends;
    /// (−1, −1) when none does.
    /// </summary>
    internal static (int At, int End) SameAsAboveAtIn(string t, int from, int to)
    {
        var last = to;
        while (last > from && (t[last - 1] == '。' || char.IsWhiteSpace(t[last - 1])))
        {
            last--;
        }

        foreach (var word in SameAsAboveWords)
        {
            if (last - from >= word.Length && string.CompareOrdinal(t, last - word.Length, word, 0, word.Length) == 0)
            {
                return (last - word.Length, last);
            }
        }

        foreach (var word in SameAsAboveWords)
        {
            var at = t.IndexOf(word, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && HeadingRunInAt(t, at + word.Length, to))
            {
                return (at, at + word.Length);   // session 45: "原因同上 七、机关运行经费…" (a next heading run into the line)
            }
        }

        return (-1, -1);
    }
}
