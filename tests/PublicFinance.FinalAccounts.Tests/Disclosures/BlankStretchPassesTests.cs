using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 13 (issue 14): the two whole-text passes outside the block splitter — the 元-document test before the first
/// block and the text checks after the last — pass over the stretches <see cref="SourceText.BlankChunks"/> marks as
/// white space. Reading every character (no flags) is the oracle: the same index found from every start, the same
/// answer for the 元 test, the same findings.
/// </summary>
public class BlankStretchPassesTests
{
    private static readonly string[] Pieces =
        ["元", "万", "亿元", "单位:", "XX", "某某", "占 98.37,", "本部门", "本单位", "增加(减少)", "收入 12.5 元。", "\n", "文字"];

    /// <summary>Texts of white-space stretches longer than a chunk with pieces between them (so that some chunks are blank).</summary>
    private static Gen<string> Texts =>
        from count in Gen.Choose(0, 12)
        from parts in Gen.ArrayOf(
            Gen.OneOf(
                from n in Gen.Choose(1, 3 * SourceText.ChunkLength) from c in Gen.Elements(' ', '\n', '\t') select new string(c, n),
                Gen.Elements(Pieces)),
            count)
        select string.Concat(parts);

    [Property(MaxTest = 150)]
    public Property YuanDocument_AndNextOf_AsWithoutTheFlags()
        => Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var blank = new SourceText(text).BlankChunks;
            var yuan = NarrativeReader.IsYuanDocument(text, out var first, blank) == NarrativeReader.IsYuanDocument(text, out var oracle)
                && first == oracle;
#if NET
            var values = System.Buffers.SearchValues.Create("元万XX某占本增");
#else
            var values = "元万XX某占本增".ToCharArray();
#endif
            var same = true;
            for (var from = 0; from <= text.Length; from += 1 + (from % 97))
            {
                same &= TextChecks.NextOf(text, from, blank, values) == TextChecks.NextOf(text, from, null, values);
            }

            return (yuan && same).Label($"{text.Length} chars, {blank?.Count(b => b) ?? 0} blank chunks");
        });

    /// <summary>Findings behind and between blank stretches are found, at their places, once each.</summary>
    [Fact]
    public void TextChecks_FindWhatStandsBetweenBlankStretches()
    {
        var pad = new string(' ', 3 * SourceText.ChunkLength);
        var text = "某某单位 2024 年度部门决算" + pad + "\n收入 XX 万元,占 98.37,主要用于办公。" + pad + "\n本单位 12.5 万元。\n";
        var source = new SourceText(text);
        Assert.NotNull(source.BlankChunks);

        var result = DisclosureReader.Read(text);
        var placeholders = result.TextFindings.Where(f => f.MessageEn.StartsWith("Template residue", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, placeholders.Count);   // 某某 on line 1, XX on line 2
        Assert.Equal(1, placeholders[0].Span!.Value.StartLine);
        Assert.Equal(2, placeholders[1].Span!.Value.StartLine);
        Assert.Contains(result.TextFindings, f => f.Span!.Value.StartLine == 2 && f.MessageEn.Contains("98.37", StringComparison.Ordinal));
    }
}
