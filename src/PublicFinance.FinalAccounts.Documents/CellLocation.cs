namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// Where a cell or line was found in the published file (位置): page and position for PDF, sheet and cell for
/// Excel, table/row/column for HTML, line and column for plain text. Unused parts are null.
/// </summary>
public sealed record CellLocation
{
    /// <summary>The 1-based PDF page (页码), or null.</summary>
    public int? Page { get; init; }

    /// <summary>Left edge in PDF points from the page's left edge, or null.</summary>
    public double? X { get; init; }

    /// <summary>Top edge in PDF points from the page's top edge, or null.</summary>
    public double? Y { get; init; }

    /// <summary>The worksheet name (工作表), or null.</summary>
    public string? Sheet { get; init; }

    /// <summary>The A1-style cell reference in the worksheet (e.g. <c>C7</c>), or null.</summary>
    public string? Cell { get; init; }

    /// <summary>The 1-based index of the HTML table in the page, or null.</summary>
    public int? HtmlTable { get; init; }

    /// <summary>The 1-based row in the source grid (PDF table, HTML table), or null.</summary>
    public int? Row { get; init; }

    /// <summary>The 1-based column in the source grid, or null.</summary>
    public int? Column { get; init; }

    /// <summary>The 1-based line of a plain text (行), or null.</summary>
    public int? TextLine { get; init; }

    /// <summary>The 1-based column of a plain text's line, in UTF-16 code units (列), or null.</summary>
    public int? TextColumn { get; init; }

    /// <summary>
    /// Short form for diagnostics: <c>p.12 (x 120, y 340)</c>, <c>Sheet1!C7</c>, <c>table 2 row 3 column 4</c> or
    /// <c>line 40:12</c>.
    /// </summary>
    /// <returns>The location text.</returns>
    public override string ToString()
    {
        if (TextLine is { } line)
        {
            return TextColumn is { } column
                ? string.Create(CultureInfo.InvariantCulture, $"line {line}:{column}")
                : string.Create(CultureInfo.InvariantCulture, $"line {line}");
        }

        if (Sheet is not null)
        {
            return Cell is null ? Sheet : Sheet + "!" + Cell;
        }

        if (Page is { } page)
        {
            return X is { } x && Y is { } y
                ? string.Create(CultureInfo.InvariantCulture, $"p.{page} (x {x:0}, y {y:0})")
                : string.Create(CultureInfo.InvariantCulture, $"p.{page}");
        }

        if (HtmlTable is { } table)
        {
            return string.Create(CultureInfo.InvariantCulture, $"table {table} row {Row} column {Column}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"row {Row} column {Column}");
    }
}
