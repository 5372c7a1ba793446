using System.Collections;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Where each placed value of a read was stated (pointer → span), and the qualifier key each claim was first placed
/// with — kept in the draft itself: a value placed at its own pointer (its path from the root) carries its span and key
/// (<see cref="DraftNode.Mapped"/>), so a placed value costs no entry in a map grown by doubling, nor a copy of it into
/// the result's <see cref="SourceMap"/>, which reads this store as it is. A read that ever places a value under a pointer
/// that is not its path (an index past the end of a list, an empty token, a node placed twice, a placed value replaced by
/// <see cref="ReportBuilder.Put(string, string)"/>) turns the store into the two dictionaries that held these pairs
/// before, in the same order, and goes on with them: the answers are the dictionaries' either way.
/// </summary>
internal sealed class PlacedSpans : SourceMap.ISpanSource, IEnumerable<KeyValuePair<string, SourceSpan>>
{
    private readonly DraftNode root;

    /// <summary>The pairs once the store is dictionaries (null while the draft holds them).</summary>
    private Dictionary<string, SourceSpan>? spans;

    /// <summary>The claims' qualifier keys once the store is dictionaries.</summary>
    private Dictionary<string, ReportBuilder.DeferredKey>? contexts;

    /// <summary>Mapped nodes in the draft (while it holds the pairs), and the order the next one gets.</summary>
    private int mapped;

    public PlacedSpans(DraftNode root)
    {
        this.root = root;
    }

    /// <summary>Whether the pairs are in the draft (else in dictionaries).</summary>
    public bool InDraft => spans is null;

    /// <inheritdoc/>
    public int Count => spans?.Count ?? mapped;

    /// <summary>The span recorded for exactly <paramref name="pointer"/> (no ancestor), as a dictionary's TryGetValue.</summary>
    public bool TryGetValue(string pointer, out SourceSpan span)
    {
        if (spans is not null)
        {
            return spans.TryGetValue(pointer, out span);
        }

        if (Exact(pointer) is { } node)
        {
            span = node.Span;
            return true;
        }

        span = default;
        return false;
    }

    /// <inheritdoc/>
    public bool TryGetSpan(string pointer, out SourceSpan span)
    {
        if (pointer is null)
        {
            throw new ArgumentNullException(nameof(pointer));
        }

        if (spans is not null)
        {
            return SourceMap.Nearest(spans, pointer, out span);
        }

        // Down the pointer's tokens as far as the draft goes; the deepest mapped node is the nearest mapped ancestor
        // (every pair is a node's own path, so a prefix that is not a path is no key either).
        span = default;
        var found = false;
        var node = root;
        var start = 1;
        if (pointer.Length == 0 || pointer[0] != '/')
        {
            return false;
        }

        while (start <= pointer.Length)
        {
            var end = pointer.IndexOf('/', start);
            if (end < 0)
            {
                end = pointer.Length;
            }

            if (node.IsCompactRow)
            {
                // A compact row's members are mapped values at the row's span, with nothing below them (asked in place:
                // the result's map is read after the read, perhaps by several threads, and changes nothing).
                if (node.TryRowMemberSpan(pointer, start, end, out var member))
                {
                    span = member;
                    found = true;
                }

                break;
            }

            if (Step(node, pointer, start, end) is not { } child)
            {
                break;
            }

            node = child;
            if (node.Mapped)
            {
                span = node.Span;
                found = true;
            }

            start = end + 1;
        }

        return found;
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<string, SourceSpan>> Pairs() => this;

    /// <summary>The pairs in the order their pointers were first recorded (a dictionary's order, which never lost a key).</summary>
    public IEnumerator<KeyValuePair<string, SourceSpan>> GetEnumerator()
    {
        if (spans is not null)
        {
            return spans.GetEnumerator();
        }

        var placed = new List<Placed>(mapped);
        Collect(root, string.Empty, placed);
        placed.Sort((x, y) => x.Order.CompareTo(y.Order));
        return placed.Select(p => new KeyValuePair<string, SourceSpan>(p.Pointer, p.Span)).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A mapped value with its pointer, order and span (and its node, unless it is a compact row's member).</summary>
    private readonly record struct Placed(string Pointer, int Order, SourceSpan Span, DraftNode? Node);

    /// <summary>
    /// Every mapped value under <paramref name="node"/> with its pointer (<paramref name="path"/> is the node's), a compact
    /// row's members read as they are (the row stays compact).
    /// </summary>
    private static void Collect(DraftNode node, string path, List<Placed> placed)
    {
        if (node.Mapped)
        {
            placed.Add(new Placed(path, node.Order, node.Span, node));
        }

        if (node.IsCompactRow)
        {
            for (var i = 0; i < node.Count; i++)
            {
                placed.Add(new Placed(path + "/" + node.NameAt(i), node.CompactOrder(i), node.RowSpan, null));
            }

            return;
        }

        for (var i = 0; i < node.Count; i++)
        {
            var token = node.Kind == DraftKind.Object ? node.NameAt(i) : i.ToString(CultureInfo.InvariantCulture);
            Collect(node.At(i), path + "/" + token, placed);
        }
    }

    /// <summary>Whether a node or anything under it is mapped.</summary>
    public static bool HoldsMapped(DraftNode node)
    {
        if (node.Mapped || (node.IsCompactRow && node.Count > 0))
        {
            return true;   // a compact row's members are all mapped
        }

        for (var i = 0; i < node.Count; i++)
        {
            if (HoldsMapped(node.At(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Records that <paramref name="node"/>, just placed at <paramref name="pointer"/>, was stated at
    /// <paramref name="span"/>; <paramref name="own"/> tells that the pointer is the node's path (else, and when the
    /// store is already dictionaries, the pair goes into the dictionary). A claim's qualifier key goes with it (a box the
    /// node may share with others: see <see cref="DraftNode.Context"/>). The
    /// pointer may be null only when the node is placed at its own path and the store is in the draft (it is not read).
    /// </summary>
    public void Record(DraftNode node, string? pointer, bool own, SourceSpan span, DraftNode.ContextBox? context)
    {
        if (spans is null && own)
        {
            node.Mapped = true;
            node.Span = span;
            node.Order = mapped++;
            if (context is not null)
            {
                node.ContextHolder = context;   // shared with the claims placed under the same context
            }

            return;
        }

        ToDictionaries();
        spans![pointer!] = span;
        if (context is not null)
        {
            contexts![pointer!] = context.Key;
        }
    }

    /// <summary>
    /// The place in the map's order that a value placed at its own path now gets, as <see cref="Record"/> gives a node (for
    /// a compact row's member, <see cref="DraftNode.AppendCompact"/>); only while the pairs are in the draft.
    /// </summary>
    public int NextOrder() => mapped++;

    /// <summary>The qualifier key recorded with a claim at exactly <paramref name="pointer"/>.</summary>
    public bool TryGetContext(string pointer, out ReportBuilder.DeferredKey key)
    {
        if (contexts is not null)
        {
            return contexts.TryGetValue(pointer, out key);
        }

        if (Exact(pointer) is { HasContext: true } node)
        {
            key = node.Context;
            return true;
        }

        key = default;
        return false;
    }

    /// <summary>Replaces the qualifier key recorded at <paramref name="pointer"/> (one found by <see cref="TryGetContext"/>).</summary>
    public void SetContext(string pointer, ReportBuilder.DeferredKey key)
    {
        if (contexts is not null)
        {
            contexts[pointer] = key;
        }
        else if (Exact(pointer) is { } node)
        {
            node.Context = key;
        }
    }

    /// <summary>
    /// Moves the pairs out of the draft into dictionaries, in the order they were recorded (what the dictionaries held
    /// would have been inserted in that order, each pointer once: the draft holds a pointer only while it is the node's
    /// path, and a node is never moved).
    /// </summary>
    public void ToDictionaries()
    {
        if (spans is not null)
        {
            return;
        }

        DraftNode.ExpandAll(root);   // compact rows' members become the nodes they stand for, to be unmapped below
        var placed = new List<Placed>(mapped);
        Collect(root, string.Empty, placed);
        placed.Sort((x, y) => x.Order.CompareTo(y.Order));
        spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        contexts = new Dictionary<string, ReportBuilder.DeferredKey>(StringComparer.Ordinal);
        foreach (var (pointer, _, _, found) in placed)
        {
            var node = found!;
            spans[pointer] = node.Span;
            if (node.HasContext)
            {
                contexts[pointer] = node.Context;
            }

            node.Mapped = false;
            node.HasContext = false;
        }

        mapped = 0;
    }

    /// <summary>The mapped node whose path is exactly <paramref name="pointer"/>, or null.</summary>
    private DraftNode? Exact(string pointer)
    {
        if (pointer.Length == 0 || pointer[0] != '/')
        {
            return null;
        }

        var node = root;
        var start = 1;
        while (true)
        {
            var end = pointer.IndexOf('/', start);
            if (end < 0)
            {
                end = pointer.Length;
            }

            if (Step(node, pointer, start, end) is not { } child)
            {
                return null;
            }

            node = child;
            if (end == pointer.Length)
            {
                return node.Mapped ? node : null;
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// The child of <paramref name="node"/> that the token pointer[start, end) names as a path would write it: a
    /// member's exact name, or an item's index in its shortest digits; null for an empty token, a value, or no such child.
    /// </summary>
    private static DraftNode? Step(DraftNode node, string pointer, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        return node.Kind switch
        {
            DraftKind.Object => node.Member(pointer, start, end),
            DraftKind.Array => CanonicalIndex(pointer, start, end) is var i and >= 0 && i < node.Count ? node.At(i) : null,
            _ => null,
        };
    }

    /// <summary>The index written in pointer[start, end) as a path writes it (1–8 digits, no leading zero but "0"), or -1.</summary>
    public static int CanonicalIndex(string pointer, int start, int end)
        => end <= start || (pointer[start] == '0' && end - start > 1) ? -1 : ReportBuilder.Index(pointer, start, end);
}
