namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The questions a figure's label is asked (标签判断): each "does the label contain, start or end with this word" is
/// first asked of the label's characters, gathered once per label (<see cref="WordMask"/>), and searched for only when
/// every character of the word is among them — most of the 10–30 words a figure's decisions name are ruled out so.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The label whose characters <see cref="labelMask"/> holds (the same string: a label read again is the
    /// string <see cref="LabelOf"/> remembered).</summary>
    private string maskedLabel = string.Empty;

    /// <summary>The characters of <see cref="maskedLabel"/>.</summary>
    private ulong labelMask;

    /// <summary>The characters of <paramref name="label"/>, gathered when the label is not the one asked last.</summary>
    private ulong MaskOf(string label)
    {
        if (!ReferenceEquals(label, maskedLabel))
        {
            maskedLabel = label;
            labelMask = WordMask.Of(label);
        }

        return labelMask;
    }

    /// <summary>Whether <paramref name="label"/> contains <paramref name="word"/> (ordinal): <c>label.Contains(word)</c>.</summary>
    internal bool LabelHas(string label, string word)
        => WordMask.MayHold(MaskOf(label), word) && label.IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>Whether <paramref name="label"/> ends with <paramref name="word"/> (ordinal).</summary>
    internal bool LabelEnds(string label, string word)
        => WordMask.MayHold(MaskOf(label), word) && label.EndsWith(word, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="label"/> starts with <paramref name="word"/> (ordinal).</summary>
    internal bool LabelStarts(string label, string word)
        => WordMask.MayHold(MaskOf(label), word) && label.StartsWith(word, StringComparison.Ordinal);

    /// <summary>
    /// Session 36, the label's dispatch: whether the label may hold a word of a family whose every trigger word holds all the
    /// characters of <paramref name="trigger"/> (a <see cref="WordMask"/>). False means the family cannot answer yes for this
    /// label, so it is not asked (its own search is skipped); a family without declared trigger characters is always asked.
    /// </summary>
    private bool LabelMay(string label, ulong trigger) => WordMask.May(MaskOf(label), trigger);

    /// <summary>
    /// The label's dispatch for a family that needs one character of a set (<paramref name="chars"/>, a
    /// <see cref="WordMask"/>): false when no character of the label shares a bit with any of them.
    /// </summary>
    private bool LabelMayAny(string label, ulong chars) => (MaskOf(label) & chars) != 0;

    /// <summary><see cref="MentionsBudget"/> needs 预算.</summary>
    internal static readonly ulong BudgetTrigger = WordMask.Of("预算");

    /// <summary><see cref="IsFinalLabel"/>'s words (决算数, 决算为, 决算支出, 支出决算, 决算) all hold 决算.</summary>
    internal static readonly ulong FinalTrigger = WordMask.Of("决算");

    /// <summary><see cref="ItemFinalLabel"/> needs 支出决算 or 决算支出: the same four characters.</summary>
    internal static readonly ulong ItemFinalTrigger = WordMask.Of("支出决算");

    /// <summary><see cref="BracketedBudgetLabel"/> needs 预算) or 预算数) at its end: 预, 算 and ')'.</summary>
    internal static readonly ulong BracketedBudgetTrigger = WordMask.Of("预算)");

    /// <summary><see cref="IsActualSpendingLabel"/>'s words (<see cref="ActualSpendingWords"/>) all hold 实际.</summary>
    internal static readonly ulong ActualSpendingTrigger = WordMask.Of("实际");

    /// <summary>
    /// <see cref="DirectionOf"/> answers only for a label with one of these: the first character of a direction word of
    /// <c>Lexicon.Direction</c> (增, 上, 提, 减, 下, 降), 少 or 多 (<see cref="ShortDirection"/>), 幅 (<see cref="RateWordDirection"/>).
    /// </summary>
    internal static readonly ulong DirectionChars = WordMask.Of("增上提减下降少多幅");

    /// <summary><see cref="InComparisonPhrase"/> needs 与 or 同 in the label.</summary>
    internal static readonly ulong ComparisonChars = WordMask.Of("与同");

    /// <summary><see cref="MayNameFunctionalItem"/> needs '(' or a code's first digit 2 (<c>CodeFirst</c>).</summary>
    internal static readonly ulong FunctionalItemChars = WordMask.Of("(2");

    /// <summary><see cref="DirectionOf"/> asked through the label's dispatch (<see cref="DirectionChars"/>).</summary>
    private string? LabelDirection(string label) => LabelMayAny(label, DirectionChars) ? DirectionOf(label) : null;

    /// <summary><see cref="MentionsBudget"/> asked through the label's dispatch (<see cref="BudgetTrigger"/>).</summary>
    private bool LabelMentionsBudget(string label) => LabelMay(label, BudgetTrigger) && MentionsBudget(label);

    /// <summary>
    /// <paramref name="label"/> without every <paramref name="word"/> (<c>Replace(word, "")</c>), where
    /// <paramref name="mask"/> holds at least the label's characters (those of a label it was cut from will do: taking
    /// words out adds no character).
    /// </summary>
    private static string Without(string label, ulong mask, string word)
        => WordMask.MayHold(mask, word) ? label.Replace(word, string.Empty) : label;
}
