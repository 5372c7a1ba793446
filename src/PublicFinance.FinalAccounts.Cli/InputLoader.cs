using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Reads one input into a report (读取输入), deciding its kind by content: report JSON (starts with <c>{</c>), a
/// published file (PDF, web page, workbook by their first bytes) or a 说明 text (anything else). What cannot be read is
/// refused with a bilingual reason naming the input, written to the given writer; nothing throws.
/// </summary>
internal static class InputLoader
{
    /// <summary>Decides the kind of an input from its bytes.</summary>
    public static InputKind Detect(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (i < bytes.Length && bytes[i] == (byte)'{')
        {
            return InputKind.ReportJson;
        }

        return DocumentKindDetector.Detect(bytes) is DocumentKind.Pdf or DocumentKind.Html or DocumentKind.Xlsx or DocumentKind.Xls
            ? InputKind.Published
            : InputKind.Text;
    }

    /// <summary>Reads one input; null (the reason on <paramref name="errors"/>) when it cannot be read.</summary>
    public static LoadedInput? Load(InputSource source, TextInputOptions options, TextWriter errors)
    {
        if (!TryGetBytes(source, errors, out var bytes))
        {
            return null;
        }

        switch (Detect(bytes))
        {
            case InputKind.ReportJson:
                try
                {
                    var report = FinalAccountsJson.Deserialize(bytes);
                    return new LoadedInput
                    {
                        Name = source.Name,
                        Kind = InputKind.ReportJson,
                        Report = report,
                        JsonLocations = JsonPointerLocator.Create(bytes),
                        ByteLength = bytes.Length,
                        Extent = LoadedInput.ExtentOf(System.Text.Encoding.UTF8.GetString(bytes)),
                    };
                }
                catch (FinalAccountsJsonException ex)
                {
                    errors.WriteLine($"error: {source.Name}: {ex.Message}");
                    return null;
                }

            case InputKind.Published:
                return TryReadDocument(source.Name, bytes, errors, out var document) ? Combine([document], source.Name, bytes.Length, errors) : null;
            default:
                if (!InputFile.TryDecodeText(source.Name, bytes, options.Encoding, errors, out var text))
                {
                    return null;
                }

                var read = DisclosureReader.Read(text, new DisclosureReadOptions { FiscalYear = options.FiscalYear });
                if (read.FigureCount == 0)
                {
                    errors.WriteLine($"error: {source.Name}: no figure of a final-accounts disclosure was read ({read.UnplacedFigureCount} figures in the text not placed); " +
                        $"it is not a 决算说明 or its wording is not known. 未读出任何决算数字（文中 {read.UnplacedFigureCount} 个数字未能归位），不是决算说明或措辞无法识别。");
                    TextOutput.WriteNotes(source.Name, read, errors, 20);
                    return null;
                }

                return new LoadedInput
                {
                    Name = source.Name,
                    Kind = InputKind.Text,
                    Report = read.Report,
                    Read = read,
                    SourceText = text,
                    ByteLength = bytes.Length,
                    Extent = LoadedInput.ExtentOf(text),
                };
        }
    }

    /// <summary>
    /// Reads several published files as the files of one disclosure (<c>--combine</c>: e.g. the 说明 PDF and the tables
    /// workbook); null (every reason on <paramref name="errors"/>) when one cannot be read or is not a published file.
    /// </summary>
    public static LoadedInput? LoadCombined(IReadOnlyList<InputSource> sources, TextWriter errors)
    {
        var documents = new List<PublishedDocument>(sources.Count);
        var ok = true;
        long length = 0;
        foreach (var source in sources)
        {
            if (!TryGetBytes(source, errors, out var bytes))
            {
                ok = false;
            }
            else if (Detect(bytes) != InputKind.Published)
            {
                errors.WriteLine($"error: {source.Name}: --combine reads published files only (PDF, web page, workbook); this is {(Detect(bytes) == InputKind.ReportJson ? "report JSON" : "a text")}. " +
                    "--combine 只合并公开文件（PDF、网页、Excel）。");
                ok = false;
            }
            else if (TryReadDocument(source.Name, bytes, errors, out var document))
            {
                documents.Add(document);
                length += bytes.Length;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? Combine(documents, string.Join(" + ", sources.Select(s => s.Name)), length, errors) : null;
    }

    private static bool TryReadDocument(string name, byte[] bytes, TextWriter errors, out PublishedDocument document)
    {
        try
        {
            document = PublishedDocumentReader.Read(bytes, name);
            return true;
        }
        catch (DocumentFormatException ex)
        {
            errors.WriteLine($"error: {name}: {ex.Message}");
            document = null!;
            return false;
        }
    }

    private static LoadedInput? Combine(IReadOnlyList<PublishedDocument> documents, string name, long length, TextWriter errors)
    {
        var disclosure = PublishedDocumentReader.Combine(documents);
        if (disclosure.Read.FigureCount == 0 && disclosure.Report.Tables is null)
        {
            errors.WriteLine($"error: {name}: neither a table nor a figure of a final-accounts disclosure was read. 未读出任何决算表格或数字。");
            return null;
        }

        return new LoadedInput { Name = name, Kind = InputKind.Published, Report = disclosure.Report, Read = disclosure.Read, Disclosure = disclosure, ByteLength = length };
    }

    private static bool TryGetBytes(InputSource source, TextWriter errors, out byte[] bytes)
    {
        bytes = source.Bytes ?? [];
        if (source.Problem is not null)
        {
            errors.WriteLine("error: " + source.Problem);
            return false;
        }

        if (source.Path is null)
        {
            if (bytes.Length > 0)
            {
                return true;
            }

            errors.WriteLine($"error: {source.Name}: standard input is empty (标准输入为空)");
            return false;
        }

        return InputFile.TryReadBytes(source.Path, InputFile.MaxPublishedBytes, errors, out bytes);
    }
}
