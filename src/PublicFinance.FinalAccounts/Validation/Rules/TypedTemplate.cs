using System.Collections;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// A relation template expanded over the typed model (按模型展开的指针模板; session 25): the parts between the wildcards
/// read by the contract's getters (<see cref="ContractPath"/>), a list's elements by index — the locations
/// <see cref="PointerTemplate.Expand"/> gives over the fact index, in the same order, each with the record that holds its
/// last token, whether a value is there, and its wildcards' indices, from which its pointer text is written only when asked.
/// </summary>
internal sealed class TypedTemplate
{
    private readonly Part[] parts;

    /// <summary>Parses a template (<c>/a/*/b</c>); its parts' tokens are unescaped once.</summary>
    /// <param name="text">The template's text.</param>
    public TypedTemplate(string text)
    {
        Text = text;
        var pieces = text.Split(["/*"], StringSplitOptions.None);
        parts = [.. pieces.Select(p => new Part(p))];
        var last = parts[parts.Length - 1];
        LastToken = last.Tokens.Length > 0 ? last.Tokens[last.Tokens.Length - 1] : null;
    }

    /// <summary>The template's text.</summary>
    public string Text { get; }

    /// <summary>The number of wildcards.</summary>
    public int WildcardCount => parts.Length - 1;

    /// <summary>
    /// The last token of the template's last part (the member a location names, e.g. <c>amount</c>), or null when the
    /// template ends with a wildcard or has no token.
    /// </summary>
    public string? LastToken { get; }

    /// <summary>
    /// Expands the template from the report's root, the first wildcards bound to <paramref name="bound"/>: one location per
    /// value the index's expansion holds (present or absent), in its order. An absent or empty list on the way adds nothing.
    /// </summary>
    /// <param name="root">The report.</param>
    /// <param name="bound">Indices for the first wildcards.</param>
    /// <param name="results">Emptied, then filled with the locations.</param>
    public void Expand(object root, ReadOnlySpan<int> bound, Locations results)
    {
        results.Clear();
        Span<int> indices = stackalloc int[Math.Max(1, parts.Length)];
        Recurse(root, bound, 0, indices, results);
    }

    /// <summary>The pointer text of a location: the template with its wildcards replaced by the location's indices.</summary>
    /// <param name="locations">The expansion.</param>
    /// <param name="i">The location's position in it.</param>
    /// <returns>The JSON Pointer.</returns>
    public string PointerOf(Locations locations, int i)
    {
        if (parts.Length == 1)
        {
            return parts[0].Text;
        }

        var text = new System.Text.StringBuilder(parts[0].Text);
        for (var p = 1; p < parts.Length; p++)
        {
            text.Append('/').Append(locations.IndexAt(i, p - 1).ToString(CultureInfo.InvariantCulture)).Append(parts[p].Text);
        }

        return text.ToString();
    }

    private void Recurse(object? start, ReadOnlySpan<int> bound, int part, Span<int> indices, Locations results)
    {
        var current = parts[part];
        if (part == parts.Length - 1)
        {
            var holder = start is null ? null : current.HolderAt(start);
            var value = holder is null || current.Tokens.Length == 0 ? holder : current.LastAt(holder);
            results.Add(current.Tokens.Length == 0 ? null : holder, value is not null, indices.Slice(0, part));
            return;
        }

        // As the index: a list on the way that is absent, not a list or empty adds nothing (it is the expansion's missing list).
        var list = start is null ? null : current.ValueAt(start);
        if (list is null || list is string || list is not IEnumerable)
        {
            return;
        }

        var elements = list as IReadOnlyList<object?> ?? [.. ((IEnumerable)list).Cast<object?>()];
        if (part < bound.Length)
        {
            if (bound[part] < elements.Count)
            {
                indices[part] = bound[part];
                Recurse(elements[bound[part]], bound, part + 1, indices, results);
            }

            return;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            indices[part] = i;
            Recurse(elements[i], bound, part + 1, indices, results);
        }
    }

    /// <summary>The locations of one expansion, reused: each the record holding its last token (or null), and its indices.</summary>
    internal sealed class Locations
    {
        private readonly List<object?> holders = [];
        private readonly List<bool> present = [];
        private readonly List<int> indices = [];
        private int width;

        /// <summary>The number of locations.</summary>
        public int Count => holders.Count;

        /// <summary>The record holding location <paramref name="i"/>'s last token, or null when it is absent.</summary>
        /// <param name="i">The location's position.</param>
        /// <returns>The record, or null.</returns>
        public object? HolderAt(int i) => holders[i];

        /// <summary>Whether a value is at location <paramref name="i"/>.</summary>
        /// <param name="i">The location's position.</param>
        /// <returns>Whether it is present.</returns>
        public bool PresentAt(int i) => present[i];

        /// <summary>The index the location's wildcard <paramref name="wildcard"/> is bound to.</summary>
        /// <param name="i">The location's position.</param>
        /// <param name="wildcard">The wildcard's position.</param>
        /// <returns>The index.</returns>
        public int IndexAt(int i, int wildcard) => indices[(i * width) + wildcard];

        /// <summary>The indices of location <paramref name="i"/> (to bind another template's wildcards).</summary>
        /// <param name="i">The location's position.</param>
        /// <returns>The indices.</returns>
        public ReadOnlySpan<int> IndicesOf(int i) =>
#if NET
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indices).Slice(i * width, width);
#else
            indices.GetRange(i * width, width).ToArray();   // netstandard2.0 has no CollectionsMarshal: a copy
#endif

        /// <summary>Empties the list.</summary>
        public void Clear()
        {
            holders.Clear();
            present.Clear();
            indices.Clear();
            width = 0;
        }

        /// <summary>Adds a location.</summary>
        /// <param name="holder">The record holding its last token, or null.</param>
        /// <param name="isPresent">Whether a value is there.</param>
        /// <param name="bound">Its wildcards' indices (as many for every location of one template).</param>
        public void Add(object? holder, bool isPresent, ReadOnlySpan<int> bound)
        {
            width = bound.Length;
            holders.Add(holder);
            present.Add(isPresent);
            foreach (var index in bound)
            {
                indices.Add(index);
            }
        }
    }

    /// <summary>The path between two wildcards: its text, its unescaped tokens, and its getters found once per record type.</summary>
    private sealed class Part
    {
        private readonly ContractPath whole;
        private readonly ContractPath holder;
        private readonly ContractPath last;

        public Part(string text)
        {
            Text = text;
            var valid = text.Length == 0 || text[0] == '/';
            var raw = !valid || text.Length == 0 ? [] : text.Substring(1).Split('/');
            Tokens = new string[raw.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                valid &= JsonPointer.TryUnescape(raw[i], out Tokens[i]);
            }

            Valid = valid;
            whole = new ContractPath(Tokens);
            holder = new ContractPath(Tokens.Length == 0 ? [] : Tokens.AsSpan(0, Tokens.Length - 1).ToArray());
            last = new ContractPath(Tokens.Length == 0 ? [] : [Tokens[Tokens.Length - 1]]);
        }

        public string Text { get; }

        public string[] Tokens { get; }

        /// <summary>Whether the part is pointer text whose tokens unescape (else nothing is found below it, as in the index).</summary>
        public bool Valid { get; }

        public object? ValueAt(object start) => Valid ? whole.ValueAt(start) : null;

        public object? HolderAt(object start) => Valid ? holder.ValueAt(start) : null;

        public object? LastAt(object record) => last.ValueAt(record);
    }
}
