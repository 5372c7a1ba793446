using System.IO;
using ExcelDataReader;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Excel;

/// <summary>
/// Reads a workbook (.xlsx or .xls, ExcelDataReader): each worksheet is one grid (merged cells honoured); single-cell
/// rows at its top (title, 单位) are its caption. Cells are located as <c>Sheet!A1</c>.
/// </summary>
internal static class ExcelDocumentReader
{
    public static PublishedDocument Read(byte[] bytes, string name, DocumentKind kind)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var grids = new List<RawGrid>();
        var notes = new List<DocumentNote>();
        var sheets = 0;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = kind == DocumentKind.Xls ? ExcelReaderFactory.CreateBinaryReader(stream)
                : ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                sheets++;
                var rows = new List<string[]>();
                var width = 0;
                while (reader.Read())
                {
                    var row = new string[reader.FieldCount];
                    for (var c = 0; c < reader.FieldCount; c++)
                    {
                        row[c] = Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    }

                    rows.Add(row);
                    width = Math.Max(width, row.Length);
                }

                // Trailing empty columns and rows are not part of the table.
                width = 0;
                foreach (var row in rows)
                {
                    for (var c = row.Length - 1; c >= 0; c--)
                    {
                        if (!string.IsNullOrWhiteSpace(row[c]))
                        {
                            width = Math.Max(width, c + 1);
                            break;
                        }
                    }
                }

                while (rows.Count > 0 && Array.TrueForAll(rows[^1], string.IsNullOrWhiteSpace))
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                // Leading rows with one text (title, 单位, 部门名称) are the caption.
                var above = new List<string>();
                var skip = 0;
                while (skip < rows.Count && skip < 5)
                {
                    var texts = Array.FindAll(rows[skip], t => !string.IsNullOrWhiteSpace(t));
                    if (texts.Length > 1 && !Array.Exists(texts, t => t.Contains("单位", StringComparison.Ordinal)))
                    {
                        break;
                    }

                    above.AddRange(texts);
                    skip++;
                }

                if (rows.Count - skip <= 0 || width == 0)
                {
                    continue;
                }

                var grid = Grid(reader.Name, rows.GetRange(skip, rows.Count - skip), width, reader.MergeCells, skip);
                grid.Above.AddRange(above);
                grids.Add(grid);
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw DocumentMessages.CorruptWorkbook(name, e);
        }

        return new PublishedDocument { Name = name, Kind = kind, Tables = TableAssembler.Assemble(grids, name), Notes = notes,
            PageCount = sheets };
    }

    private static RawGrid Grid(string sheet, List<string[]> rows, int width, CellRange[]? merged, int offset)
    {
        var grid = new RawGrid(rows.Count, width) { Location = new CellLocation { Sheet = sheet, Cell = "A1" } };
        foreach (var range in merged ?? [])
        {
            var from = range.FromRow - offset;
            if (from < 0 || from >= rows.Count || range.FromColumn >= width)
            {
                continue;
            }

            var cell = grid.Add(from, range.FromColumn, Math.Min(range.ToRow - offset, rows.Count - 1) - from + 1,
                Math.Min(range.ToColumn, width - 1) - range.FromColumn + 1);
            cell.Text = At(rows, from, range.FromColumn);
            cell.Location = new CellLocation { Sheet = sheet, Cell = Reference(range.FromRow, range.FromColumn) };
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                if (grid.Slots[r, c] is not null)
                {
                    continue;
                }

                var cell = grid.Add(r, c, 1, 1);
                cell.Text = At(rows, r, c);
                cell.Location = new CellLocation { Sheet = sheet, Cell = Reference(r + offset, c) };
            }
        }

        return grid;
    }

    private static string At(List<string[]> rows, int r, int c) => c < rows[r].Length ? TableAssembler.Compact(rows[r][c]) : string.Empty;

    /// <summary>The A1 reference of a 0-based row and column.</summary>
    internal static string Reference(int row, int column)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }

        return letters + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
