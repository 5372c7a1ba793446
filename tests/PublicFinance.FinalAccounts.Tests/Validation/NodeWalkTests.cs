using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The node walks the condition relations and the table checks use instead of pointer text (session 7):
/// <c>ReportFacts.NextInDocumentOrder</c> against the type chains' document order, <c>ReportFacts.TokenEquals</c>
/// against the pointer text, and <see cref="CodeKeys"/> against the codes' text.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class NodeWalkTests
{
    private static readonly FinalAccountsReport Sample = TestReports.Sample;

    /// <summary>
    /// The pre-order walk visits exactly the nodes that hold a value, in the document order the index recorded (the
    /// merged type chains, sorted by order: the algorithm the walk replaced), and each once.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Walk_VisitsEveryValueInDocumentOrder(FinalAccountsReport report) =>
        WalkAgreesWithTypeChains(ReportFacts.Create(report)).Label("walk differs from the type chains");

    /// <summary>The same on the sample, whose tables, narrative and evaluations nest five levels deep.</summary>
    [Fact]
    public void Walk_OnTheSample_VisitsEveryValueInDocumentOrder()
    {
        var facts = ReportFacts.Create(Sample);
        Assert.True(WalkAgreesWithTypeChains(facts));
        // The first value after the report (node 0) is its first present member, and the report's members are given the
        // node ids right after it (only present members get a node): node 1, a child of the root.
        Assert.Equal(1, facts.NextInDocumentOrder(0));
        Assert.Equal(0, facts.ParentOf(1));
    }

    private static bool WalkAgreesWithTypeChains(ReportFacts facts)
    {
        var expected = facts.NodesOfType<object>().Where(n => n > 0).ToList();
        var walked = new List<int>();
        for (var node = facts.NextInDocumentOrder(0); node >= 0 && walked.Count <= expected.Count; node = facts.NextInDocumentOrder(node))
        {
            walked.Add(node);
        }

        return walked.SequenceEqual(expected);
    }

    /// <summary>A node's token equals the last token of its pointer text, and no other token (here: that token with a suffix).</summary>
    [Property(MaxTest = 60)]
    public Property TokenEquals_MatchesTheLastTokenOfThePointer(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var wrong = new List<string>();
        foreach (var node in facts.NodesOfType<object>().Where(n => n > 0))
        {
            var pointer = facts.PointerOf(node);
            var last = pointer.Substring(pointer.LastIndexOf('/') + 1);
            if (!facts.TokenEquals(node, last) || facts.TokenEquals(node, last + "0") || facts.TokenEquals(node, last + "x"))
            {
                wrong.Add(pointer);
            }
        }

        return (wrong.Count == 0).Label(string.Join(", ", wrong.Take(5)));
    }

    /// <summary>
    /// Two prefixes get one key exactly when their texts are equal — codes of digits up to 15 (keyed by value and length,
    /// so "01" and "1" differ), longer ones and texts with other characters (keyed by text).
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property CodeKeys_AreEqualExactlyWhenTheTextsAre(byte[] a, byte[] b, byte cutA, byte cutB)
    {
        // Texts over "0123456789x" of up to 17 characters: the digit-only ones cross the 15-digit limit.
        static string Text(byte[] bytes) => new((bytes ?? []).Take(17).Select(x => "0123456789x"[x % 11]).ToArray());
        var left = Text(a);
        var right = Text(b);
        var lengthA = left.Length == 0 ? 0 : cutA % (left.Length + 1);
        var lengthB = right.Length == 0 ? 0 : cutB % (right.Length + 1);
        var keys = new CodeKeys();
        var sameKey = keys.Of(left, lengthA) == keys.Of(right, lengthB);
        var sameText = string.Equals(left.Substring(0, lengthA), right.Substring(0, lengthB), StringComparison.Ordinal);
        return (sameKey == sameText).Label($"{left}[..{lengthA}] vs {right}[..{lengthB}]");
    }

    /// <summary>Hand-picked keys: a code and its parent's prefix agree; leading zeros and non-digits stay distinct.</summary>
    [Fact]
    public void CodeKeys_Examples()
    {
        var keys = new CodeKeys();
        Assert.Equal(keys.Of("20101"), keys.Of("2010101", 5));   // the 款 of a 项 is its first five digits
        Assert.NotEqual(keys.Of("01"), keys.Of("1"));            // same value, other length
        Assert.NotEqual(keys.Of("2a1"), keys.Of("201"));
        Assert.Equal(keys.Of("2a1"), keys.Of("2a1xx", 3));       // a text that is not digits keeps one key per text
        Assert.Equal(keys.Of("1234567890123456"), keys.Of("12345678901234567", 16));   // past 15 digits: by text
        Assert.NotEqual(keys.Of("123456789012345"), keys.Of("1234567890123456"));
    }
}
