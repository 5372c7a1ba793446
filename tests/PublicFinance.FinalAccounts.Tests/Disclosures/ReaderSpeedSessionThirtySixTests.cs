using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 36's cuts of the reader's instructions (issue 8, docs/performance.md "Session 36: reader speed, 绩效 rows and
/// materialisation"): a 绩效自评表 row split in one pass (<see cref="PerformanceRow.Split(string, int, string, int, int)"/>)
/// answers every question as the split by searches (<see cref="PerformanceRow.SplitBySearch"/>, the old code kept as the
/// oracle) did; a draft made from a text without a surrogate is materialised without testing each string for a lone
/// surrogate, and gives the report the JSON path gives. The golden read results hold the whole output identical.
/// </summary>
public class ReaderSpeedSessionThirtySixTests
{
    /// <summary>The header words the reader asks a row for (exactly or as a start), and look-alikes.</summary>
    private static readonly string[] Words =
    [
        "项目名称", "部门名称", "单位名称", "主管部门", "实施单位", "年初预算数", "全年预算", "全年预算数", "调整后预算数", "全年执行数",
        "预算执行数", "分值", "权重", "执行率", "得分", "年度总体目标", "预期目标", "实际完成情况", "一级指标", "二级指标", "三级指标",
        "年度指标值", "指标值", "指标值设定依据", "实际完成值", "偏差原因", "偏差原因分析及改进措施", "总分", "合计得分", "总计",
        "一级指标名称很长很长很长很长很长", "一级指标名称很长很长很长很长很长的", "年",
    ];

    /// <summary>The first-character sets asked of a row (the reader's own, one character, none shared with the cells).</summary>
    private static readonly string[] FirstCharacterSets = [PerformanceTableReader.RowWordStarts, "年", "乀", "1-", "Ω"];

    /// <summary>
    /// Random rows: cells of header words and look-alikes (one longer than the 16 characters kept per cell), figures,
    /// dashes, blanks, ASCII and ideographic spaces, tabs or '|' as separators (a leading '|' too); the original text
    /// behind the row differs from the normalised one in some characters (a full-width digit or letter, a space where the
    /// normalised text has a letter), and both strings hold the row at some offset after other text.
    /// </summary>
    private static Gen<(string Original, int OriginalStart, string Normalized, int NormalizedStart, int Length)> Rows()
    {
        var cell = Gen.Elements(
            [.. Words, "年 初预算数", " 分 值 ", "12.50", "1,234.5", "  ", string.Empty, " 满意度\u3000", "- ", "—", "/", "100%",
            "\u3000\u3000", "乀", "≥95%", "Ω项"]);
        var separator = Gen.Elements('\t', '|');
        return
            from sep in separator
            from cells in cell.ArrayOf()
            from lead in Gen.Elements(string.Empty, "|", "\t")
            from before in Gen.Choose(0, 5)
            from changes in Gen.ArrayOf(Gen.Choose(0, 400), 4)
            from replacement in Gen.Elements(' ', '１', 'Ａ', '\u3000', '年')
            let normalized = lead + string.Join(sep.ToString(), cells)
            select Make(normalized, before, changes, replacement);
    }

    /// <summary>
    /// The row <paramref name="normalized"/> after <paramref name="before"/> characters of other text, and its original
    /// text (after a different number of other characters) with the characters at <paramref name="changes"/> that are not
    /// separators replaced by <paramref name="replacement"/>.
    /// </summary>
    private static (string, int, string, int, int) Make(string normalized, int before, int[] changes, char replacement)
    {
        var original = normalized.ToCharArray();
        foreach (var at in changes)
        {
            if (original.Length > 0 && original[at % original.Length] is not ('\t' or '|'))
            {
                original[at % original.Length] = replacement;
            }
        }

        var normalizedPrefix = new string('前', before);
        var originalPrefix = new string('x', before * 2);
        return (originalPrefix + new string(original) + "后", originalPrefix.Length, normalizedPrefix + normalized + "\t后",
            normalizedPrefix.Length, normalized.Length);
    }

    /// <summary>
    /// The one-pass split answers every question the reader asks of a row — the cells' count, texts, compact texts,
    /// figures, blanks, exact and starting words, first characters — as the split by searches does, on random rows.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property OnePassSplit_AnswersAsTheSearches()
    {
        return Prop.ForAll(Rows().ToArbitrary(), row =>
        {
            var once = new PerformanceRow();
            var searched = new PerformanceRow();
            once.Split(row.Original, row.OriginalStart, row.Normalized, row.NormalizedStart, row.Length);
            searched.SplitBySearch(row.Original, row.OriginalStart, row.Normalized, row.NormalizedStart, row.Length);
            return (Answers(once) == Answers(searched)).Label(row.Normalized.Replace('\t', '→'));
        });
    }

    /// <summary>
    /// The first characters asked of a row by their 64-bit set: a row answers "some cell starts with one of these" exactly
    /// when a cell's compact text starts with one of them (the plain test, the oracle), on random rows — including
    /// characters that share a bit of the set with a cell's first character (年 U+5E74 and Ω U+03A9 differ; 乀 U+4E40 and
    /// 一 U+4E00 share bit 0).
    /// </summary>
    [Property(MaxTest = 500)]
    public Property FirstCharacterSet_AnswersAsThePlainTest()
    {
        return Prop.ForAll(Rows().ToArbitrary(), row =>
        {
            var split = new PerformanceRow();
            split.Split(row.Original, row.OriginalStart, row.Normalized, row.NormalizedStart, row.Length);
            var compact = Enumerable.Range(0, split.Count).Select(split.CompactText).ToArray();
            return FirstCharacterSets.All(set => split.AnyCellStartsWith(set) == compact.Any(c => c.Length > 0 && set.Contains(c[0])))
                .Label(row.Normalized.Replace('\t', '→'));
        });
    }

    /// <summary>A row whose only separators are tabs inside a '|' row: the tabs split it, as the searches do.</summary>
    [Fact]
    public void TabsWin_OverBars()
    {
        // "a|b\tc": a tab is there, so the cells are "a|b" and "c" (the '|' is text).
        var split = new PerformanceRow();
        split.Split("a|b\tc", "a|b\tc");
        Assert.Equal(2, split.Count);
        Assert.Equal("a|b", split.Text(0));
        Assert.Equal("c", split.Text(1));
    }

    /// <summary>
    /// A '|' row's blank first cell (before its leading '|') is dropped by both splits; a blank cell elsewhere is kept,
    /// and a cell longer than 16 characters without white space keeps its whole compact text.
    /// </summary>
    [Fact]
    public void LeadingBar_AndLongCells()
    {
        // "| 一级指标 | |一级指标名称很长很长很长很长很长的 |": cells 一级指标, blank, the 17-character name, blank (after the last '|').
        const string Row = "| 一级指标 | |一级指标名称很长很长很长很长很长的 |";
        var split = new PerformanceRow();
        split.Split(Row, Row);
        Assert.Equal(4, split.Count);
        Assert.Equal("一级指标", split.Text(0));
        Assert.False(split.IsFilled(1));
        Assert.Equal("一级指标名称很长很长很长很长很长的", split.CompactText(2));
        Assert.Equal(2, split.FindStart("一级指标名称很长很长很长很长很长的"));
        Assert.Equal(0, split.FindExact("一级指标"));
        Assert.False(split.IsFilled(3));
    }

    /// <summary>Everything the reader can ask of a split row, as one text (the oracle's answers and the new split's).</summary>
    private static string Answers(PerformanceRow row)
    {
        var answers = new StringBuilder();
        answers.Append(row.Count).Append(';');
        for (var i = -1; i <= row.Count; i++)
        {
            answers.Append(row.IsFilled(i)).Append('[').Append(row.Text(i)).Append("][").Append(row.CompactText(i)).Append("][")
                .Append(row.CompactText(i, "年初预算数")).Append("][").Append(row.Plain(i)).Append(']')
                .Append(row.FirstFilled(i, row.Count)).Append(',').Append(row.LastFilled(i)).Append(';');
        }

        foreach (var word in Words)
        {
            answers.Append(row.FindExact(word)).Append(',').Append(row.FindStart(word)).Append(',')
                .Append(row.FindStart("不在", word, "也不在")).Append(';');
        }

        answers.Append(row.FindExact(["总分", "合计得分", "总计"])).Append(';');
        foreach (var set in FirstCharacterSets)
        {
            answers.Append(row.AnyCellStartsWith(set)).Append(';');
        }

        return answers.ToString();
    }

    /// <summary>
    /// <see cref="DraftMaterializer.SurrogateFree"/> is "no character in U+D800–U+DFFF", the test that lets the
    /// materialiser trust a draft's strings: on random strings of ideographs, ASCII, pairs and lone surrogates.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property SurrogateFree_IsNoSurrogateCharacter()
    {
        var piece = Gen.Elements("年", "a", "😀", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "\uD7FF", "\uE000", "\t");
        return Prop.ForAll(piece.ArrayOf().Select(string.Concat).ToArbitrary(), text =>
            (DraftMaterializer.SurrogateFree(text) == !text.Any(char.IsSurrogate)).Label(text));
    }

    /// <summary>
    /// Texts with a surrogate pair, a lone high or low surrogate, or none, in the entity name, a 绩效自评表's cells and a
    /// sentence: the direct path (which trusts a surrogate-free draft) gives the JSON path's report, claims and notes.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SurrogatesOrNone_ReadTheSameBothWays(int which)
    {
        // By index: xunit names a lone high and a lone low surrogate alike, and would run only one of them.
        var odd = new[] { string.Empty, "😀", "\uD800", "\uDC00" }[which];
        var text = $"某区某中心{odd}2023年度部门决算说明\n"
            + "一、收入支出决算总体情况说明\n2023年度收入总计1200.00万元，支出总计1150.00万元。\n"
            + $"项目支出绩效自评表\n项目名称\t某某项目{odd}\n主管部门\t某区某局\t实施单位\t某区某中心\n"
            + "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t100.00\t100.00\t98.00\t10\t98%\t9.8\n"
            + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n"
            + $"产出指标\t数量指标\t培训人数{odd}\t≥100人\t120人\t20\t20\t无{odd}\n";
        var direct = DisclosureReader.Read(text);
        var viaJson = DisclosureReader.ReadThroughJson(text, DisclosureReadOptions.Default);
        Assert.Equal(viaJson.Report, direct.Report);
        Assert.Equal(viaJson.Claims, direct.Claims);
        Assert.Equal(viaJson.Notes, direct.Notes);
        Assert.Equal(FinalAccountsJson.Serialize(viaJson.Report), FinalAccountsJson.Serialize(direct.Report));

        // Without a lone surrogate the table is read: one evaluation with its fund line (the label column before 年初预算数)
        // and its indicator (分值 20, 得分 20). A lone surrogate sends the report to the JSON path, which drops what the
        // contract refuses: equal above, whatever it keeps.
        if (odd.Length == 1)
        {
            return;
        }

        var evaluation = Assert.Single(direct.Report.Performance!.Evaluations);
        Assert.Single(evaluation.Funds);
        Assert.Single(evaluation.Indicators);
    }

    /// <summary>
    /// The seed's draft (no surrogate anywhere) read with the strings trusted and with each string tested gives the same
    /// report: the flag changes the cost only.
    /// </summary>
    [Fact]
    public void SeedDraft_TrustedOrTested_SameReport()
    {
        var source = new SourceText(TestFiles.SampleText);
        Assert.True(DraftMaterializer.SurrogateFree(source.Original));
        var builder = new ReportBuilder(source);
        ReadingPipeline.Run(source, builder);
        builder.Put("/schemaVersion", FinalAccountsReport.CurrentSchemaVersion);
        var trusted = ContractTreeReader.TryRead(builder.Root, surrogateFree: true, out _);
        var tested = ContractTreeReader.TryRead(builder.Root, surrogateFree: false, out _);
        Assert.NotNull(trusted);
        Assert.Equal(tested, trusted);
        Assert.False(ContractFrames.Current.SurrogateFree);   // reset after the read: the next tree is tested
    }

    /// <summary>
    /// The premise of trusting the reader's strings: the reader's own literals hold no surrogate (no character outside
    /// the Basic Multilingual Plane, no surrogate escape), so a string it builds from a surrogate-free text holds none.
    /// </summary>
    [Fact]
    public void ReaderSources_HoldNoSurrogate()
    {
        var folder = Path.Combine(TestFiles.RepositoryRoot, "src", "PublicFinance.FinalAccounts.Disclosures");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var literal = text.Contains("\\uD", StringComparison.OrdinalIgnoreCase)
                && !file.EndsWith("DraftMaterializer.cs", StringComparison.Ordinal);   // its range test names U+D800–U+DFFF
            if (text.Any(char.IsSurrogate) || literal)
            {
                offenders.Add(Path.GetFileName(file));
            }
        }

        Assert.Empty(offenders);
    }
}
