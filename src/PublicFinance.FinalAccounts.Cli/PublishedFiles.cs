using System;
using System.Collections.Generic;
using System.IO;
using PublicFinance.FinalAccounts.Documents;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Reads published files — PDF, HTML, Excel — as one disclosure (读取公开文件), deciding the kind by content, not by the
/// file's extension.
/// </summary>
internal static class PublishedFiles
{
    /// <summary>The largest published file accepted, in bytes (64 MiB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Whether the file's first bytes are a PDF, a web page or a workbook (a regular file is assumed; false otherwise).</summary>
    public static bool IsPublishedDocument(string path)
    {
        if (!File.Exists(path))
            return false;
        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            var info = new FileInfo(target?.FullName ?? path);
            if (info.Length == 0)
                return false;   // empty files, FIFOs and devices: InputFile refuses them with the reason
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var head = new byte[1024];
            var n = stream.Read(head, 0, head.Length);
            return DocumentKindDetector.Detect(head.AsSpan(0, n)) is DocumentKind.Pdf or DocumentKind.Html or DocumentKind.Xlsx or DocumentKind.Xls;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads and combines the files; false with the reason on stderr when one cannot be read.</summary>
    public static bool TryRead(IReadOnlyList<string> paths, TextWriter stderr, out PublishedDisclosure disclosure)
    {
        disclosure = null!;
        var documents = new List<PublishedDocument>(paths.Count);
        foreach (var path in paths)
        {
            if (!InputFile.TryReadBytes(path, MaxBytes, stderr, out var bytes))
                return false;
            try
            {
                documents.Add(PublishedDocumentReader.Read(bytes, path));
            }
            catch (DocumentFormatException ex)
            {
                stderr.WriteLine("error: " + ex.Message);
                return false;
            }
        }

        disclosure = PublishedDocumentReader.Combine(documents);
        if (disclosure.Read.FigureCount == 0 && disclosure.Report.Tables is null)
        {
            stderr.WriteLine($"error: {string.Join(", ", paths)}: neither a table nor a figure of a final-accounts disclosure was read. 未读出任何决算表格或数字。");
            return false;
        }

        return true;
    }
}
