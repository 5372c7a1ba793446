namespace PublicFinance.FinalAccounts.Documents;

/// <summary>Decides the <see cref="DocumentKind"/> of a file from its first bytes (文件类型识别).</summary>
public static class DocumentKindDetector
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF"u8;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Detects the kind of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The whole file or at least its first kilobyte.</param>
    /// <returns>The kind; <see cref="DocumentKind.Unknown"/> for binary content that is none of the known formats.</returns>
    public static DocumentKind Detect(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > 1024 ? bytes[..1024] : bytes;
        if (head.IndexOf(PdfMagic) is >= 0 and < 1017)
        {
            return DocumentKind.Pdf;
        }

        if (head.StartsWith(ZipMagic))
        {
            return DocumentKind.Xlsx;
        }

        if (head.StartsWith(OleMagic))
        {
            return DocumentKind.Xls;
        }

        if (head.IndexOf((byte)0) >= 0)
        {
            return DocumentKind.Unknown;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.IndexOf("<html", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("<table", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("<body", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return DocumentKind.Html;
        }

        return DocumentKind.Text;
    }
}
