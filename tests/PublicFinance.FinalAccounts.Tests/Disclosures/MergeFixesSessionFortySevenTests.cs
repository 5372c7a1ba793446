using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47, the coordinator's fixes after the merges: a 功能分类 code alone on its line ("201", a table written one cell per
/// line) has an empty name, and the level-mark search started past its end — an <see cref="ArgumentOutOfRangeException"/>
/// that lost the paragraph ("无法解析此段" notes on blind round 44 t05).
/// </summary>
public sealed class MergeFixesSessionFortySevenTests
{
    /// <summary>Names too short to hold "(项)", and a start past the end, have no level mark (before: an exception).</summary>
    [Theory]
    [InlineData("", 0, 3)]
    [InlineData("", 5, 7)]
    [InlineData("行", 0, 7)]
    [InlineData("行政运行", 4, 7)]
    [InlineData("行政运行", 9, 7)]
    public void LevelMarkIndex_OfAShortName_IsNone(string text, int from, int codeLength)
        => Assert.Equal(-1, NarrativeReader.LevelMarkIndex(text, from, codeLength, out _));

    /// <summary>A mark still found where there is room for it.</summary>
    [Fact]
    public void LevelMarkIndex_FindsTheMark()
        => Assert.Equal(4, NarrativeReader.LevelMarkIndex("行政运行(项)", 0, 7, out _));

    /// <summary>No name and no start throw: the search answers −1 or an index inside the text.</summary>
    [Property]
    public Property LevelMarkIndex_NeverThrows() => Prop.ForAll(
        Gen.Elements("", "(", "项", "(项)", "行政运行(项)", "款", "[款]", "一般(类)").ListOf().Select(p => string.Concat(p)).ToArbitrary(),
        Gen.Choose(-2, 30).ToArbitrary(),
        Gen.Elements(3, 5, 7).ToArbitrary(),
        (text, from, length) =>
        {
            var at = NarrativeReader.LevelMarkIndex(text, from, length, out _);
            return at == -1 || (at >= 0 && at < text.Length);
        });

    /// <summary>A 功能分类 table one cell per line: no paragraph is lost to an exception.</summary>
    [Fact]
    public void OneCellPerLineCodes_LoseNoParagraph()
    {
        var (read, _) = Read("某市统计局2024年度部门决算说明\n\n表：2024年度一般公共预算财政拨款支出决算表（单位：万元）\n科目编码\n科目名称\n"
            + "本年支出合计\n基本支出\n项目支出\n201\n一般公共服务支出\n4131.92\n2248.36\n1883.56\n2010501\n行政运行\n2248.36\n2248.36\n0.00\n");

        Assert.False(Noted(read, "Could not read this paragraph"));
    }
}
