namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Where each figure of a report read from text was stated (原文位置映射): JSON Pointer → source span. A pointer without
/// its own span inherits the span of its nearest ancestor.
/// </summary>
public sealed class SourceMap
{
    /// <summary>The pairs, when the map was made from pairs (the public constructor); null for a <see cref="ISpanSource"/>.</summary>
    private readonly Dictionary<string, SourceSpan>? spans;

    /// <summary>The map's own store (the text reader's draft: no copy into a dictionary), or null.</summary>
    private readonly ISpanSource? source;

    /// <summary>An empty map.</summary>
    public static SourceMap Empty { get; } = new(Array.Empty<KeyValuePair<string, SourceSpan>>());

    /// <summary>Creates a map.</summary>
    /// <param name="spans">Pointer → span pairs; a later duplicate replaces an earlier one.</param>
    public SourceMap(IEnumerable<KeyValuePair<string, SourceSpan>> spans)
    {
        if (spans is null)
        {
            throw new ArgumentNullException(nameof(spans));
        }

        if (spans is IDictionary<string, SourceSpan> dictionary)
        {
            // No duplicates to resolve: one copy at the right size (a dictionary with the same comparer is copied
            // entry by entry without re-hashing on .NET).
            this.spans = new Dictionary<string, SourceSpan>(dictionary, StringComparer.Ordinal);
            return;
        }

        this.spans = spans is ICollection<KeyValuePair<string, SourceSpan>> collection
            ? new Dictionary<string, SourceSpan>(collection.Count, StringComparer.Ordinal)
            : new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var pair in spans)
        {
            this.spans[pair.Key] = pair.Value;
        }
    }

    /// <summary>
    /// A map over a store that answers for itself (the text reader hands over the draft it built, which knows where each
    /// value was stated, instead of a copy of its pairs).
    /// </summary>
    /// <param name="source">The store; it must not change afterwards.</param>
    internal SourceMap(ISpanSource source)
    {
        this.source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>
    /// The figures the text wrote in another unit than the report's, by the span of the figure (原文单位不同的数字; session
    /// 48): a finding whose stated figure is one of them names it as written. Null when the text wrote none.
    /// </summary>
    internal IReadOnlyDictionary<SourceSpan, WrittenFigure>? WrittenFigures { get; init; }

    /// <summary>Number of mapped pointers.</summary>
    public int Count => source?.Count ?? spans!.Count;

    /// <summary>The pairs (pointer, span) of the map, in no promised order (for tests and diagnostics).</summary>
    internal IEnumerable<KeyValuePair<string, SourceSpan>> Pairs() => source is not null ? source.Pairs() : spans!;

    /// <summary>Finds the span of a pointer or of its nearest mapped ancestor.</summary>
    /// <param name="pointer">JSON Pointer.</param>
    /// <param name="span">The span, when found.</param>
    /// <returns>Whether a span was found.</returns>
    public bool TryGetSpan(string pointer, out SourceSpan span)
    {
        if (pointer is null)
        {
            throw new ArgumentNullException(nameof(pointer));
        }

        if (source is not null)
        {
            return source.TryGetSpan(pointer, out span);
        }

        return Nearest(spans!, pointer, out span);
    }

    /// <summary>
    /// The span of <paramref name="pointer"/> in <paramref name="spans"/>, else of its longest prefix ending before a
    /// '/' at an index above 0 (what <see cref="TryGetSpan"/> finds in a map of these pairs).
    /// </summary>
    /// <param name="spans">Pointer → span pairs.</param>
    /// <param name="pointer">JSON Pointer.</param>
    /// <param name="span">The span, when found.</param>
    /// <returns>Whether a span was found.</returns>
    internal static bool Nearest(Dictionary<string, SourceSpan> spans, string pointer, out SourceSpan span)
    {
        if (spans.Count == 0)
        {
            // The usual case (a report not read from text): no ancestor strings to make.
            span = default;
            return false;
        }

        var p = pointer;
        while (true)
        {
            if (spans.TryGetValue(p, out span))
            {
                return true;
            }

            var slash = p.LastIndexOf('/');
            if (slash <= 0)
            {
                return false;
            }

            p = p.Substring(0, slash);
        }
    }

    /// <summary>
    /// A store of pointer → span pairs that finds a pointer's span itself: <see cref="TryGetSpan"/> must give what
    /// <see cref="SourceMap.TryGetSpan"/> gives for a dictionary of the same pairs (the span of the pointer, else of its
    /// longest prefix ending before a '/' at an index above 0).
    /// </summary>
    internal interface ISpanSource
    {
        /// <summary>Number of pairs.</summary>
        int Count { get; }

        /// <summary>The span of <paramref name="pointer"/> or of its nearest mapped ancestor.</summary>
        /// <param name="pointer">JSON Pointer (not null).</param>
        /// <param name="span">The span, when found.</param>
        /// <returns>Whether a span was found.</returns>
        bool TryGetSpan(string pointer, out SourceSpan span);

        /// <summary>The pairs.</summary>
        /// <returns>Every pointer with its span.</returns>
        IEnumerable<KeyValuePair<string, SourceSpan>> Pairs();
    }
}
