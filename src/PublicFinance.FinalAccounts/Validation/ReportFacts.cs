using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
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
    private const byte LeafKind = NodeShape.LeafKind;
    private const byte ObjectKind = NodeShape.ObjectKind;
    private const byte ListKind = NodeShape.ListKind;

    // The nodes of each runtime type are chained through Node.NextOfType (document order): no list per type to grow. Indexed
    // by the type's small id (NodeShape.IdOf): no dictionary lookup per node.
    private TypeChain[] chains = [];
    // The contract's metadata per declared type, shared by every index: the options' own lookup is thread-safe but not
    // free, and a report has a few dozen types (it was a dictionary per index, filled again by every validation).
    private static readonly ConcurrentDictionary<Type, JsonTypeInfo> TypeInfos = new();

    // The names RecordsNamed was asked for, interned: string.Intern searches the runtime's table under its lock on every
    // call (≈0.5 % of a validation for the two anchor names); a relation list asks for a few names, so a name is interned
    // once per process — past MaxInternedNames (a caller asking for arbitrary names) on every call, as before.
    private static readonly ConcurrentDictionary<string, string> InternedNames = new(StringComparer.Ordinal);
    private const int MaxInternedNames = 1024;

    // Record nodes by member name in document order (the anchors of condition relations over `/**/name`), made on first
    // request: one walk per name and index instead of one per relation.
    private readonly Dictionary<string, int[]> recordsByName = new(StringComparer.Ordinal);
    /// <summary>
    /// A scratch list with more room than this is not kept for the next index (8 MB of references: the rows of a table
    /// of a million rows, more than a report JSON within the reader's 16 MiB can hold; see <see cref="Expansions"/>).
    /// </summary>
    private const int MaxKeptScratch = 1 << 20;

    // The walk's per-depth scratch lists, kept per thread between indexes: a table of many rows then reuses the room
    // of the previous index instead of growing a new list (a large-object-heap allocation) every time.
    [ThreadStatic]
    private static Scratch? spareScratch;

    private readonly bool pooled;

    // Whether the walk by shapes reads records through the contract's getters instead of the generated readers (the
    // tests' oracle, CreateByGetters).
    private bool byGetters;

    // Template parts resolved from the root, by the part's number (a relation's fixed prefix, e.g. /narrative/income/total):
    // many relations resolve the same ones. Only a validator's (pooled) index keeps them, in arrays indexed by the part's
    // number (no hash of the part per lookup); the arrays are kept per thread, emptied.
    [ThreadStatic]
    private static RootPaths? spareRootPaths;

    private RootPaths? rootPaths;

    // Whether every member name in the index is interned (the walk by shapes: NodeShape interns them), so that an interned
    // token that matches no name by reference matches none (InternedChild, RecordsNamed). The contract walk (the test
    // oracle) makes no such promise.
    private bool namesInterned;
    private Node[] nodes;
    private int nodeCount;
    private int order;
    private string[]? leafPointers;

    private ReportFacts(bool pooled)
    {
        this.pooled = pooled;
        // A pooled index starts with room for as many nodes as this thread's previous one: one rented array instead
        // of four or more doublings (each a copy) for every report of a similar size.
        var capacity = pooled ? Math.Max(InitialCapacity, lastPooledCount) : InitialCapacity;
        nodes = pooled ? ArrayPool<Node>.Shared.Rent(capacity) : new Node[capacity];
        if (pooled)
        {
            rootPaths = spareRootPaths ?? new RootPaths();
            spareRootPaths = null;
        }
    }

    /// <summary>The remembered resolution of a template part from the root (a validator's index only).</summary>
    /// <param name="part">The part's number (<see cref="RootPaths.MaxParts"/> or more: never remembered).</param>
    /// <param name="node">The node, or -1.</param>
    /// <param name="location">Its location.</param>
    internal bool TryGetRootPath(int part, out int node, out FactPointer location)
    {
        if (rootPaths is not null)
        {
            return rootPaths.TryGet(part, out node, out location);
        }

        node = -1;
        location = default;
        return false;
    }

    /// <summary>Remembers the resolution of a template part from the root (not thread-safe, as a run is not).</summary>
    internal void NoteRootPath(int part, int node, FactPointer location) => rootPaths?.Note(part, node, location);

    private const int InitialCapacity = 256;

    /// <summary>The node count of the last pooled index this thread gave back (a size hint; at most a million).</summary>
    [ThreadStatic]
    private static int lastPooledCount;

    /// <summary>Pointers of every leaf value in document order (叶子数据的位置).</summary>
    public IReadOnlyList<string> LeafPointers
    {
        get
        {
            if (leafPointers is { } done)
            {
                return done;
            }

            var made = new List<string>();
            CollectLeafPointers(Root, made);
            var array = made.ToArray();
            return Interlocked.CompareExchange(ref leafPointers, array, null) ?? array;
        }
    }

    /// <summary>The root node (the report).</summary>
    internal const int Root = 0;

    /// <summary>The member that declares a table empty (本表无数据).</summary>
    internal const string IsEmptyMember = "isEmpty";

    /// <summary>
    /// Whether any member <c>isEmpty</c> holds true (a table declared empty): when none does — most reports — no
    /// location needs its ancestors searched for one.
    /// </summary>
    internal bool AnyDeclaredEmpty { get; private set; }

    /// <summary>Indexes a report.</summary>
    /// <param name="report">The report (决算报告).</param>
    /// <returns>The index.</returns>
    public static ReportFacts Create(FinalAccountsReport report) => Create(report, pooled: false);

    /// <summary>
    /// Indexes a report by the JSON contract's metadata (boxed getters looked up per node): the walk before the typed one,
    /// kept as the oracle the tests compare the typed walk with.
    /// </summary>
    internal static ReportFacts CreateByContract(FinalAccountsReport report) => Create(report, pooled: false, byContract: true);

    /// <summary>
    /// Indexes a report by shapes but reads every record's members through the contract's getters, not the generated
    /// readers (<see cref="FactMemberReaders"/>): the walk before session 16, kept as the oracle the tests compare the
    /// readers with.
    /// </summary>
    internal static ReportFacts CreateByGetters(FinalAccountsReport report) =>
        Create(report, pooled: false, byContract: false, byGetters: true);

    /// <summary>
    /// Indexes a report; with <paramref name="pooled"/> the node array is rented from the shared pool and must be given back
    /// with <see cref="ReturnToPool"/> when the index is no longer used (the validator does so at the end of a run).
    /// </summary>
    internal static ReportFacts Create(FinalAccountsReport report, bool pooled) => Create(report, pooled, byContract: false);

    private static ReportFacts Create(FinalAccountsReport report, bool pooled, bool byContract, bool byGetters = false)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var facts = new ReportFacts(pooled) { byGetters = byGetters };
        var scratch = spareScratch ?? new Scratch();
        spareScratch = null;
        var root = facts.Reserve(1);
        facts.nodes[root] = new Node { Value = report, Parent = -1 };
        if (byContract)
        {
            facts.Walk(root, TypeInfoOf(typeof(FinalAccountsReport)), 0, scratch);
        }
        else
        {
            var shape = NodeShape.Of(typeof(FinalAccountsReport));
            facts.Walk(root, shape, shape.RuntimeIdOf(report), 0, scratch);
            facts.namesInterned = true;
        }

        if (scratch.Release(MaxKeptScratch))
        {
            spareScratch = scratch;
        }

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
        // Only the nodes written hold references (Reserve writes below nodeCount, and a grown array's old one went back
        // cleared): clearing them, not the whole rented array, is enough.
        Array.Clear(old, 0, nodeCount);
        lastPooledCount = Math.Min(nodeCount, 1 << 20);
        nodes = [];
        nodeCount = 0;
        recordsByName.Clear();
        if (rootPaths is not null)
        {
            rootPaths.Clear();
            spareRootPaths = rootPaths;
            rootPaths = null;
        }
        ArrayPool<Node>.Shared.Return(old, clearArray: false);
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

    /// <summary>The present child of a node named by an unescaped token given as a string (a member found by reference first).</summary>
    internal int Child(int node, string token)
    {
        if (node < 0)
        {
            return -1;
        }

        ref readonly var n = ref nodes[node];
        if (n.Kind != ObjectKind)
        {
            return Child(node, token.AsSpan());
        }

        // By reference first: the contract's names are literals and the templates' tokens are interned, so the member is
        // usually the same string (no character comparison with the members before it); then by characters.
        var end = n.First + n.Count;
        for (var i = n.First; i < end; i++)
        {
            if (ReferenceEquals(nodes[i].Name, token))
            {
                return nodes[i].Value is not null ? i : -1;
            }
        }

        for (var i = n.First; i < end; i++)
        {
            if (string.Equals(nodes[i].Name, token, StringComparison.Ordinal) && nodes[i].Value is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The present child of a node named by an interned token (the templates' and relative references' tokens are): in an
    /// index whose names are interned a member that is not the same string is not there, so no characters are compared.
    /// </summary>
    internal int InternedChild(int node, string token)
    {
        if (!namesInterned || node < 0 || nodes[node].Kind != ObjectKind)
        {
            return Child(node, token);
        }

        ref readonly var n = ref nodes[node];
        var end = n.First + n.Count;
        for (var i = n.First; i < end; i++)
        {
            if (ReferenceEquals(nodes[i].Name, token))
            {
                return nodes[i].Value is not null ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// <see cref="InternedChild(int, string)"/> that tries the member's position in the record first (session 19): a
    /// caller that looks the same token up in many records of one shape keeps the position where it last found it in
    /// <paramref name="hint"/> (records of one shape mostly hold the same members, so the member is usually there: one
    /// reference comparison instead of a scan). The hint only chooses where to look first — a member is found where its
    /// name is, so any hint gives the same node; a racy hint shared by threads is harmless (an <c>int</c> is written whole).
    /// </summary>
    /// <param name="node">The record (or any node: other nodes are looked up as before).</param>
    /// <param name="token">The interned member name.</param>
    /// <param name="hint">The member's position among all the record's members (null ones included), last time; updated when found.</param>
    /// <returns>The present member, or -1.</returns>
    internal int InternedChild(int node, string token, ref int hint)
    {
        if (!namesInterned || node < 0 || nodes[node].Kind != ObjectKind)
        {
            return Child(node, token);
        }

        ref readonly var n = ref nodes[node];
        var guess = hint;
        if (guess >= 0 && guess < n.Count && ReferenceEquals(nodes[n.First + guess].Name, token))
        {
            return nodes[n.First + guess].Value is not null ? n.First + guess : -1;
        }

        var end = n.First + n.Count;
        for (var i = n.First; i < end; i++)
        {
            if (ReferenceEquals(nodes[i].Name, token))
            {
                hint = i - n.First;
                return nodes[i].Value is not null ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The present member of a record node, or -1.</summary>
    internal int Member(int node, string name) => Child(node, name);

    /// <summary>
    /// The node at a pointer parsed once (its tokens from <see cref="InternedTokens"/>), or -1: what <see cref="Find(string)"/> of
    /// its text gives, without parsing the text or comparing characters of member names on every look-up.
    /// </summary>
    /// <param name="tokens">The unescaped, interned tokens; none is the whole report.</param>
    /// <returns>The node, or -1 when nothing is present there.</returns>
    internal int FindTokens(IReadOnlyList<string> tokens)
    {
        if (nodeCount == 0)
        {
            return -1;
        }

        var node = Root;
        for (var i = 0; i < tokens.Count && node >= 0; i++)
        {
            node = InternedChild(node, tokens[i]);
        }

        return node;
    }

    /// <summary>A pointer text's tokens for <see cref="FindTokens"/>: parsed, unescaped and interned.</summary>
    /// <param name="pointer">A JSON Pointer's text.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="FormatException">The text is not a JSON Pointer.</exception>
    internal static string[] InternedTokens(string pointer) => [.. JsonPointer.Parse(pointer).Tokens.Select(string.Intern)];

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

        // The nodes below a record or list are [First, End): a scan of them, not of every T with a walk up from each.
        ref readonly var a = ref nodes[ancestor];
        if (a.Kind == LeafKind)
        {
            return false;
        }

        for (var node = a.First; node < a.End; node++)
        {
            if (nodes[node].Value is T)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The next node holding a value after <paramref name="node"/> in document order (a pre-order walk: a node, then its
    /// members or elements in order), or -1 after the last. Walks the node array; allocates nothing.
    /// </summary>
    internal int NextInDocumentOrder(int node)
    {
        ref readonly var n = ref nodes[node];
        if (n.Kind != LeafKind)
        {
            for (var child = n.First; child < n.First + n.Count; child++)
            {
                if (nodes[child].Value is not null)
                {
                    return child;
                }
            }
        }

        for (var p = node; p > Root; p = nodes[p].Parent)
        {
            ref readonly var parent = ref nodes[nodes[p].Parent];
            for (var sibling = p + 1; sibling < parent.First + parent.Count; sibling++)
            {
                if (nodes[sibling].Value is not null)
                {
                    return sibling;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the escaped reference token of a node below the root (its member name or list index) is <paramref name="token"/>.
    /// </summary>
    internal bool TokenEquals(int node, string token)
    {
        if (node <= Root)
        {
            return false;
        }

        if (nodes[node].Name is { } name)
        {
            // Escaping only lengthens ('~' → "~0", '/' → "~1"): a name as long as the token matches it only unescaped,
            // a longer one never; only a shorter one is escaped to compare.
            return name.Length == token.Length
                ? string.Equals(name, token, StringComparison.Ordinal) && name.AsSpan().IndexOfAny('~', '/') < 0
                : name.Length < token.Length && string.Equals(JsonPointer.Escape(name), token, StringComparison.Ordinal);
        }

        return JsonPointer.TryParseIndex(token.AsSpan(), out var index) && index == node - nodes[nodes[node].Parent].First;
    }

    /// <summary>Whether a present node holds a scalar (a string or a value type: a figure, a code, a number, an enum).</summary>
    internal bool IsScalar(int node) => nodes[node].Scalar;

    /// <summary>
    /// Every node below the root whose member name is <paramref name="name"/> and that holds neither a scalar nor a
    /// list, in document order; found on the first request for the name (not thread-safe, as a run is not).
    /// </summary>
    internal int[] RecordsNamed(string name) => RecordsNamed(name, byType: true);

    /// <summary>
    /// <see cref="RecordsNamed(string)"/>; <paramref name="byType"/> false finds them by a scan of the node array even
    /// when the name's type chain would do (<c>ValidationOptions.AnchorsByType</c>, the oracle).
    /// </summary>
    internal int[] RecordsNamed(string name, bool byType)
    {
        if (recordsByName.TryGetValue(name, out var found))
        {
            return found;
        }

        found = !namesInterned ? RecordsNamedByWalk(name)
            : byType && RecordsNamedByType(name) is { } chained ? chained
            : RecordsNamedByScan(name);
        recordsByName[name] = found;
        return found;
    }

    /// <summary>
    /// The records named <paramref name="name"/> as the chain of the one record type such members hold
    /// (<see cref="NamedRecordType"/>, session 20): no scan of the node array. Null when the contract does not make the
    /// type certain or the index holds a value of a type the contract does not reach (a caller's subtype), lists aside.
    /// </summary>
    internal int[]? RecordsNamedByType(string name)
    {
        if (NamedRecordType.Of(name) is not { } type)
        {
            return null;
        }

        // A list's runtime type (ReadOnlyValueList<T>) is not a declared type the analysis met, but a list node is never
        // a record named so and names none of its elements (their own types are checked here too).
        var known = type.Known;
        for (var id = 0; id < chains.Length; id++)
        {
            if (chains[id].Count > 0 && (id >= known.Length || !known[id]) && !OnlyLists(id))
            {
                return null;
            }
        }

        if (type.TypeId >= chains.Length || chains[type.TypeId].Count == 0)
        {
            return [];
        }

        // The chain is in pre-order (Record numbers a node when the walk reaches it), the order the scan sorts by.
        ref readonly var chain = ref chains[type.TypeId];
        var records = new int[chain.Count];
        var i = 0;
        for (var node = chain.First; node >= 0; node = nodes[node].NextOfType)
        {
            records[i++] = node;
        }

        return records;
    }

    /// <summary>Whether every node of a runtime type is a list.</summary>
    private bool OnlyLists(int typeId)
    {
        for (var node = chains[typeId].First; node >= 0; node = nodes[node].NextOfType)
        {
            if (nodes[node].Kind != ListKind)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="RecordsNamed(string)"/> by one pass over the node array (no walk up the parents per leaf), names compared
    /// by reference (the index's names are interned), then the few matches put in document order by their pre-order
    /// number: the way before session 20, kept for a name whose type is not certain and as the oracle. Nothing is kept.
    /// </summary>
    internal int[] RecordsNamedByScan(string name)
    {
        // The dictionary's count takes all its locks: it is asked only for a name not met before.
        var interned = InternedNames.TryGetValue(name, out var known) ? known
            : InternedNames.Count < MaxInternedNames ? InternedNames.GetOrAdd(name, string.Intern) : string.Intern(name);
        var matches = new List<int>();
        for (var node = Root + 1; node < nodeCount; node++)
        {
            ref readonly var n = ref nodes[node];
            if (ReferenceEquals(n.Name, interned) && n.Value is not null && !n.Scalar && n.Kind != ListKind)
            {
                matches.Add(node);
            }
        }

        int[] found = [.. matches];
        if (found.Length > 1)
        {
            var orders = new int[found.Length];
            for (var i = 0; i < found.Length; i++)
            {
                orders[i] = nodes[found[i]].Order;
            }

            Array.Sort(orders, found);
        }

        return found;
    }

    /// <summary>
    /// <see cref="RecordsNamed(string)"/> by a pre-order walk of the nodes comparing names by their characters: the algorithm the
    /// array scan replaced, kept for an index whose names are not known to be interned and as the tests' oracle.
    /// </summary>
    internal int[] RecordsNamedByWalk(string name)
    {
        var matches = new List<int>();
        for (var node = NextInDocumentOrder(Root); node >= 0; node = NextInDocumentOrder(node))
        {
            ref readonly var n = ref nodes[node];
            if (!n.Scalar && n.Kind != ListKind && string.Equals(n.Name, name, StringComparison.Ordinal))
            {
                matches.Add(node);
            }
        }

        return [.. matches];
    }

    /// <summary>The number of nodes (present values and the room of list elements that are null).</summary>
    internal int NodeCount => nodeCount;

    /// <summary>The children's range of a record or list node (its kind: 0 leaf, 1 record, 2 list).</summary>
    internal (byte Kind, int First, int Count) ChildrenOf(int node) => (nodes[node].Kind, nodes[node].First, nodes[node].Count);

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
        if (node < 0 || ancestor < 0)
        {
            return false;
        }

        // The nodes made while a record or list was walked, and only they, lie below it: [First, End).
        ref readonly var a = ref nodes[ancestor];
        return node == ancestor || (a.Kind != LeafKind && node >= a.First && node < a.End);
    }

    /// <summary>Every node holding a <typeparamref name="T"/>, in document order.</summary>
    internal IEnumerable<int> NodesOfType<T>()
    {
        TypeChain single = default;
        List<int>? merged = null;
        foreach (var id in NodeShape.IdsOf<T>())
        {
            if (id >= chains.Length || chains[id].Count == 0)
            {
                continue;
            }

            ref readonly var chain = ref chains[id];
            if (single.Count == 0)
            {
                single = chain;
                continue;
            }

            if (merged is null)
            {
                merged = new List<int>(single.Count + chain.Count);
                AddChain(single, merged);
            }

            AddChain(chain, merged);
        }

        if (merged is not null)
        {
            merged.Sort((a, b) => nodes[a].Order.CompareTo(nodes[b].Order));
            return merged;
        }

        return single.Count == 0 ? [] : Chain(single.First);
    }

    /// <summary>The nodes of one type's chain, in document order.</summary>
    private IEnumerable<int> Chain(int first)
    {
        for (var node = first; node >= 0; node = nodes[node].NextOfType)
        {
            yield return node;
        }
    }

    private void AddChain(in TypeChain chain, List<int> into)
    {
        for (var node = chain.First; node >= 0; node = nodes[node].NextOfType)
        {
            into.Add(node);
        }
    }

    /// <summary>Adds the pointers of the leaves at and below <paramref name="node"/> in document order.</summary>
    private void CollectLeafPointers(int node, List<string> into)
    {
        ref readonly var n = ref nodes[node];
        if (n.Value is null)
        {
            return;
        }

        if (n.Kind == LeafKind)
        {
            into.Add(PointerOf(node));
            return;
        }

        for (var i = n.First; i < n.First + n.Count; i++)
        {
            CollectLeafPointers(i, into);
        }
    }

    /// <summary>The pointer text of a node (made on demand, one string).</summary>
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
            throw new InvalidOperationException(ValidationMessages.PointerAfterValidation);
        }

        // One string, written right to left into a buffer: no token strings, no array of them.
        var length = 0;
        for (var p = node; p > Root; p = nodes[p].Parent)
        {
            length += 1 + TokenLength(p);
        }

        char[]? rented = null;
        Span<char> buffer = length <= StackPointerLength
            ? stackalloc char[StackPointerLength]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        var end = length;
        for (var p = node; p > Root; p = nodes[p].Parent)
        {
            end = WriteToken(p, buffer, end);
            buffer[--end] = '/';
        }

        var text = buffer.Slice(0, length).ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
    }

    private const int StackPointerLength = 256;

    /// <summary>The length of a node's escaped reference token (a member name or a list index).</summary>
    private int TokenLength(int node)
    {
        ref readonly var n = ref nodes[node];
        if (n.Name is { } name)
        {
            var length = name.Length;
            foreach (var c in name)
            {
                length += c is '~' or '/' ? 1 : 0;
            }

            return length;
        }

        var digits = 1;
        for (var index = node - nodes[n.Parent].First; index >= 10; index /= 10)
        {
            digits++;
        }

        return digits;
    }

    /// <summary>Writes a node's escaped token so that it ends before <paramref name="end"/>; returns where it starts.</summary>
    private int WriteToken(int node, Span<char> buffer, int end)
    {
        ref readonly var n = ref nodes[node];
        if (n.Name is { } name)
        {
            for (var i = name.Length - 1; i >= 0; i--)
            {
                switch (name[i])
                {
                    case '~':
                        buffer[--end] = '0';
                        buffer[--end] = '~';
                        break;
                    case '/':
                        buffer[--end] = '1';
                        buffer[--end] = '~';
                        break;
                    default:
                        buffer[--end] = name[i];
                        break;
                }
            }

            return end;
        }

        var index = node - nodes[n.Parent].First;
        do
        {
            buffer[--end] = (char)('0' + (index % 10));
            index /= 10;
        }
        while (index > 0);
        return end;
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

    private void Record(int node) => Record(node, NodeShape.IdOf(nodes[node].Value!.GetType()));

    private void Record(int node, int typeId)
    {
        nodes[node].Order = order++;
        nodes[node].NextOfType = -1;
        if (typeId >= chains.Length)
        {
            Array.Resize(ref chains, Math.Max(NodeShape.TypeCount, typeId + 1));
        }

        ref var chain = ref chains[typeId];
        if (chain.Count == 0)
        {
            chain = new TypeChain { First = node, Last = node, Count = 1 };
            return;
        }

        nodes[chain.Last].NextOfType = node;
        chain.Last = node;
        chain.Count++;
    }

    /// <summary>
    /// Walks a record or list by its shape (<see cref="NodeShape"/>, made once per type): members read through the
    /// contract's getters held in an array, no metadata or type-chain lookup per node, members written straight into
    /// the node array (room for every member reserved, the unused room given back).
    /// </summary>
    private void Walk(int node, NodeShape shape, int typeId, int depth, Scratch scratch)
    {
        Record(node, typeId);
        var value = nodes[node].Value!;
        if (shape.Kind == ObjectKind)
        {
            var names = shape.Names;
            var width = names.Length;
            var first = Reserve(width);
            var present = scratch.PresentAt(depth, width);
            var count = 0;
            if (shape.Reader is { } reader && !byGetters)
            {
                // The generated reader: one call, the members read by their typed properties and placed as they are read.
                var sink = new FactMemberSink(this, node, first, names, present);
                reader(value, ref sink);
                count = sink.Count;
            }
            else
            {
                var getters = shape.Getters;
                for (var k = 0; k < width; k++)
                {
                    if (getters[k](value) is { } member)
                    {
                        PlaceMember(first + count, member, node, names[k]);
                        present[count++] = k;
                    }
                }
            }

            // Nothing was reserved since: the room of the absent members goes back.
            nodeCount = first + count;
            nodes[node].Kind = ObjectKind;
            nodes[node].First = first;
            nodes[node].Count = count;
            var leafIds = shape.LeafIds;
            for (var m = 0; m < count; m++)
            {
                var k = present[m];
                if (leafIds[k] >= 0)
                {
                    // A member declared a scalar is a leaf whatever its value: recorded here (what Visit does for it).
                    Leaf(first + m, leafIds[k], shape.DeclaresEmpty[k]);
                }
                else
                {
                    Visit(first + m, shape.Member(k), shape.DeclaresEmpty[k], depth + 1, scratch);
                }
            }
        }
        else if (shape.Kind == ListKind)
        {
            int start;
            if (value is IReadOnlyList<object> list)
            {
                // The model's lists of records (ReadOnlyValueList, covariant): elements by index, written straight into
                // the node array — no boxed enumerator, no scratch copy (the contract walk keeps the enumeration).
                start = AddChildren(node, list);
            }
            else
            {
                var elements = ScratchAt(scratch.Values, depth);
                foreach (var element in (IEnumerable)value)
                {
                    elements.Add(element);
                }

                start = AddChildren(node, ListKind, elements);
            }

            var elementShape = shape.Element;
            var elementLeafId = shape.ElementLeafId;
            for (var i = 0; i < nodes[node].Count; i++)
            {
                if (nodes[start + i].Value is { } element)
                {
                    if (elementLeafId >= 0)
                    {
                        Leaf(start + i, elementLeafId, false);
                    }
                    else
                    {
                        Visit(start + i, elementShape ?? NodeShape.Of(element.GetType()), false, depth + 1, scratch);
                    }
                }
            }
        }

        nodes[node].End = nodeCount;
    }

    /// <summary>
    /// Writes a member's node into room that <see cref="Reserve"/> gave: such room is zeroed (a new array, or a pooled one
    /// whose written nodes were cleared when it went back), so only the fields that are not zero are written — no
    /// whole-struct copy.
    /// </summary>
    internal void PlaceMember(int at, object value, int parent, string name)
    {
        ref var placed = ref nodes[at];
        placed.Value = value;
        placed.Name = name;
        placed.Parent = parent;
    }

    /// <summary>Records a leaf whose type id its declared type decides (a string or a value type).</summary>
    private void Leaf(int node, int typeId, bool declaresEmpty)
    {
        if (declaresEmpty && nodes[node].Value is true)
        {
            AnyDeclaredEmpty = true;
        }

        nodes[node].Scalar = true;
        Record(node, typeId);
    }

    private void Visit(int node, NodeShape shape, bool declaresEmpty, int depth, Scratch scratch)
    {
        var child = nodes[node].Value!;
        // The declared type decides when it is exact (sealed or a value type); else the value, as the contract walk does.
        var scalar = shape.Exact ? shape.Scalar : child is string || child.GetType().IsValueType;
        if (scalar)
        {
            if (declaresEmpty && child is true)
            {
                AnyDeclaredEmpty = true;
            }

            nodes[node].Scalar = true;
            Record(node, shape.RuntimeIdOf(child));
            return;
        }

        if (depth > MaxDepth)
        {
            nodes[node].Value = null;
            return;
        }

        Walk(node, shape, shape.RuntimeIdOf(child), depth, scratch);
    }

    private void Walk(int node, JsonTypeInfo typeInfo, int depth, Scratch scratch)
    {
        Record(node);
        var value = nodes[node].Value!;
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                // Only the members that hold a value get a node: a record's absent members cost nothing.
                var properties = typeInfo.Properties;
                var present = ScratchAt(scratch.Values, depth);
                var members = ScratchAt(scratch.Members, depth);
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
                    Visit(first + m, properties[members[m]].PropertyType, depth + 1, scratch);
                }

                members.Clear();
                break;
            case JsonTypeInfoKind.Enumerable:
                var elements = ScratchAt(scratch.Values, depth);
                foreach (var element in (IEnumerable)value)
                {
                    elements.Add(element);
                }

                var start = AddChildren(node, ListKind, elements);
                for (var i = 0; i < nodes[node].Count; i++)
                {
                    if (nodes[start + i].Value is { } element)
                    {
                        Visit(start + i, typeInfo.ElementType ?? element.GetType(), depth + 1, scratch);
                    }
                }

                break;
            default:
                break;
        }

        nodes[node].End = nodeCount;
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

    /// <summary>Gives a list node consecutive children holding the list's elements.</summary>
    private int AddChildren(int node, IReadOnlyList<object> elements)
    {
        var count = elements.Count;
        var first = Reserve(count);
        nodes[node].Kind = ListKind;
        nodes[node].First = first;
        nodes[node].Count = count;
        for (var i = 0; i < count; i++)
        {
            nodes[first + i] = new Node { Value = elements[i], Parent = node };
        }

        return first;
    }

    private void Visit(int node, Type declaredType, int depth, Scratch scratch)
    {
        var child = nodes[node].Value!;
        var type = child.GetType();
        // A string or a value type (primitives and enums are value types) is a leaf; Type.IsPrimitive and IsEnum are
        // reflection calls that cost ~4 % of the sample's validation when asked for every leaf.
        if (child is string || type.IsValueType)
        {
            if (child is true && string.Equals(nodes[node].Name, IsEmptyMember, StringComparison.Ordinal))
            {
                AnyDeclaredEmpty = true;
            }

            nodes[node].Scalar = true;
            Record(node);
            return;
        }

        if (depth > MaxDepth)
        {
            // Deeper than any report the contract describes: left out of the index, as if absent.
            nodes[node].Value = null;
            return;
        }

        Walk(node, TypeInfoOf(declaredType), depth, scratch);
    }

    /// <summary>
    /// The contract's metadata of a type, from the options the JSON reader uses (<see cref="FinalAccountsJson.ReadOptions"/>):
    /// a process that read the report has built it already.
    /// </summary>
    private static JsonTypeInfo TypeInfoOf(Type type)
    {
        if (!TypeInfos.TryGetValue(type, out var typeInfo))
        {
            TypeInfos[type] = typeInfo = FinalAccountsJson.ReadOptions.GetTypeInfo(type);
        }

        return typeInfo;
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
        public int NextOfType;
        // One past the last node below this record or list (its descendants are [First, End)).
        public int End;
        public byte Kind;
        public bool Scalar;
    }

    /// <summary>The walk's scratch lists, one of each per depth (each depth of the walk has its own, as the walk recurses).</summary>
    private sealed class Scratch
    {
        public readonly List<List<object?>> Values = [];
        public readonly List<List<int>> Members = [];

        // Per depth: the positions of a record's present members (the walk below them reads them after the record's
        // members are placed).
        private readonly List<int[]> presentMembers = [];

        /// <summary>The present-member positions of a depth, with at least <paramref name="width"/> slots.</summary>
        public int[] PresentAt(int depth, int width)
        {
            while (presentMembers.Count <= depth)
            {
                presentMembers.Add([]);
            }

            var room = presentMembers[depth];
            if (room.Length < width)
            {
                // A record's members: at most a few dozen (the contract's widest record), so the room stays small.
                presentMembers[depth] = room = new int[Math.Max(width, 16)];
            }

            return room;
        }

        /// <summary>Empties the lists (no reference is kept); false when one has grown too large to keep.</summary>
        public bool Release(int maxKept)
        {
            var keep = true;
            foreach (var list in Values)
            {
                list.Clear();
                keep &= list.Capacity <= maxKept;
            }

            foreach (var list in Members)
            {
                list.Clear();
            }

            return keep;
        }
    }

    /// <summary>The first and last node of one runtime type (chained through <see cref="Node.NextOfType"/>) and their count.</summary>
    private struct TypeChain
    {
        public int First;
        public int Last;
        public int Count;
    }
}
