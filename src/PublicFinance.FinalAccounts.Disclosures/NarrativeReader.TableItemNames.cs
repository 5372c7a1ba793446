namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 46, t08): the prose under a coded item table names a row's item by its name alone — "公共安全支出中，
/// 案件审判（项）支出1365.72万元，超过年初预算" under the row <c>2040504 案件审判 … 1356.72</c>. The name found no code in the
/// catalogue without its 款, so the prose's item was a second entry (no code, its own amount): the prose's figure was never
/// compared with the table's, and the reason never reached the row's budget. Now a name without a code is the entry a coded
/// table row placed in the same list under that name — only when exactly one such entry has the name (行政运行 of two 款 is
/// none), and its 款 name, when the prose gives one, is the entry's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The items coded item table rows placed (their pointers), for the prose that names them without a code.</summary>
    private HashSet<string>? tableItems;

    /// <summary>
    /// The one entry of <paramref name="list"/> a coded table row placed whose name is <paramref name="name"/> (and whose 款
    /// name is <paramref name="sectionName"/> when that is given), else null.
    /// </summary>
    private string? TableItemOfName(string list, string name, string? sectionName)
    {
        if (tableItems is null)
        {
            return null;
        }

        string? found = null;
        foreach (var item in tableItems)
        {
            if (item.StartsWith(list + "/", StringComparison.Ordinal)
                && string.Equals(b.FindString(item, "name"), name, StringComparison.Ordinal)
                && (sectionName is null || string.Equals(b.FindString(item, "sectionName"), sectionName, StringComparison.Ordinal)
                    || TableRowUnderSection(item, sectionName)))   // session 55: a row without its 款 name (QuotedLevelPaths)
            {
                if (found is not null)
                {
                    return null;   // two rows of the name: which one the prose means is not known
                }

                found = item;
            }
        }

        namedTableItem = found;
        return found;
    }

    /// <summary>
    /// Session 51: the table row's item the prose has just named without its code (<see cref="TableItemOfName"/>), until the
    /// first amount the prose states of it (<see cref="ProseNamesTableItem"/>).
    /// </summary>
    private string? namedTableItem;

    /// <summary>
    /// Session 51 (blind round 46 t08): whether the subject is the coded table row's item (or a key–value line's) the prose
    /// has just named — "案件审判（项）支出1365.72万元，超过年初预算" under the row "2040504 案件审判 … 1356.72": its first amount is
    /// the row's amount again, compared with it (the table against the text, FA8008, when they differ) instead of left
    /// unplaced. True once per naming.
    /// </summary>
    private bool ProseNamesTableItem()
    {
        if (subject is not { } item || !string.Equals(item, namedTableItem, StringComparison.Ordinal))
        {
            return false;
        }

        namedTableItem = null;
        return true;
    }

    /// <summary>
    /// Session 52 (tables52, blind round 48 t08): whether the words before a figure say it is a part of the subject, not
    /// the subject's amount — <c>突发公共卫生事件应急处理（项）决算中含特殊转移支付直达资金470.00万元</c> (含, 其中, 包括): such a figure is
    /// not the table row's amount again, and is not compared with it (a false FA8008).
    /// </summary>
    private static bool LabelNamesAPart(string label) =>
        label.Contains('含') || label.Contains("其中", StringComparison.Ordinal) || label.Contains("包括", StringComparison.Ordinal);
}
