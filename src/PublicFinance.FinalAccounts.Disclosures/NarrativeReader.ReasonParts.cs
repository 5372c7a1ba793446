namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35 (issue 8): a reason written inside a sentence of changes after a ';' — "…车辆运行费减少 2.00 万元；公务接待费
/// 减少 1.00 万元，主要是压减接待批次" — is the reason of the part it closes (the reception's), not of the changes stated
/// before the ';': <see cref="SharedReason"/> gave it to every change of the sentence that moved the same way. A reason in a
/// sentence of its own after the changes ("…；…。主要原因是…") and a reason after a ';' of its own ("…；…；主要原因是…", no
/// figure between the ';' and the marker) still explain them all, and so does one after a single clause of several changes
/// ("…分别减少…，主要原因是…").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Where each change of <see cref="changesOfSentence"/> was stated: the normalised position of the clause that stated it
    /// first (the same index as the change's).
    /// </summary>
    private readonly List<int> changesOfSentenceAt = [];

    /// <summary>
    /// The normalised position of the start of the ';'-part that a reason at <paramref name="reasonAt"/> of the sentence
    /// from <paramref name="from"/> in <paramref name="f"/> closes — the part after the last ';' before the marker, when that
    /// part states a figure — or −1 (the reason is the sentence's).
    /// </summary>
    private int ReasonPartStart(Fragment f, int from, int reasonAt)
    {
        var t = f.Text;
        if (reasonAt <= from || reasonAt > t.Length)
        {
            return -1;
        }

        var semi = t.LastIndexOf(';', reasonAt - 1, reasonAt - from);
        return semi >= 0 && FigureIn(t, semi + 1, reasonAt) ? f.At(semi + 1) : -1;
    }
}
