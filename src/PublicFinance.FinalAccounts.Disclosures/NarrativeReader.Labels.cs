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
        => WordMask.May(MaskOf(label), WordMask.Of(word)) && label.IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>Whether <paramref name="label"/> ends with <paramref name="word"/> (ordinal).</summary>
    internal bool LabelEnds(string label, string word)
        => WordMask.May(MaskOf(label), WordMask.Of(word)) && label.EndsWith(word, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="label"/> starts with <paramref name="word"/> (ordinal).</summary>
    internal bool LabelStarts(string label, string word)
        => WordMask.May(MaskOf(label), WordMask.Of(word)) && label.StartsWith(word, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="label"/> without every <paramref name="word"/> (<c>Replace(word, "")</c>), where
    /// <paramref name="mask"/> holds at least the label's characters (those of a label it was cut from will do: taking
    /// words out adds no character).
    /// </summary>
    private static string Without(string label, ulong mask, string word)
        => WordMask.May(mask, WordMask.Of(word)) ? label.Replace(word, string.Empty) : label;
}
