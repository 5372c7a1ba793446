using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 15's smaller result (issue 8), each against what it replaced: an indicator value read with one scan and its
/// common units shared (the session 14 parse kept here as the oracle), a repeated 一级/二级指标 cell kept as one string,
/// a draft node that keeps a container's entries and a value's scalar in one field, and the result's claims in text
/// order (the condition under which the builder's own lists are handed over without a copy).
/// </summary>
public class ResultShapeTests
{
    /// <summary>
    /// <see cref="IndicatorValueText.Parse"/> reads every cell as the session 14 parse did (its figure scanned a second
    /// time by <c>Quantity.Parse</c>, its unit a new substring): the same text, comparator, figure (value and written
    /// decimals) and unit.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property IndicatorValueParse_IsTheSession14Parse()
        => Prop.ForAll(Cells.ToArbitrary(), text =>
        {
            var parsed = IndicatorValueText.Parse(text);
            var expected = Session14Parse(text);
            return (parsed == expected).Label(text);   // the figure's equality compares its written decimals too
        });

    [Theory]
    [InlineData("=1 年", "Equal", "1", "年")]
    [InlineData("≥50 万张", "GreaterOrEqual", "50", "万张")]
    [InlineData("100％", "", "100", "%")]
    [InlineData("优", "", "", "")]
    [InlineData("≥有效提升", "GreaterOrEqual", "", "")]
    [InlineData("3 个月", "", "3", "个月")]
    public void IndicatorValueParse_Examples(string text, string comparator, string value, string unit)
    {
        var v = IndicatorValueText.Parse(text);
        Assert.Equal(comparator, v.Comparator?.ToString() ?? string.Empty);
        Assert.Equal(value, v.Value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty);
        Assert.Equal(unit, v.Unit ?? string.Empty);
    }

    /// <summary>A common unit is one string however many cells write it; another unit is the cell's own.</summary>
    [Fact]
    public void IndicatorValueParse_SharesCommonUnits()
    {
        Assert.Same(IndicatorValueText.Parse(">=4 次").Unit, IndicatorValueText.Parse("14次").Unit);
        Assert.Same(IndicatorValueText.Parse("95%").Unit, IndicatorValueText.Parse("96％").Unit);
        Assert.Equal("平方公里", IndicatorValueText.Parse("3平方公里").Unit);
    }

    /// <summary>
    /// <see cref="PerformanceRow.CompactText(int, string)"/> is <see cref="PerformanceRow.CompactText(int)"/>, and is the
    /// given string itself when the texts are equal.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property CompactTextOrSame_IsCompactText()
    {
        var gen =
            from cells in Gen.ArrayOf(Gen.Elements("产出指标", "产 出 指 标", "数量指标", "", " ", "效益指标", "满意度指标指标指标指标指标指标", "a b"), 4)
            from same in Gen.Elements("产出指标", "数量指标", "", "效益指标", "满意度指标指标指标指标指标指标", "ab", "x")
            from index in Gen.Choose(-1, 5)
            select (Row: string.Join("\t", cells), Same: same, Index: index);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var row = new PerformanceRow();
            row.Split(c.Row, c.Row);
            var expected = row.CompactText(c.Index);
            var got = row.CompactText(c.Index, c.Same);
            var ok = got == expected && (got != c.Same || !row.IsFilled(c.Index) || ReferenceEquals(got, c.Same));
            return ok.Label($"{c.Row}|{c.Same}|{c.Index}");
        });
    }

    /// <summary>A value's scalar and a container's entries share one field: neither is read as the other.</summary>
    [Fact]
    public void DraftNode_ValuesAndContainersKeepTheirOwn()
    {
        var list = DraftNode.NewArray();
        var item = DraftNode.NewObject(2);
        list.Add(item);
        item.AppendedPath = "/l/0";
        var name = DraftNode.Of("名称");
        item.Append("name", name);
        item.Append("count", DraftNode.Of(3));
        item.Append("target", DraftNode.Of(IndicatorValueText.Parse(">=4次")));
        name.ContextHolder = new DraftNode.ContextBox();

        Assert.Equal(3, item.Count);
        Assert.Equal("/l/0", item.AppendedPath);
        Assert.False(item.HasContext);
        Assert.True(name.HasContext);
        Assert.Null(name.AppendedPath);
        Assert.Equal("名称", item.Member("name")!.Text);
        Assert.Equal(3, item.Member("count")!.Number);
        Assert.Equal("次", item.Member("target")!.Indicator!.Unit);
        Assert.Equal(0, name.Count);
        Assert.StartsWith("[{\"name\":", list.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"count\":3,\"target\":{", list.ToJson(), StringComparison.Ordinal);
        item.HasContext = false;   // nothing to forget on a container
        Assert.Throws<InvalidOperationException>(() => item.ContextHolder = new DraftNode.ContextBox());
    }

    /// <summary>The result's claims are in text order and each figure is counted once, as before.</summary>
    [Fact]
    public void Result_ClaimsInTextOrder()
    {
        var read = DisclosureReader.Read(TestFiles.SampleText);
        for (var i = 1; i < read.Claims.Count; i++)
        {
            var (a, b) = (read.Claims[i - 1].Span, read.Claims[i].Span);
            Assert.True(a.StartLine < b.StartLine || (a.StartLine == b.StartLine && a.StartColumn <= b.StartColumn));
        }

        Assert.Equal(read.Claims.Count(c => c.Kind is not (ClaimKind.Unchanged or ClaimKind.BudgetRelation)), read.FigureCount);
    }

    /// <summary>The session 14 parse (the oracle): the figure parsed again from its characters, the unit a substring.</summary>
    private static IndicatorValue Session14Parse(string text)
    {
        var compact = IndicatorValueText.RemoveSpaces(text);
        var (i, comparator) = ComparatorPrefixes.Where(p => compact.StartsWith(p.Prefix, StringComparison.Ordinal))
            .Select(p => (p.Prefix.Length, (Comparator?)p.Comparator)).FirstOrDefault();
        var scan = DecimalFigure.ScanNumber(compact.AsSpan(), i);
        if (!scan.Success || scan.End == i || compact.Skip(scan.End).Any(c => DecimalFigure.DigitValue(c) >= 0))
        {
            return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
        }

        var unit = compact.Substring(scan.End);
        return new IndicatorValue
        {
            Text = text.Trim(),
            Comparator = comparator,
            Value = PublicFinance.FinalAccounts.Values.Quantity.Parse(compact.AsSpan(i, scan.End - i), CultureInfo.InvariantCulture),
            Unit = unit.Length == 0 ? null : unit.Replace('％', '%'),
        };
    }

    /// <summary>Pieces of indicator cells: comparators, numbers (full-width, grouped, signed), units, words, dates.</summary>
    private static readonly string[] CellPieces =
    [
        ">=", "＞＝", "<=", "＜＝", "≥", "≧", "≤", "≦", "=", "＝", ">", "＞", "<", "＜", "12", "0.5", "1,000", "1,00", "３", "１２．５",
        ".", "-", "－", "+", "＋", " ", "\t", "\u3000", "万元", "万 元", "%", "％", "个", "次", "天", "年", "人次", "万张", "批次",
        "2024", "-12-31", "合格", "优", "达标", "有效提升", "≥95", "100", "99999999999999999999", "0.1234567", "（", "Ⅰ", "⒈",
        "007", "0.50", "1.", "．", "，", "12345678901234567", "1234567890123456", "0000000000000000012", "0.1234567890123",
        "0.123456789012", "5，000", "9.9",
    ];

    private static Gen<string> Cells =>
        from count in Gen.Choose(0, 6)
        from pieces in Gen.ArrayOf(Gen.Elements(CellPieces), count)
        select string.Concat(pieces);

    /// <summary>The comparators a cell may start with, the two-character ones first (the oracle's table).</summary>
    private static readonly (string Prefix, Comparator Comparator)[] ComparatorPrefixes =
    [
        (">=", Comparator.GreaterOrEqual), ("＞＝", Comparator.GreaterOrEqual), ("<=", Comparator.LessOrEqual),
        ("＜＝", Comparator.LessOrEqual), ("≥", Comparator.GreaterOrEqual), ("≧", Comparator.GreaterOrEqual),
        ("≤", Comparator.LessOrEqual), ("≦", Comparator.LessOrEqual), ("=", Comparator.Equal), ("＝", Comparator.Equal),
        (">", Comparator.Greater), ("＞", Comparator.Greater), ("<", Comparator.Less), ("＜", Comparator.Less),
    ];
}
