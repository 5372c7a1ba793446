using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

public class SourceMapTests
{
    private static readonly SourceSpan First = new(1, 1, 1, 5);
    private static readonly SourceSpan Second = new(2, 3, 2, 9);

    [Fact]
    public void FromASequence_ALaterDuplicateReplacesAnEarlierOne()
    {
        var map = new SourceMap(new[]
        {
            new KeyValuePair<string, SourceSpan>("/a/b", First),
            new KeyValuePair<string, SourceSpan>("/a/b", Second),
        });

        Assert.Equal(1, map.Count);
        Assert.True(map.TryGetSpan("/a/b", out var span));
        Assert.Equal(Second, span);
    }

    [Fact]
    public void FromADictionary_IsACopy_AndAPointerInheritsItsNearestAncestor()
    {
        var source = new Dictionary<string, SourceSpan> { ["/a"] = First, ["/a/b/c"] = Second };
        var map = new SourceMap(source);
        source["/x"] = Second;   // changing the caller's dictionary afterwards does not change the map

        Assert.Equal(2, map.Count);
        Assert.True(map.TryGetSpan("/a/b/c/d", out var nested));
        Assert.Equal(Second, nested);
        Assert.True(map.TryGetSpan("/a/b", out var parent));
        Assert.Equal(First, parent);
        Assert.False(map.TryGetSpan("/x", out _));
    }

    [Fact]
    public void ADictionaryWithAnotherComparer_IsReadOrdinally()
    {
        var source = new Dictionary<string, SourceSpan>(System.StringComparer.OrdinalIgnoreCase) { ["/A"] = First };
        var map = new SourceMap(source);

        Assert.True(map.TryGetSpan("/A", out _));
        Assert.False(map.TryGetSpan("/a", out _));   // pointers are case-sensitive (RFC 6901)
    }

    /// <summary>The dictionary fast path and the pair-by-pair path agree for every pointer asked.</summary>
    [Property(MaxTest = 200)]
    public Property AnyPairs_TheMapFromADictionaryEqualsTheMapFromItsPairs()
    {
        return Prop.ForAll(
            Gen.Elements("/a", "/a/b", "/a/b/0", "/c", "/c/d").ArrayOf().ToArbitrary(),
            pointers =>
            {
                var dictionary = pointers.Distinct().Select((p, i) => (p, i))
                    .ToDictionary(t => t.p, t => new SourceSpan(t.i + 1, 1, t.i + 1, 2));
                var fromDictionary = new SourceMap(dictionary);
                var fromPairs = new SourceMap(dictionary.ToList());
                return new[] { "/a", "/a/b", "/a/b/0/x", "/c/d/e", "/z" }.All(p =>
                    fromDictionary.TryGetSpan(p, out var s1) == fromPairs.TryGetSpan(p, out var s2) && s1 == s2);
            });
    }
}
