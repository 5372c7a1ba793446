using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Html;

/// <summary>
/// Reads an HTML page (AngleSharp): every <c>table</c> becomes a grid (rowspan/colspan honoured) with the text
/// blocks just before it as its caption and the one just after it as the line below it (a blank table's statement); the
/// remaining block text, one block per line, is the narrative.
/// </summary>
internal static class HtmlDocumentReader
{
    public static PublishedDocument Read(string html, string name)
    {
        var document = new HtmlParser().ParseDocument(html);
        var grids = new List<RawGrid>();
        var text = new StringBuilder();
        var recent = new List<string>();
        RawGrid? previous = null;   // the last table, until a text block follows it: that block is the line just below it
        var tableIndex = 0;
        var body = (IElement?)document.Body ?? document.DocumentElement;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element is IHtmlTableElement table)
            {
                if (table.ParentElement?.Closest("table") is not null)
                {
                    continue;
                }

                tableIndex++;
                var grid = Grid(table, tableIndex);
                grid.Above.AddRange(recent.TakeLast(3));
                if (table.Caption is { } caption)
                {
                    grid.Above.Add(caption.TextContent.Trim());
                }

                grids.Add(grid);
                recent.Clear();
                previous = grid;
                continue;
            }

            if (element.Closest("table") is not null || element.LocalName is "script" or "style")
            {
                continue;
            }

            if (element.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "div" or "span" or "td" or "pre"
                && !element.Children.Any(c => c.LocalName is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "li" or "table"))
            {
                var line = element.TextContent.Trim();
                if (line.Length == 0
                    || (element.ParentElement is { } parent && parent.LocalName is "p" or "li" or "h1" or "h2" or "h3" or "h4"))
                {
                    continue;
                }

                text.Append(line).Append("\n\n");
                recent.Add(line);
                previous?.Below.Add(line);   // where a blank table's statement is looked for (注：本表无数据), as in a PDF
                previous = null;
            }
        }

        var tables = TableAssembler.Assemble(grids, name);
        return new PublishedDocument { Name = name, Kind = DocumentKind.Html, Text = text.ToString(), Tables = tables, PageCount = 1 };
    }

    private static RawGrid Grid(IHtmlTableElement table, int index)
    {
        var rows = table.Rows.ToList();
        var placements = new List<(int Row, int Col, int RowSpan, int ColSpan, string Text)>();
        var occupied = new HashSet<(int, int)>();
        var columns = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (occupied.Contains((r, c)))
                {
                    c++;
                }

                var rowSpan = System.Math.Clamp(cell.RowSpan, 1, rows.Count - r);
                var colSpan = System.Math.Clamp(cell.ColumnSpan, 1, 1000);
                for (var i = 0; i < rowSpan; i++)
                {
                    for (var j = 0; j < colSpan; j++)
                    {
                        occupied.Add((r + i, c + j));
                    }
                }

                placements.Add((r, c, rowSpan, colSpan, cell.TextContent));
                c += colSpan;
                columns = System.Math.Max(columns, c);
            }
        }

        var grid = new RawGrid(rows.Count, columns) { Location = new CellLocation { HtmlTable = index, Row = 1, Column = 1 } };
        foreach (var (row, col, rowSpan, colSpan, text) in placements)
        {
            var cell = grid.Add(row, col, rowSpan, System.Math.Min(colSpan, columns - col));
            cell.Text = TableAssembler.Compact(text);
            cell.Location = new CellLocation { HtmlTable = index, Row = row + 1, Column = col + 1 };
        }

        return grid;
    }
}
