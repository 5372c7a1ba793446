namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>Reads a tab-separated data file embedded in the assembly: <c>#</c> comment lines, a header, one record a line.</summary>
internal static class EmbeddedTable
{
    public static List<Dictionary<string, string>> Read(string resourceName)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        using var stream = assembly.GetManifestResourceStream("PublicFinance.FinalAccounts.Validation." + resourceName)
            ?? throw new InvalidOperationException(ValidationMessages.EmbeddedDataMissing(resourceName));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<Dictionary<string, string>>();
        string[]? header = null;
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length != header.Length)
            {
                throw new InvalidDataException(ValidationMessages.DataFileColumns(resourceName, lineNumber, header.Length, cells.Length));
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Length; i++)
            {
                row[header[i]] = cells[i];
            }

            rows.Add(row);
        }

        return rows;
    }

    public static int? Year(string text) => text.Length == 0 ? null : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
