using System.Reflection;
using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Bilingual;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The reader's message catalogue (<see cref="DisclosureMessages"/>, issue 13): every member is a (Chinese, English)
/// pair, and the reader, the builder and the decoder write exactly the catalogue's text, worded as before.
/// </summary>
public class DisclosureMessagesTests
{
    /// <summary>Digits for every argument: the letters and ideographs a message has come from the message itself.</summary>
    private static object Sample(Type type) => type == typeof(int) ? 7 : type == typeof(string) ? "0" : type == typeof(bool) ? false
        : throw new InvalidOperationException("No sample for " + type);

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var member in Catalogue())
        {
            data.Add(member.Name);
        }

        return data;
    }

    private static IEnumerable<MemberInfo> Catalogue() => typeof(DisclosureMessages)
        .GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(m => m is FieldInfo or MethodInfo { IsSpecialName: false });

    private static (string Zh, string En) Message(string name)
    {
        var member = Catalogue().Single(m => m.Name == name);
        return member switch
        {
            FieldInfo field => ((string, string))field.GetValue(null)!,
            MethodInfo method => ((string, string))method.Invoke(
                null, method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!,
            _ => throw new InvalidOperationException(name),
        };
    }

    [Fact]
    public void Catalogue_HoldsTheResultSidesMessages()
    {
        // One member of each file's messages (reader, builder, decoder); the reading passes may add their own part.
        var names = Catalogue().Select(m => m.Name).ToList();
        Assert.Contains(nameof(DisclosureMessages.FiscalYearNotFound), names);
        Assert.Contains(nameof(DisclosureMessages.SameFigureTwice), names);
        Assert.Contains(nameof(DisclosureMessages.NotValidEncoding), names);
        Assert.True(names.Count >= 11, string.Join(", ", names));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void EveryMember_IsBilingual(string name)
    {
        var (zh, en) = Message(name);
        Assert.True(HasCjk(zh), zh);
        Assert.True(HasLatin(en), en);
        Assert.False(HasCjk(en), en);
    }

    [Fact]
    public void TooLongText_IsRefusedWithTheCataloguesNote()
    {
        var read = DisclosureReader.Read(new string('a', DisclosureReader.MaxLength + 1));
        var note = Assert.Single(read.Notes);
        Assert.Equal("文本过长（4194305 字符，上限 4194304），未读取。", note.MessageZh);
        Assert.Equal("The text is too long (4194305 characters, limit 4194304); it was not read.", note.MessageEn);
    }

    [Fact]
    public void TextWithoutTitleOrYear_GetsBothNotes()
    {
        var read = DisclosureReader.Read("没有标题也没有年度的一段文字。");
        Assert.Contains(read.Notes, n => n.MessageEn == "The entity name (title) was not found." && n.MessageZh == "未找到单位名称（标题）。");
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.FiscalYearNotFound.En
            && n.MessageZh.StartsWith("未找到决算年度", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidUtf8_IsLocatedByLineAndByte()
    {
        // "ab\n" then 0xFF: the fourth byte (offset 3), on line 2.
        var decoded = DisclosureDecoder.Decode(new byte[] { (byte)'a', (byte)'b', (byte)'\n', 0xFF }, DisclosureEncoding.Utf8);
        Assert.False(decoded.Succeeded);
        Assert.Equal(3, decoded.ErrorByteOffset);
        Assert.Equal(
            "The file is not valid UTF-8: line 2, byte offset 3 (0xFF). "
            + "Use --encoding to name the encoding (utf-8, utf-16le, utf-16be, gb18030).",
            decoded.ErrorEn);
        Assert.Equal("无法按 UTF-8 解码：第 2 行，字节位置 3（0xFF）。可用 --encoding 指定编码（utf-8、utf-16le、utf-16be、gb18030）。", decoded.ErrorZh);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 }, 0)]                     // an overlong NUL
    [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 }, 1)]         // an encoded surrogate (U+D800)
    [InlineData(new byte[] { 0x61, 0x62, 0xF4, 0x90, 0x80, 0x80 }, 2)] // beyond U+10FFFF
    [InlineData(new byte[] { 0xE4, 0xB8 }, 0)]                      // a truncated sequence at the end
    public void InvalidUtf8_FirstBadByteIsFound(byte[] bytes, int offset)
    {
        // The runtime's validator answers "valid?"; where it is not, the first bad byte is the same as before.
        Assert.Equal(offset, DisclosureDecoder.FirstInvalidUtf8(bytes));
        Assert.Equal(-1, DisclosureDecoder.FirstInvalidUtf8(Encoding.UTF8.GetBytes("部门决算 𠀀 ok")));
    }

    [Fact]
    public void NulByte_IsReportedAsBinary()
    {
        var decoded = DisclosureDecoder.Decode(new byte[] { (byte)'a', 0, (byte)'b' });
        Assert.Equal(1, decoded.ErrorByteOffset);
        Assert.Equal(
            "The file has a NUL byte (byte offset 1); it is not a text file. UTF-16 text needs a byte-order mark or --encoding.",
            decoded.ErrorEn);
    }

    [Fact]
    public void SameFigureTwice_IsAnFa8003WithBothValues()
    {
        var builder = new ReportBuilder(new SourceText(string.Empty));
        var first = new SourceSpan(1, 1, 1, 4);
        builder.Set("/narrative/income/total/amount", "1.00", first, ClaimKind.Amount);
        builder.Set("/narrative/income/total/amount", "2.00", new SourceSpan(2, 1, 2, 4), ClaimKind.Amount);
        var finding = Assert.Single(builder.Findings);
        Assert.Equal("FA8003", finding.RuleId);
        Assert.Equal("The same figure is stated twice with different values: 2.00 here, 1.00 before.", finding.MessageEn);
        Assert.Equal("同一数字前后不一致：此处为 2.00，前文（" + first + "）为 1.00。", finding.MessageZh);
    }

    [Fact]
    public void FigureOfAnotherKind_IsANoteNamingBothQualifiers()
    {
        var builder = new ReportBuilder(new SourceText(string.Empty)) { Context = "fund=一般公共预算;" };
        builder.Set("/narrative/income/total/amount", "1.00", new SourceSpan(1, 1, 1, 4), ClaimKind.Amount);
        builder.Context = "fund=政府性基金;";
        Assert.False(builder.Set("/narrative/income/total/amount", "2.00", new SourceSpan(2, 1, 2, 4), ClaimKind.Amount));
        Assert.Empty(builder.Findings);
        var note = Assert.Single(builder.Notes);
        Assert.Equal(
            "A figure of another kind, 2.00, was not placed at /narrative/income/total/amount " +
            "(it holds 1.00; qualifiers differ: fund=一般公共预算; / fund=政府性基金;).",
            note.MessageEn);
        Assert.Equal(
            "另一口径的数字 2.00 未归入 /narrative/income/total/amount（该处已有 1.00，限定语不同：fund=一般公共预算; / fund=政府性基金;）。",
            note.MessageZh);
    }

    [Fact]
    public void DeferredQualifierKey_IsTheKeyOfItsStretch()
    {
        // The key of a claimed figure is computed when first asked for, from the stretch recorded when it was set:
        // the same key Qualifiers computes from that stretch at once, whatever the builder's context is by then.
        const string Text = "一般公共预算财政拨款收入 1.00 万元，政府性基金预算财政拨款收入 2.00 万元";
        var builder = new ReportBuilder(new SourceText(Text));
        var second = Text.IndexOf("政府性基金", StringComparison.Ordinal);
        builder.ContextFrom(0, second - 1, 2023, "typed;");
        builder.Set("/narrative/income/fiscalAppropriation/amount", "1.00", new SourceSpan(1, 1, 1, 4), ClaimKind.Amount);
        builder.ContextFrom(second, Text.Length, 2023);
        var expected = Qualifiers.Key(Text, 0, second - 1, 2023) + "typed;";
        Assert.Contains("一般公共预算", expected, StringComparison.Ordinal);
        Assert.Equal(expected, builder.ContextOf("/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal(expected, builder.ContextOf("/narrative/income/fiscalAppropriation/amount"));   // kept once computed
        Assert.Null(builder.ContextOf("/narrative/income/total/amount"));
    }

    [Fact]
    public void RepeatedNotes_BeyondTheLimit_AreCountedInOneNote()
    {
        var builder = new ReportBuilder(new SourceText(string.Empty));
        for (var i = 0; i < ReportBuilder.RepeatedNoteLimit + 3; i++)
        {
            builder.Note(new SourceSpan(i + 1, 1, i + 1, 2), "无法归入。", "Not placed.");
        }

        builder.SummarizeRepeatedNotes();
        Assert.Equal(ReportBuilder.RepeatedNoteLimit + 1, builder.Notes.Count);
        var summary = builder.Notes[^1];
        Assert.Equal("3 more notes with the same message (from here on) are not listed: Not placed.", summary.MessageEn);
        Assert.Equal("同一说明另有 3 处（自此处起）未逐条列出：无法归入。", summary.MessageZh);
        Assert.Equal(ReportBuilder.RepeatedNoteLimit + 1, summary.Span.StartLine);   // the first note not listed
    }
    /// <summary>
    /// The checks' and table readers' messages, worded as they were written inline before the catalogue held them (the
    /// expected texts are those literals with the arguments put in by hand).
    /// </summary>
    [Fact]
    public void ChecksAndTableMessages_KeepTheirWording()
    {
        Assert.Equal(("文本中有模板占位符或矛盾措辞“XX”。", "Template residue or contradictory wording \"XX\" in the text."),
            DisclosureMessages.Placeholder("XX"));
        Assert.Equal(("占比“62.5”缺少 %。", "The share \"62.5\" has no percent sign."), DisclosureMessages.ShareWithoutPercent("62.5"));
        Assert.Equal(("部门决算说明中出现“本单位”。", "A department report says 本单位 (this unit)."), DisclosureMessages.EntityWording(false));
        Assert.Equal(("单位决算说明中出现“本部门”。", "A unit report says 本部门 (this department)."), DisclosureMessages.EntityWording(true));
        Assert.Equal(
            ("金额 123456.00 万元比文中金额的中位数 10.5 大一万倍以上，疑为以元填写。",
                "The amount 123456.00 万元 is over ten thousand times the median amount 10.5; it may have been written in 元."),
            DisclosureMessages.Magnitude("123456.00", 10.5m));
        Assert.Equal(
            ("完成预算 95.00% 与决算数 90.00 万元、预决算差额 -10.00 万元不符：90.00 / 100.00 = 90.00%。",
                "The completion rate 95.00% does not fit the final amount 90.00 and the budget difference -10.00: "
                + "90.00 / 100.00 = 90.00%."),
            DisclosureMessages.CompletionRateMismatch("95.00", "90.00", "-10.00", "100.00", "90.00"));
        Assert.Equal(
            ("财政拨款本年收入 620.00 万元不等于一般公共预算与政府性基金等各部分之和 420.00 + 190.00 = 610.00 万元（相差 10.00）"
                + "；国有资本经营预算部分未说明，若其为 0 则不符。",
                "The fiscal appropriation income of the year 620.00 does not equal the sum of its stated fund parts "
                + "420.00 + 190.00 = 610.00 (gap 10.00); the state capital part is not stated — the figures disagree if it is zero."),
            DisclosureMessages.AppropriationPartsSum(
                "本年收入", "income of the year", "620.00", "420.00 + 190.00", "610.00", "10.00", allStated: false));
        Assert.Equal(
            ("“三公”经费 6.20 万元不等于各项之和 因公出国（境）费 1.00 + 公务接待费 5.00 = 6.00 万元（相差 0.20）"
                + "（车辆小计按购置费 + 运行维护费推得）。",
                "The 三公 total 6.20 does not equal the sum of its items 6.00 (gap 0.20); the vehicle subtotal is derived as "
                + "purchase + operation."),
            DisclosureMessages.ThreePublicPartsSum(
                "“三公”经费", "the 三公 total", "6.20", "因公出国（境）费 1.00 + 公务接待费 5.00", "6.00", "0.20",
                amounts: true, allStated: true));
        Assert.Equal(("无法解析此表格行：bad", "Could not read this table row: bad"), DisclosureMessages.TableRowNotRead("bad"));
        Assert.Equal(
            ("表格“合计”行有 3 个数字、4 列，空格丢失，无法对齐，未读取。",
                "The table row \"合计\" has 3 figures for 4 columns (blank cells were lost); it was not read."),
            DisclosureMessages.TableRowMisaligned("合计", 3, 4));
        Assert.Equal(
            ("“三公”经费表（每格一行，表头在前）的表头 5 格、行次 0、各行格数 5/4 对不上，未读取。",
                "The 三公 table (one cell per line, headers first) does not line up: 5 header cells, 0 row numbers, "
                + "row widths 5/4; it was not read."),
            DisclosureMessages.ThreePublicCellsMisaligned(5, 0, "5/4"));
        Assert.Equal(
            ("表格行“2023年决算数”的年度或口径不明，未读取。", "The table row \"2023年决算数\" has an unclear year or basis; it was not read."),
            DisclosureMessages.TableRowBasisUnclear("2023年决算数"));
        Assert.Equal(
            ("表中金额 12345.60 元，已换算为 1.23456 万元。", "The table amount 12345.60 元 was converted to 1.23456 万元."),
            DisclosureMessages.TableYuanAmountConverted("12345.60", "1.23456"));
    }
}
