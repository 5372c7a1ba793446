using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 50 (topics50): a numbered entry whose label before '：' names a topic (机关运行经费, 政府采购, 国有资产占用, 预算绩效)
/// is that topic's section, whatever its numbering style and whatever line stands above it (blind round 46 t10: "1) 机关运行
/// 经费：…" under "Ⅹ. 其他重要事项", every amount a note). Every text is invented.
/// </summary>
public class TopicsSessionFiftyTests
{
    /// <summary>The numbering styles an entry may have; <c>{n}</c> in a text is written as entry n in one of them.</summary>
    public enum Numbering
    {
        /// <summary>1)</summary>
        Paren,

        /// <summary>（1）</summary>
        Bracketed,

        /// <summary>①</summary>
        Circled,

        /// <summary>（一）</summary>
        ChineseBracketed,
    }

    /// <summary>
    /// An invented 说明 whose other matters stand under a line no heading rule takes ("Ⅲ. 其他事项"), after the 三公 section;
    /// {1}…{4} are the entries' numbers, {ops} the 机关运行经费 amount, {label} the first entry's label.
    /// </summary>
    private const string Template =
        "某市园林绿化局2022年度部门决算说明\n"
        + "Ⅰ. 收入支出决算总体情况\n2022年度收入总计2400.00万元，支出总计2400.00万元。\n\n"
        + "Ⅱ. “三公”经费财政拨款支出决算情况\n"
        + "2022年度“三公”经费财政拨款支出12.50万元，其中公务接待费2.50万元，公务用车运行维护费10.00万元。\n\n"
        + "Ⅲ. 其他事项\n"
        + "{1}{label}：2022年度本部门机关运行经费支出{ops}万元。\n"
        + "{2}政府采购：2022年度政府采购支出总额640.00万元，其中货物140.00万元，服务500.00万元。\n"
        + "{3}国有资产占用：截至2022年12月31日，本部门共有车辆12辆，其中执法执勤用车7辆，其他用车5辆。\n"
        + "{4}预算绩效：本部门对23个项目开展绩效自评，部门整体支出绩效自评得分92.7分。\n";

    /// <summary>The template with its entries numbered in <paramref name="numbering"/>.</summary>
    private static string Text(Numbering numbering, string label = "机关运行经费", string ops = "186.20")
    {
        var text = Template.Replace("{label}", label, StringComparison.Ordinal).Replace("{ops}", ops, StringComparison.Ordinal);
        for (var n = 1; n <= 4; n++)
        {
            var mark = numbering switch
            {
                Numbering.Paren => n + ") ",
                Numbering.Bracketed => "（" + n + "）",
                Numbering.Circled => ((char)('\u2460' + n - 1)).ToString(),
                _ => "（" + "一二三四"[n - 1] + "）",
            };
            text = text.Replace("{" + n + "}", mark, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// "1) 机关运行经费：…" under "Ⅲ. 其他事项" after the 三公 section: each entry's figures are its topic's — 机关运行经费,
    /// the procurement and its parts, the vehicles, the 绩效 count and score (before: all "amounts the reader could not place").
    /// </summary>
    [Fact]
    public void ParenEntries_UnderAnUnknownLine_AreTheirTopics()
    {
        var (read, diagnostics) = Read(Text(Numbering.Paren));

        Assert.Equal("186.20", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("640.00", JsonAt(read, "/narrative/procurement/total/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/procurement/services/amount"));
        Assert.Equal("12", JsonAt(read, "/narrative/assets/vehicles/count"));
        Assert.Equal("92.7", JsonAt(read, "/performance/selfEvaluationScore"));
        Assert.Equal("12.50", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "（2）政府采购：…", "②…", "（四）…": the same entries numbered otherwise read the same ("1." entries are left:
    /// docs/reader.md, session 50 after the merges).
    /// </summary>
    [Theory]
    [InlineData(Numbering.Bracketed)]
    [InlineData(Numbering.Circled)]
    [InlineData(Numbering.ChineseBracketed)]
    public void OtherNumberings_ReadAsParenEntries(Numbering numbering)
    {
        var (read, diagnostics) = Read(Text(numbering));

        Assert.Equal("186.20", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("640.00", JsonAt(read, "/narrative/procurement/total/amount"));
        Assert.Equal("12", JsonAt(read, "/narrative/assets/vehicles/count"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The label decides: a glossary entry "4) 机关运行经费：指…" is a definition, and an unknown label names nothing.</summary>
    [Fact]
    public void TopicEntrySection_ReadsOnlyTopicLabels()
    {
        Assert.Equal(Section.OperatingExpenses, NarrativeReader.TopicEntrySection("1) 机关运行经费:2018年度支出1.00万元。"));
        Assert.Equal(Section.Assets, NarrativeReader.TopicEntrySection("③国有资产占用:截至年末共有车辆3辆。"));
        Assert.Equal(Section.Performance, NarrativeReader.TopicEntrySection("(四)预算绩效管理情况:本部门…"));
        Assert.Equal(Section.Procurement, NarrativeReader.TopicEntrySection("X. 其他重要事项 2) 政府采购:本年度…"));
        Assert.Equal(Section.OperatingExpenses, NarrativeReader.TopicEntrySection("Ⅲ. 其他事项1) 机关运行经费:2022年度…"));
        Assert.Null(NarrativeReader.TopicEntrySection("本年度支出5.00万元,其中1) 政府采购:…"));
        Assert.Null(NarrativeReader.TopicEntrySection("Ⅲ. 其他事项21) 工作成效:本年度…"));
        Assert.Null(NarrativeReader.TopicEntrySection("4) 机关运行经费:指为保障行政单位运行…"));
        Assert.Null(NarrativeReader.TopicEntrySection("1) 工作成效:本年度完成…"));
        Assert.Null(NarrativeReader.TopicEntrySection("机关运行经费:2018年度支出1.00万元。"));
        Assert.Null(NarrativeReader.TopicEntrySection("1.5万元用于政府采购:…"));
    }

    /// <summary>
    /// Property: an entry whose label is a topic's name gives its amount to that topic in every numbering style; the same
    /// entry under a label that names no topic places no figure (its amount is claimed nowhere), and neither gives an Error.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property EntryLabel_DecidesTheSection_WhateverTheNumbering()
    {
        var gen =
            from whole in Gen.Choose(100, 999)
            from numbering in Gen.Elements(Numbering.Paren, Numbering.Bracketed, Numbering.Circled, Numbering.ChineseBracketed)
            from unknown in Gen.Elements("工作成效", "主要做法", "其他情况", "重点工作")
            select (ops: whole + ".37", numbering, unknown);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (known, knownDiagnostics) = Read(Text(t.numbering, ops: t.ops));
            var (other, otherDiagnostics) = Read(Text(t.numbering, t.unknown, t.ops));
            var placed = JsonAt(known, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount") == t.ops;
            var unplaced = !other.Claims.Any(c => c.Value == t.ops);
            return (placed && unplaced && Of(knownDiagnostics, Severity.Error).Length == 0
                    && Of(otherDiagnostics, Severity.Error).Length == 0)
                .Label($"{t.numbering} {t.unknown} placed={placed} unplaced={unplaced}");
        });
    }
}
