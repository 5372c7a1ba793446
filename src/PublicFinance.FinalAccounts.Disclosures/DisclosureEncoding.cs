namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The character encoding of a disclosure file (文本编码).</summary>
public enum DisclosureEncoding
{
    /// <summary>Detect: a byte-order mark, else strict UTF-8, else GB18030 (自动识别).</summary>
    Auto = 0,

    /// <summary>UTF-8, with or without a byte-order mark.</summary>
    Utf8 = 1,

    /// <summary>UTF-16 little-endian (a byte-order mark is skipped when present).</summary>
    Utf16LittleEndian = 2,

    /// <summary>UTF-16 big-endian (a byte-order mark is skipped when present).</summary>
    Utf16BigEndian = 3,

    /// <summary>GB18030, which includes GBK and GB2312 (国标编码).</summary>
    Gb18030 = 4,
}
