using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (nopunct48b): paragraphs and list entries that end without "。" (web pages, Word exports). The paragraph joins
/// a line without a sentence end to the next one (it mends sentences a PDF broke), so each entry of a list ran into the next
/// and the second entry's figures went to the first (false FA8003/FA2205 Errors). An entry now starts a paragraph of its own
/// when it continues the open paragraph's own numbering ("(一)…" then "(二)…", "(1)" then "(2)", "①" then "②") or both start
/// with an item's name and its level mark or code. Invented texts (never test data), near misses, and the property that a
/// generated 说明 reads the same figures and Errors with and without its paragraph-end "。".
/// </summary>
public class NoFullStopJoinSessionFortyEightTests
{
    private const string Budget = "/narrative/generalBudget/";

    private const string Title = "某县文化馆2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n";

    private static readonly string[] Names = ["一般公共服务支出", "教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"];

    private static readonly string[] Reasons = ["年中追加办公经费", "人员增加", "部分项目延后实施", "缴费基数调整", "退休人员减少"];

    /// <summary>An entry's figures (万元, in hundredths): 年初预算, 全年预算, 决算.</summary>
    private readonly record struct Entry(int Initial, int Adjusted, int Final);

    private static string Money(long hundredths) => (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Rate(int final, int of) => Math.Round(final * 100m / of, 2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The entry's list mark in <paramref name="style"/> (0 "(一)", 1 "(1)", 2 "①", 3 none: its name's level mark).</summary>
    private static string Mark(int style, int index) => style switch
    {
        0 => "（" + "一二三四五六七八九"[index] + "）",
        1 => "（" + (index + 1).ToString(CultureInfo.InvariantCulture) + "）",
        2 => ((char)('\u2460' + index)).ToString(),
        _ => string.Empty,
    };

    /// <summary>A 说明 section of 类 entries, one paragraph each, with "。" at each paragraph's end.</summary>
    private static string Text(IReadOnlyList<Entry> entries, int style)
    {
        var sb = new StringBuilder(Title);
        var (initial, adjusted, final) = (entries.Sum(x => (long)x.Initial), entries.Sum(x => (long)x.Adjusted),
            entries.Sum(x => (long)x.Final));
        sb.Append(CultureInfo.InvariantCulture, $"2023年度一般公共预算财政拨款支出{Money(final)}万元，全年预算{Money(adjusted)}万元，")
            .Append(CultureInfo.InvariantCulture, $"年初预算{Money(initial)}万元。按支出功能分类科目（类级）说明如下：\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var x = entries[i];
            var relation = x.Final > x.Initial ? "大于" : x.Final < x.Initial ? "小于" : "等于";
            sb.Append(Mark(style, i)).Append(Names[i]).Append("（类）。")
                .Append(CultureInfo.InvariantCulture, $"年初预算为{Money(x.Initial)}万元，全年预算为{Money(x.Adjusted)}万元，")
                .Append(CultureInfo.InvariantCulture, $"支出决算为{Money(x.Final)}万元，完成全年预算的{Rate(x.Final, x.Adjusted)}%，")
                .Append(CultureInfo.InvariantCulture, $"完成年初预算的{Rate(x.Final, x.Initial)}%。")
                .Append(CultureInfo.InvariantCulture, $"决算数{relation}年初预算数的主要原因是{Reasons[i]}。\n");
        }

        return sb.ToString();
    }

    /// <summary>The text with the "。" (and "；") at the end of every line removed.</summary>
    private static string WithoutFullStops(string text)
        => string.Join('\n', text.Split('\n').Select(line => line.TrimEnd('。', '；')));

    private static readonly Entry[] Three = [new(5000, 6200, 6140), new(28600, 29850, 29850), new(9500, 9500, 9216)];

    /// <summary>
    /// Entries numbered (一)(二)(三), "(1)(2)(3)", "①②③" or only named with (类), each ending without "。": every entry keeps
    /// its own 年初预算 and 决算, and no Error is given (before session 48: the entries ran together, false FA8003 Errors).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Entries_WithoutFullStops_KeepTheirOwnFigures(int style)
    {
        var (read, diagnostics) = Read(WithoutFullStops(Text(Three, style)));

        Assert.Empty(Of(diagnostics, Severity.Error));
        for (var i = 0; i < Three.Length; i++)
        {
            Assert.Equal(Money(Three[i].Initial), At(read, $"{Budget}classes/{i}/budget/budgetAmount"));
            Assert.Equal(Money(Three[i].Final), At(read, $"{Budget}classes/{i}/amount"));
        }
    }

    /// <summary>The baseline: the same entries with "。" read the same figures.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Entries_WithFullStops_ReadTheirFigures(int style)
    {
        var (read, diagnostics) = Read(Text(Three, style));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal(Money(Three[1].Initial), At(read, $"{Budget}classes/1/budget/budgetAmount"));
    }

    // Open (session 48, nopunct48b): items named with their code at the line's start ("行政运行（2010301）…" / "事业运行（2010350）…"),
    // one a line, without "。", still lose the second item's figures — not pinned as a skipped test; docs/reader.md lists it.

    // The near miss "a mark that does not continue the numbering is joined" (nopunct48b) no longer holds after the merge with
    // nopunct48: BlockClassifier now makes every long "（N）…" line a list item of its own, numbering or not; the near miss
    // "（一般…" continuing a sentence is NoFullStopSessionFortyEightTests's.

    /// <summary>The mark that continues the numbering starts a paragraph of its own.</summary>
    [Theory]
    [InlineData("（一）", "（二）")]
    [InlineData("（9）", "（10）")]
    [InlineData("⑤", "⑥")]
    [InlineData("（九）", "（十）")]
    [InlineData("（十一）", "（十二）")]
    public void MarkContinuingTheNumbering_StartsAParagraph(string first, string second)
    {
        var open = first + "办公经费主要用于机关日常运转、信息化建设、会议培训、差旅、公务接待、水电物业和车辆运行维护等方面的支出";   // longer than a heading
        Assert.True(Split(open, second + "日常运转、信息化建设、会议培训、差旅、公务接待、水电物业和车辆运行维护等方面的支出共计十二项内容"));
    }

    /// <summary>Whether the two lines (the first without a sentence end) are read as two paragraphs.</summary>
    private static bool Split(string first, string second)
    {
        var text = first + "\n" + second + "\n";
        var blocks = Paragraphs.Split(new SourceText(text).Text);
        return blocks.Count(b => b.Kind is BlockKind.Prose or BlockKind.ListItem) == 2;
    }

    /// <summary>
    /// Property: a generated 说明 of two to five 类 entries (numbered (一), (1), ① or only named) reads the same claims and the
    /// same Errors with and without the "。" at each paragraph's end.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property ParagraphEndFullStops_DoNotChangeTheReading()
    {
        var entry =
            from initial in Gen.Choose(1_000, 900_000)
            from adjustedDelta in Gen.Choose(0, 50_000)
            from finalPart in Gen.Choose(50, 100)
            select new Entry(initial, initial + adjustedDelta, (int)((initial + (long)adjustedDelta) * finalPart / 100));
        var gen =
            from count in Gen.Choose(2, 5)
            from entries in Gen.ArrayOf(entry, count)
            from style in Gen.Choose(0, 3)
            select (entries, style);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = Text(t.entries, t.style);
            var changed = WithoutFullStops(text);
            var (before, beforeDiagnostics) = Read(text);
            var (after, afterDiagnostics) = Read(changed);
            var claimsBefore = before.Claims.Select(c => c.Pointer + "=" + c.Value).Order(StringComparer.Ordinal).ToArray();
            var claimsAfter = after.Claims.Select(c => c.Pointer + "=" + c.Value).Order(StringComparer.Ordinal).ToArray();
            var errorsBefore = Of(beforeDiagnostics, Severity.Error).Order(StringComparer.Ordinal);
            var errorsAfter = Of(afterDiagnostics, Severity.Error).Order(StringComparer.Ordinal);
            return (claimsBefore.SequenceEqual(claimsAfter) && errorsBefore.SequenceEqual(errorsAfter))
                .Label(string.Join("; ", claimsBefore.Except(claimsAfter)) + " | " + string.Join("; ", claimsAfter.Except(claimsBefore))
                    + "\n" + changed);
        });
    }
}
