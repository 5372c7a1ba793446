namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35 (issue 8): a change of a share in percentage points whose unit word is cut — "提高2.3百分点" (no 个) or
/// "提高2.3个百分" (点 lost) — was dropped without a word: the number has no unit the scanner knows (or the count unit 个
/// with decimals, which no count has). Each is now the located note <see cref="DisclosureMessages.ShareChangeInPoints"/>,
/// as "2.3个百分点" is (<see cref="SharePoints"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether a points word starts at <paramref name="at"/> of <paramref name="text"/>: 百分点, or 百分 cut before its 点 (not
    /// 百分之 / 百分比 / 百分率 / 百分制, the words of a percentage or a scale).
    /// </summary>
    private static bool PointsWordAt(string text, int at)
    {
        if (!Scanner.Starts(text, at, "百分", text.Length))
        {
            return false;
        }

        var next = at + 2;
        return next >= text.Length || text[next] is not ('之' or '比' or '率' or '制');
    }

    /// <summary>
    /// A number without a unit followed by a points word ("上升2.3百分点", "下降 0.5 百分"): the located note of a share's
    /// change in points. A number with a unit (个, %) is <see cref="SharePoints"/>' or <see cref="PercentThenPoints"/>' case.
    /// </summary>
    private void BarePoints(string source, NumberToken number)
    {
        var after = number.End;
        while (after < source.Length && source[after] == ' ')
        {
            after++;
        }

        if (!PointsWordAt(source, after))
        {
            return;
        }

        var end = Math.Min(source.Length, after + (Scanner.Starts(source, after, "百分点", source.Length) ? 3 : 2));
        Note(b.Span(clauseView.Sentence, number.Start, end), DisclosureMessages.ShareChangeInPoints, clauseView);
    }
}
