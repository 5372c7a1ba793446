using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A UTF-16 file holding an invalid unit (a lone surrogate) is located at the byte where that unit starts in the file as
/// given — its byte-order mark counted — and on the line it stands on, counted in 16-bit units (before, the offset was
/// taken after the mark was skipped: two bytes short, and lines were counted by 0x0A bytes, which 上 U+4E0A holds).
/// </summary>
public class Utf16ErrorOffsetTests
{
    /// <summary>The bytes of <paramref name="text"/> with one raw unit inserted after its first <paramref name="at"/> characters.</summary>
    private static byte[] WithUnit(string text, int at, ushort unit, bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, false);
        var before = encoding.GetBytes(text[..at]);
        var after = encoding.GetBytes(text[at..]);
        byte[] bad = bigEndian ? [(byte)(unit >> 8), (byte)(unit & 0xFF)] : [(byte)(unit & 0xFF), (byte)(unit >> 8)];
        byte[] mark = !bom ? [] : bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE];
        return [.. mark, .. before, .. bad, .. after];
    }

    private static DecodedText Decode(byte[] bytes, bool bigEndian, bool bom)
        => DisclosureDecoder.Decode(bytes, bom ? DisclosureEncoding.Auto
            : bigEndian ? DisclosureEncoding.Utf16BigEndian : DisclosureEncoding.Utf16LittleEndian);

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void LoneLowSurrogate_IsLocatedAtItsByte_AndLine(bool bigEndian, bool bom)
    {
        // "收入\n上年\n" then the bad unit: 6 characters of 2 bytes = 12 bytes, +2 for a mark. Its line is 3 (two '\n' before
        // it); 上 is 0x4E0A, whose 0x0A byte is no line break.
        var bytes = WithUnit("收入\n上年\n支出", 6, 0xDC00, bigEndian, bom);
        var decoded = Decode(bytes, bigEndian, bom);

        var expected = (bom ? 2 : 0) + 12;
        Assert.False(decoded.Succeeded);
        Assert.Equal(expected, decoded.ErrorByteOffset);
        Assert.Contains($"line 3, byte offset {expected} ", decoded.ErrorEn, StringComparison.Ordinal);
        Assert.Contains(bigEndian ? "UTF-16BE" : "UTF-16LE", decoded.ErrorEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LoneHighSurrogate_BeforeAPlainCharacter_OrAtTheEnd_IsLocated(bool bigEndian)
    {
        // A high surrogate must be followed by a low one: before 元 (index 2 → byte 2 + 4) and as the last unit (2 + 6).
        Assert.Equal(2 + 2, Decode(WithUnit("万元", 1, 0xD834, bigEndian, true), bigEndian, true).ErrorByteOffset);
        Assert.Equal(2 + 4, Decode(WithUnit("万元", 2, 0xD834, bigEndian, true), bigEndian, true).ErrorByteOffset);
    }

    [Fact]
    public void ValidSurrogatePairs_AreNoError()
    {
        // 𝄞 (U+1D11E) is the pair D834 DD1E.
        var decoded = DisclosureDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("收入𝄞合计\n")]);
        Assert.True(decoded.Succeeded);
        Assert.Equal("收入𝄞合计\n", decoded.Text);
    }

    private static readonly string[] Pieces = ["收", "入", "上", "年", "\n", "A", "1", "。", "𝄞", " ", "\r\n", "万元"];

    /// <summary>A valid text, where a bad unit goes (between two characters), which bad unit, and how the file is written.</summary>
    public sealed record BadUnitCase(string Text, int At, ushort Unit, bool BigEndian, bool Bom);

    private static Arbitrary<BadUnitCase> Cases() =>
        (from pieces in Gen.Elements(Pieces).ArrayOf()
         let text = string.Concat(pieces)
         from piece in Gen.Choose(0, pieces.Length)
         from unit in Gen.Elements<ushort>(0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD834, 0xDD1E)
         from bigEndian in Gen.Elements(true, false)
         from bom in Gen.Elements(true, false)
         select new BadUnitCase(text, string.Concat(pieces.Take(piece)).Length, unit, bigEndian, bom))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property OneBadUnitInAValidText_IsLocatedAtExactlyItsByte()
        => Prop.ForAll(Cases(), c =>
        {
            // Inserted between whole characters, a lone surrogate is never completed by its neighbours: a low one follows no
            // high one, a high one is followed by a low one only if a pair's low half came next — and a pair starts high.
            var bytes = WithUnit(c.Text, c.At, c.Unit, c.BigEndian, c.Bom);
            var decoded = Decode(bytes, c.BigEndian, c.Bom);
            var expected = (c.Bom ? 2 : 0) + (2 * c.At);
            var lines = 1 + c.Text[..c.At].Count(ch => ch == '\n');
            return (!decoded.Succeeded && decoded.ErrorByteOffset == expected
                && decoded.ErrorEn.Contains($"line {lines}, byte offset {expected} ", StringComparison.Ordinal))
                .Label($"{decoded.ErrorByteOffset} ≠ {expected}: {decoded.ErrorEn}");
        });
}
