using System.Diagnostics;
using System.Text;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// Every way a text can fail to be read gives exit code 2 and a bilingual message, never "0 errors" (issue 14 §4, issue 8).
/// </summary>
public sealed class InputFileTests : CliTestBase
{
    public InputFileTests()
        : base("finacct-input-")
    {
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string Valid = "测试局2023年度部门决算\n二、收入决算情况说明\n本年收入合计200.00万元，其中：财政拨款收入150.00万元，其他收入50.00万元。\n";

    [Fact]
    public void EmptyDirectory_IsNamedAsADirectoryWithoutInputs()
    {
        // A directory is searched for inputs (issue 11); one without any is bad input, named as a directory.
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "folder.txt")).FullName;   // named like a text file
        var (code, _, err) = Run("check", folder);
        Assert.Equal(2, code);
        Assert.Contains("no input file in this directory", err);
        Assert.Contains("目录", err);
    }

    [Fact]
    public void MissingFile_IsNotFound()
    {
        var (code, _, err) = Run("check", Path.Combine(Folder, "none.txt"));
        Assert.Equal(2, code);
        Assert.Contains("file not found", err);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void EmptyOrBlank_IsRefused(string content)
    {
        var (code, output, err) = Run("check", Write("blank.txt", Encoding.UTF8.GetBytes(content)));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.True(err.Contains("empty", StringComparison.Ordinal) || err.Contains("only whitespace", StringComparison.Ordinal), err);
    }

    [Fact]
    public void Binary_IsRefused()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray();   // contains NUL bytes
        var (code, _, err) = Run("check", Write("binary.txt", bytes));
        Assert.Equal(2, code);
        Assert.Contains("NUL", err);
    }

    [Fact]
    public void TooLarge_IsRefusedBeforeReading()
    {
        // 20 MiB of valid text: beyond the 16 MiB limit. The old CLI read it, hid the "too long" note and said 0 errors.
        var path = Path.Combine(Folder, "large.txt");
        using (var file = File.Create(path))
        {
            var chunk = Encoding.UTF8.GetBytes(Valid);
            while (file.Length < 20L * 1024 * 1024)
            {
                file.Write(chunk, 0, chunk.Length);
            }
        }

        var (code, _, err) = Run("check", path);
        Assert.Equal(2, code);
        Assert.Contains("larger than the limit", err);
    }

    [Fact]
    public void InvalidUtf8_IsReportedWithItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid).Concat(new byte[] { 0xFF, 0xFE, 0x41, 0x0A }).ToArray();
        var (code, _, err) = Run("check", Write("invalid.txt", bytes), "--encoding", "utf-8");
        Assert.Equal(2, code);
        // The bad byte follows the three lines of Valid: line 4, byte offset = the byte length of Valid.
        Assert.Contains($"line 4, byte offset {Encoding.UTF8.GetByteCount(Valid)}", err);
    }

    [Fact]
    public void Gb18030Text_IsDetectedAndRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (code, output, _) = Run("check", Write("gbk.txt", Encoding.GetEncoding(54936).GetBytes(Valid)));
        Assert.Equal(0, code);
        Assert.StartsWith("测试局 2023 — 0 错误 errors", output);
        // Three amounts are placed (the total and its two parts), nothing else is in the text.
        Assert.Contains("read 3 figures, 0 figures in the text not placed", output);
    }

    [Fact]
    public void UnknownEncodingName_IsUsageError()
    {
        var (code, _, err) = Run("check", Write("ok.txt", Encoding.UTF8.GetBytes(Valid)), "--encoding", "latin-1");
        Assert.Equal(2, code);
        Assert.Contains("--encoding", err);
    }

    [Fact]
    public void TextWithoutFigures_IsBadInput()
    {
        var (code, output, err) = Run("check", Write("prose.txt", Encoding.UTF8.GetBytes("这是一段与决算无关的文字。\n天气很好。\n")));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no figure of a final-accounts disclosure was read", err);
    }

    [Fact]
    public void UnknownYear_IsShownAsUnknown_AndYearOptionFillsIt()
    {
        var text = Encoding.UTF8.GetBytes("测试局决算说明\n二、收入决算情况说明\n本年收入合计200.00万元，其中：财政拨款收入150.00万元，其他收入50.00万元。\n");
        var path = Write("noyear.txt", text);
        var (_, output, _) = Run("check", path);
        Assert.Contains("年度未知 year unknown", output);
        Assert.DoesNotContain("1990", output.Split('\n')[0]);
        var (_, withYear, _) = Run("check", path, "--year", "2022");
        Assert.Contains(" 2022 — ", withYear.Split('\n')[0]);
    }

    [Fact]
    public void MedianOverflow_DoesNotCrash()
    {
        var (code, _, err) = Run("check", Path.Combine(AppContext.BaseDirectory, "TestData", "reader", "median-overflow.txt"));
        Assert.True(code is 1 or 2, err);
        Assert.DoesNotContain("   at ", err);   // no stack trace
    }

    [Fact]
    public void PercentWith27Decimals_IsDroppedWithALocatedNote_NotACrash()
    {
        // 7.490000000000000000000000000% has 27 decimals, beyond the numeric contract (12, docs/numbers.md): the share is
        // not placed (never rounded), a note at its position says why, and the other figures are still checked.
        var (code, output, err) = Run("check", Path.Combine(AppContext.BaseDirectory, "TestData", "reader", "percent-27-decimals.txt"));
        Assert.Equal(0, code);
        Assert.Contains("percent-27-decimals.txt:2:12-2:41:", output);
        Assert.Contains("numeric contract", output);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void LinkToDevZero_AndFifo_AreRefusedWithoutReading()
    {
        if (OperatingSystem.IsWindows())
        {
            return;   // no /dev/zero nor mkfifo
        }

        var link = Path.Combine(Folder, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var (code, _, err) = Run("check", link);
        Assert.Equal(2, code);
        Assert.Contains("not a regular file", err);

        var fifo = Path.Combine(Folder, "fifo.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        var (fifoCode, _, fifoErr) = Run("check", fifo);   // would hang forever if it opened the FIFO
        Assert.Equal(2, fifoCode);
        Assert.Contains("not a regular file", fifoErr);
    }
}
