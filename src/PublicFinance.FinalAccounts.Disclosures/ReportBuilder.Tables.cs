namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The builder's members that the table readers use (additions only; built on the members of ReportBuilder.cs).</summary>
internal sealed partial class ReportBuilder
{
    /// <summary>
    /// The original characters behind a whole fragment as <see cref="Raw"/> gives them, without copying them when they
    /// are one stretch of the original text that needs no change (no ideographic space): then
    /// <paramref name="original"/> is the whole original text and the fragment's characters start at
    /// <paramref name="start"/>; otherwise <paramref name="original"/> is <see cref="Raw"/>'s copy and
    /// <paramref name="start"/> is 0.
    /// </summary>
    /// <param name="f">The fragment.</param>
    /// <param name="original">The string that holds the characters.</param>
    /// <param name="start">Where they start in it.</param>
    public void Original(Fragment f, out string original, out int start)
    {
        var length = f.Length;
        if (length > 0 && f.IsContiguous(0, length))
        {
            var at = f.At(0);
            if (source.Origin.IsContiguous(at, at + length))
            {
                var from = source.Origin[at];
                if (source.Original.IndexOf('\u3000', from, length) < 0)
                {
                    original = source.Original;
                    start = from;
                    return;
                }
            }
        }

        original = Raw(f, 0, length);
        start = 0;
    }
}
