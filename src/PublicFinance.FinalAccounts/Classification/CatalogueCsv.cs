namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// Reads and writes the catalogue's text form (科目目录 CSV/TSV): one entry a line, a header naming the columns, comma- or
/// tab-separated (the header line decides), RFC 4180 quotes, lines starting with <c>#</c> ignored. See
/// <c>docs/classification/README.md</c>.
/// </summary>
internal static class CatalogueCsv
{
    /// <summary>The columns in the order the published CSV writes them.</summary>
    internal static readonly string[] Columns = ["system", "code", "name", "fromYear", "toYear", "aliases", "evidence", "note"];

    private enum Column
    {
        System,
        Code,
        Name,
        FromYear,
        ToYear,
        Aliases,
        Evidence,
        Note,
        Ignored,
    }

    public static List<ClassificationEntry> Read(TextReader reader, int? fiscalYear)
    {
        var entries = new List<ClassificationEntry>();
        Column[]? header = null;
        var delimiter = ',';
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line.Substring(1);
            }

            if (line.Trim().Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header is null)
            {
                delimiter = HasAny(line, "\t") ? '\t' : ',';
                header = ReadHeader(Split(line, delimiter, lineNumber), lineNumber);
                continue;
            }

            entries.Add(ReadEntry(Split(line, delimiter, lineNumber), header, lineNumber, fiscalYear));
        }

        if (header is null)
        {
            throw new CatalogueFormatException(lineNumber, 0, string.Empty, Messages.CatalogueEmpty);
        }

        return entries;
    }

    public static void Write(TextWriter writer, IEnumerable<ClassificationEntry> entries)
    {
        writer.Write(string.Join(",", Columns));
        writer.Write('\n');
        foreach (var e in entries)
        {
            var cells = new[]
            {
                e.System == ClassificationSystem.Functional ? "functional" : "economic",
                e.Code,
                e.Name,
                e.FromYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                e.ToYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join("|", e.Aliases),
                e.Evidence switch { CatalogueEvidence.Sourced => "S", CatalogueEvidence.Corroborated => "C", _ => "I" },
                e.Note,
            };
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Quote(cells[i]));
            }

            writer.Write('\n');
        }
    }

    private static string Quote(string cell) =>
        HasAny(cell, ",\"\n\r") ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    private static bool HasAny(string text, string characters)
    {
        foreach (var c in text)
        {
            foreach (var wanted in characters)
            {
                if (c == wanted)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Column[] ReadHeader(List<string> cells, int lineNumber)
    {
        var header = new Column[cells.Count];
        var seen = new HashSet<Column>();
        for (var i = 0; i < cells.Count; i++)
        {
            var column = cells[i].Trim().ToUpperInvariant() switch
            {
                "SYSTEM" or "SCHEME" or "分类体系" or "体系" => Column.System,
                "CODE" or "科目编码" or "编码" or "科目代码" => Column.Code,
                "NAME" or "科目名称" or "名称" => Column.Name,
                "FROMYEAR" or "起始年度" => Column.FromYear,
                "TOYEAR" or "终止年度" => Column.ToYear,
                "ALIASES" or "别名" => Column.Aliases,
                "EVIDENCE" or "依据等级" => Column.Evidence,
                "NOTE" or "依据" or "备注" => Column.Note,
                _ => Column.Ignored,
            };
            if (column != Column.Ignored && !seen.Add(column))
            {
                throw new CatalogueFormatException(lineNumber, i + 1, cells[i], Messages.CatalogueColumnTwice);
            }

            header[i] = column;
        }

        if (!seen.Contains(Column.Code) || !seen.Contains(Column.Name))
        {
            throw new CatalogueFormatException(lineNumber, 0, string.Empty, Messages.CatalogueCodeAndNameRequired);
        }

        return header;
    }

    private static ClassificationEntry ReadEntry(List<string> cells, Column[] header, int lineNumber, int? fiscalYear)
    {
        if (cells.Count > header.Length)
        {
            throw new CatalogueFormatException(
                lineNumber, header.Length + 1, string.Empty, Messages.CatalogueTooManyCells(cells.Count, header.Length));
        }

        string Cell(Column c)
        {
            var i = Array.IndexOf(header, c);
            return i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
        }

        int At(Column c) => Array.IndexOf(header, c) + 1;
        string NameOf(Column c) => Columns[(int)c];

        var code = Cell(Column.Code);
        var systemText = Cell(Column.System);
        ClassificationSystem system;
        if (systemText.Length == 0)
        {
            system = code.StartsWith("2", StringComparison.Ordinal) ? ClassificationSystem.Functional : ClassificationSystem.Economic;
        }
        else
        {
            system = systemText switch
            {
                "functional" or "功能分类" or "支出功能分类" => ClassificationSystem.Functional,
                "economic" or "经济分类" or "支出经济分类" => ClassificationSystem.Economic,
                _ => throw new CatalogueFormatException(
                    lineNumber, At(Column.System), NameOf(Column.System), Messages.CatalogueUnknownSystem(systemText)),
            };
        }

        var valid = system == ClassificationSystem.Functional ? FunctionalCode.IsValid(code) : EconomicCode.IsValid(code);
        if (!valid)
        {
            var message = Messages.CatalogueInvalidCode(code, system == ClassificationSystem.Functional);
            throw new CatalogueFormatException(lineNumber, At(Column.Code), NameOf(Column.Code), message);
        }

        var name = Cell(Column.Name);
        if (name.Length == 0)
        {
            throw new CatalogueFormatException(lineNumber, At(Column.Name), NameOf(Column.Name), Messages.CatalogueEmptyName);
        }

        var from = Year(Cell(Column.FromYear), lineNumber, At(Column.FromYear), NameOf(Column.FromYear))
            ?? (Array.IndexOf(header, Column.FromYear) < 0 ? fiscalYear : null);
        var to = Year(Cell(Column.ToYear), lineNumber, At(Column.ToYear), NameOf(Column.ToYear))
            ?? (Array.IndexOf(header, Column.ToYear) < 0 ? fiscalYear : null);
        if (from is { } f && to is { } t && f > t)
        {
            throw new CatalogueFormatException(lineNumber, At(Column.ToYear), NameOf(Column.ToYear), Messages.CatalogueYearsReversed(f, t));
        }

        var evidenceText = Cell(Column.Evidence);
        var evidence = evidenceText.ToUpperInvariant() switch
        {
            "" or "S" or "SOURCED" => CatalogueEvidence.Sourced,
            "C" or "CORROBORATED" => CatalogueEvidence.Corroborated,
            "I" or "INFERRED" => CatalogueEvidence.Inferred,
            _ => throw new CatalogueFormatException(
                lineNumber, At(Column.Evidence), NameOf(Column.Evidence), Messages.CatalogueUnknownEvidence(evidenceText)),
        };
        var aliases = new List<string>();
        foreach (var alias in Cell(Column.Aliases).Split('|'))
        {
            if (alias.Trim().Length > 0)
            {
                aliases.Add(alias.Trim());
            }
        }

        return new ClassificationEntry
        {
            System = system, Code = code, Name = name, FromYear = from, ToYear = to, Aliases = aliases, Evidence = evidence,
            Note = Cell(Column.Note),
        };
    }

    private static int? Year(string text, int line, int column, string columnName)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && FiscalYearRange.Contains(year))
        {
            return year;
        }

        throw new CatalogueFormatException(line, column, columnName, Messages.CatalogueInvalidYear(text));
    }

    /// <summary>Splits one line into cells; a quoted cell may hold the delimiter and doubled quotes.</summary>
    private static List<string> Split(string line, char delimiter, int lineNumber)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new CatalogueFormatException(lineNumber, cells.Count + 1, string.Empty, Messages.CatalogueQuoteNotClosed);
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(line[i++]);
                }

                if (i < line.Length && line[i] != delimiter)
                {
                    throw new CatalogueFormatException(
                        lineNumber, cells.Count + 1, string.Empty, Messages.CatalogueQuoteNotFollowedByDelimiter);
                }
            }
            else
            {
                while (i < line.Length && line[i] != delimiter)
                {
                    cell.Append(line[i++]);
                }
            }

            cells.Add(cell.ToString());
            cell.Clear();
            if (i >= line.Length)
            {
                return cells;
            }

            i++; // the delimiter
        }
    }
}
