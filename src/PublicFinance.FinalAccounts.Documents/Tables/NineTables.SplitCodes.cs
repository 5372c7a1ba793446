using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Split 类/款/项 code columns where each row prints only its own part (blind round 26, r1): a 类 row has `210` in the
/// 类 column, the 款 rows below it only `01` in the 款 column, the 项 rows only `01` in the 项 column — the common Excel
/// export that does not repeat the parent code. The full code is composed from the nearest 类 (and 款) above, by the
/// column the part stands in; a part whose parent is not unambiguous is a located note, never a silently dropped row.
/// </summary>
internal static partial class NineTables
{
    /// <summary>The parent parts seen so far in one table, read top to bottom.</summary>
    private sealed class SplitCodeParents
    {
        private string? classCode;
        private int classColumn = -1;
        private string? sectionCode;
        private int sectionColumn = -1;

        /// <summary>The 类 codes seen so far in the table, in order (a 款 printed under the wrong 类 is looked for among them).</summary>
        private readonly List<string> classes = [];

        /// <summary>
        /// The row's full code: a code of 3, 5 or 7 digits is kept (and remembered as a parent); a 2-digit part is
        /// composed when its column says which level it is (the column right of the 类 → 款; the one after that, with a
        /// 款 of this 类 above → 项) and the catalogue does not name the composed code otherwise; a 款 the catalogue knows by
        /// the row's name under another 类 of the table only (a sheet that sorted 11 行政事业单位医疗 under 208) is that 类's.
        /// Otherwise empty, and <paramref name="undecided"/> is set.
        /// </summary>
        public string Compose(string code, int column, string name, out bool undecided)
        {
            undecided = false;
            switch (code.Length)
            {
                case 3:
                    (classCode, classColumn, sectionCode, sectionColumn) = (code, column, null, -1);
                    classes.Add(code);
                    return code;
                case 5:
                    (classCode, sectionCode, sectionColumn) = (code[..3], code, column);
                    classColumn = classColumn >= 0 && classColumn < column ? classColumn : column;
                    return code;
                case 7:
                    return code;
                case 2 when classCode is not null && column == classColumn + 1
                    && (sectionColumn < 0 || sectionColumn == column):
                    sectionColumn = column;
                    sectionCode = Known(classCode + code, name) ? classCode + code
                        : classes.Select(c => c + code).FirstOrDefault(c => Known(c, name))
                            ?? (Named(classCode + code, name) ? classCode + code : null);
                    undecided = sectionCode is null;
                    return sectionCode ?? string.Empty;
                case 2 when sectionCode is not null && column > classColumn + 1 && column > sectionColumn:
                    undecided = !Named(sectionCode + code, name);
                    return undecided ? string.Empty : sectionCode + code;
                case 2:
                    undecided = true;
                    return string.Empty;
                default:
                    return code;
            }
        }

        /// <summary>Whether the catalogue does not name the code otherwise than the row (an unknown code is not contradicted).</summary>
        private static bool Named(string code, string name)
            => !FunctionalCode.TryParse(code, out var parsed) || name.Length == 0
                || ClassificationCatalogue.Default.MatchName(parsed, null, name) != NameMatch.Mismatch;

        /// <summary>Whether the catalogue knows the code by the row's name (exactly, by an alias or another year's name).</summary>
        private static bool Known(string code, string name)
            => FunctionalCode.TryParse(code, out var parsed) && name.Length > 0
                && ClassificationCatalogue.Default.MatchName(parsed, null, name) is not (NameMatch.UnknownCode or NameMatch.Mismatch);
    }

    /// <summary>The column of a row's first digit-only label cell (the code part), or -1.</summary>
    private static int CodeColumn(IReadOnlyList<TableCell> row, int to)
    {
        for (var c = 0; c < Math.Min(to, row.Count); c++)
        {
            var text = TableAssembler.Compact(row[c].Text);
            if (text.Length > 0 && text.All(char.IsDigit))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>
    /// Composes a split code part (see <see cref="SplitCodeParents"/>); an undecided part adds a located note naming the row.
    /// </summary>
    private static string ComposeSplitCode(SplitCodeParents parents, DocumentTable table, IReadOnlyList<TableCell> row, int labels,
        string code, string name, List<DocumentNote>? notes)
    {
        var column = CodeColumn(row, labels);
        var full = parents.Compose(code, column, name, out var undecided);
        if (undecided)
        {
            notes?.Add(DocumentMessages.SplitCodeWithoutParent(table, code, name, column >= 0 ? row[column].Location : null));
        }

        return full;
    }

    /// <summary>
    /// Where the amounts start in a table none of whose amounts has decimals (a workbook in 元 stores 3500000, not 3500000.00):
    /// the column after the last label column the header names (科目编码, 科目名称, 类 / 款 / 项), when a row holds a whole number
    /// there; null when the header names no label column.
    /// </summary>
    private static int? WholeAmountColumns(DocumentTable table, int from, int end)
    {
        var last = -1;
        for (var c = from; c < end; c++)
        {
            var leaf = Leaf(table, c);
            if (leaf is "类" or "款" or "项" || leaf.Contains("科目", StringComparison.Ordinal) || leaf.Contains("编码", StringComparison.Ordinal)
                || leaf.Contains("名称", StringComparison.Ordinal))
            {
                last = c;
            }
        }

        var first = last + 1;
        return last >= 0 && first < end
            && table.Rows.Any(r => first < r.Count && TableAssembler.IsNumber(TableAssembler.Compact(r[first].Text)))
            ? first
            : null;
    }
}
