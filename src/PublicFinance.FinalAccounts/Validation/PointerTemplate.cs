using System.Collections.Concurrent;
using System.Threading;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A JSON Pointer template of a relation (指针模板), parsed once: <c>/tables/income/rows/*/total</c>, where each <c>*</c>
/// stands for every element of a list. Expanding a template against a <see cref="ReportFacts"/> index walks nodes (list
/// elements by index, members by name) and yields typed locations; pointer text is made only when a finding needs it.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PointerTemplate
{
    private const string Wildcard = "/*";
    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<string, PointerTemplate> Cache = new(StringComparer.Ordinal);

    private readonly Part[] parts;

    // The last total IsListBelow was asked about and its answer (a relation asks about its own total every time).
    private ListBelowAnswer? lastListBelow;

    private PointerTemplate(string text)
    {
        Text = text;
        var raw = text.Split([Wildcard], StringSplitOptions.None);
        parts = new Part[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            parts[i] = new Part(raw[i]);
        }
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>How many wildcards the template has.</summary>
    public int WildcardCount => parts.Length - 1;

    /// <summary>Parses a template.</summary>
    /// <param name="text">Template text.</param>
    /// <returns>The template.</returns>
    public static PointerTemplate Parse(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>The template of a text, parsed once per process for the (bounded) set of templates rules use.</summary>
    /// <param name="text">Template text.</param>
    /// <returns>The template.</returns>
    public static PointerTemplate Of(string text)
    {
        if (Cache.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = Parse(text);
        return Cache.Count < MaxCached ? Cache.GetOrAdd(text, made) : made;
    }

    /// <summary>The pointer text with the wildcards bound to <paramref name="indices"/> (unbound ones stay <c>*</c>).</summary>
    /// <param name="indices">Indices for the first wildcards.</param>
    /// <returns>The pointer text.</returns>
    public string Bind(ReadOnlySpan<int> indices)
    {
        var text = parts[0].Text;
        for (var i = 1; i < parts.Length; i++)
        {
            text += (i - 1 < indices.Length
                ? "/" + indices[i - 1].ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Wildcard) + parts[i].Text;
        }

        return text;
    }

    /// <summary>
    /// Every location the template names, binding the first wildcards to <paramref name="bound"/> and iterating the others;
    /// the last part of each location may be absent (then the location names its nearest present ancestor and the rest).
    /// </summary>
    /// <param name="facts">The index.</param>
    /// <param name="bound">Indices for the first wildcards.</param>
    /// <param name="results">Receives the locations (cleared first).</param>
    /// <param name="missingList">The first list on the way that was absent or empty, when any.</param>
    /// <returns>Whether a list on the way was absent or empty.</returns>
    public bool Expand(ReportFacts facts, ReadOnlySpan<int> bound, Expansions results, out FactPointer missingList)
    {
        results.Clear();
        var state = new ExpandState { Facts = facts, Results = results };
        Span<int> indices = stackalloc int[Math.Max(1, parts.Length)];
        Recurse(ref state, bound, 0, ReportFacts.Root, indices);
        missingList = state.Missing;
        return state.HasMissing;
    }

    /// <summary>
    /// Resolves a template without wildcards from the root, as <see cref="ReportFacts.Locate"/> resolves its text (the node,
    /// or -1 with the nearest present node as <paramref name="ancestor"/>), through the part's resolution remembered for
    /// the validation; false (nothing resolved) when the template has a wildcard or does not parse.
    /// </summary>
    public bool TryResolveFixed(ReportFacts facts, out int node, out int ancestor)
    {
        if (parts.Length != 1 || !parts[0].IsValid)
        {
            node = ancestor = -1;
            return false;
        }

        node = parts[0].Resolve(facts, ReportFacts.Root, out var location);
        ancestor = node >= 0 ? node : location.Ancestor;
        return true;
    }

    /// <summary>
    /// Locates a template without wildcards from the root: the location its expansion would hold (its node, or its nearest
    /// present node and the rest), through the part's resolution remembered for the validation; false when it has a wildcard.
    /// </summary>
    /// <param name="facts">The index.</param>
    /// <param name="location">The location.</param>
    /// <returns>Whether the template is fixed.</returns>
    public bool TryLocateFixed(ReportFacts facts, out FactPointer location)
    {
        if (parts.Length != 1)
        {
            location = default;
            return false;
        }

        parts[0].Resolve(facts, ReportFacts.Root, out location);
        return true;
    }

    /// <summary>The first location the template names once its wildcards are bound, or the template's text when none.</summary>
    /// <param name="facts">The index.</param>
    /// <param name="indices">Indices for the wildcards.</param>
    /// <param name="scratch">A reusable buffer.</param>
    /// <returns>The location.</returns>
    public FactPointer BindIn(ReportFacts facts, ReadOnlySpan<int> indices, Expansions scratch)
    {
        Expand(facts, indices, scratch, out _);
        return scratch.Count > 0 ? scratch[0].Location : FactPointer.Of(Text);
    }

    /// <summary>
    /// Whether this template names a member beside another's (同级成员): the same parts up to its last wildcard, so that
    /// bound to the indices of one of the other's locations it resolves from the same list element — only its last part
    /// differs (<c>…/indicators/*/weight</c> beside <c>…/indicators/*/score</c>).
    /// </summary>
    /// <param name="other">The other template.</param>
    /// <returns>Whether the two share every part but the last, and have a wildcard.</returns>
    public bool IsBeside(PointerTemplate other)
    {
        if (other is null || parts.Length < 2 || parts.Length != other.parts.Length)
        {
            return false;
        }

        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!string.Equals(parts[i].Text, other.parts[i].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The location this template names below a list element its last wildcard bound (<see cref="Expansions.ElementAt"/> of a
    /// template it <see cref="IsBeside"/>): its last part resolved from there — what <see cref="BindIn"/> finds with the same
    /// indices, without resolving the parts before it again.
    /// </summary>
    /// <param name="facts">The index.</param>
    /// <param name="element">The list element (a present node).</param>
    /// <returns>The location.</returns>
    public FactPointer BindBelow(ReportFacts facts, int element)
    {
        parts[parts.Length - 1].Resolve(facts, element, out var location);
        return location;
    }

    /// <summary>
    /// Whether this template lists the elements of one list below the element another's last wildcard bound (本级之下的列表):
    /// the same parts as <paramref name="total"/> up to its last wildcard, then one part to a list and one wildcard
    /// (<c>…/evaluations/*/funds/*/weight</c> below <c>…/evaluations/*/totalWeight</c>). Expanded with the total's indices it
    /// resolves the same parts to the same element, so its locations are <see cref="ListBelow"/>'s elements'
    /// <see cref="ElementMemberAt"/>, in order. The answer is kept for the last total asked about.
    /// </summary>
    /// <param name="total">The other template.</param>
    /// <returns>Whether the other has a wildcard and this one shares every part before its last and has one more wildcard.</returns>
    public bool IsListBelow(PointerTemplate total)
    {
        if (lastListBelow is { } known && ReferenceEquals(known.Total, total))
        {
            return known.Answer;
        }

        var answer = total is not null && total.parts.Length >= 2 && parts.Length == total.parts.Length + 1;
        for (var i = 0; answer && i < total!.parts.Length - 1; i++)
        {
            answer = string.Equals(parts[i].Text, total.parts[i].Text, StringComparison.Ordinal);
        }

        if (total is not null)
        {
            lastListBelow = new ListBelowAnswer(total, answer);
        }

        return answer;
    }

    /// <summary>
    /// The list this template walks below a list element (for a template <see cref="IsListBelow"/> another, the element
    /// the other's last wildcard bound): the part before its last wildcard resolved from there; -1 when absent.
    /// </summary>
    /// <param name="facts">The index.</param>
    /// <param name="element">The list element (a present node).</param>
    /// <param name="location">The list's location (what an expansion notes as its missing list when it is absent or empty).</param>
    /// <returns>The list node, or -1.</returns>
    public int ListBelow(ReportFacts facts, int element, out FactPointer location) =>
        parts[parts.Length - 2].Resolve(facts, element, out location);

    /// <summary>
    /// The location of this template's last part below the element at <paramref name="index"/> of a list
    /// (<see cref="ListBelow"/>): what an expansion adds for that element — below a null element the text of the absent place.
    /// </summary>
    /// <param name="facts">The index.</param>
    /// <param name="list">The list (a present list node).</param>
    /// <param name="index">The element's index (below the list's count).</param>
    /// <returns>The location.</returns>
    public FactPointer ElementMemberAt(ReportFacts facts, int list, int index)
    {
        var element = facts.Element(list, index);
        if (element < 0)
        {
            // As ExpandAbsent does for the last part below a null element.
            var below = FactPointer.Below(facts, list, "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return FactPointer.Of(below.ToString() + parts[parts.Length - 1].Text);
        }

        parts[parts.Length - 1].Resolve(facts, element, out var location);
        return location;
    }

    private void Recurse(ref ExpandState state, ReadOnlySpan<int> bound, int part, int start, Span<int> indices)
    {
        var node = parts[part].Resolve(state.Facts, start, out var location);
        if (part == parts.Length - 1)
        {
            state.Results.Add(location, indices.Slice(0, part), start);
            return;
        }

        var count = state.Facts.ListCountOf(node);
        if (count < 0)
        {
            state.NoteMissing(location);
            return;
        }

        if (part < bound.Length)
        {
            if (bound[part] < count)
            {
                indices[part] = bound[part];
                Recurse(ref state, bound, part + 1, state.Facts.Element(node, bound[part]), indices);
            }

            return;
        }

        if (count == 0)
        {
            state.NoteMissing(location);
        }

        for (var i = 0; i < count; i++)
        {
            indices[part] = i;
            var element = state.Facts.Element(node, i);
            if (element < 0)
            {
                // A null element of a list: nothing below it is present.
                var below = FactPointer.Below(state.Facts, node, "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                ExpandAbsent(ref state, part + 1, below, indices);
                continue;
            }

            Recurse(ref state, bound, part + 1, element, indices);
        }
    }

    private void ExpandAbsent(ref ExpandState state, int part, FactPointer below, Span<int> indices)
    {
        // Below an absent element a list can have no elements: a non-last part is a missing list, the last part an absent figure.
        var location = FactPointer.Of(below.ToString() + parts[part].Text);
        if (part == parts.Length - 1)
        {
            state.Results.Add(location, indices.Slice(0, part), -1);
        }
        else
        {
            state.NoteMissing(location);
        }
    }

    /// <summary>The path between two wildcards, as tokens.</summary>
    private sealed class Part
    {
        // Numbers the parts from 1 in the order they are made (a template is parsed once per process): the slot of the
        // part's resolution from the root in a validation's RootPaths (a number past its limit, or wrapped, is not kept).
        private static int made;

        private readonly int number = Interlocked.Increment(ref made);
        private readonly string[] tokens;
        private readonly string[] suffixes;
        private readonly bool valid;

        // Per token, the member's position in the record it was last found in (ReportFacts.InternedChild's hint; shared
        // by threads, which may overwrite each other's: a hint only says where to look first).
        private readonly int[] hints;

        /// <summary>Whether the part is pointer text whose tokens unescape (else nothing is found below it).</summary>
        public bool IsValid => valid;

        public Part(string text)
        {
            Text = text;
            valid = text.Length == 0 || text[0] == '/';
            var raw = !valid || text.Length == 0 ? [] : text.Substring(1).Split('/');
            tokens = new string[raw.Length];
            suffixes = new string[raw.Length + 1];
            hints = new int[raw.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                valid &= JsonPointer.TryUnescape(raw[i], out tokens[i]);
                // The contract's member names are literals, so interned: a member is then found by reference first.
                tokens[i] = string.Intern(tokens[i]);
            }

            suffixes[raw.Length] = string.Empty;
            for (var i = raw.Length - 1; i >= 0; i--)
            {
                suffixes[i] = "/" + raw[i] + suffixes[i + 1];
            }

            if (!valid)
            {
                suffixes[0] = text;
            }
        }

        public string Text { get; }

        /// <summary>
        /// Resolves the part below <paramref name="start"/>: the node (or -1) and its location. A part resolved from the
        /// root is remembered by a validator's index (many relations share a prefix such as <c>/narrative/income</c>).
        /// </summary>
        public int Resolve(ReportFacts facts, int start, out FactPointer location)
        {
            if (start != ReportFacts.Root)
            {
                return ResolveBelow(facts, start, out location);
            }

            if (facts.TryGetRootPath(number, out var node, out location))
            {
                return node;
            }

            node = ResolveBelow(facts, start, out location);
            facts.NoteRootPath(number, node, location);
            return node;
        }

        private int ResolveBelow(ReportFacts facts, int start, out FactPointer location)
        {
            if (!valid)
            {
                location = FactPointer.Below(facts, start, suffixes[0]);
                return -1;
            }

            var node = start;
            for (var i = 0; i < tokens.Length; i++)
            {
                var child = facts.InternedChild(node, tokens[i], ref hints[i]);
                if (child < 0)
                {
                    location = FactPointer.Below(facts, node, suffixes[i]);
                    return -1;
                }

                node = child;
            }

            location = FactPointer.At(facts, node);
            return node;
        }
    }

    /// <summary>A total <see cref="IsListBelow"/> was asked about and its answer (immutable, swapped whole).</summary>
    private sealed record ListBelowAnswer(PointerTemplate Total, bool Answer);

    /// <summary>What one expansion collects: the locations, and the first list on the way that was absent or empty.</summary>
    private struct ExpandState
    {
        public ReportFacts Facts;
        public Expansions Results;
        public FactPointer Missing;
        public bool HasMissing;

        public void NoteMissing(FactPointer location)
        {
            if (HasMissing)
            {
                return;
            }

            Missing = location;
            HasMissing = true;
        }
    }
}
