using System.Buffers;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The spans of the claims made so far (已认领的原文位置), asked whether a span is among them: the claims' spans are copied
/// into an array rented from the shared pool and sorted when first asked, then found by binary search — what a
/// <see cref="HashSet{T}"/> of them answered, without a set (its entries and its growth: ≈ 10 KB a read of the seed) per
/// read. The claims are those present when it is made: claims added later are not among them. Give the array back with
/// <see cref="Return"/>.
/// </summary>
internal struct ClaimedSpans
{
    private readonly ClaimList claims;

    /// <summary>How many of the claims are asked about (those present when made).</summary>
    private readonly int count;

    /// <summary>Their spans sorted (<see cref="Order"/>), or null until first asked.</summary>
    private SourceSpan[]? sorted;

    /// <summary>The spans of the claims in <paramref name="claims"/> now.</summary>
    /// <param name="claims">The claims (later additions are not asked about).</param>
    public ClaimedSpans(ClaimList claims)
    {
        this.claims = claims;
        count = claims.Count;
        sorted = null;
    }

    /// <summary>Whether a claim has exactly this span.</summary>
    /// <param name="span">The span.</param>
    /// <returns>True when one of the claims was made at <paramref name="span"/>.</returns>
    public bool Contains(SourceSpan span)
    {
        if (count == 0)
        {
            return false;
        }

        if (sorted is null)
        {
            sorted = ArrayPool<SourceSpan>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                sorted[i] = claims[i].Span;
            }

            Array.Sort(sorted, 0, count, Order.Instance);
        }

        return Array.BinarySearch(sorted, 0, count, span, Order.Instance) >= 0;
    }

    /// <summary>Gives the rented array back to the pool (nothing to do when none was rented).</summary>
    public void Return()
    {
        if (sorted is not null)
        {
            ArrayPool<SourceSpan>.Shared.Return(sorted);
            sorted = null;
        }
    }

    /// <summary>Spans by their four numbers in turn: equal exactly when the spans are equal.</summary>
    internal sealed class Order : IComparer<SourceSpan>
    {
        public static readonly Order Instance = new();

        public int Compare(SourceSpan x, SourceSpan y)
            => x.StartLine != y.StartLine ? x.StartLine.CompareTo(y.StartLine)
                : x.StartColumn != y.StartColumn ? x.StartColumn.CompareTo(y.StartColumn)
                : x.EndLine != y.EndLine ? x.EndLine.CompareTo(y.EndLine)
                : x.EndColumn.CompareTo(y.EndColumn);
    }
}
