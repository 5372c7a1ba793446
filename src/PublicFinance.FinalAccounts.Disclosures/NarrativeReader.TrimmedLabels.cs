namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37 (issue 8, allocation): a figure's label is trimmed by several of the families <c>Figure</c> asks in turn
/// (<c>PriorYearBracket</c>, <c>ShareBaseAmount</c>, <c>FundClassFigure</c>, <c>PriorClauseOfSubject</c> …), and a label
/// with a space at either end ("比上年决算减少 ") gave each of them a new string. The last label's trimmed text is kept, so a
/// label is trimmed once whoever asks first; the answer is the same string <see cref="string.Trim()"/> gives.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The label <see cref="trimmedLabel"/> was made from (compared by reference), or null.</summary>
    private string? trimmedOf;

    /// <summary><see cref="trimmedOf"/> trimmed.</summary>
    private string trimmedLabel = string.Empty;

    /// <summary><paramref name="label"/> without white space at either end, as <see cref="string.Trim()"/> gives it.</summary>
    internal string Trimmed(string label)
    {
        if (!ReferenceEquals(label, trimmedOf))
        {
            trimmedLabel = label.Trim();
            trimmedOf = label;
        }

        return trimmedLabel;
    }
}
