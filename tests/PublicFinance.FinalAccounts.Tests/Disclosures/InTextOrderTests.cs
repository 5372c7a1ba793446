using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The result's claims and findings in text order (<c>DisclosureReader.InTextOrder</c>): since session 16 round two a
/// stable merge sort in the builder's own list, which must give what <c>OrderBy(line).ThenBy(column)</c> gives — ties
/// in the order given — for lists in order, out of order, with many ties and of every small length.
/// </summary>
public class InTextOrderTests
{
    /// <summary>Hand-made: a list in text order comes back as itself; one out of order is sorted with its ties kept.</summary>
    [Fact]
    public void InOrder_Unchanged_OutOfOrder_SortedStably()
    {
        var inOrder = new List<(SourceSpan Span, string Name)> { (new(1, 1, 1, 2), "a"), (new(1, 1, 1, 3), "b"), (new(2, 5, 2, 6), "c") };
        Assert.Same(inOrder, DisclosureReader.InTextOrder(inOrder, x => x.Span));
        Assert.Equal(["a", "b", "c"], inOrder.Select(x => x.Name));

        var outOfOrder = new List<(SourceSpan Span, string Name)>
        {
            (new(3, 1, 3, 2), "table 1"), (new(1, 4, 1, 5), "a"), (new(3, 1, 3, 9), "table 2"),
            (new(1, 2, 1, 3), "b"), (new(1, 4, 1, 8), "c"),
        };
        var sorted = DisclosureReader.InTextOrder(outOfOrder, x => x.Span);
        Assert.Equal(["b", "a", "c", "table 1", "table 2"], sorted.Select(x => x.Name));
    }

    /// <summary>Random spans (few lines and columns: many ties), each tagged with its place, against LINQ's stable sort.</summary>
    [Property(MaxTest = 400)]
    public Property Sorted_AsOrderByThenBy_TiesInTheOrderGiven()
    {
        var span = Gen.Choose(1, 6).SelectMany(line => Gen.Choose(1, 4).Select(column => (line, column)));
        return Prop.ForAll(span.ListOf().ToArbitrary(), spans =>
        {
            var items = spans.Select((s, i) => (Span: new SourceSpan(s.line, s.column, s.line, s.column + 1), Place: i)).ToList();
            var expected = items.OrderBy(x => x.Span.StartLine).ThenBy(x => x.Span.StartColumn).ToList();
            var sorted = DisclosureReader.InTextOrder(items, x => x.Span);
            return sorted.SequenceEqual(expected).Label(string.Join(" ", spans));
        });
    }
}
