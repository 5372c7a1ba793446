namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// The Documents message catalogue (<see cref="DocumentMessages"/>): what the reader throws and notes is the catalogue's
/// text, and the wording users and scripts already see is pinned (it was moved into the catalogue unchanged).
/// </summary>
public class DocumentMessagesTests
{
    [Fact]
    public void EncryptedPdf_ThrowsTheCatalogueMessage()
    {
        const string Name = "encrypted-user-password.pdf";
        var bytes = TestFiles.Bytes("fixtures/" + Name);
        var e = Assert.Throws<DocumentFormatException>(() => PublishedDocumentReader.Read(bytes, Name));
        Assert.Equal(DocumentMessages.EncryptedPdf(Name, e.InnerException!).Message, e.Message);
        Assert.Equal(Name + ": PDF 已加密，无法读取。 The PDF is encrypted and cannot be read.", e.Message);
    }

    [Fact]
    public void CorruptWorkbook_ThrowsTheCatalogueMessage()
    {
        var e = Assert.Throws<DocumentFormatException>(() => PublishedDocumentReader.Read(TestFiles.Bytes("fixtures/corrupt.xlsx"),
            "corrupt.xlsx"));
        Assert.Equal(DocumentMessages.CorruptWorkbook("corrupt.xlsx", e.InnerException!).Message, e.Message);
        Assert.StartsWith("corrupt.xlsx: Excel 工作簿已损坏或无法读取（", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKind_ThrowsTheCatalogueMessage()
    {
        byte[] bytes = [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x80];
        var e = Assert.Throws<DocumentFormatException>(() => PublishedDocumentReader.Read(bytes, "x.bin"));
        Assert.Equal(DocumentMessages.UnknownKind("x.bin").Message, e.Message);
        Assert.Equal("x.bin: 无法识别的文件类型（不是 PDF、网页、Excel 或文本）。 Unrecognised file kind (not PDF, HTML, Excel or text).", e.Message);
    }

    [Fact]
    public void RejectedRuleLessTable_IsNotedWithTheCatalogueText()
    {
        // ruleless-tables.pdf page 4: a 支出决算表 whose amounts drift row by row (make-ruleless-pdf.py).
        var note = Assert.Single(TestFiles.Read("fixtures/ruleless-tables.pdf").Notes, n => n.Location?.Page == 4);
        var expected = DocumentMessages.RuleLessTableRejected("支出决算表", note.Location!);
        Assert.Equal(expected.MessageZh, note.MessageZh);
        Assert.Equal(expected.MessageEn, note.MessageEn);
        Assert.Equal("“支出决算表”似为无框线表格，但表头未识别或各行未按列对齐，按正文读取。", note.MessageZh);
    }

    [Fact]
    public void AmountNote_KeepsItsWording()
    {
        var table = new DocumentTable { Code = "公开03表", Title = "支出决算表" };
        var note = DocumentMessages.NotAnAmount(table, "2010301 行政运行", "基本支出", "x", null);
        Assert.Equal("公开03表 支出决算表 行“2010301 行政运行”列 基本支出：“x”不是金额。", note.MessageZh);
        Assert.Equal("公开03表 支出决算表 row “2010301 行政运行” column 基本支出: “x” is not an amount.", note.MessageEn);
        Assert.Null(note.Location);
    }

    [Fact]
    public void AmbiguousNote_NamesTheCountAndAtMostThreeKeys()
    {
        var table = new DocumentTable { Title = "政府采购情况表" };
        var note = DocumentMessages.AmbiguousFigure(table, "货物", ["a|x", "b|x", "c|x", "d|x"], null);
        // Four candidates, three keys shown, then an ellipsis.
        Assert.Equal("政府采购情况表：4 个单元格都可能是“货物”（a|x、b|x、c|x…），未读入。", note.MessageZh);
        Assert.Equal("政府采购情况表: 4 cells could each be “货物” (a|x, b|x, c|x …); not read.", note.MessageEn);
        Assert.Equal(3, note.MessageEn.Count(c => c == '|'));
    }
}
