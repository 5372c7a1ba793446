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

    /// <summary>Whether the report is in 元 (asked once, as <see cref="qianYuanReport"/>).</summary>
    private bool? yuanReport;

    /// <summary>
    /// Session 61 (r58fix; blind round 58 t05): whether the report's unit is 元 (<c>/unit</c> = yuan, every amount of the text
    /// in 元): a table's 元 cells are then in the report's unit and kept as written, as the prose's are. Before, a 元 三公 table
    /// of such a text was converted to 万元 (33,676.50 元 → 3.367650) and compared with the prose's 33676.50 (a false FA8003).
    /// </summary>
    private bool YuanReport => yuanReport ??= b.FindString("/unit") == "yuan";
}
