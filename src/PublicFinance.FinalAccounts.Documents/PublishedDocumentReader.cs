using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents.Excel;
using PublicFinance.FinalAccounts.Documents.Html;
using PublicFinance.FinalAccounts.Documents.Pdf;
using PublicFinance.FinalAccounts.Documents.Tables;
using PublicFinance.FinalAccounts.Documents.Text;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// Reads the files departments publish — PDF, HTML web pages, Excel workbooks (.xlsx, .xls) and plain text — into
/// narrative text and located tables, and combines the files of one disclosure into one report
/// (读取公开的决算文件). The kind is decided by content (<see cref="DocumentKindDetector"/>), not by extension.
/// </summary>
/// <example>
/// <code>
/// var doc = PublishedDocumentReader.Read(File.ReadAllBytes("决算.pdf"), "决算.pdf");
/// var disclosure = PublishedDocumentReader.Combine([doc]);
/// var result = Validator.Default.Validate(disclosure.Report, disclosure.Sources);
/// </code>
/// </example>
public static class PublishedDocumentReader
{
    /// <summary>Reads one file.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="name">The file name (used in messages and cell locations only).</param>
    /// <returns>The narrative, tables and notes.</returns>
    /// <exception cref="DocumentFormatException">The file is malformed, encrypted, corrupt or of an unknown kind.</exception>
    public static PublishedDocument Read(ReadOnlySpan<byte> bytes, string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var kind = DocumentKindDetector.Detect(bytes);
        return kind switch
        {
            DocumentKind.Pdf => PdfDocumentReader.Read(bytes.ToArray(), name),
            DocumentKind.Html => HtmlDocumentReader.Read(Decode(bytes), name),
            DocumentKind.Xlsx or DocumentKind.Xls => ExcelDocumentReader.Read(bytes.ToArray(), name, kind),
            DocumentKind.Text => TextDocumentReader.Read(Decode(bytes), name),
            _ => throw DocumentMessages.UnknownKind(name),
        };
    }

    /// <summary>
    /// Reads a plain text already decoded (纯文本): the text stays whole as the narrative, and the nine tables pasted in it
    /// as text — rows of <c>|</c> cells, tab cells, columns aligned by spaces, or one cell per line — are its tables, every
    /// cell located by line and column (<see cref="CellLocation.TextLine"/>). A table whose rows do not line up with its
    /// header is not read: a note names it and its line.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The file name (used in messages and table sources only).</param>
    /// <returns>The text, its tables and notes.</returns>
    public static PublishedDocument ReadText(string text, string name)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        return TextDocumentReader.Read(text, name);
    }

    /// <summary>
    /// Combines the files of one disclosure (a narrative PDF and a tables PDF or workbook …): the narratives are read
    /// together by <see cref="DisclosureReader"/> and the nine tables found in any file go into
    /// <see cref="Model.FinalAccountsReport.Tables"/>.
    /// </summary>
    /// <param name="documents">The files, in the order given.</param>
    /// <returns>The combined report.</returns>
    public static PublishedDisclosure Combine(IEnumerable<PublishedDocument> documents) => Combine(documents, RoundingMode.RoundToNearest);

    /// <summary>
    /// Combines the files of one disclosure for checking under a given rounding mode (<see cref="ValidationOptions.Rounding"/>).
    /// The mode matters for one figure only: a 基本支出合计 the table does not print is derived from 人员经费合计 +
    /// 公用经费合计 under <see cref="RoundingMode.RoundToNearest"/> and <see cref="RoundingMode.Exact"/>, where the one
    /// figure decides every comparison as the two would, but not under <see cref="RoundingMode.Truncation"/>, where the
    /// sum of two truncated figures spans more than one figure can (a note says so).
    /// </summary>
    /// <param name="documents">The files, in the order given.</param>
    /// <param name="rounding">The rounding mode the report will be validated with.</param>
    /// <returns>The combined report.</returns>
    public static PublishedDisclosure Combine(IEnumerable<PublishedDocument> documents, RoundingMode rounding)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        var list = documents.ToList();
        var text = string.Join("\f", list.Select(d => d.Text).Where(t => t.Length > 0));
        return Combine(DisclosureReader.Read(text), list, rounding);
    }

    /// <summary>
    /// Combines a narrative already read (with the caller's <see cref="DisclosureReadOptions"/>, e.g. a text's fiscal year)
    /// with the tables of the files it was read from: what <see cref="Combine(IEnumerable{PublishedDocument}, RoundingMode)"/>
    /// does after reading their narrative.
    /// </summary>
    /// <param name="read">The text reader's result for the files' narrative.</param>
    /// <param name="documents">The files, in the order given (their tables and notes are taken).</param>
    /// <param name="rounding">The rounding mode the report will be validated with.</param>
    /// <returns>The combined report.</returns>
    public static PublishedDisclosure Combine(DisclosureReadResult read, IEnumerable<PublishedDocument> documents, RoundingMode rounding)
    {
        if (read is null)
        {
            throw new ArgumentNullException(nameof(read));
        }

        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        var list = documents.ToList();
        var tables = list.SelectMany(d => d.Tables).ToList();
        var mapped = NineTables.Map(tables, read.Report.Unit, rounding, read.Report.Entity.FiscalYear);
        var report = mapped.Tables is null ? read.Report : read.Report with { Tables = mapped.Tables };
        // One text: the narrative's reading of a 三公 table the tables also hold is left to the table (one error, one Error).
        report = list.Count == 1 ? TableEchoes.Without(report, read.Sources, mapped.Sources) : report;
        report = WithEvaluations(report, tables, mapped);
        report = Excel.WorkbookIssuer.Fill(report, list);   // Gaps26: a workbook's 编制单位 when the 说明 names no entity
        report = WithTableSchemaVersion(report);
        return new PublishedDisclosure
        {
            Report = report,
            Read = read,
            Documents = list,
            Tables = tables,
            TableSources = mapped.Sources,
            Notes = list.SelectMany(d => d.Notes).Concat(mapped.Notes).ToList(),
        };
    }

    /// <summary>Reads one file and combines it alone.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="name">The file name.</param>
    /// <returns>The report with tables and narrative.</returns>
    /// <exception cref="DocumentFormatException">The file cannot be read.</exception>
    public static PublishedDisclosure ReadDisclosure(ReadOnlySpan<byte> bytes, string name) => Combine(new[] { Read(bytes, name) });

    /// <summary>
    /// The report with the lowest schema version whose members it uses, tables included (the narrative's version was found
    /// before the tables were mapped: a 三公 table's completion rates are 1.7), so that an older consumer refuses nothing
    /// it could read — the same floor the text reader writes.
    /// </summary>
    private static Model.FinalAccountsReport WithTableSchemaVersion(Model.FinalAccountsReport report)
        => report with { SchemaVersion = Serialization.SchemaVersionFloor.Of(report) };

    /// <summary>The 绩效自评 tables of the files, after the evaluations the narrative gave (if any).</summary>
    private static Model.FinalAccountsReport WithEvaluations(Model.FinalAccountsReport report, List<DocumentTable> tables,
        MappedTables mapped)
    {
        var performance = report.Performance ?? new PerformanceStatement();
        var evaluations = PerformanceTables.Map(tables, report.Unit, performance.Evaluations.Count, mapped.Sources, mapped.Notes);
        return evaluations.Count == 0
            ? report
            : report with { Performance = performance with { Evaluations = [.. performance.Evaluations, .. evaluations] } };
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bytes = bytes[3..];
        }

        var utf8 = new UTF8Encoding(false, true);
        try
        {
            return utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
