namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Where each figure of a report read from text was stated (原文位置映射): JSON Pointer → source span. A pointer without
/// its own span inherits the span of its nearest ancestor.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceSpan> spans;

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

    /// <summary>Number of mapped pointers.</summary>
    public int Count => spans.Count;

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
}
