using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 14's qualifier-key box shared by the claims placed while the builder's context did not change (issue 8),
/// against the builder whose store is turned into dictionaries before its first operation — where each claim's key is
/// a value of its own, as every claim had its own box before. Keys are deferred stretches of a text with qualifier words
/// (<see cref="ReportBuilder.ContextFrom"/>) or set directly, and a claim met again with another value resolves the
/// first one's key (which replaces a shared box's key): the notes, findings, keys and pairs must be the same.
/// </summary>
public class SharedContextTests
{
    private const string Text = "一般公共预算财政拨款支出100万元，政府性基金预算支出50万元，比上年增加3万元；2023年事业收入7万元，行政编制12人。";

    /// <summary>0 a deferred context, 1 a context set directly, 2–4 a claim (value by op), 5 a look-up of its key.</summary>
    private static Gen<(int Op, int Pointer, int Start, int Length)> Operations =>
        from op in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Constant(1)), (6, Gen.Choose(2, 4)), (1, Gen.Constant(5)))
        from pointer in Gen.Choose(0, 4)
        from start in Gen.Choose(0, Text.Length - 1)
        from length in Gen.Choose(0, 30)
        select (op, pointer, start, length);

    private static string Run(IReadOnlyList<(int Op, int Pointer, int Start, int Length)> operations, bool oracle)
    {
        var b = new ReportBuilder(new SourceText(Text));
        if (oracle)
        {
            b.Spans.ToDictionaries();
        }

        var item = b.Append("/l", out var node);
        var log = new List<string>();
        for (var i = 0; i < operations.Count; i++)
        {
            var (op, p, start, length) = operations[i];
            var pointer = p < 3 ? "/a/k" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            var name = p == 3 ? "x" : "y";
            var span = new SourceSpan(i + 1, 1, i + 1, 2);
            var value = DraftNode.Of(op == 2 ? "100" : op == 3 ? "100.00" : "50");
            log.Add(op switch
            {
                0 => Defer(b, start, length),
                1 => Direct(b, start),
                5 => b.ContextOf(pointer ?? item + "/" + name) ?? "-",
                _ => (pointer is null
                    ? b.SetIn(node, item, name, value, span, ClaimKind.Amount, "t")
                    : b.Set(pointer, value, span, ClaimKind.Amount, "t")).ToString(),
            });
        }

        ReportBuilderTests.Built(b, log);
        foreach (var pointer in new[] { "/a/k0", "/a/k1", "/a/k2", item + "/x", item + "/y" })
        {
            log.Add(pointer + " " + (b.ContextOf(pointer) ?? "-"));
        }

        return string.Join("\n", log);
    }

    private static string Defer(ReportBuilder b, int start, int length)
    {
        b.ContextFrom(start, Math.Min(Text.Length, start + length), 2024, length % 2 == 0 ? string.Empty : "typedFund=x;");
        return "from " + start.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Direct(ReportBuilder b, int start)
    {
        b.Context = start % 2 == 0 ? "table" : string.Empty;
        return b.Context;
    }

    /// <summary>
    /// Any sequence of deferred and direct contexts, claims (the same figure again, another figure) and key look-ups gives
    /// the same notes, findings, keys, draft and pairs with one box shared per context as with a key per claim.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property SharedBox_AnswersWhatAKeyPerClaimAnswers()
    {
        var sequences = Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(Operations, count));
        return Prop.ForAll(sequences.ToArbitrary(), operations => Agree(operations));
    }

    /// <summary>The run with shared boxes and the oracle's run agree, or the label shows the operations.</summary>
    private static Property Agree((int Op, int Pointer, int Start, int Length)[] operations)
    {
        var shown = string.Join(" ", operations.Select(o => $"{o.Op}:{o.Pointer}:{o.Start}+{o.Length}"));
        return (Run(operations, oracle: false) == Run(operations, oracle: true)).Label(shown);
    }

    /// <summary>Two claims under one deferred context share its key; resolving it for one gives the other the same key.</summary>
    [Fact]
    public void ClaimsUnderOneContext_ShareTheResolvedKey()
    {
        var b = new ReportBuilder(new SourceText(Text));
        var span = new SourceSpan(1, 1, 1, 5);
        b.ContextFrom(0, 16, 2024);
        b.Set("/a/0", DraftNode.Of("100"), span, ClaimKind.Amount, "t");
        b.Set("/a/1", DraftNode.Of("50"), span, ClaimKind.Amount, "t");
        var first = b.ContextOf("/a/0");

        Assert.NotNull(first);
        Assert.Equal(first, b.ContextOf("/a/1"));
        Assert.Same(b.Find("/a/0")!.ContextHolder, b.Find("/a/1")!.ContextHolder);
        b.Context = "other";
        b.Set("/a/2", DraftNode.Of("7"), span, ClaimKind.Amount, "t");
        Assert.NotSame(b.Find("/a/0")!.ContextHolder, b.Find("/a/2")!.ContextHolder);
        Assert.Equal("other", b.ContextOf("/a/2"));
        Assert.Equal(first, b.ContextOf("/a/1"));
    }
}
