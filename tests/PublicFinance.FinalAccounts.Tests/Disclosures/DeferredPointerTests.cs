using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 14's pointers joined only when asked (issue 8):
/// <see cref="ReportBuilder.SetIn(DraftNode, string, string, DraftNode, SourceSpan, ClaimKind?, string?)"/> (a member set
/// by its parent's pointer and its name, no joined pointer) against <see cref="ReportBuilder.SetMember"/> given the joined
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

    /// <summary>
    /// Runs the operations with <c>ReportBuilder.SetIn</c> — given the parent's pointer, or (session 15,
    /// <paramref name="items"/>) the <see cref="ItemPointer"/> <see cref="ReportBuilder.AppendItem"/> gave — or with the
    /// oracle, and logs every answer.
    /// </summary>
    private static string Run(IReadOnlyList<(int Op, int List, string Name)> operations, bool oracle, bool dictionaries,
        bool items = false)
    {
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        if (dictionaries)
        {
            b.Spans.ToDictionaries();
        }

        var appended = Lists.Select(list => Append(b, list, items)).ToArray();
        var log = new List<string>();
        for (var i = 0; i < operations.Count; i++)
        {
            // Line i + 1 for the span, and one of three qualifier keys in turn (a claim met again may differ in it).
            var (op, list, name) = operations[i];
            var (pointer, node, item) = appended[list];
            var span = new SourceSpan(i + 1, 1, i + 1, 2);
            b.Context = i % 3 == 0 ? "k0" : i % 3 == 1 ? "k1" : "k2";
            log.Add(op switch
            {
                0 => Set(b, node, pointer, item, name, DraftNode.Of("v"), span, null, oracle),
                1 => Set(b, node, pointer, item, name, DraftNode.Of("12.5"), span, ClaimKind.Amount, oracle),
                2 => Set(b, node, pointer, item, name, DraftNode.Of("13"), span, ClaimKind.Quantity, oracle),
                3 => Set(b, node, Lists[list] + "/9", item is null ? null : new ItemPointer(Lists[list], 9), name, DraftNode.Of("w"), span,
                    ClaimKind.Amount, oracle),
                4 => New(b, appended, list, items),
                5 => b.Has(pointer, name) + " " + b.ContextOf(pointer + "/" + name),
                _ => Twice(b, node, pointer, item, name, span, oracle),
            });
        }

        ReportBuilderTests.Built(b, log);
        log.AddRange(b.Claims.Select(c => $"{c.Kind} {c.Text} {c.GetHashCode()}"));
        log.Add("in draft " + b.Spans.InDraft);
        var map = new SourceMap((SourceMap.ISpanSource)b.Spans);
        foreach (var (pointer, _, _) in appended)
        {
            foreach (var name in Names)
            {
                log.Add(name + " " + (map.TryGetSpan(pointer + "/" + name, out var s) ? s.ToString() : "-"));
            }
        }

        return string.Join("\n", log);
    }

    private static string Set(ReportBuilder b, DraftNode node, string pointer, ItemPointer? item, string name, DraftNode value,
        SourceSpan span, ClaimKind? kind, bool oracle)
        => (oracle
            ? b.SetMember(node, pointer + "/" + name, name, value, span, kind, "t")
            : item is not null
                ? b.SetIn(node, item, name, value, span, kind, "t")
                : b.SetIn(node, pointer, name, value, span, kind, "t")).ToString();

    /// <summary>An item appended to a list: by <see cref="ReportBuilder.AppendItem"/> when <paramref name="items"/>.</summary>
    private static (string Pointer, DraftNode Node, ItemPointer? Item) Append(ReportBuilder b, string list, bool items)
    {
        if (!items)
        {
            return (b.Append(list, out var node), node, null);
        }

        var item = b.AppendItem(list, out var appended, 0);
        return (item.Pointer, appended, item);
    }

    private static string New(ReportBuilder b, (string Pointer, DraftNode Node, ItemPointer? Item)[] appended, int list, bool items)
    {
        appended[list] = Append(b, Lists[list], items);
        return appended[list].Pointer;
    }

    private static string Twice(ReportBuilder b, DraftNode node, string pointer, ItemPointer? item, string name, SourceSpan span,
        bool oracle)
    {
        var value = DraftNode.Of("t");
        return Set(b, node, pointer, item, name, value, span, ClaimKind.Amount, oracle) + " " + b.Set("/twice", value, span);
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
                var byItem = Run(list, oracle: false, dictionaries, items: true);   // session 15: item pointers not joined
                var label = string.Join(" ", list.Select(o => $"{o.Op}{Lists[o.List]}|{o.Name}"));
                return (joined == deferred && joined == byItem).Label(label);
            });

    /// <summary>
    /// Members set under an item's <see cref="ItemPointer"/> stay in the draft and join no pointer — not the item's, not
    /// the claim's — until one is asked for; then they read as the whole pointers.
    /// </summary>
    [Fact]
    public void SetIn_ByItemPointer_JoinsNothingUntilAsked()
    {
        var b = new ReportBuilder(new SourceText("x"));
        b.Append("/performance/evaluations", out _);
        var item = b.AppendItem("/performance/evaluations/0/indicators", out var indicator, 0);
        var span = new SourceSpan(4, 1, 4, 9);
        Assert.True(b.SetIn(indicator, item, "name", DraftNode.Of("会议次数"), span));
        Assert.True(b.SetIn(indicator, item, "score", DraftNode.Of("30"), span, ClaimKind.Quantity, "会议次数 30"));
        Assert.Same(item, indicator.AppendedItem);

        Assert.True(b.Spans.InDraft);
        Assert.Equal(0, item.Index);
        Assert.Equal("/performance/evaluations/0/indicators/0/score", Assert.Single(b.Claims).Pointer);
        Assert.Equal("/performance/evaluations/0/indicators/0", item.Pointer);
        Assert.Same(item.Pointer, item.Pointer);
        Assert.True(b.Spans.TryGetValue("/performance/evaluations/0/indicators/0/name", out var found));
        Assert.Equal(span, found);
    }

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
