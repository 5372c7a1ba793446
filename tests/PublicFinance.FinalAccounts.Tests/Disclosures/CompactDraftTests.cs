using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 17's smaller read (issue 8), each against what it replaced: a draft value's span packed into 64 bits (a span
/// that does not fit kept beside the node's context box), a claim whose joined pointer and member name share one field,
/// 绩效自评表 items made with room for exactly what their row fills, and the magnitude check over pooled arrays.
/// </summary>
public class CompactDraftTests
{
    /// <summary>Numbers a span is made of: small ones, the packing's edges (65,534 packs, 65,535 does not) and large ones.</summary>
    private static readonly Gen<int> Part = Gen.OneOf(
        Gen.Choose(1, 300), Gen.Elements(65_533, 65_534, 65_535, 65_536, 1 << 20, int.MaxValue), Gen.Choose(1, 5_000_000));

    /// <summary>A span the constructor accepts (start before end).</summary>
    private static readonly Gen<SourceSpan> Spans =
        from a in Part
        from b in Part
        from c in Part
        from d in Part
        select Make(a, b, c, d);

    private static SourceSpan Make(int a, int b, int c, int d)
    {
        var (startLine, endLine) = (Math.Min(a, c), Math.Max(a, c));
        var (startColumn, endColumn) = startLine == endLine ? (Math.Min(b, d), Math.Max(b, d)) : (b, d);
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    /// <summary>
    /// Whatever spans and context boxes are set on a value, in any order, the node gives back the last span set and the
    /// last box (a span that does not pack and one that does replace each other without losing the box): the expected
    /// values are simply what was set last, kept beside the node by the test.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property ValueSpan_IsTheLastSet_WithItsContext()
    {
        var step = Gen.OneOf(
            Spans.Select(s => (Kind: 0, Span: s)),
            Gen.Constant((Kind: 1, Span: default(SourceSpan))),   // a new context box
            Gen.Constant((Kind: 2, Span: default(SourceSpan))),   // the context forgotten (HasContext = false)
            Gen.Constant((Kind: 3, Span: default(SourceSpan))));  // the context's key set
        return Prop.ForAll(Gen.ArrayOf(step, 12).ToArbitrary(), steps =>
        {
            var node = DraftNode.Of("3653.30");
            var span = default(SourceSpan);
            DraftNode.ContextBox? box = null;
            foreach (var (kind, s) in steps)
            {
                switch (kind)
                {
                    case 0:
                        node.Span = s;
                        span = s;
                        break;
                    case 1:
                        box = new DraftNode.ContextBox();
                        node.ContextHolder = box;
                        break;
                    case 2:
                        node.HasContext = false;
                        box = null;
                        break;
                    default:
                        node.Context = new ReportBuilder.DeferredKey("fund=一般公共预算;");
                        box ??= node.ContextHolder;   // a box is made when none was there
                        break;
                }

                if (node.Span != span || !ReferenceEquals(node.ContextHolder, box) || node.HasContext != box is not null)
                {
                    return false;
                }
            }

            return node.Text == "3653.30" && node.Count == 0 && node.AppendedPath is null;
        });
    }

    /// <summary>
    /// Packing keeps every span whose four numbers are at most 65,534 and refuses any other, so that no packed span is
    /// mistaken for the mark of a wide one (all bits set); the default span packs to zero and back.
    /// </summary>
    [Fact]
    public void Pack_KeepsWhatFits_RefusesTheRest()
    {
        int[] edges = [1, 2, 255, 256, 65_533, 65_534];
        foreach (var a in edges)
        {
            foreach (var b in edges)
            {
                var span = Make(a, b, a == 1 ? 65_534 : a, b);
                Assert.Equal(span, DraftNode.Unpack(DraftNode.Pack(span)!.Value));
                Assert.NotEqual(ulong.MaxValue, DraftNode.Pack(span));
            }
        }

        Assert.Equal(0UL, DraftNode.Pack(default));
        Assert.Equal(default, DraftNode.Unpack(0));
        Assert.Null(DraftNode.Pack(new SourceSpan(65_535, 1, 65_535, 1)));
        Assert.Null(DraftNode.Pack(new SourceSpan(1, 65_535, 1, 65_535)));
        Assert.Null(DraftNode.Pack(new SourceSpan(1, 1, 70_000, 1)));
        Assert.Null(DraftNode.Pack(new SourceSpan(1, 1, 1, 4_000_000)));
    }

    /// <summary>A container is never placed as a value: setting its span is refused, as setting its order is.</summary>
    [Fact]
    public void ContainerSpan_IsRefused()
    {
        var item = DraftNode.NewObject();
        item.AppendedPath = "/performance/evaluations/0";
        Assert.Throws<InvalidOperationException>(() => item.Span = new SourceSpan(1, 1, 1, 2));
        Assert.Equal("/performance/evaluations/0", item.AppendedPath);
    }

    /// <summary>
    /// Values placed with spans beyond the packing (a line or column above 65,534: a long text, or a long line) and within
    /// it are found at the spans given, in the draft and after the store became dictionaries, with their claims' keys.
    /// </summary>
    [Fact]
    public void WideSpans_AreKept_InTheDraftAndTheDictionaries()
    {
        var builder = new ReportBuilder(new SourceText("# 测试局2024年度部门决算公开说明\n"));
        var wide = new SourceSpan(2, 70_007, 2, 70_015);
        var far = new SourceSpan(80_000, 3, 80_001, 1);
        var near = new SourceSpan(5, 6, 5, 14);
        builder.Context = "fund=一般公共预算;";
        Assert.True(builder.Set("/narrative/overall/currentYearIncome/amount", "3653.30", wide, ClaimKind.Amount, "3,653.30"));
        Assert.True(builder.Set("/narrative/overall/currentYearExpenditure/amount", "3653.30", far));
        Assert.True(builder.Set("/narrative/overall/closingCarryOver/amount", "0.00", near, ClaimKind.Amount, "0.00"));

        foreach (var toDictionaries in new[] { false, true })
        {
            if (toDictionaries)
            {
                builder.Spans.ToDictionaries();
            }

            Assert.True(builder.Spans.TryGetValue("/narrative/overall/currentYearIncome/amount", out var s1));
            Assert.Equal(wide, s1);
            Assert.True(builder.Spans.TryGetSpan("/narrative/overall/currentYearExpenditure/amount/x", out var s2));
            Assert.Equal(far, s2);
            Assert.True(builder.Spans.TryGetValue("/narrative/overall/closingCarryOver/amount", out var s3));
            Assert.Equal(near, s3);
            Assert.Equal("fund=一般公共预算;", builder.ContextOf("/narrative/overall/currentYearIncome/amount"));
        }

        Assert.Equal(wide, builder.Claims[0].Span);
    }

    /// <summary>Member names with and without a '/' and parents as strings and as item pointers.</summary>
    public static TheoryData<string, int, string, string> Deferred => new()
    {
        { "/performance/evaluations/0", -1, "totalScore", "/performance/evaluations/0/totalScore" },
        { "/performance/evaluations/0/indicators", 3, "weight", "/performance/evaluations/0/indicators/3/weight" },
        { "/narrative/overall", -1, "change/amount", "/narrative/overall/change/amount" },
        { "/narrative", -1, string.Empty, "/narrative/" },
        { string.Empty, -1, "entity", "/entity" },
    };

    /// <summary>
    /// A claim made with its pointer in two parts reads as the parent's pointer, '/', and the name (written out by hand
    /// in the cases), the same on every read and after a copy, and equals a claim given that pointer whole.
    /// </summary>
    [Theory]
    [MemberData(nameof(Deferred))]
    public void DeferredClaim_ReadsAsItsJoinedPointer(string parent, int index, string member, string expected)
    {
        object parentPointer = index < 0 ? parent : new ItemPointer(parent, index);
        var span = new SourceSpan(3, 4, 3, 9);
        var deferred = new Claim(ClaimKind.Quantity, parentPointer, member, span, "得分 9.5", "9.5");
        var copy = deferred with { Text = "得分 9.5" };   // copied before its pointer is joined
        var whole = new Claim { Kind = ClaimKind.Quantity, Pointer = expected, Span = span, Text = "得分 9.5", Value = "9.5" };

        Assert.Equal(whole.GetHashCode(), deferred.GetHashCode());
        Assert.Equal(expected, deferred.Pointer);
        Assert.Same(deferred.Pointer, deferred.Pointer);   // joined once
        Assert.Equal(expected, copy.Pointer);
        Assert.Equal(whole, deferred);
        Assert.Equal(whole, copy);
        Assert.Equal(expected, (deferred with { Pointer = "/x" } with { Pointer = expected }).Pointer);
        Assert.Equal("/x", (deferred with { Pointer = "/x" }).Pointer);
    }

    /// <summary>Many threads reading one deferred claim's pointer at once all read the joined pointer.</summary>
    [Fact]
    public void DeferredClaim_ReadAtOnce_IsTheJoinedPointer()
    {
        for (var round = 0; round < 200; round++)
        {
            var claim = new Claim(ClaimKind.Amount, new ItemPointer("/performance/evaluations/1/funds", round), "executed",
                new SourceSpan(1, 1, 1, 2), "row", "1.00");
            var expected = "/performance/evaluations/1/funds/" + round.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "/executed";
            var seen = new string[4];
            System.Threading.Tasks.Parallel.For(0, seen.Length, k => seen[k] = claim.Pointer);
            Assert.All(seen, p => Assert.Equal(expected, p));
        }
    }

    /// <summary>
    /// Each 绩效自评表 fund line and indicator is made with room for exactly the members it holds when no continuation
    /// row adds to it (read from the draft: the entries' room is the node's private array): the fund line below sets kind,
    /// label, three amounts and the execution rate (6), the first indicator 一级/二级/三级指标, 指标值, 实际完成值, 分值,
    /// 得分 and 偏差原因 (8), the second no 偏差原因 (7); a 偏差原因 first written on a continuation row grows its item.
    /// </summary>
    [Fact]
    public void TableItems_HaveRoomForWhatTheyHold()
    {
        var text = string.Join("\n",
            "# 测试局2024年度部门决算公开说明",
            "项目支出绩效自评表",
            "| 项目名称 | 办公楼维修 |",
            "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |",
            "| 年度资金总额 | 10.00 | 12.00 | 11.50 | 95.83% |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |",
            "| 产出指标 | 数量指标 | 维修面积 | ≥100平方米 | 120平方米 | 20 | 20 | 超额完成 |",
            "| 产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 | |",
            "| 效益指标 | 社会效益 | 群众满意度 | ≥90% | 85% | 10 | 8 | |",
            "| | | | | | | | 问卷回收少 |");
        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        ReadingPipeline.Run(source, builder);
        var evaluation = builder.Find("/performance/evaluations/0")!;
        var fund = evaluation.Member("funds")!.At(0);
        var indicators = evaluation.Member("indicators")!;

        Assert.Equal(6, fund.Count);
        Assert.Equal(6, Room(fund));
        Assert.Equal(8, indicators.At(0).Count);
        Assert.Equal(8, Room(indicators.At(0)));
        Assert.Equal(7, indicators.At(1).Count);
        Assert.Equal(7, Room(indicators.At(1)));
        Assert.Equal(8, indicators.At(2).Count);   // 7 from its row, the 偏差原因 from the continuation row
        Assert.Equal("问卷回收少", indicators.At(2).Member("deviationNote")!.Text);
    }

    /// <summary>The room of a container's entries (its private array's length).</summary>
    private static int Room(DraftNode node)
        => ((Array)typeof(DraftNode).GetField("scalar", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(node)!).Length;

    /// <summary>
    /// The magnitude check over pooled arrays finds what the list of pairs found. Claimed amounts 1, 2, 3, 4, 5, 5.0,
    /// 30001 and 60000 (and a count and a zero amount, not amounts it weighs) sort to 1 2 3 4 5 5.0 30001 60000: the
    /// median is the fifth, the "5" claimed before the equal "5.0" (a stable sort shows it as written: 5, not 5.0). Only
    /// 60000 is more than 10,000 × 5; 30001 is not.
    /// </summary>
    [Fact]
    public void Magnitudes_StableMedian_AndFindings()
    {
        var source = new SourceText("# 测试局2024年度部门决算公开说明\n");
        var builder = new ReportBuilder(source);
        string[] values = ["60000", "1", "2", "0.00", "3", "4", "5", "5.0", "30001"];
        for (var i = 0; i < values.Length; i++)
        {
            builder.Claims.Add(new Claim
            {
                Kind = ClaimKind.Amount,
                Pointer = "/narrative/x/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Span = new SourceSpan(i + 1, 1, i + 1, 2),
                Text = values[i],
                Value = values[i],
            });
        }

        builder.Claims.Add(new Claim { Kind = ClaimKind.Count, Pointer = "/personnel/total/count", Span = new SourceSpan(20, 1, 20, 2),
            Text = "900000 人", Value = "900000" });
        TextChecks.Finish(source, builder, unitReport: false, new TextScan(source));

        var finding = Assert.Single(builder.Findings, f => f.RuleId == TextRules.Magnitude.Id);
        Assert.Equal("/narrative/x/0", finding.Pointers[0]);
        Assert.Equal(DisclosureMessages.Magnitude("60000", 5m).En, finding.MessageEn);
    }
}
