using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// One node of the report being read (草稿): the shape of the report's JSON without <c>System.Text.Json.Nodes</c> —
/// an object's members (name and node) or an array's items are one array of entries searched in place by the pointer's
/// characters (no substring per token), values are typed fields. <see cref="ReportBuilder"/> fills it;
/// <see cref="DraftMaterializer"/> reads it into the model as an <see cref="IContractNode"/> by the contract's generated
/// description.
/// </summary>
/// <remarks>
/// A 绩效自评表 row (<see cref="NewRow"/>) holds its members compactly while it can: each a <see cref="RowEntry"/> of 32
/// bytes — name, value (a string or an indicator value), its place in the map's order and its claim's box — sharing the
/// row's one span, instead of a 16-byte entry and a value node of 48 bytes. Anything that asks for a member as a node
/// (<see cref="At"/>, <see cref="Member(string, int, int)"/>, <see cref="Put"/>, a member appended as a node) first makes
/// the row an ordinary object (<see cref="Expand"/>) with the very nodes it would have held; the result's readers
/// (<see cref="IContractNode"/>, <see cref="WriteTo"/>, <see cref="PlacedSpans"/>) read the compact members as they are.
/// </remarks>
internal sealed class DraftNode : IContractNode
{
    /// <summary>
    /// Members or items of a container; the <see cref="Order"/> of a value (a value has no members, and a container is
    /// never placed as a value: <see cref="ReportBuilder"/> maps only values in the draft).
    /// </summary>
    private int count;

    /// <summary>
    /// The string of a <see cref="DraftKind.String"/> node, the indicator value of an indicator node, the (boxed) number of
    /// a <see cref="DraftKind.Number"/> node, or a container's entries (an <see cref="Entry"/> array, null while empty):
    /// a node is a value or a container, never both, so one field holds either (a node of 48 bytes, not 64).
    /// </summary>
    private object? scalar;

    /// <summary>
    /// A value's <see cref="ContextBox"/> — the qualifier key of the claim placed here, or null (most values hold none:
    /// no room kept for one; claims placed under one unchanged context share one box) — or an object's
    /// <see cref="AppendedPath"/> or <see cref="AppendedItem"/> (a container holds no claim).
    /// </summary>
    private object? extra;

    private DraftNode(DraftKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the node holds.</summary>
    public DraftKind Kind { get; }

    /// <summary>The string of a <see cref="DraftKind.String"/> node.</summary>
    public string Text => Kind == DraftKind.String ? (string)scalar! : string.Empty;

    /// <summary>The number of a <see cref="DraftKind.Number"/> node.</summary>
    public int Number => Kind == DraftKind.Number ? (int)scalar! : 0;

    /// <summary>The indicator value of a <see cref="DraftKind.Indicator"/> node.</summary>
    public IndicatorValue? Indicator => Kind == DraftKind.Indicator ? (IndicatorValue?)scalar : null;

    /// <summary>
    /// The pointer of an object appended to a list by <see cref="ReportBuilder.Append(string, out DraftNode)"/> when that
    /// pointer is its path from the root (so members set under it are at their own pointers); null otherwise.
    /// </summary>
    public string? AppendedPath
    {
        get => Kind != DraftKind.Object ? null : extra is ItemPointer item ? item.Pointer : (string?)extra;
        set
        {
            if (Kind == DraftKind.Object)
            {
                extra = value;
            }
        }
    }

    /// <summary>
    /// The pointer of an object appended by <see cref="ReportBuilder.AppendItem"/> as its list's pointer and its index,
    /// when that is its path from the root (null otherwise, or when the path was given as a string).
    /// </summary>
    public ItemPointer? AppendedItem
    {
        get => Kind == DraftKind.Object ? extra as ItemPointer : null;
        set
        {
            if (Kind == DraftKind.Object)
            {
                extra = value;
            }
        }
    }

    /// <summary>Members (object) or items (array); 0 for a value.</summary>
    public int Count => Kind is DraftKind.Object or DraftKind.Array ? count : 0;

    /// <summary>Whether the node is a row holding its members compactly (see the class remarks).</summary>
    public bool IsCompactRow => scalar is RowEntry[];

    /// <summary>
    /// The span every compact member of a row was stated at (<see cref="IsCompactRow"/>; the default span while it holds
    /// none): a container's packed span field, which a container has no other use for.
    /// </summary>
    public SourceSpan RowSpan => Unpack(packedSpan);

    /// <summary>
    /// Whether the node is in the source map under its own pointer (its path from the root): a value placed there by
    /// <see cref="ReportBuilder"/> with <see cref="Span"/>. The map of pointers to spans is the draft itself
    /// (<see cref="PlacedSpans"/>), so a placed value costs no map entry.
    /// </summary>
    public bool Mapped { get; set; }

    /// <summary>
    /// Where the value of a <see cref="Mapped"/> node was stated: its four numbers in 16 bits each when they fit (lines and
    /// columns up to 65,534: a node of 48 bytes, not 56), else <see cref="Wide"/> and the span kept in a
    /// <see cref="WideSpan"/> in the node's other field.
    /// </summary>
    public SourceSpan Span
    {
        get => packedSpan != Wide ? Unpack(packedSpan) : ((WideSpan)extra!).Span;
        set
        {
            if (Kind is DraftKind.Object or DraftKind.Array)
            {
                throw new InvalidOperationException(DisclosureMessages.Joined(DisclosureMessages.ContainerNotPlaced));
            }

            if (Pack(value) is { } packed)
            {
                packedSpan = packed;
                if (extra is WideSpan wide)
                {
                    extra = wide.Context;   // back to the claim's box alone
                }
            }
            else if (extra is WideSpan wide)
            {
                wide.Span = value;
            }
            else
            {
                extra = new WideSpan(value, (ContextBox?)extra);   // a value's field holds a context box or nothing
                packedSpan = Wide;
            }
        }
    }

    /// <summary><see cref="Span"/> packed (<see cref="Pack"/>), or <see cref="Wide"/>.</summary>
    private ulong packedSpan;

    /// <summary>The packed span that says the span is a <see cref="WideSpan"/> (no span packs to it: 65,535 is not packed).</summary>
    private const ulong Wide = ulong.MaxValue;

    /// <summary>
    /// A span's four numbers in 16 bits each, or null when one is above 65,534 (the default span, all zero, packs to 0; any
    /// other span the constructor accepted unpacks to itself, the constructor accepting it again).
    /// </summary>
    internal static ulong? Pack(SourceSpan span)
    {
        const int Max = 0xFFFE;
        if ((uint)span.StartLine > Max || (uint)span.StartColumn > Max || (uint)span.EndLine > Max || (uint)span.EndColumn > Max)
        {
            return null;
        }

        return ((ulong)(uint)span.StartLine << 48) | ((ulong)(uint)span.StartColumn << 32) | ((ulong)(uint)span.EndLine << 16)
            | (uint)span.EndColumn;
    }

    /// <summary>The span <see cref="Pack"/> packed.</summary>
    internal static SourceSpan Unpack(ulong packed)
        => packed == 0
            ? default
            : new SourceSpan((int)(packed >> 48), (int)((packed >> 32) & 0xFFFF), (int)((packed >> 16) & 0xFFFF), (int)(packed & 0xFFFF));

    /// <summary>
    /// The place of a <see cref="Mapped"/> node's pointer in the map's order (the order pointers were first mapped); a
    /// value's only (it shares the field that counts a container's members).
    /// </summary>
    public int Order
    {
        get => Kind is DraftKind.Object or DraftKind.Array ? 0 : count;
        set
        {
            if (Kind is DraftKind.Object or DraftKind.Array)
            {
                throw new InvalidOperationException(DisclosureMessages.Joined(DisclosureMessages.ContainerNotPlaced));
            }

            count = value;
        }
    }

    /// <summary>Whether the node was ever put into a container (a node placed twice is not its one path's).</summary>
    public bool Attached { get; private set; }

    /// <summary>Whether <see cref="Context"/> holds the qualifier key of the claim first placed here (false forgets it).</summary>
    public bool HasContext
    {
        get => ContextHolder is not null;
        set => ContextHolder = value ? ContextHolder ?? new ContextBox() : null;
    }

    /// <summary>
    /// The qualifier key (or the stretch it is computed from) of the claim placed here, when <see cref="HasContext"/>.
    /// Setting it sets the key in the node's box, which other nodes may share: it is set only to the key the box's
    /// deferred key resolves to (<see cref="ReportBuilder"/>'s look-up), the same for every node that shares it.
    /// </summary>
    public ReportBuilder.DeferredKey Context
    {
        get => ContextHolder?.Key ?? default;
        set => (ContextHolder ??= new ContextBox()).Key = value;
    }

    /// <summary>
    /// The box that holds <see cref="Context"/>, or null (always null for a container, which holds no claim); a box given
    /// here may be shared with other nodes.
    /// </summary>
    public ContextBox? ContextHolder
    {
        get => extra as ContextBox ?? (extra as WideSpan)?.Context;
        set
        {
            if (Kind is DraftKind.Object or DraftKind.Array)
            {
                // A container holds no claim (its field holds an object's path): forgetting one is nothing to do.
                if (value is not null)
                {
                    throw new InvalidOperationException(DisclosureMessages.Joined(DisclosureMessages.ContainerHoldsNoClaim));
                }

                return;
            }

            if (extra is WideSpan wide)
            {
                wide.Context = value;
            }
            else
            {
                extra = value;
            }
        }
    }

    /// <inheritdoc/>
    ContractNodeKind IContractNode.NodeKind => (ContractNodeKind)Kind;   // the same members in the same order

    /// <inheritdoc/>
    object? IContractNode.Record => Indicator;

    /// <summary>A new empty object.</summary>
    public static DraftNode NewObject() => new(DraftKind.Object);

    /// <summary>
    /// A new empty object with room for <paramref name="capacity"/> members (0: the room is made with the first one), so
    /// that an object expected to hold that many — a list's item shaped as the item before it — is not grown by doubling.
    /// </summary>
    public static DraftNode NewObject(int capacity)
        => new(DraftKind.Object) { scalar = capacity > 0 ? new Entry[capacity] : null };

    /// <summary>
    /// A new empty 绩效自评表 row (an object) with room for <paramref name="capacity"/> members, held compactly (see the
    /// class remarks) until something asks for one as a node.
    /// </summary>
    public static DraftNode NewRow(int capacity) => new(DraftKind.Object) { scalar = new RowEntry[Math.Max(capacity, 1)] };

    /// <summary>A new empty array.</summary>
    public static DraftNode NewArray() => new(DraftKind.Array);

    /// <summary>A string value.</summary>
    public static DraftNode Of(string text) => new(DraftKind.String) { scalar = text };

    /// <summary>
    /// The value of a figure whose precision the report cannot hold (an amount in 亿元 written with fewer than four decimals
    /// is known to no finer than 10 万元, and the contract's figures are known to their last written digit): the builder
    /// places nothing for it and notes why. One shared node, compared by reference; never placed.
    /// </summary>
    public static DraftNode Unplaceable { get; } = new(DraftKind.String) { scalar = string.Empty };

    /// <summary>
    /// The value of a figure that is beyond the numeric contract once converted to the report's unit (12 decimals of 千元
    /// are 13 of 万元; 10^13 千元 are beyond 16 integer digits of 元): the builder places nothing for it and notes why. One
    /// shared node, compared by reference; never placed.
    /// </summary>
    public static DraftNode BeyondTheContract { get; } = new(DraftKind.String) { scalar = string.Empty };

    /// <summary>
    /// The value of a figure written as approximate ("约1.25亿元", "近5000万元", "7000万元左右"; session 38): the builder places
    /// nothing for it and notes why. One shared node, compared by reference; never placed.
    /// </summary>
    public static DraftNode Approximate { get; } = new(DraftKind.String) { scalar = string.Empty };

    /// <summary>A whole-number value.</summary>
    public static DraftNode Of(int number) => new(DraftKind.Number) { scalar = number };   // boxed: numbers are few

    /// <summary>An indicator value.</summary>
    public static DraftNode Of(IndicatorValue indicator) => new(DraftKind.Indicator) { scalar = indicator };

    /// <summary>The name of member <paramref name="index"/> of an object.</summary>
    public string NameAt(int index) => scalar is RowEntry[] row ? RowAt(row, index).Name : Entries(index).Name!;

    /// <summary>Member or item <paramref name="index"/> (a compact row is made an ordinary object first).</summary>
    public DraftNode At(int index)
    {
        Expand();
        return Entries(index).Node;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A compact row's member is handed out as a view: a node of this thread's, set to the member's value, valid until
    /// the next member is asked for on the thread — the contract's tree reader reads each member's value before it asks
    /// for the next one, and a compact member is a value (nothing below it to keep).
    /// </remarks>
    IContractNode IContractNode.ItemAt(int index)
    {
        if (scalar is not RowEntry[] row)
        {
            return Entries(index).Node;
        }

        var value = RowAt(row, index).Value;
        var view = value is string ? textView ??= new DraftNode(DraftKind.String) : indicatorView ??= new DraftNode(DraftKind.Indicator);
        view.scalar = value;
        return view;
    }

    /// <summary>This thread's views of a compact row's string and indicator members (see <see cref="IContractNode.ItemAt"/>).</summary>
    [ThreadStatic]
    private static DraftNode? textView;

    [ThreadStatic]
    private static DraftNode? indicatorView;

    /// <summary>Compact member <paramref name="index"/> of a row.</summary>
    private ref RowEntry RowAt(RowEntry[] row, int index)
    {
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return ref row[index];
    }

    /// <summary>Whether a member named pointer[start, end) is present, asked without making a compact row an ordinary object.</summary>
    public bool HasMember(string pointer, int start, int end)
    {
        if (scalar is RowEntry[] row)
        {
            return RowIndex(row, pointer, start, end) >= 0;
        }

        return Member(pointer, start, end) is not null;
    }

    /// <summary>The index of a compact row's member named pointer[start, end), or -1.</summary>
    private int RowIndex(RowEntry[] row, string pointer, int start, int end)
    {
        var length = end - start;
        for (var i = 0; i < count; i++)
        {
            var name = row[i].Name;
            if (name.Length == length && string.CompareOrdinal(name, 0, pointer, start, length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The span of a compact row's member named pointer[start, end) — every compact member is mapped, at the row's span —
    /// or false when the row holds no such member; asked without making the row an ordinary object.
    /// </summary>
    public bool TryRowMemberSpan(string pointer, int start, int end, out SourceSpan span)
    {
        if (scalar is RowEntry[] row && RowIndex(row, pointer, start, end) >= 0)
        {
            span = RowSpan;
            return true;
        }

        span = default;
        return false;
    }

    /// <summary>
    /// Whether a compact row can hold a member of <paramref name="value"/> stated at <paramref name="span"/> compactly: the
    /// row is still compact, the value is a string or an indicator value, and the span packs (not the default) and is the
    /// row's (the first member's sets it).
    /// </summary>
    public bool CanHoldCompact(object value, SourceSpan span)
        => scalar is RowEntry[] && value is string or IndicatorValue && Pack(span) is { } packed && packed != 0
            && (packedSpan == 0 || packedSpan == packed);

    /// <summary>
    /// Appends a member to a compact row (one that <see cref="CanHoldCompact"/> said can hold it) as the value node
    /// <see cref="ReportBuilder"/> would place there: at its own path, in the map at <paramref name="order"/>, with the
    /// claim's <paramref name="context"/> box. The caller knows that no member has the name and that it is a path token.
    /// </summary>
    public void AppendCompact(string name, object value, SourceSpan span, ContextBox? context, int order)
    {
        var row = (RowEntry[])scalar!;
        if (count == row.Length)
        {
            Array.Resize(ref row, count * 2);
            scalar = row;
        }

        packedSpan = Pack(span)!.Value;
        row[count++] = new RowEntry(name, value, context, order);
    }

    /// <summary>
    /// Makes a compact row an ordinary object, each member the value node it stands for (attached, mapped at the row's
    /// span, with its order and box), in the same room; nothing for any other node.
    /// </summary>
    public void Expand()
    {
        if (scalar is not RowEntry[] row)
        {
            return;
        }

        var entries = new Entry[row.Length];
        var span = RowSpan;
        for (var i = 0; i < count; i++)
        {
            var member = row[i];
            var node = member.Value is string text ? Of(text) : Of((IndicatorValue)member.Value);
            node.Attached = true;
            node.Mapped = true;
            node.Span = span;
            node.Order = member.Order;
            node.ContextHolder = member.Context;
            entries[i] = new Entry(member.Name, node);
        }

        scalar = entries;
        packedSpan = 0;
    }

    /// <summary>
    /// Makes every compact row under <paramref name="node"/> (and itself) an ordinary object: before the map's pairs
    /// leave the draft (<see cref="PlacedSpans.ToDictionaries"/>), which unmaps nodes.
    /// </summary>
    public static void ExpandAll(DraftNode node)
    {
        node.Expand();
        if (node.Kind is DraftKind.Object or DraftKind.Array)
        {
            var entries = node.Items;
            for (var i = 0; i < node.count; i++)
            {
                ExpandAll(entries![i].Node);
            }
        }
    }

    /// <summary>The place in the map's order of compact member <paramref name="index"/> of a row (<see cref="IsCompactRow"/>).</summary>
    public int CompactOrder(int index) => RowAt((RowEntry[])scalar!, index).Order;

    /// <summary>
    /// The member whose name is pointer[start, end), or null (compared in place; a compact row is made ordinary first).
    /// A name of the right length is first compared by reference (the names come from the reader's literals and
    /// <see cref="DraftNames"/>: usually the very string asked for), then by its first character, and only then by its
    /// characters (session 19).
    /// </summary>
    public DraftNode? Member(string pointer, int start, int end)
    {
        if (Kind != DraftKind.Object)
        {
            return null;
        }

        Expand();

        var length = end - start;
        var entries = Items;
        if (length == 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (entries![i].Name!.Length == 0)
                {
                    return entries[i].Node;
                }
            }

            return null;
        }

        var first = pointer[start];
        for (var i = 0; i < count; i++)
        {
            var name = entries![i].Name!;
            // the same string is the whole pointer (a length equal to the pointer's leaves no other range)
            if (name.Length == length
                && (ReferenceEquals(name, pointer) || (name[0] == first && string.CompareOrdinal(name, 0, pointer, start, length) == 0)))
            {
                return entries[i].Node;
            }
        }

        return null;
    }

    /// <summary>The member named <paramref name="name"/>, or null.</summary>
    public DraftNode? Member(string name) => Member(name, 0, name.Length);

    /// <summary>Sets a member of an object: replaces it in place when present, else appends it.</summary>
    public void Put(string name, DraftNode value)
    {
        Expand();
        var entries = Items;
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(entries![i].Name, name, StringComparison.Ordinal))
            {
                entries[i].Node = value;
                return;
            }
        }

        Append(name, value);
    }

    /// <summary>Removes member or item <paramref name="index"/> of a container (a compact row is made an ordinary object first).</summary>
    public void RemoveAt(int index)
    {
        Expand();
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var entries = Items!;
        Array.Copy(entries, index + 1, entries, index, count - index - 1);
        entries[--count] = default;
    }

    /// <summary>Appends a member to an object; the caller knows that none has the name.</summary>
    public void Append(string name, DraftNode value) => Push(name, value);

    /// <summary>Appends an item to an array.</summary>
    public void Add(DraftNode value) => Push(null, value);

    private void Push(string? name, DraftNode value)
    {
        Expand();
        var entries = Items;
        if (entries is null || count == entries.Length)
        {
            Array.Resize(ref entries, count == 0 ? 4 : count * 2);
            scalar = entries;
        }

        value.Attached = true;
        entries[count++] = new Entry(name, value);
    }

    private ref Entry Entries(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return ref Items![index];
    }

    /// <summary>A container's entries (null while it has none; a value's field holds its scalar, not entries).</summary>
    private Entry[]? Items => (Entry[]?)scalar;

    /// <summary>
    /// Whether two values are the same figure: equal, or two numbers in strings written with different precision
    /// ("68.3" and "68.30"), or agreeing at the coarser of their precisions (432.00 beside 432.001520, a 元 figure read
    /// in 万元: <see cref="CoarserPrecision.Agree"/>, session 45). Objects are compared by their JSON.
    /// </summary>
    public static bool SameValue(DraftNode a, DraftNode b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case DraftKind.String:
                return string.Equals(a.Text, b.Text, StringComparison.Ordinal)
                    || (decimal.TryParse(a.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
                        && decimal.TryParse(b.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
                        && CoarserPrecision.Agree(x, y));
            case DraftKind.Number:
                return a.Number == b.Number;
            default:
                return string.Equals(a.ToJson(), b.ToJson(), StringComparison.Ordinal);
        }
    }

    /// <summary>The value as shown in a message: a string as is, anything else as compact JSON.</summary>
    public string Show() => Kind switch
    {
        DraftKind.String => Text,
        DraftKind.Number => Number.ToString(CultureInfo.InvariantCulture),   // as JSON writes an int
        _ => ToJson(),
    };

    /// <summary>Compact JSON text with the default escaping (as <c>JsonNode.ToJsonString()</c> writes it).</summary>
    public string ToJson()
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the node as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case DraftKind.Object when scalar is RowEntry[] row:
                writer.WriteStartObject();
                for (var i = 0; i < count; i++)
                {
                    writer.WritePropertyName(row[i].Name);
                    if (row[i].Value is string text)
                    {
                        writer.WriteStringValue(text);
                    }
                    else
                    {
                        JsonSerializer.Serialize(writer, (IndicatorValue)row[i].Value, IndicatorInfo);
                    }
                }

                writer.WriteEndObject();
                break;
            case DraftKind.Object:
                writer.WriteStartObject();
                var members = Items;
                for (var i = 0; i < count; i++)
                {
                    writer.WritePropertyName(members![i].Name!);
                    members[i].Node.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
            case DraftKind.Array:
                writer.WriteStartArray();
                var items = Items;
                for (var i = 0; i < count; i++)
                {
                    items![i].Node.WriteTo(writer);
                }

                writer.WriteEndArray();
                break;
            case DraftKind.String:
                writer.WriteStringValue(Text);
                break;
            case DraftKind.Number:
                writer.WriteNumberValue(Number);
                break;
            default:
                JsonSerializer.Serialize(writer, Indicator!, IndicatorInfo);
                break;
        }
    }

    private static readonly JsonTypeInfo<IndicatorValue> IndicatorInfo =
        (JsonTypeInfo<IndicatorValue>)FinalAccountsJson.Options.GetTypeInfo(typeof(IndicatorValue));

    /// <summary>
    /// The qualifier key of a claim, kept apart from the node (only claimed values have one), and shared by the claims
    /// placed while the builder's context did not change.
    /// </summary>
    internal sealed class ContextBox
    {
        public ReportBuilder.DeferredKey Key { get; set; }
    }

    /// <summary>
    /// A value's span that does not pack into 64 bits (a line or column above 65,534: a long text or a long line), kept
    /// with the context box the node's field would otherwise hold.
    /// </summary>
    private sealed class WideSpan(SourceSpan span, ContextBox? context)
    {
        public SourceSpan Span { get; set; } = span;

        public ContextBox? Context { get; set; } = context;
    }

    /// <summary>
    /// A compact row's member: its name, its value (a string or an <see cref="IndicatorValue"/>), the box of the claim
    /// placed there (or null), and its place in the map's order — what its value node would hold but the span, which is
    /// the row's (32 bytes, not a 16-byte entry and a 48-byte node).
    /// </summary>
    private readonly struct RowEntry(string name, object value, ContextBox? context, int order)
    {
        public string Name { get; } = name;

        public object Value { get; } = value;

        public ContextBox? Context { get; } = context;

        public int Order { get; } = order;
    }

    /// <summary>A member (its name and node) or an array's item (no name).</summary>
    private struct Entry
    {
        public Entry(string? name, DraftNode node)
        {
            Name = name;
            Node = node;
        }

        public string? Name { get; }

        public DraftNode Node { get; set; }
    }
}
