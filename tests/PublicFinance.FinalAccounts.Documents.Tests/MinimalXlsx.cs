using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Writes a one-sheet workbook (.xlsx) in memory from rows of text: every cell an inline string, so a figure keeps the
/// decimals it is written with. Enough for ExcelDataReader; for tests that need a workbook of their own figures. With a
/// <c>numberFormat</c>, every cell that is a plain number is a number cell instead (as a spreadsheet saves figures):
/// "General" without a style, any other format (<c>#,##0.00</c>) as the number format of the cells with a decimal point.
/// </summary>
internal static class MinimalXlsx
{
    public static byte[] Write(string sheet, IEnumerable<string[]> rows, string? numberFormat = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (Styled(numberFormat) ? "<Override PartName=\"/xl/styles.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : string.Empty)
                + "</Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + $"<sheets><sheet name=\"{SecurityElement.Escape(sheet)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/>"
                + (Styled(numberFormat) ? "<Relationship Id=\"rId2\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    : string.Empty)
                + "</Relationships>");
            if (Styled(numberFormat))
            {
                Add(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + $"<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"{SecurityElement.Escape(numberFormat)}\"/></numFmts>"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            }

            var data = new StringBuilder();
            var r = 0;
            foreach (var row in rows)
            {
                r++;
                data.Append($"<row r=\"{r}\">");
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c].Length > 0 && numberFormat is not null && IsPlainNumber(row[c]))
                    {
                        // Codes and counts (no decimal point) stay General, as a sheet's 科目编码 column is.
                        var style = Styled(numberFormat) && row[c].Contains('.', StringComparison.Ordinal) ? " s=\"1\"" : string.Empty;
                        data.Append($"<c r=\"{(char)('A' + c)}{r}\"{style}><v>{row[c]}</v></c>");
                    }
                    else if (row[c].Length > 0)
                    {
                        data.Append($"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[c])}</t></is></c>");
                    }
                }

                data.Append("</row>");
            }

            Add(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + data
                + "</sheetData></worksheet>");
        }

        return stream.ToArray();
    }

    private static bool Styled(string? numberFormat) => numberFormat is not null && numberFormat != "General";

    /// <summary>
    /// Digits with an optional leading '-' and one '.': what a spreadsheet stores as a number; a code with a leading zero
    /// (款 "03") stays text, as a spreadsheet keeps it.
    /// </summary>
    private static bool IsPlainNumber(string text)
        => !(text.Length > 1 && text[0] == '0' && text[1] != '.')
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
