namespace PublicFinance.FinalAccounts.Documents;

/// <summary>The kind of a published file (文件类型), decided by its content, never by its name.</summary>
public enum DocumentKind
{
    /// <summary>Not recognised (未知).</summary>
    Unknown = 0,

    /// <summary>A PDF file (<c>%PDF</c>).</summary>
    Pdf,

    /// <summary>An HTML web page (网页).</summary>
    Html,

    /// <summary>An Office Open XML workbook (.xlsx, a zip package).</summary>
    Xlsx,

    /// <summary>A legacy binary workbook (.xls, an OLE compound file).</summary>
    Xls,

    /// <summary>Plain text or Markdown (纯文本).</summary>
    Text,
}
