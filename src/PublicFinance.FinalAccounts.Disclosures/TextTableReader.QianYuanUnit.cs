namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54: in a document in 千元 (<c>/unit</c> = qianYuan, set by the narrative before the first block) a table's 千元 cells
/// are in the report's unit and are kept as written; in a document of another unit they are converted exactly, as before.
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>Whether the report is in 千元 (asked once: the narrative sets the unit before any table is read).</summary>
    private bool? qianYuanReport;

    /// <summary>Whether the report's unit is 千元 (<see cref="NarrativeReader.IsQianYuanDocument"/>).</summary>
    private bool QianYuanReport => qianYuanReport ??= b.FindString("/unit") == "qianYuan";
}
