using System.IO;
using ExcelDataReader;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Excel;

/// <summary>
/// Reads a workbook (.xlsx or .xls, ExcelDataReader): each worksheet is one grid (merged cells honoured); single-cell
/// rows at its top (title, 单位) are its caption. Cells are located as <c>Sheet!A1</c>. The 说明 written in a sheet's cells
/// is the narrative (<see cref="SheetProse"/>).
/// </summary>
internal static class ExcelDocumentReader
{
    public static PublishedDocument Read(byte[] bytes, string name, DocumentKind kind)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var grids = new List<RawGrid>();
        var notes = new List<DocumentNote>();
        var sheets = 0;
        var captions = new List<string>();
        var narrative = new List<string>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = kind == DocumentKind.Xls ? ExcelReaderFactory.CreateBinaryReader(stream)
                : ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                sheets++;
                var rows = new List<string[]>();
                while (reader.Read())
                {
                    var row = new string[reader.FieldCount];
                    for (var c = 0; c < reader.FieldCount; c++)
                    {
                        row[c] = CellText(reader.GetValue(c), reader.GetNumberFormatString(c));
                    }

                    rows.Add(row);
                }

                while (rows.Count > 0 && Array.TrueForAll(rows[^1], string.IsNullOrWhiteSpace))
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                // The 说明 written in the sheet's cells, if any (SheetProse); a sheet's lines after the previous sheet's.
                var prose = SheetProse.Lines(rows);
                if (prose.Count > 0)
                {
                    narrative.Add(string.Join("\n", prose));
                }

                // Tables stacked on one sheet are read one by one (StackedSheetTables).
                foreach (var (start, count) in StackedSheetTables.Blocks(rows))
                {
                    AddGrid(reader.Name, rows.GetRange(start, count), start, reader.MergeCells, grids, captions);
                }
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw DocumentMessages.CorruptWorkbook(name, e);
        }

        return new PublishedDocument { Name = name, Kind = kind, Text = string.Join("\f", narrative),
            Tables = TableAssembler.Assemble(grids, name), Notes = notes,
            PageCount = sheets, Issuer = WorkbookIssuer.From(captions) };
    }

    /// <summary>
    /// Adds the grid of one table's rows (a sheet, or a block of a sheet starting at row <paramref name="start"/>): trailing
    /// empty columns dropped; leading rows with one text (title, 单位, 部门名称), or a few beside a unit or issuer label
    /// (编制单位：… | 单位：元), are the caption. A header row naming a column 附属单位上缴收入 is no caption row (blind round 25
    /// C, F13).
    /// </summary>
    private static void AddGrid(string sheet, List<string[]> rows, int start, CellRange[]? merged, List<RawGrid> grids,
        List<string> captions)
    {
        var width = 0;
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

        var above = new List<string>();
        var skip = 0;
        while (skip < rows.Count && skip < 5)
        {
            var texts = Array.FindAll(rows[skip], t => !string.IsNullOrWhiteSpace(t));
            if (texts.Length > 1 && !(texts.Length <= 4 && Array.Exists(texts, IsUnitLabel)))
            {
                break;
            }

            above.AddRange(texts);
            skip++;
        }

        if (rows.Count - skip <= 0 || width == 0)
        {
            return;
        }

        var grid = Grid(sheet, rows.GetRange(skip, rows.Count - skip), width, merged, start + skip,
            start == 0 ? "A1" : Reference(start, 0));
        grid.Above.AddRange(above);
        captions.AddRange(above);   // Gaps26: the 编制单位 for the entity name (WorkbookIssuer)
        grids.Add(grid);
    }

    private static RawGrid Grid(string sheet, List<string[]> rows, int width, CellRange[]? merged, int offset, string at)
    {
        var grid = new RawGrid(rows.Count, width) { Location = new CellLocation { Sheet = sheet, Cell = at } };
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

    /// <summary>
    /// A caption cell naming the unit or the issuer: 单位：元, 金额单位：万元, 编制单位：…, （单位：元）; not a column header such as
    /// 单位 or 附属单位上缴收入.
    /// </summary>
    internal static bool IsUnitLabel(string text)
    {
        var t = TableAssembler.Compact(text).TrimStart('（', '(');
        return t.Length > 2 && (t.StartsWith("单位", StringComparison.Ordinal) || t.Contains("单位：", StringComparison.Ordinal)
            || t.Contains("单位:", StringComparison.Ordinal) || t.StartsWith("编制单位", StringComparison.Ordinal)
            || t.StartsWith("填报单位", StringComparison.Ordinal));
    }

    /// <summary>
    /// A cell's text: a number formatted with a fixed count of decimals (<c>#,##0.00</c>) keeps them (5736568.80, not
    /// 5736568.8); any other value as the workbook holds it.
    /// </summary>
    private static string CellText(object? value, string? format)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (value is double number && format is not null && FixedDecimals(format) is { } decimals)
        {
            return number.ToString("F" + decimals.ToString(invariant), invariant);
        }

        return Convert.ToString(value, invariant) ?? string.Empty;
    }

    /// <summary>The fixed decimals of a plain number format (0.00, #,##0.00; first section); null for General, %, dates, 0.</summary>
    internal static int? FixedDecimals(string format)
    {
        var section = format.Split(';')[0];
        if (section.Length == 0 || section.IndexOfAny(['%', 'y', 'm', 'd', 'h', 's', 'E', 'e', '@', 'G', '/']) >= 0)
        {
            return null;
        }

        // Only fixed decimals (0.00): an integer format or #.## would print fewer digits than the cell holds.
        var dot = section.IndexOf('.', StringComparison.Ordinal);
        var decimals = 0;
        while (dot >= 0 && dot + 1 + decimals < section.Length && section[dot + 1 + decimals] == '0')
        {
            decimals++;
        }

        return decimals > 0 ? decimals : null;
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
