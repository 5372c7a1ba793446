using System.Buffers;
using System.Collections;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The claims a read has made so far (已作出的陈述), in the order made: a list whose array is rented from the shared pool and
/// grown there, so that a read leaves no arrays behind it as a <see cref="List{T}"/> grown by doubling did (≈ 8 KB on the
/// seed: its left-behind arrays, and the last one, which the result no longer keeps). The result takes an array of exactly
/// the claims; <see cref="Release"/> then gives the rented array back.
/// </summary>
internal sealed class ClaimList : IReadOnlyList<Claim>
{
    /// <summary>The claims in [0, <see cref="Count"/>) of an array rented from the shared pool (empty until the first).</summary>
    private Claim[] items = [];

    /// <summary>How many claims have been made.</summary>
    public int Count { get; private set; }

    /// <summary>Claim <paramref name="index"/>, in the order made.</summary>
    /// <param name="index">The claim's index.</param>
    public Claim this[int index]
        => (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Replaces claim <paramref name="index"/> (a value moved to another pointer: <c>ReportBuilder.Changes</c>).</summary>
    /// <param name="index">The claim's index.</param>
    /// <param name="claim">The claim that replaces it.</param>
    public void Replace(int index, Claim claim)
        => items[(uint)index < (uint)Count ? index : throw new ArgumentOutOfRangeException(nameof(index))] = claim;

    /// <summary>Adds a claim at the end.</summary>
    /// <param name="claim">The claim.</param>
    public void Add(Claim claim)
    {
        if (Count == items.Length)
        {
            var grown = ArrayPool<Claim>.Shared.Rent(Math.Max(64, Count * 2));
            Array.Copy(items, grown, Count);
            Return();
            items = grown;
        }

        items[Count++] = claim;
    }

    /// <summary>
    /// Gives the rented array back to the pool (cleared: it holds no claim for its next user) and empties the list; the
    /// list can be used again.
    /// </summary>
    public void Release()
    {
        Return();
        items = [];
        Count = 0;
    }

    private void Return()
    {
        if (items.Length > 0)
        {
            ArrayPool<Claim>.Shared.Return(items, clearArray: true);
        }
    }

    /// <summary>An enumerator over the claims made (a struct: a <c>foreach</c> over the list allocates nothing).</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Claim> IEnumerable<Claim>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Claim>)this).GetEnumerator();

    /// <summary>The claims in the order made.</summary>
    internal struct Enumerator
    {
        private readonly ClaimList list;
        private int index;

        internal Enumerator(ClaimList list)
        {
            this.list = list;
            index = -1;
        }

        /// <summary>The claim at the enumerator's place.</summary>
        public readonly Claim Current => list.items[index];

        /// <summary>Moves to the next claim.</summary>
        /// <returns>False after the last.</returns>
        public bool MoveNext() => ++index < list.Count;
    }
}
