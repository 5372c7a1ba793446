namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (r58fix; blind round 58, t05): the 合计 row of a space-aligned 三公 table in 元, <c>合计  9,800.00  7,240.00
/// 8,115.00</c>. Its item rows are table rows (<c>BlockClassifier.IsThreePublicAmountRow</c>), but a 合计 row with thousands
/// commas stays prose for the classifier (the 合计 of a 收入决算表 looks the same), so the long prose line ended the 三公 table
/// before its items and its total went unread. While a 三公 header is open, such a row is the table's.
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// The first line of <paramref name="block"/>, a prose paragraph, when it is a 合计 (总计) row of one label and amounts
    /// while the columns of a 三公 header are open; else null. Prose lines are joined into one paragraph, so the row is
    /// the paragraph's first line (the blank item rows after it, <c>因公出国（境）费</c>, are names without cells).
    /// </summary>
    private Fragment? TotalLineOfOpenTable(Block block)
    {
        var content = block.Content;
        if (block.Kind is not (BlockKind.Prose or BlockKind.ListItem) || columns is null || content.Length == 0)
        {
            return null;
        }

        var first = content.At(0);
        var end = 1;
        while (end < content.Length && content.At(end) == first + end)
        {
            end++;   // the first line: one run of the normalised text (a joined line starts past a line break)
        }

        var line = content.Slice(0, end);
        var text = line.Text;
        var cells = new List<(int Start, int End)>();
        return BlockClassifier.IsLabelledAmountsRow(text, 0, text.Length, cells)
            && text.Substring(cells[0].Start, cells[0].End - cells[0].Start) is "合计" or "总计" ? line : null;
    }
}
