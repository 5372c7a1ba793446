using FsCheck.Xunit;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Bad input is a <see cref="DocumentFormatException"/> with a bilingual message naming the file, never a crash.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("fixtures/garbage.pdf", "PDF")]
    [InlineData("fixtures/corrupt.xlsx", "Excel")]
    public void DamagedFiles_AreBadInput_WithAClearMessage(string file, string kind)
    {
        var e = Assert.Throws<DocumentFormatException>(() => TestFiles.Read(file));
        Assert.Equal(System.IO.Path.GetFileName(file), e.FileName);
        Assert.Contains(kind, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(e.FileName + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedPdf_NeedingAUserPassword_IsBadInput_SayingSo()
    {
        // RC4 40-bit, user password "secret" (fixtures/make-encrypted-pdf.py).
        var bytes = TestFiles.Bytes("fixtures/encrypted-user-password.pdf");
        var e = Assert.Throws<DocumentFormatException>(() => PublishedDocumentReader.Read(bytes, "encrypted-user-password.pdf"));
        Assert.StartsWith("encrypted-user-password.pdf: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("已加密", e.Message, StringComparison.Ordinal);
        Assert.Contains("encrypted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedPdf_WithOnlyAnOwnerPassword_IsRead()
    {
        // Many published PDFs restrict copying with an owner password only: the empty user password opens them.
        var doc = PublishedDocumentReader.Read(TestFiles.Bytes("fixtures/encrypted-owner-only.pdf"), "encrypted-owner-only.pdf");
        // The narrative joins a line's glyphs without spaces (made for Chinese text), so the words run together.
        Assert.Contains("Readablewithoutapassword", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedRealPdf_IsBadInputOrReadPartially_NeverAnotherException()
    {
        var bytes = TestFiles.Bytes("pdf/shanghai-putuo-social-work-dept-2024.pdf");
        var half = bytes.AsSpan(0, bytes.Length / 2).ToArray();
        try
        {
            var doc = PublishedDocumentReader.Read(half, "half.pdf");
            Assert.Equal(DocumentKind.Pdf, doc.Kind); // lenient parsing may recover some pages
        }
        catch (DocumentFormatException e)
        {
            Assert.Equal("half.pdf", e.FileName);
        }
    }

    [Fact]
    public void UnknownBinary_IsBadInput()
    {
        var e = Assert.Throws<DocumentFormatException>(() => PublishedDocumentReader.Read([0, 1, 2, 3, 0xFF, 0], "x.bin"));
        Assert.Contains("无法识别", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, DocumentKind.Pdf)]            // %PDF-
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, DocumentKind.Xlsx)]           // PK\3\4
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, DocumentKind.Xls)] // OLE compound file
    public void Kind_IsDecidedByContent(byte[] head, DocumentKind kind) => Assert.Equal(kind, DocumentKindDetector.Detect(head));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body></body></html>", DocumentKind.Html)]
    [InlineData("\uFEFF  <table><tr><td>1</td></tr></table>", DocumentKind.Html)]
    [InlineData("一、收入支出决算总体情况说明", DocumentKind.Text)]
    public void TextKinds(string text, DocumentKind kind)
        => Assert.Equal(kind, DocumentKindDetector.Detect(System.Text.Encoding.UTF8.GetBytes(text)));

    [Property(MaxTest = 200)]
    public bool AnyBytes_AreReadOrRefused_NeverCrash(byte[] bytes)
    {
        try
        {
            PublishedDocumentReader.Read(bytes ?? [], "random");
            return true;
        }
        catch (DocumentFormatException)
        {
            return true;
        }
    }

    [Property(MaxTest = 100)]
    public bool AnyBytes_BehindAPdfHeader_AreReadOrRefused(byte[] tail)
    {
        var bytes = "%PDF-1.4\n"u8.ToArray().Concat(tail ?? []).ToArray();
        try
        {
            return PublishedDocumentReader.Read(bytes, "fuzz.pdf").Kind == DocumentKind.Pdf;
        }
        catch (DocumentFormatException)
        {
            return true;
        }
    }
}
