using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 14's pointers joined only when asked (issue 8): <see cref="ReportBuilder.SetIn"/> (a member set by its
/// parent's pointer and its name, no joined pointer) against <see cref="ReportBuilder.SetMember"/> given the joined
/// pointer (the oracle, the code the 绩效自评表 reader called before), and a <see cref="Claim"/> whose pointer is joined
/// when first read against one made with the whole pointer.
/// </summary>
public class DeferredPointerTests
{
    /// <summary>Names that are path tokens, and names that are not (empty, with a '/', an index where a name is).</summary>
    private static readonly string[] Names = ["a", "b", "weight", "0", "", "x/y"];

    private static readonly string[] Lists = ["/l", "/m/n", "/l/0/k", "//e", "p"];

    /// <summary>
    /// 0 a value, 1 a claim, 2 another claim (another value and qualifier key), 3 a member under a wrong parent pointer,
    /// 4 a new item, 5 a look-up, 6 a node set in two places.
    /// </summary>
    private static Gen<(int Op, int List, string Name)> Operations =>
        from op in Gen.Choose(0, 6)
        from list in Gen.Choose(0, Lists.Length - 1)
        from name in Gen.Elements(Names)
        select (op, list, name);

    /// <summary>Runs the operations with <see cref="ReportBuilder.SetIn"/> (or the oracle) and logs every answer.</summary>
    private static string Run(IReadOnlyList<(int Op, int List, string Name)> operations, bool oracle, bool dictionaries)
    {
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        if (dictionaries)
        {
            b.Spans.ToDictionaries();
        }

        var items = Lists.Select(list => (Pointer: b.Append(list, out var node), Node: node)).ToArray();
        var log = new List<string>();
        for (var i = 0; i < operations.Count; i++)
        {
            // Line i + 1 for the span, and one of three qualifier keys in turn (a claim met again may differ in it).
            var (op, list, name) = operations[i];
            var (pointer, node) = items[list];
            var span = new SourceSpan(i + 1, 1, i + 1, 2);
            b.Context = i % 3 == 0 ? "k0" : i % 3 == 1 ? "k1" : "k2";
            log.Add(op switch
            {
                0 => Set(b, node, pointer, name, DraftNode.Of("v"), span, null, oracle),
                1 => Set(b, node, pointer, name, DraftNode.Of("12.5"), span, ClaimKind.Amount, oracle),
                2 => Set(b, node, pointer, name, DraftNode.Of("13"), span, ClaimKind.Quantity, oracle),
                3 => Set(b, node, Lists[list] + "/9", name, DraftNode.Of("w"), span, ClaimKind.Amount, oracle),
                4 => New(b, items, list),
                5 => b.Has(pointer, name) + " " + b.ContextOf(pointer + "/" + name),
                _ => Twice(b, node, pointer, name, span, oracle),
            });
        }

        ReportBuilderTests.Built(b, log);
        log.AddRange(b.Claims.Select(c => $"{c.Kind} {c.Text} {c.GetHashCode()}"));
        log.Add("in draft " + b.Spans.InDraft);
        var map = new SourceMap((SourceMap.ISpanSource)b.Spans);
        foreach (var (pointer, _) in items)
        {
            foreach (var name in Names)
            {
                log.Add(name + " " + (map.TryGetSpan(pointer + "/" + name, out var s) ? s.ToString() : "-"));
            }
        }

        return string.Join("\n", log);
    }

    private static string Set(
        ReportBuilder b, DraftNode node, string pointer, string name, DraftNode value, SourceSpan span, ClaimKind? kind, bool oracle)
        => (oracle
            ? b.SetMember(node, pointer + "/" + name, name, value, span, kind, "t")
            : b.SetIn(node, pointer, name, value, span, kind, "t")).ToString();

    private static string New(ReportBuilder b, (string Pointer, DraftNode Node)[] items, int list)
    {
        var pointer = b.Append(Lists[list], out var node);
        items[list] = (pointer, node);
        return pointer;
    }

    private static string Twice(ReportBuilder b, DraftNode node, string pointer, string name, SourceSpan span, bool oracle)
    {
        var value = DraftNode.Of("t");
        return Set(b, node, pointer, name, value, span, ClaimKind.Amount, oracle) + " " + b.Set("/twice", value, span);
    }

    /// <summary>
    /// Any sequence of members set by parent and name — under right and wrong parent pointers, names that are no path
    /// token, the same member set twice (conflicts and notes), a node placed twice — builds the same draft, claims
    /// (pointers, hash codes), findings, notes and source map as the same sequence given the joined pointers, with the
    /// store in the draft and as dictionaries.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property SetIn_DoesWhatSetMemberDoes()
        => Prop.ForAll(
            (from count in Gen.Choose(0, 30) from ops in Gen.ArrayOf(Operations, count) from d in Gen.Elements(false, true)
             select (ops, d)).ToArbitrary(),
            input =>
            {
                var (ops, dictionaries) = input;
                var list = ops.ToList();
                var joined = Run(list, oracle: true, dictionaries);
                var deferred = Run(list, oracle: false, dictionaries);
                return (joined == deferred).Label(string.Join(" ", list.Select(o => $"{o.Op}{Lists[o.List]}|{o.Name}")));
            });

    /// <summary>Members set by parent and name under their own path keep the store in the draft.</summary>
    [Fact]
    public void SetIn_UnderItsOwnPath_StaysInTheDraft()
    {
        var b = new ReportBuilder(new SourceText("x"));
        var pointer = b.Append("/performance/evaluations", out var evaluation);
        var span = new SourceSpan(3, 1, 3, 9);
        Assert.True(b.SetIn(evaluation, pointer, "kind", DraftNode.Of("project"), span));
        Assert.True(b.SetIn(evaluation, pointer, "totalScore", DraftNode.Of("98.5"), span, ClaimKind.Quantity, "总分 98.5"));
        Assert.False(b.SetIn(evaluation, pointer, "totalScore", DraftNode.Of("98.5"), span, ClaimKind.Quantity, "总分 98.5"));

        Assert.True(b.Spans.InDraft);
        Assert.Equal("/performance/evaluations/0/totalScore", Assert.Single(b.Claims).Pointer);
        Assert.True(b.Spans.TryGetValue("/performance/evaluations/0/kind", out var found));
        Assert.Equal(span, found);
        Assert.Empty(b.Findings);
    }

    /// <summary>
    /// A claim whose pointer is joined when read equals (and hashes as) one made with the whole pointer, prints the same,
    /// joins its pointer once, and is copied and changed by <c>with</c> as a record is.
    /// </summary>
    [Fact]
    public void DeferredClaim_IsTheClaimWithTheWholePointer()
    {
        var span = new SourceSpan(1, 2, 1, 9);
        var deferred = new Claim(ClaimKind.Amount, "/performance/evaluations/0/funds/1", "executed", span, "执行数 11.80", "11.80");
        var whole = new Claim
        {
            Kind = ClaimKind.Amount,
            Pointer = "/performance/evaluations/0/funds/1/executed",
            Span = span,
            Text = "执行数 11.80",
            Value = "11.80",
        };

        Assert.Equal(whole.GetHashCode(), deferred.GetHashCode());
        Assert.Equal(whole, deferred);
        Assert.True(deferred == whole);
        Assert.Equal(whole.ToString(), deferred.ToString());
        Assert.Same(deferred.Pointer, deferred.Pointer);
        Assert.Equal("/performance/evaluations/0/funds/1/executed", (deferred with { }).Pointer);
        Assert.Equal("/x", (deferred with { Pointer = "/x" }).Pointer);
        Assert.NotEqual(whole, deferred with { Value = "11.8" });
        var elsewhere = new Claim(ClaimKind.Amount, "/performance/evaluations/0/funds/1", "initialBudget", span, "执行数 11.80", "11.80");
        Assert.NotEqual(whole, elsewhere);
    }

    /// <summary>Claims made with the whole pointer hash as the compiler's record did: its members in order, from the type.</summary>
    [Fact]
    public void ClaimHash_CombinesTheMembersAsARecordDoes()
    {
        var claim = new Claim { Kind = ClaimKind.Count, Pointer = "/a", Span = new SourceSpan(1, 1, 1, 2), Text = "t", Value = "3" };
        const int Factor = -1521134295;
        var expected = EqualityComparer<Type>.Default.GetHashCode(typeof(Claim));
        expected = unchecked((expected * Factor) + EqualityComparer<ClaimKind>.Default.GetHashCode(claim.Kind));
        expected = unchecked((expected * Factor) + EqualityComparer<string>.Default.GetHashCode("/a"));
        expected = unchecked((expected * Factor) + EqualityComparer<SourceSpan>.Default.GetHashCode(claim.Span));
        expected = unchecked((expected * Factor) + EqualityComparer<string>.Default.GetHashCode("t"));
        expected = unchecked((expected * Factor) + EqualityComparer<string>.Default.GetHashCode("3"));

        Assert.Equal(expected, claim.GetHashCode());
        Assert.NotEqual(claim, claim with { Pointer = "/b" });
        Assert.False(claim.Equals(null));
    }

    /// <summary>Every claim of the seed and the real texts, its pointer joined when read, names a pair of the source map.</summary>
    [Theory]
    [MemberData(nameof(ReadResultGoldenTests.Texts), MemberType = typeof(ReadResultGoldenTests))]
    public void RealTexts_ClaimPointersAreMapped(string path)
    {
        var read = DisclosureReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)));
        var pairs = read.Sources.Pairs().ToDictionary(p => p.Key, p => p.Value);
        Assert.NotEmpty(read.Claims);
        foreach (var claim in read.Claims)
        {
            Assert.True(pairs.TryGetValue(claim.Pointer, out var span), claim.Pointer);
            Assert.Equal(claim.Span, span);
        }
    }
}
