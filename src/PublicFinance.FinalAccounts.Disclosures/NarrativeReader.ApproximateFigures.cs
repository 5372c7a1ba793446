using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Approximate amounts (session 38, issue 8): "本年收入合计约1.25亿元", "基本支出近5000万元", "比上年增加超过300万元",
/// "项目支出7000万元左右". Such a figure says only that the amount is near (or beyond) the number written; placed, the
/// checks would take it as exact to its last digit and report a false difference. Precision first: it is never a report
/// figure, and a located note names it (<see cref="DisclosureMessages.ApproximateFigure"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The words written right before a number that make it approximate. "约" and "近" are not when they end another word
    /// (<see cref="NotApproximateBefore"/>: 节约, 制约, 最近, 附近…).
    /// </summary>
    private static readonly string[] ApproximateBefore = ["超过", "不足", "不到", "约", "近", "逾"];

    /// <summary>
    /// Words between 占 (or a share word) and the percentage that make a share approximate ("占比约 8%", "占近 8%", "占比大致…";
    /// ShareWordings): those of <see cref="ApproximateBefore"/> and 大概, 大致. Declared here, after the list it extends, so
    /// that it is initialised after it.
    /// </summary>
    private static readonly string[] ApproximateInShare = [.. ApproximateBefore, "大概", "大致"];

    /// <summary>The words written right after a figure's unit that make it approximate ("7000万元左右").</summary>
    private static readonly string[] ApproximateAfter = ["左右", "以上"];

    /// <summary>Ideographs before 约 or 近 that make a word of them: 节约, 制约, 预约, 签约, 履约, 契约, 合约; 最近, 附近, 邻近, 接近 is kept.</summary>
    private const string NotApproximateBefore = "节制预签履契合条特邀公最附邻相亲靠";

    /// <summary>
    /// Whether the figure at <paramref name="span"/> (its number and unit) is written as approximate: one of
    /// <see cref="ApproximateBefore"/> right before it (spaces allowed) or one of <see cref="ApproximateAfter"/> right after.
    /// </summary>
    private bool IsApproximateFigure(SourceSpan span)
    {
        var source = b.Source;
        var start = source.OffsetOf(span.StartLine, span.StartColumn);
        var end = source.OffsetOf(span.EndLine, span.EndColumn);
        if (start <= 0 || end < start)
        {
            return false;
        }

        var text = source.Original;
        var before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        // Session 41 (issue 8): a word is compared only when its last character is the one before the figure (its first the
        // one after): most figures are asked of all eight words and have none of them.
        foreach (var word in ApproximateBefore)
        {
            var at = before - word.Length;
            if (at >= 0 && text[before - 1] == word[word.Length - 1] && string.CompareOrdinal(text, at, word, 0, word.Length) == 0
                && (word.Length > 1 || at == 0 || NotApproximateBefore.IndexOf(text[at - 1]) < 0))
            {
                return true;
            }
        }

        var after = end + 1;
        foreach (var word in ApproximateAfter)
        {
            if (after + word.Length <= text.Length && text[after] == word[0]
                && string.CompareOrdinal(text, after, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
