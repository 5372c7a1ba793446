using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The position map's look-up that tries the run of the last answer and the one after it before the binary search
/// (session 15, <see cref="OffsetMap"/>): the answer must not depend on the order of the questions — in text order,
/// backwards, at random, repeated — and must be what the map's runs, written out one position at a time, say.
/// </summary>
public class OffsetMapRunTests
{
    /// <summary>
    /// Random maps (runs of random length whose values continue or jump, as a joined paragraph's lines or a normalised
    /// text's dropped characters make them) asked about every position in text order, backwards, at random and twice
    /// each, against the positions written out; <see cref="OffsetMap.IsContiguous"/> against the written-out values.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Lookups_InAnyOrder_AsThePositionsWrittenOut()
    {
        var run = Gen.Choose(1, 30).SelectMany(count => Gen.Choose(0, 3).Select(jump => (count, jump)));
        var gen = run.NonEmptyListOf().SelectMany(runs => Gen.Choose(0, 10_000).ArrayOf(40).Select(order => (runs, order)));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (runs, order) = t;
            var map = new OffsetMap();
            var expected = new List<int>();
            var value = 0;
            foreach (var (count, jump) in runs)
            {
                value += jump;   // 0: the run continues the one before (no new run is made)
                map.AddRun(value, count);
                for (var k = 0; k < count; k++)
                {
                    expected.Add(value + k);
                }

                value += count;
            }

            var n = expected.Count;
            var questions = Enumerable.Range(0, n)
                .Concat(Enumerable.Range(0, n).Reverse())
                .Concat(order.Select(q => q % n))
                .SelectMany(q => new[] { q, q });
            var same = map.Length == n && questions.All(q => map[q] == expected[q]);
            for (var q = 0; q + 1 < n && same; q++)
            {
                var end = Math.Min(n, q + 1 + (order[q % order.Length] % 8));
                var contiguous = Enumerable.Range(q, end - q - 1).All(k => expected[k + 1] == expected[k] + 1);
                same &= map.IsContiguous(q, end) == contiguous;
            }

            return same.Label(string.Join(",", runs));
        });
    }

    /// <summary>
    /// A map's runs are kept as start and base side by side in one array that doubles (session 16 round two): from every
    /// room given at the start (1 to 5 runs, and the default) through many growths, each run's positions are its own —
    /// no run's start is read as another's base — and the count of runs is the number of jumps.
    /// </summary>
    [Fact]
    public void Runs_PastEveryGrowth_KeepTheirStartsAndBases()
    {
        foreach (var capacity in new int?[] { null, 1, 2, 3, 4, 5 })
        {
            var map = capacity is { } c ? new OffsetMap(c) : new OffsetMap();
            var expected = new List<int>();
            for (var r = 0; r < 37; r++)
            {
                var value = (r * 1000) + 7;   // every run jumps: a new run each time
                var count = (r % 3) + 1;
                map.AddRun(value, count);
                expected.AddRange(Enumerable.Range(value, count));
            }

            Assert.Equal(37, map.Runs);
            Assert.Equal(expected.Count, map.Length);
            Assert.Equal(expected, Enumerable.Range(0, map.Length).Select(i => map[i]));
            Assert.Equal(Enumerable.Reverse(expected), Enumerable.Range(0, map.Length).Reverse().Select(i => map[i]));
            Assert.True(map.IsContiguous(expected.Count - 4, expected.Count - 1));   // run 35: three positions
            Assert.False(map.IsContiguous(expected.Count - 2, expected.Count));   // runs 35 and 36 (one position)
            Assert.False(map.IsContiguous(0, 2));   // run 0 has one position
        }
    }

    /// <summary>
    /// Hand-made: three runs; the hint moves forward by one run, jumps back, jumps ahead, and a position outside the
    /// map still throws.
    /// </summary>
    [Fact]
    public void Lookups_ForwardBackAndAhead()
    {
        var map = new OffsetMap();
        map.AddRun(100, 3);   // 0..2 → 100..102
        map.AddRun(200, 2);   // 3..4 → 200..201
        map.AddRun(300, 4);   // 5..8 → 300..303
        Assert.Equal(3, map.Runs);
        Assert.Equal([100, 101, 102, 200, 201, 300, 301, 302, 303], Enumerable.Range(0, 9).Select(i => map[i]));
        Assert.Equal(100, map[0]);
        Assert.Equal(303, map[8]);
        Assert.Equal(200, map[3]);
        Assert.Equal(2, map.RunBySearch(7));
        Assert.True(map.IsContiguous(5, 9));
        Assert.False(map.IsContiguous(4, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => map[9]);
    }
}
