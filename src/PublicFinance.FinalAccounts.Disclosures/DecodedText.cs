namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The outcome of decoding a disclosure file (解码结果): the text and the encoding used, or a bilingual error with the
/// byte offset of the first byte that could not be decoded. Invalid bytes are never replaced silently.
/// </summary>
public sealed record DecodedText
{
    /// <summary>The decoded text; empty when decoding failed (文本).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The encoding the text was decoded with (所用编码).</summary>
    public DisclosureEncoding Encoding { get; init; }

    /// <summary>Whether the bytes were decoded (是否成功).</summary>
    public bool Succeeded => ErrorEn.Length == 0;

    /// <summary>Why decoding failed, in Chinese; empty on success (中文错误说明).</summary>
    public string ErrorZh { get; init; } = string.Empty;

    /// <summary>Why decoding failed, in English; empty on success (英文错误说明).</summary>
    public string ErrorEn { get; init; } = string.Empty;

    /// <summary>Offset of the first byte that could not be decoded, when that is the reason (出错字节位置).</summary>
    public long? ErrorByteOffset { get; init; }
}
