namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The message pairs of one label-bearing note, by label: the pair made for a label is made once and given again for the
/// same label. The texts are the ones the factory makes (the same strings, so the notes and the count of repeated
/// notes are unchanged); at most <see cref="Capacity"/> labels are kept — a text of ever new labels makes each pair
/// once, as before.
/// </summary>
internal sealed class NoteTexts
{
    /// <summary>How many labels are remembered.</summary>
    public const int Capacity = 64;

    private readonly Func<string, (string Zh, string En)> make;
    private readonly Dictionary<string, (string Zh, string En)> made = new(StringComparer.Ordinal);

    /// <summary>Remembers the pairs <paramref name="make"/> gives.</summary>
    public NoteTexts(Func<string, (string Zh, string En)> make)
    {
        this.make = make;
    }

    /// <summary>The pair for <paramref name="label"/>.</summary>
    public (string Zh, string En) For(string label)
    {
        if (made.TryGetValue(label, out var pair))
        {
            return pair;
        }

        pair = make(label);
        if (made.Count < Capacity)
        {
            made.Add(label, pair);
        }

        return pair;
    }
}
