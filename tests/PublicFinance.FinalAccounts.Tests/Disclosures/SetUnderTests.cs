using System.Reflection;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.BuilderSteps;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 16: <see cref="ReportBuilder.SetUnder"/> (a value set by its parent's pointer and its name, the pointer joined
/// only when asked) against <see cref="ReportBuilder.Set(string, DraftNode, SourceSpan, ClaimKind?, string?)"/> given
/// the joined pointer — the oracle, what the narrative called before it set its members under their parents.
/// </summary>
public class SetUnderTests
{
    /// <summary>Parents: paths, a list's items (an index past the end too), the root, no leading '/', an empty token.</summary>
    private static readonly string[] Parents = ["", "/a", "/a/b", "/l/0", "/l/1", "/l/3", "p", "/a//c", "/a/amount"];

    /// <summary>Names that are path tokens, indexes, and names that are not (empty, with a '/').</summary>
    private static readonly string[] Names = ["amount", "rate", "0", "1", "01", "", "x/y", "b"];

    /// <summary>0 a value, 1 a claim, 2 another claim of another value and key, 3 a look-up, 4 a put.</summary>
    private static Gen<(int Op, int Parent, int Name)> Operations =>
        from op in Gen.Choose(0, 4)
        from parent in Gen.Choose(0, Parents.Length - 1)
        from name in Gen.Choose(0, Names.Length - 1)
        select (op, parent, name);

    private static string Run(IReadOnlyList<(int Op, int Parent, int Name)> operations, bool oracle, bool dictionaries)
    {
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        if (dictionaries)
        {
            b.Spans.ToDictionaries();
        }

        var log = new List<string>();
        for (var i = 0; i < operations.Count; i++)
        {
            var (op, p, n) = operations[i];
            var (parent, name) = (Parents[p], Names[n]);
            var span = new SourceSpan(i + 1, 1, i + 1, 2);
            b.Context = i % 3 == 0 ? "k0" : i % 3 == 1 ? "k1" : "k2";
            try
            {
                log.Add(op switch
                {
                    0 => Set(b, parent, name, DraftNode.Of("v"), span, null, oracle),
                    1 => Set(b, parent, name, DraftNode.Of("12.5"), span, ClaimKind.Amount, oracle),
                    2 => Set(b, parent, name, DraftNode.Of(13), span, ClaimKind.Count, oracle),
                    3 => b.Has(parent, name) + " " + b.ContextOf(parent + "/" + name) + " " + b.FindString(parent + "/" + name),
                    _ => Put(b, parent + "/" + name),
                });
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException)
            {
                log.Add(ex.GetType().Name);   // a name where a list is ("/l/0" then "/l/b"): both ways throw, after the same walk
            }
        }

        ReportBuilderTests.Built(b, log);
        log.AddRange(b.Claims.Select(c => $"{c.Kind} {c.Text} {c.GetHashCode()} {c}"));
        log.Add("in draft " + b.Spans.InDraft);
        var map = new SourceMap((SourceMap.ISpanSource)b.Spans);
        log.Add("count " + map.Count);
        foreach (var parent in Parents)
        {
            foreach (var name in Names)
            {
                log.Add(name + " " + (map.TryGetSpan(parent + "/" + name, out var s) ? s.ToString() : "-"));
            }
        }

        return string.Join("\n", log);
    }

    private static string Set(ReportBuilder b, string parent, string name, DraftNode value, SourceSpan span, ClaimKind? kind, bool oracle)
        => (oracle ? b.Set(parent + "/" + name, value, span, kind, "t") : b.SetUnder(parent, name, value, span, kind, "t")).ToString();

    /// <summary>
    /// Any sequence of values and claims set by parent and name — under paths, list items (one past the end: the store
    /// becomes dictionaries), no path at all, names that are no path token, the same member twice (conflicts, notes),
    /// puts in between, a name where a list is (both throw) — builds the same draft, claims (pointers, hash codes, text),
    /// findings, notes and source map, and gives the same answers, as the same sequence given the joined pointers, with
    /// the store in the draft and as dictionaries.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property SetUnder_DoesWhatSetDoes()
        => Prop.ForAll(Sequences, input =>
        {
            var joined = Run(input.Ops, oracle: true, input.Dictionaries);
            var under = Run(input.Ops, oracle: false, input.Dictionaries);
            return (joined == under).Label(string.Join(" ", input.Ops.Select(o => $"{o.Op}{Parents[o.Parent]}|{Names[o.Name]}")));
        });

    /// <summary>Up to 30 operations, with the store in the draft or already dictionaries.</summary>
    private static Arbitrary<((int Op, int Parent, int Name)[] Ops, bool Dictionaries)> Sequences =>
        Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(Operations, count))
            .SelectMany(ops => Gen.Elements(false, true).Select(d => (ops, d))).ToArbitrary();

    /// <summary>A value set under its parent stays in the draft and its claim joins its pointer only when read.</summary>
    [Fact]
    public void SetUnder_JoinsNothingUntilAsked()
    {
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        var span = new SourceSpan(1, 1, 1, 5);
        Assert.True(b.SetUnder("/narrative/overall/change", "amount", DraftNode.Of("12.5"), span, ClaimKind.ChangeAmount, "t"));
        Assert.False(b.SetUnder("/narrative/overall/change", "amount", DraftNode.Of("12.5"), span, ClaimKind.ChangeAmount, "t"));
        Assert.True(b.Spans.InDraft);
        var claim = Assert.Single(b.Claims);
        var pointer = typeof(Claim).GetField("pointerOrName", BindingFlags.NonPublic | BindingFlags.Instance)!;
        Assert.Equal("amount", pointer.GetValue(claim));   // the member's name, not a joined pointer (session 17's one field)
        Assert.Equal("/narrative/overall/change/amount", claim.Pointer);
        Assert.Equal("12.5", b.FindString("/narrative/overall/change/amount"));
        Assert.True(b.Spans.TryGetValue("/narrative/overall/change/amount", out var found));
        Assert.Equal(span, found);
    }
}
