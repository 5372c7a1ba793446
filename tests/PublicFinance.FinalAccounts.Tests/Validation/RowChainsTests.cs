using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// <see cref="RowChains"/> (session 12) replaced a <c>List&lt;int&gt;</c> per code key in the hierarchy and roll-up checks;
/// the oracle is that structure: for every key, the same rows in the order they were added.
/// </summary>
public class RowChainsTests
{
    [Property(MaxTest = 300)]
    public Property EveryKey_HasItsRowsInTheOrderAdded_AsAListPerKey(byte[] keys, PositiveInt capacity)
    {
        // Few distinct keys (a byte modulo 7) so that chains are long; a small capacity so that the arrays grow.
        var oracle = new Dictionary<long, List<int>>();
        using var chains = new RowChains(capacity.Get % 8);
        for (var row = 0; row < keys.Length; row++)
        {
            long key = keys[row] % 7;
            chains.Add(key, row);
            if (!oracle.TryGetValue(key, out var rows))
            {
                oracle[key] = rows = [];
            }

            rows.Add(row);
        }

        for (long key = -1; key < 8; key++)
        {
            var found = new List<int>();
            for (var entry = chains.First(key); entry >= 0; entry = chains.NextOf(entry))
            {
                found.Add(chains.RowAt(entry));
            }

            var expected = oracle.TryGetValue(key, out var rows) ? rows : [];
            if (!found.SequenceEqual(expected))
            {
                return false.Label($"key {key}: [{string.Join(",", found)}] instead of [{string.Join(",", expected)}]");
            }
        }

        return true.ToProperty();
    }

    [Fact]
    public void AKeyNeverAdded_HasNoChain_AndDisposingTwiceIsHarmless()
    {
        var chains = new RowChains(0);
        chains.Add(42, 3);
        chains.Add(42, 5);
        Assert.Equal(-1, chains.First(41));
        var first = chains.First(42);
        Assert.Equal(3, chains.RowAt(first));
        Assert.Equal(5, chains.RowAt(chains.NextOf(first)));
        Assert.Equal(-1, chains.NextOf(chains.NextOf(first)));
        chains.Dispose();
        chains.Dispose();
    }
}
