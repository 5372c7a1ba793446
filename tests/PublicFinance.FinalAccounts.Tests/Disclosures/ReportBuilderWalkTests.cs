using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.BuilderSteps;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 23's per-figure builder (issue 8): a walk that starts where the last walk's shared head led (the walk from the
/// root after every operation is the oracle), and a conflict's first key and span read from the node already found
/// (the messages name the key and the span the map holds, reasoned by hand here).
/// </summary>
public class ReportBuilderWalkTests
{
    /// <summary>
    /// Tokens: members, list indices, an index with a leading zero, and an empty token (a "//" in the pointer), so that
    /// heads shared with the last walk are common, and some are not paths.
    /// </summary>
    private static readonly string[] Tokens = ["a", "b", "change", "0", "1", "01", ""];

    private static readonly string Text = "一般公共预算支出 10 万元，政府性基金支出 12 万元，上年支出 9 万元。";

    private static Gen<string> Pointers =>
        from depth in Gen.Choose(1, 5)
        from tokens in Gen.ArrayOf(Gen.Elements(Tokens), depth)
        select "/" + string.Join("/", tokens);

    /// <summary>
    /// One operation: 0 Set, 1 Set with a claim, 2 SetUnder with a claim, 3 Put, 4 Append, 5 Has and FindString,
    /// 6 a new context (a stretch of <see cref="Text"/>), 7 ContextOf, 8 a claim of another value.
    /// </summary>
    private static Gen<(int Op, string Pointer, int Stretch)> Operations =>
        from op in Gen.Choose(0, 8)
        from pointer in Pointers
        from stretch in Gen.Choose(0, 3)
        select (op, pointer, stretch);

    private static string Run(IReadOnlyList<(int Op, string Pointer, int Stretch)> operations, bool forget)
    {
        var b = new ReportBuilder(new SourceText(Text));
        var log = new List<string>();
        var line = 0;
        foreach (var (op, pointer, stretch) in operations)
        {
            line++;
            if (forget)
            {
                b.ForgetLastWalk();
            }

            var span = new SourceSpan(line, 1, line, 2);
            var slash = pointer.LastIndexOf('/');
            try
            {
                log.Add(op switch
                {
                    0 => b.Set(pointer, "x", span).ToString(),
                    1 => b.Set(pointer, "10", span, ClaimKind.Amount, "支出 10 万元").ToString(),
                    2 => b.SetUnder(pointer.Substring(0, slash), pointer.Substring(slash + 1), DraftNode.Of("12"), span,
                        ClaimKind.Amount, "支出 12 万元").ToString(),
                    3 => Put(b, pointer),
                    4 => b.Append(pointer),
                    5 => $"{b.Has(pointer)} {b.FindString(pointer)}",
                    6 => Context(b, stretch),
                    7 => b.ContextOf(pointer) ?? "none",
                    _ => b.Set(pointer, "9", span, ClaimKind.Amount, "支出 9 万元").ToString(),
                });
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException)
            {
                log.Add(ex.GetType().Name);
            }
        }

        ReportBuilderTests.Built(b, log);
        return string.Join("\n", log);
    }

    /// <summary>Makes the context the stretch before the <paramref name="stretch"/>-th figure of <see cref="Text"/> (3: none).</summary>
    private static string Context(ReportBuilder b, int stretch)
    {
        var end = stretch switch
        {
            0 => Text.IndexOf("10", StringComparison.Ordinal),
            1 => Text.IndexOf("12", StringComparison.Ordinal),
            2 => Text.IndexOf(" 9", StringComparison.Ordinal),
            _ => 0,
        };
        b.ContextFrom(0, end, 2024);
        return "context " + stretch;
    }

    /// <summary>
    /// Any sequence of sets (by pointer and by parent and member), puts, appends, look-ups, contexts and conflicts builds
    /// the same draft, claims, findings, notes and spans, and gives the same answers, whether each walk starts where the
    /// last walk's shared head led or at the root.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property SharedHeadWalk_BuildsWhatAWalkFromTheRootBuilds()
        => Prop.ForAll((from count in Gen.Choose(0, 50) from ops in Gen.ArrayOf(Operations, count) select ops).ToArbitrary(), operations =>
        {
            var list = operations.ToList();
            var remembered = Run(list, forget: false);
            var walked = Run(list, forget: true);
            return (remembered == walked).Label(string.Join(" ", list.Select(o => $"{o.Op}{o.Pointer}:{o.Stretch}")));
        });

    /// <summary>
    /// Two figures of different funds for one field: the second is a note naming both keys; a third with the first one's
    /// key and another value is a finding naming where the first was stated. The first key is read from the node found.
    /// </summary>
    [Fact]
    public void Conflict_NamesTheFirstKeyAndSpan()
    {
        var b = new ReportBuilder(new SourceText(Text));
        var first = new SourceSpan(1, 1, 1, 8);

        // The stretch before "10": its last fund word is 一般公共预算, its last flow word 支出; the 预算 inside
        // 一般公共预算 before 支出 is the fund's name, no basis (session 46) — the key of the first value.
        Context(b, 0);
        Assert.True(b.Set("/narrative/x/amount", "10", first, ClaimKind.Amount, "10 万元"));

        // Before "12" the last fund word is 政府性基金 (flow as before): another kind of figure, a note with
        // both keys, nothing placed.
        Context(b, 1);
        Assert.False(b.SetUnder("/narrative/x", "amount", DraftNode.Of("12"), new SourceSpan(1, 20, 1, 26), ClaimKind.Amount, "12 万元"));
        var note = Assert.Single(b.Notes);
        Assert.Contains("fund=一般公共预算;flow=支出; / fund=政府性基金;flow=支出;", note.MessageEn, StringComparison.Ordinal);
        Assert.Empty(b.Findings);

        // The first key again and another value: the same figure stated twice, a finding at the first value's span.
        Context(b, 0);
        Assert.False(b.Set("/narrative/x/amount", "11", new SourceSpan(2, 1, 2, 5), ClaimKind.Amount, "11 万元"));
        var finding = Assert.Single(b.Findings);
        Assert.Contains("（" + first + "）", finding.MessageZh, StringComparison.Ordinal);   // the place is in the Chinese text
        Assert.Equal("fund=一般公共预算;flow=支出;", b.ContextOf("/narrative/x/amount"));
    }

    /// <summary>
    /// A field set through a pointer that is not its path ("/narrative//x", an empty token): the map holds the pair in
    /// its dictionaries, and a conflict there reads the first key and span from them — the same messages.
    /// </summary>
    [Fact]
    public void Conflict_AtAPointerThatIsNoPath_ReadsTheDictionaries()
    {
        var b = new ReportBuilder(new SourceText(Text));
        var first = new SourceSpan(3, 1, 3, 8);
        Context(b, 0);
        Assert.True(b.Set("/narrative//x", "10", first, ClaimKind.Amount, "10 万元"));
        Assert.False(b.Spans.InDraft);   // a value not at its path: the pairs moved into the dictionaries
        Context(b, 2);

        // Before " 9" the last fund word is 政府性基金 and the last basis word 上年: unlike the first key, a note.
        Assert.False(b.Set("/narrative//x", "9", new SourceSpan(4, 1, 4, 2), ClaimKind.Amount, "9 万元"));
        Assert.Contains("/narrative//x", Assert.Single(b.Notes).MessageEn, StringComparison.Ordinal);
        Context(b, 0);
        Assert.False(b.Set("/narrative//x", "11", new SourceSpan(5, 1, 5, 2), ClaimKind.Amount, "11 万元"));
        Assert.Contains("（" + first + "）", Assert.Single(b.Findings).MessageZh, StringComparison.Ordinal);
    }
}
