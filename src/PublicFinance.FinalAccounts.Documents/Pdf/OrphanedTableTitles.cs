using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>
/// A table title printed alone at the foot of a page, its table on the next page (收入决算表 at the bottom of p.2; p.3 starts
/// “公开02表 编制单位：… 单位：万元” and the ruled table): the title (and a code or unit line with it) is given to the first
/// table of the next page when that table has no title of its own. Before (blind round 27 C, cause 4) the table had no
/// title, was taken for the continuation of the table before it or dropped, silently, and FA6101 called it published as
/// an attachment.
/// </summary>
internal static class OrphanedTableTitles
{
    /// <summary>The most caption lines (title, code, unit) taken from the foot of a page.</summary>
    private const int MaxLines = 3;

    /// <summary>Gives each page's first table without a title the caption lines left at the foot of the page before.</summary>
    /// <param name="lines">Each page's free text lines (outside tables), in reading order, running lines removed.</param>
    /// <param name="grids">Each page's tables, top to bottom.</param>
    public static void Attach(IReadOnlyList<List<TextLine>> lines, IReadOnlyList<List<RawGrid>> grids)
    {
        for (var p = 1; p < grids.Count && p < lines.Count; p++)
        {
            if (grids[p].Count == 0 || lines[p - 1].Count == 0 || TableAssembler.Caption(grids[p][0], out _).Title.Length > 0)
            {
                continue;
            }

            var taken = FootCaption(lines[p - 1], grids[p - 1]);
            if (taken.Count > 0)
            {
                grids[p][0].Above.InsertRange(0, taken);
            }
        }
    }

    /// <summary>
    /// The caption lines at the foot of a page, top to bottom: the last lines, each a title, a table code or a unit line,
    /// at least one a title naming one of the tables (<see cref="NineTables.Kind"/>), none the caption of a table on the page.
    /// </summary>
    private static List<string> FootCaption(List<TextLine> lines, List<RawGrid> grids)
    {
        var taken = new List<string>();
        var titled = false;
        for (var i = lines.Count - 1; i >= 0 && taken.Count < MaxLines; i--)
        {
            var text = lines[i].Text;
            var t = TableAssembler.Compact(text);
            var isTitle = t.Length <= 40 && t.EndsWith("表", StringComparison.Ordinal)
                && NineTables.Kind(TableAssembler.TableCode(t).Remainder) != PublishedTableKind.None;
            var isCaption = isTitle || TableAssembler.IsTableCodeLine(t)
                || Excel.ExcelDocumentReader.IsUnitLabel(t);
            if (!isCaption || grids.Exists(g => g.Above.Contains(text)))
            {
                break;
            }

            titled |= isTitle;
            taken.Insert(0, text);
        }

        return titled ? taken : [];
    }
}
