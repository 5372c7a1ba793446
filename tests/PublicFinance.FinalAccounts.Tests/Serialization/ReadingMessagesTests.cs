using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// The JSON reader's and the catalogue loader's messages that were written inline until session 26 now come from the
/// core's catalogue (<c>Messages.Reading.cs</c>), worded as before: the expected texts are the old literals with the
/// arguments put in by hand.
/// </summary>
public class ReadingMessagesTests
{
    [Fact]
    public void DefaultJsonException_SaysTheReportCouldNotBeRead()
    {
        Assert.Equal("The JSON report could not be read. 无法读取 JSON 报告。", Messages.JsonReportUnreadable);
        Assert.Equal(Messages.JsonReportUnreadable, new FinalAccountsJsonException().Message);
    }

    [Fact]
    public void ExplicitNull_IsLocatedByLineAndByte()
    {
        // The null token stands at byte index 10 of line 0 ({ " e n t i t y " : = 10 bytes before it): line 1, byte 11.
        var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize("{\"entity\":null}"));
        Assert.Equal(
            "Invalid report JSON at $.entity (line 1, byte 11): null is not allowed; omit an optional member instead. "
            + "报告 JSON 无效（位置 $.entity）：不允许 null，可选项应省略。",
            ex.Message);
        Assert.Equal(Messages.JsonNullNotAllowed("$.entity", 1, 11), ex.Message);
    }

    [Fact]
    public void DocumentOverTheLimit_NamesTheLimit()
    {
        // 16 bytes of JSON against a limit of 10.
        var options = new FinalAccountsJsonReadOptions { MaxDocumentBytes = 10 };
        var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize("{\"entity\":{}}   ", options));
        Assert.Equal("The document is larger than the limit of 10 bytes. 文档超过 10 字节的上限。", ex.Message);
    }

    [Theory]
    [InlineData(null, null, null, "Bad.", "Invalid report JSON: Bad. 报告 JSON 无效（位置 $）。")]
    [InlineData("$.unit", 0L, 9L, "Bad.", "Invalid report JSON at $.unit (line 1, byte 10): Bad. 报告 JSON 无效（位置 $.unit）。")]
    public void RefusedJson_IsLocatedWhenTheReaderKnowsWhere(string? path, long? line, long? position, string detail, string expected)
    {
        // Lines and bytes are 0-based from the runtime and shown 1-based; without a path the Chinese names the root ($).
        Assert.Equal(expected, Messages.JsonInvalidAt(path, line, position, detail));
    }

    [Theory]
    [InlineData(3, 2, "code", "Invalid classification catalogue at line 3, column 2 (code): Invalid code. 科目目录第 3 行第 2 列：科目编码无效。")]
    [InlineData(3, 2, "", "Invalid classification catalogue at line 3, column 2: Invalid code. 科目目录第 3 行第 2 列：科目编码无效。")]
    [InlineData(3, 0, "code", "Invalid classification catalogue at line 3: Invalid code. 科目目录第 3 行：科目编码无效。")]
    public void CatalogueProblem_IsLocatedByLineAndColumn(int line, int column, string columnName, string expected)
    {
        // A column of 0 is the whole line: no column and no column name; an empty name adds no parentheses.
        var ex = new CatalogueFormatException(line, column, columnName, "科目编码无效。", "Invalid code.");
        Assert.Equal(expected, ex.Message);
        Assert.Equal(expected, Messages.CatalogueInvalidAt(line, column, columnName, "科目编码无效。", "Invalid code."));
    }
}
