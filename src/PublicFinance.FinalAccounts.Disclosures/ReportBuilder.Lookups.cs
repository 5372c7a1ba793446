using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The map's look-ups of a value met again (a conflict: 同一数字两次陈述), read from the node already found instead of
/// walking its pointer once more (session 23, "the builder's per-figure cost").
/// </summary>
internal sealed partial class ReportBuilder
{
    /// <summary>
    /// Whether the member or item that token[start, end) names in <paramref name="parent"/> is at the path a pointer
    /// would write for it: a non-empty name without '/', or an index in its shortest digits. With a parent at its own
    /// path, the value found there is then the node the map's exact look-up of the pointer reaches.
    /// </summary>
    private static bool AtOwnPath(DraftNode parent, string token, int start, int end) => parent.Kind switch
    {
        DraftKind.Object => start < end && token.IndexOf('/', start, end - start) < 0,
        DraftKind.Array => PlacedSpans.CanonicalIndex(token, start, end) >= 0,
        _ => false,
    };

    /// <summary>
    /// The qualifier key recorded for the first value at <paramref name="pointer"/>: from <paramref name="node"/> when
    /// given (the value at its own path while the map is in the draft, as <see cref="PlacedSpans.TryGetContext"/> would
    /// find it), else from the map.
    /// </summary>
    private bool FirstContext(string pointer, DraftNode? node, out DeferredKey key)
    {
        if (node is null)
        {
            return Spans.TryGetContext(pointer, out key);
        }

        if (node.Mapped && node.HasContext)
        {
            key = node.Context;
            return true;
        }

        key = default;
        return false;
    }

    /// <summary>The span recorded for <paramref name="node"/>, as <see cref="PlacedSpans.TryGetValue"/> gives it for its path.</summary>
    private static bool SpanOf(DraftNode node, out SourceSpan span)
    {
        span = node.Mapped ? node.Span : default;
        return node.Mapped;
    }
}
