namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 51, t02): a 一图读懂 infographic's banner is a heading in 【】 that states its section's figures —
/// <c>【一般公共预算财政拨款支出 ¥3,332.9万元　↑287.8万元　↑9.5%】</c>, <c>【机关运行经费 52.3万元　↓6.4万元　↓10.9%】</c>,
/// <c>【政府采购 639.8万元】</c>. As a heading it entered its section, and its figures were never read (a heading's words are
/// no statement). A banner in 【】 that holds a figure with a unit is, once it has entered its section, read as that
/// section's first paragraph too, so its total and its change are the section's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>After <see cref="Heading"/>: the figures of a 【】 banner heading, read as a paragraph without its brackets.</summary>
    private void BannerFigures(Block block)
    {
        var heading = block.Content;
        var text = heading.Text;
        var end = Scanner.EndWithoutSpaces(text);

        if (end < 4 || text[end - 1] != '】' || !Scanner.HasFigureIn(text, 0, end - 1))
        {
            return;
        }

        var start = text[0] == '【' ? 1 : 0;
        Paragraph(heading.Slice(start, end - 1));
    }
}
