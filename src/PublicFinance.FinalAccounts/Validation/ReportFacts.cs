using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Every value of a report addressed by its JSON Pointer (RFC 6901) (数据索引) — the same pointers as the report's JSON
/// form, because the index is built from the JSON contract. Figures (<c>Amount</c>, <c>Percent</c>, <c>Quantity</c>),
/// codes, strings, numbers and enums are leaves; records and lists are nodes. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// The index is a flat array of nodes: the members of a record and the elements of a list are contiguous, so a list
/// element is found by its index and a member by a scan of its record's few members. No pointer text is stored; a
/// pointer is parsed when looked up and written only when asked for (<see cref="LeafPointers"/>, <see cref="OfType{T}"/>,
/// diagnostics). See docs/design.md, "Validation internals".
/// </remarks>
public sealed class ReportFacts
{
    private const int MaxDepth = 64;
    private const byte LeafKind = 0;
    private const byte ObjectKind = 1;
    private const byte ListKind = 2;

    private readonly Dictionary<Type, List<int>> byType = [];
    private readonly Dictionary<Type, JsonTypeInfo> typeInfos = [];
    private readonly List<int> leaves = [];
    private readonly List<List<object?>> scratch = [];
    private readonly List<List<int>> scratchMembers = [];
    private readonly bool pooled;
    private Node[] nodes;
    private int nodeCount;
    private int order;
    private string[]? leafPointers;

    private ReportFacts(bool pooled)
    {
        this.pooled = pooled;
        nodes = pooled ? ArrayPool<Node>.Shared.Rent(InitialCapacity) : new Node[InitialCapacity];
    }

    private const int InitialCapacity = 256;

    /// <summary>Pointers of every leaf value in document order (叶子数据的位置).</summary>
    public IReadOnlyList<string> LeafPointers
    {
        get
        {
            if (leafPointers is { } done)
            {
                return done;
            }

            var made = new string[leaves.Count];
            for (var i = 0; i < made.Length; i++)
            {
                made[i] = PointerOf(leaves[i]);
            }

            return Interlocked.CompareExchange(ref leafPointers, made, null) ?? made;
        }
    }

    /// <summary>The root node (the report).</summary>
    internal const int Root = 0;

    /// <summary>Indexes a report.</summary>
    /// <param name="report">The report (决算报告).</param>
    /// <returns>The index.</returns>
    public static ReportFacts Create(FinalAccountsReport report) => Create(report, pooled: false);

    /// <summary>
    /// Indexes a report; with <paramref name="pooled"/> the node array is rented from the shared pool and must be given back
    /// with <see cref="ReturnToPool"/> when the index is no longer used (the validator does so at the end of a run).
    /// </summary>
    internal static ReportFacts Create(FinalAccountsReport report, bool pooled)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var facts = new ReportFacts(pooled);
        var root = facts.Reserve(1);
        facts.nodes[root] = new Node { Value = report, Parent = -1 };
        facts.Walk(root, FinalAccountsJson.ReportTypeInfo, 0);
        facts.scratch.Clear();
        facts.scratchMembers.Clear();
        return facts;
    }

    /// <summary>Gives a pooled node array back; the index is empty afterwards.</summary>
    internal void ReturnToPool()
    {
        if (!pooled || nodes.Length == 0)
        {
            return;
        }

        var old = nodes;
        nodes = [];
        nodeCount = 0;
        ArrayPool<Node>.Shared.Return(old, clearArray: true);
    }

    /// <summary>Every value of type <typeparamref name="T"/> with its pointer, in document order.</summary>
    /// <typeparam name="T">The type, e.g. <c>YearOverYearChange</c>.</typeparam>
    /// <returns>Pointer and value pairs.</returns>
    public IEnumerable<KeyValuePair<string, T>> OfType<T>()
    {
        foreach (var node in NodesOfType<T>())
        {
            yield return new KeyValuePair<string, T>(PointerOf(node), (T)nodes[node].Value!);
        }
    }

    /// <summary>Gets the value (leaf or node) at a pointer.</summary>
    /// <param name="pointer">JSON Pointer, e.g. <c>/narrative/income/total/amount</c>.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether a non-null value exists there.</returns>
    public bool TryGetValue(string pointer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? value)
    {
        var node = Find(pointer);
        value = node < 0 ? null : nodes[node].Value;
        return value is not null;
    }

    /// <summary>Gets a typed value at a pointer.</summary>
    /// <typeparam name="T">Expected type, e.g. <c>Amount</c>.</typeparam>
    /// <param name="pointer">JSON Pointer.</param>
    /// <param name="value">The value, when present and of that type.</param>
    /// <returns>Whether a value of type <typeparamref name="T"/> exists there.</returns>
    public bool TryGet<T>(string pointer, out T value) => TryGet(Find(pointer), out value);

    /// <summary>Whether anything (leaf or node) is present at the pointer (是否存在).</summary>
    /// <param name="pointer">JSON Pointer; the empty string is the whole report.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string pointer) => Find(pointer) >= 0;

    /// <summary>Number of elements of the list at the pointer, or -1 when there is no list there (列表长度).</summary>
    /// <param name="pointer">JSON Pointer of a list.</param>
    /// <returns>The count, or -1.</returns>
    public int ListCount(string pointer) => ListCountOf(Find(pointer));

    /// <summary>Escapes one reference token (RFC 6901: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    /// <param name="token">Property name.</param>
    /// <returns>The escaped token.</returns>
    public static string EscapeToken(string token) => JsonPointer.Escape(token);

    // ---- node access (internal: the validator's typed pointers) ----------------------------------------------------

    /// <summary>The node at a pointer text, or -1 when nothing is present there.</summary>
    internal int Find(string pointer)
    {
        var located = Locate(pointer, out _);
        return located;
    }

    /// <summary>
    /// Resolves a pointer text as far as present: the node, or -1 with <paramref name="ancestor"/> the last present node
    /// on the way (-1 when the text is not a pointer).
    /// </summary>
    internal int Locate(string pointer, out int ancestor)
    {
        ancestor = -1;
        if (pointer is null || nodeCount == 0 || (pointer.Length > 0 && pointer[0] != '/'))
        {
            return -1;
        }

        var node = Root;
        ancestor = Root;
        var position = 1;
        while (position <= pointer.Length && pointer.Length > 0)
        {
            var end = pointer.IndexOf('/', position);
            if (end < 0)
            {
                end = pointer.Length;
            }

            var token = pointer.AsSpan(position, end - position);
            var child = token.IndexOf('~') < 0 ? Child(node, token)
                : JsonPointer.TryUnescape(token.ToString(), out var unescaped) ? Child(node, unescaped.AsSpan()) : -1;
            if (child < 0)
            {
                return -1;
            }

            node = ancestor = child;
            position = end + 1;
        }

        return node;
    }

    /// <summary>The present child of a node named by an unescaped token (a member name or a list index), or -1.</summary>
    internal int Child(int node, ReadOnlySpan<char> token)
    {
        if (node < 0)
        {
            return -1;
        }

        ref readonly var n = ref nodes[node];
        if (n.Kind == ObjectKind)
        {
            for (var i = n.First; i < n.First + n.Count; i++)
            {
                if (nodes[i].Value is not null && token.SequenceEqual(nodes[i].Name.AsSpan()))
                {
                    return i;
                }
            }

            return -1;
        }

        return n.Kind == ListKind && JsonPointer.TryParseIndex(token, out var index) ? Element(node, index) : -1;
    }

    /// <summary>The present member of a record node, or -1.</summary>
    internal int Member(int node, string name) => Child(node, name.AsSpan());

    /// <summary>The present element of a list node, or -1.</summary>
    internal int Element(int list, int index)
    {
        if (list < 0 || nodes[list].Kind != ListKind || (uint)index >= (uint)nodes[list].Count)
        {
            return -1;
        }

        var element = nodes[list].First + index;
        return nodes[element].Value is null ? -1 : element;
    }

    /// <summary>The element count of a list node, or -1 when the node is absent or not a list.</summary>
    internal int ListCountOf(int node) => node >= 0 && nodes[node].Kind == ListKind ? nodes[node].Count : -1;

    /// <summary>The value of a present node, or null.</summary>
    internal object? ValueOf(int node) => node < 0 ? null : nodes[node].Value;

    /// <summary>The member name of a node, or null for a list element and the root.</summary>
    internal string? NameOf(int node) => node < 0 ? null : nodes[node].Name;

    /// <summary>Whether the member name of the node or of one of its ancestors below the root equals <paramref name="name"/>.</summary>
    internal bool HasAncestorNamed(int node, string name)
    {
        for (var p = node; p > Root; p = nodes[p].Parent)
        {
            if (string.Equals(nodes[p].Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any node of type <typeparamref name="T"/> lies strictly below <paramref name="ancestor"/>.</summary>
    internal bool AnyBelow<T>(int ancestor)
    {
        if (ancestor < 0)
        {
            return false;
        }

        foreach (var node in NodesOfType<T>())
        {
            if (node != ancestor && IsWithin(node, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parent node, or -1 at the root.</summary>
    internal int ParentOf(int node) => nodes[node].Parent;

    /// <summary>The typed value of a node.</summary>
    internal bool TryGet<T>(int node, out T value)
    {
        if (node >= 0 && nodes[node].Value is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or lies below it.</summary>
    internal bool IsWithin(int node, int ancestor)
    {
        for (var p = node; p >= 0; p = nodes[p].Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every node holding a <typeparamref name="T"/>, in document order.</summary>
    internal IEnumerable<int> NodesOfType<T>()
    {
        List<int>? single = null;
        List<int>? merged = null;
        foreach (var pair in byType)
        {
            if (!typeof(T).IsAssignableFrom(pair.Key))
            {
                continue;
            }

            if (single is null)
            {
                single = pair.Value;
                continue;
            }

            merged ??= [.. single];
            merged.AddRange(pair.Value);
        }

        if (merged is not null)
        {
            merged.Sort((a, b) => nodes[a].Order.CompareTo(nodes[b].Order));
        }

        return merged ?? single ?? (IEnumerable<int>)[];
    }

    /// <summary>The pointer text of a node (made on demand; the pointers of records and lists are kept once made).</summary>
    internal string PointerOf(int node)
    {
        if (node <= Root)
        {
            return string.Empty;
        }

        if (node >= nodeCount)
        {
            // A Figure kept by a custom rule after its validation ended: the pooled index is gone (documented on
            // ValidationContext.Facts); say so instead of an IndexOutOfRangeException.
            throw new InvalidOperationException(
                "此数字的位置只在校验期间可用。A figure's pointer can only be read while its validation runs; keep Figure.Pointer, not the Figure.");
        }

        var depth = 0;
        for (var p = node; p > Root; p = nodes[p].Parent)
        {
            depth++;
        }

        var tokens = new string[depth];
        for (var p = node; p > Root; p = nodes[p].Parent)
        {
            tokens[--depth] = Token(p);
        }

        return "/" + string.Join("/", tokens);
    }

    private string Token(int node)
    {
        ref readonly var n = ref nodes[node];
        return n.Name is { } name ? JsonPointer.Escape(name) : (node - nodes[n.Parent].First).ToString(CultureInfo.InvariantCulture);
    }

    // ---- building ---------------------------------------------------------------------------------------------------

    private int Reserve(int count)
    {
        if (nodeCount + count > nodes.Length)
        {
            var size = Math.Max(nodes.Length * 2, nodeCount + count);
            var grown = pooled ? ArrayPool<Node>.Shared.Rent(size) : new Node[size];
            Array.Copy(nodes, grown, nodeCount);
            if (pooled)
            {
                ArrayPool<Node>.Shared.Return(nodes, clearArray: true);
            }

            nodes = grown;
        }

        var first = nodeCount;
        nodeCount += count;
        return first;
    }

    private void Record(int node)
    {
        nodes[node].Order = order++;
        var type = nodes[node].Value!.GetType();
        if (!byType.TryGetValue(type, out var list))
        {
            byType[type] = list = [];
        }

        list.Add(node);
    }

    private void Walk(int node, JsonTypeInfo typeInfo, int depth)
    {
        Record(node);
        var value = nodes[node].Value!;
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                // Only the members that hold a value get a node: a record's absent members cost nothing.
                var properties = typeInfo.Properties;
                var present = ScratchAt(scratch, depth);
                var members = ScratchAt(scratchMembers, depth);
                for (var k = 0; k < properties.Count; k++)
                {
                    if (properties[k].Get?.Invoke(value) is { } member)
                    {
                        present.Add(member);
                        members.Add(k);
                    }
                }

                var first = AddChildren(node, ObjectKind, present);
                for (var m = 0; m < members.Count; m++)
                {
                    nodes[first + m].Name = properties[members[m]].Name;
                }

                for (var m = 0; m < members.Count; m++)
                {
                    Visit(first + m, properties[members[m]].PropertyType, depth + 1);
                }

                members.Clear();
                break;
            case JsonTypeInfoKind.Enumerable:
                var elements = ScratchAt(scratch, depth);
                foreach (var element in (IEnumerable)value)
                {
                    elements.Add(element);
                }

                var start = AddChildren(node, ListKind, elements);
                for (var i = 0; i < nodes[node].Count; i++)
                {
                    if (nodes[start + i].Value is { } element)
                    {
                        Visit(start + i, typeInfo.ElementType ?? element.GetType(), depth + 1);
                    }
                }

                break;
            default:
                leaves.Add(node);
                break;
        }
    }

    /// <summary>The cleared scratch list of a depth (each depth of the walk has its own, as the walk recurses).</summary>
    private static List<T> ScratchAt<T>(List<List<T>> pool, int depth)
    {
        while (pool.Count <= depth)
        {
            pool.Add([]);
        }

        pool[depth].Clear();
        return pool[depth];
    }

    /// <summary>Gives a record or list node consecutive children holding <paramref name="values"/> (then cleared).</summary>
    private int AddChildren(int node, byte kind, List<object?> values)
    {
        var first = Reserve(values.Count);
        nodes[node].Kind = kind;
        nodes[node].First = first;
        nodes[node].Count = values.Count;
        for (var i = 0; i < values.Count; i++)
        {
            nodes[first + i] = new Node { Value = values[i], Parent = node };
        }

        values.Clear();
        return first;
    }

    private void Visit(int node, Type declaredType, int depth)
    {
        var child = nodes[node].Value!;
        var type = child.GetType();
        if (type.IsPrimitive || type.IsEnum || child is string || type.IsValueType)
        {
            Record(node);
            leaves.Add(node);
            return;
        }

        if (depth > MaxDepth)
        {
            // Deeper than any report the contract describes: left out of the index, as if absent.
            nodes[node].Value = null;
            return;
        }

        // The options' own lookup is thread-safe but not free; one report has a few dozen types, so cache them here.
        if (!typeInfos.TryGetValue(declaredType, out var typeInfo))
        {
            typeInfos[declaredType] = typeInfo = FinalAccountsJson.Options.GetTypeInfo(declaredType);
        }

        Walk(node, typeInfo, depth);
    }

    /// <summary>One value of the report: its parent, its member name (null for a list element) and its children's range.</summary>
    private struct Node
    {
        public object? Value;
        public string? Name;
        public int Parent;
        public int First;
        public int Count;
        public int Order;
        public byte Kind;
    }
}
