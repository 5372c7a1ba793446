using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.BuilderSteps;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 13's source map kept in the draft (<see cref="PlacedSpans"/>, issue 8) against what it replaced: the
/// builder's two dictionaries (pointer → span, pointer → qualifier key) and the <see cref="SourceMap"/> copied from the
/// first. A builder whose store is turned into dictionaries before its first operation is the oracle — it runs the old
/// code — and every answer (placements, conflicts, notes, qualifier keys, the pairs in their order, the count, and the
/// span of any pointer or its nearest ancestor) must be the same.
/// </summary>
public class PlacedSpansTests
{
    /// <summary>Tokens that are paths, and tokens that are not ("05", an empty one), names where lists are, and so on.</summary>
    private static readonly string[] Tokens = ["a", "b", "c", "0", "1", "2", "05", ""];

    private static Gen<string> Pointers =>
        from depth in Gen.Choose(1, 4)
        from tokens in Gen.ArrayOf(Gen.Elements(Tokens), depth)
        from slash in Gen.Frequency((12, Gen.Constant("/")), (1, Gen.Constant(string.Empty)))
        select slash + string.Join("/", tokens);

    /// <summary>
    /// 0 Set, 1 Set with a claim, 2 Put, 3 Append then a member of the item, 4 a look-up, 5 another claim (another
    /// value, another qualifier key), 6 one node set at two pointers, 7 a member of an appended item under a wrong pointer.
    /// </summary>
    private static Gen<(int Op, string Pointer, string Other)> Operations =>
        from op in Gen.Choose(0, 7)
        from pointer in Pointers
        from other in Pointers
        select (op, pointer, other);

    /// <summary>Reads pointers from every pair, their prefixes and a few beyond them.</summary>
    private static IEnumerable<string> Queries(IEnumerable<string> pointers)
    {
        foreach (var p in pointers)
        {
            yield return p;
            yield return p + "/zz";
            yield return p + "/";
            yield return p + "//a";
            yield return p + "/0";
            for (var slash = p.LastIndexOf('/'); slash > 0; slash = p.LastIndexOf('/', slash - 1))
            {
                yield return p.Substring(0, slash);
            }
        }
    }

    private static (string Log, ReportBuilder Builder) Run(IReadOnlyList<(int Op, string Pointer, string Other)> operations, bool oracle)
    {
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        if (oracle)
        {
            b.Spans.ToDictionaries();
        }

        var log = new List<string>();
        var line = 0;
        foreach (var (op, pointer, other) in operations)
        {
            line++;
            var span = new SourceSpan(line, 1, line, 2);
            b.Context = "k" + (line % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                log.Add(op switch
                {
                    0 => b.Set(pointer, "x", span).ToString(),
                    1 => b.Set(pointer, "12.5", span, ClaimKind.Amount, "本年支出 12.5 万元").ToString(),
                    2 => Put(b, pointer),
                    3 => Member(b, pointer, other, span, wrong: false),
                    4 => b.Has(pointer) + " " + b.ContextOf(pointer) + " " + (b.Spans.TryGetValue(pointer, out var s) ? s.ToString() : "-"),
                    5 => b.Set(pointer, "13", span, ClaimKind.Amount, "本年支出 13 万元").ToString(),
                    6 => Twice(b, pointer, other, span),
                    _ => Member(b, pointer, other, span, wrong: true),
                });
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentOutOfRangeException)
            {
                log.Add(ex.GetType().Name);
            }
        }

        ReportBuilderTests.Built(b, log);
        log.Add("count " + b.Spans.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var map = new SourceMap((SourceMap.ISpanSource)b.Spans);
        var pointers = operations.SelectMany(o => new[] { o.Pointer, o.Other }).Concat(b.Spans.Select(p => p.Key)).ToList();
        foreach (var q in Queries(pointers))
        {
            log.Add(q + " " + (map.TryGetSpan(q, out var s) ? s.ToString() : "-") + " " + b.ContextOf(q));
        }

        return (string.Join("\n", log), b);
    }

    private static string FirstDifference(string a, string b)
    {
        var (x, y) = (a.Split('\n'), b.Split('\n'));
        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i])
        {
            i++;
        }

        return i < x.Length || i < y.Length ? $"«{(i < x.Length ? x[i] : "(end)")}» vs «{(i < y.Length ? y[i] : "(end)")}»" : "same";
    }

    private static string Member(ReportBuilder b, string list, string name, SourceSpan span, bool wrong)
    {
        var item = b.Append(list, out var node);
        var member = name.TrimStart('/');
        var pointer = (wrong ? list + "/9" : item) + "/" + member;
        return item + " " + b.SetMember(node, pointer, member, DraftNode.Of("m"), span, ClaimKind.Amount, "m");
    }

    private static string Twice(ReportBuilder b, string pointer, string other, SourceSpan span)
    {
        var node = DraftNode.Of("t");
        return b.Set(pointer, node, span, ClaimKind.Amount, "t") + " " + b.Set(other, node, span);
    }

    /// <summary>
    /// Any sequence of sets, claims, puts, appends, look-ups, a node set twice and members under wrong pointers gives
    /// the same answers, pairs (in the same order), count and nearest-ancestor spans with the store in the draft as with
    /// the dictionaries.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property DraftStore_AnswersWhatTheDictionariesAnswer()
        => Prop.ForAll((from count in Gen.Choose(0, 40) from ops in Gen.ArrayOf(Operations, count) select ops).ToArbitrary(), operations =>
        {
            var list = operations.ToList();
            var (draft, _) = Run(list, oracle: false);
            var (dictionaries, _) = Run(list, oracle: true);
            var shown = string.Join(" ", list.Select(o => $"{o.Op}{o.Pointer}|{o.Other}"));
            return (draft == dictionaries).Label(FirstDifference(draft, dictionaries) + " in " + shown);
        });

    /// <summary>
    /// Sequences of path pointers only, none through another's value (what the reader writes), keep the store in the
    /// draft — no dictionary is made — and still agree with the oracle.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property PathPointers_StayInTheDraft()
    {
        // Three tokens each: no pointer runs through another's value.
        var paths = from tokens in Gen.ArrayOf(Gen.Elements("a", "b", "c"), 3)
                    select "/" + string.Join("/", tokens);
        var ops = from op in Gen.Elements(0, 1, 4, 5)
                  from p in paths
                  select (Op: op, Pointer: p, Other: p);
        return Prop.ForAll((from count in Gen.Choose(1, 40) from o in Gen.ArrayOf(ops, count) select o).ToArbitrary(), operations =>
        {
            var list = operations.ToList();
            var (draft, builder) = Run(list, oracle: false);
            var (dictionaries, _) = Run(list, oracle: true);
            return (draft == dictionaries && builder.Spans.InDraft).Label(
                FirstDifference(draft, dictionaries) + " in " + string.Join(" ", list.Select(o => $"{o.Op}{o.Pointer}")));
        });
    }

    /// <summary>The seed and the real texts are read with the store in the draft (no dictionary at all), every pair kept.</summary>
    [Theory]
    [MemberData(nameof(ReadResultGoldenTests.Texts), MemberType = typeof(ReadResultGoldenTests))]
    public void RealTexts_KeepTheStoreInTheDraft(string path)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path));
        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        ReadingPipeline.Run(source, builder);

        Assert.True(builder.Spans.InDraft);
        Assert.True(builder.Spans.Count > 100);
        var map = new SourceMap((SourceMap.ISpanSource)builder.Spans);
        foreach (var pair in builder.Spans)
        {
            Assert.True(map.TryGetSpan(pair.Key, out var span));
            Assert.Equal(pair.Value, span);
        }

        var copy = new SourceMap(builder.Spans.ToList());
        Assert.Equal(copy.Count, map.Count);
    }

    /// <summary>The draft-backed map finds the nearest mapped ancestor as the dictionary does, and nothing for foreign pointers.</summary>
    [Fact]
    public void NearestAncestor_AsTheDictionaryFindsIt()
    {
        var b = new ReportBuilder(new SourceText("x"));
        var span = new SourceSpan(2, 3, 2, 9);
        b.Set("/narrative/threePublic/total/amount", "6.2", span, ClaimKind.Amount, "6.2");
        var map = new SourceMap((SourceMap.ISpanSource)b.Spans);

        Assert.True(map.TryGetSpan("/narrative/threePublic/total/amount/extra/0", out var found));
        Assert.Equal(span, found);
        Assert.False(map.TryGetSpan("/narrative/threePublic/total", out _));
        Assert.False(map.TryGetSpan("narrative/threePublic/total/amount", out _));
        Assert.False(map.TryGetSpan(string.Empty, out _));
        Assert.Equal(1, map.Count);
        Assert.Throws<ArgumentNullException>(() => map.TryGetSpan(null!, out _));
    }
}
