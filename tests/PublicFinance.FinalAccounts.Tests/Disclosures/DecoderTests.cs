using System.Text;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>Decoding disclosure files: BOMs, UTF-16, GB18030 detection, invalid bytes reported with their offset.</summary>
public class DecoderTests
{
    private const string Chinese = "本年收入合计3,653.30万元，其中：财政拨款收入3,593.65万元。\n";

    private static Encoding Gb()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    [Fact]
    public void Utf8_WithAndWithoutBom()
    {
        var plain = Encoding.UTF8.GetBytes(Chinese);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();
        Assert.Equal(Chinese, DisclosureDecoder.Decode(plain).Text);
        Assert.Equal(Chinese, DisclosureDecoder.Decode(withBom).Text);   // the BOM is not part of the text
        Assert.Equal(DisclosureEncoding.Utf8, DisclosureDecoder.Decode(withBom).Encoding);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Chinese)).ToArray();
        var decoded = DisclosureDecoder.Decode(bytes);
        Assert.True(decoded.Succeeded);
        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal(bigEndian ? DisclosureEncoding.Utf16BigEndian : DisclosureEncoding.Utf16LittleEndian, decoded.Encoding);
    }

    [Fact]
    public void Gb18030_IsDetected_AndCanBeForced()
    {
        var bytes = Gb().GetBytes(Chinese);
        var detected = DisclosureDecoder.Decode(bytes);
        Assert.Equal(DisclosureEncoding.Gb18030, detected.Encoding);
        Assert.Equal(Chinese, detected.Text);
        Assert.Equal(Chinese, DisclosureDecoder.Decode(bytes, DisclosureEncoding.Gb18030).Text);
    }

    [Fact]
    public void InvalidUtf8_IsReportedWithItsOffset_NotReplaced()
    {
        // "收入" is 6 bytes of UTF-8; the 0xFF after it can start no UTF-8 sequence, and 0xFF 0xFE is not GB18030 text.
        var bytes = Encoding.UTF8.GetBytes("收入").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray();
        var decoded = DisclosureDecoder.Decode(bytes, DisclosureEncoding.Utf8);
        Assert.False(decoded.Succeeded);
        Assert.Equal(6, decoded.ErrorByteOffset);
        Assert.Contains("byte offset 6", decoded.ErrorEn);
        Assert.Contains("字节位置 6", decoded.ErrorZh);
        Assert.Equal(string.Empty, decoded.Text);
    }

    [Fact]
    public void NulBytes_WithoutBom_AreBinary()
    {
        var decoded = DisclosureDecoder.Decode([0x41, 0x00, 0x42, 0x00]);
        Assert.False(decoded.Succeeded);
        Assert.Contains("NUL", decoded.ErrorEn);
        Assert.Equal(1, decoded.ErrorByteOffset);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 }, 0)]            // overlong encoding of NUL
    [InlineData(new byte[] { 0x41, 0xED, 0xA0, 0x80 }, 1)] // a UTF-16 surrogate encoded in UTF-8
    [InlineData(new byte[] { 0x41, 0x42, 0xE6, 0x94 }, 2)] // truncated three-byte sequence at the end
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)] // beyond U+10FFFF
    [InlineData(new byte[] { 0xE6, 0x94, 0xB6 }, -1)]      // 收: valid
    public void FirstInvalidUtf8_FindsTheFirstBadByte(byte[] bytes, int expected) =>
        Assert.Equal(expected, DisclosureDecoder.FirstInvalidUtf8(bytes));

    [Theory]
    [InlineData("GBK", DisclosureEncoding.Gb18030)]
    [InlineData("utf-16be", DisclosureEncoding.Utf16BigEndian)]
    [InlineData("UTF8", DisclosureEncoding.Utf8)]
    public void EncodingNames_Parse(string name, DisclosureEncoding expected)
    {
        Assert.True(DisclosureDecoder.TryParseName(name, out var encoding));
        Assert.Equal(expected, encoding);
        Assert.False(DisclosureDecoder.TryParseName("latin-1", out _));
    }
}
