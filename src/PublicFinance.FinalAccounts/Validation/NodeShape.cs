using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// How the fact index walks one declared type of the model (节点形状): leaf, record or list; for a record its members'
/// names, getters and shapes; for a list its elements' shape; and the small integer that names the runtime type of its
/// values in the index's type chains. Made once per type from the JSON contract and shared by every index, so the walk
/// looks nothing up per node (no dictionary per node for the contract or the type chains).
/// </summary>
internal sealed class NodeShape
{
    /// <summary>A leaf: a string, a value type (figure, code, number, enum) or a value the contract writes whole.</summary>
    public const byte LeafKind = 0;

    /// <summary>A record whose members are nodes.</summary>
    public const byte ObjectKind = 1;

    /// <summary>A list whose elements are nodes.</summary>
    public const byte ListKind = 2;

    private static readonly ConcurrentDictionary<Type, NodeShape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, int> Ids = new();
    private static readonly object Gate = new();

    // The runtime types seen by any index, by id (append-only; published as a new array when one is added).
    private static Type[] types = [];

    private NodeShape?[]? memberShapes;
    private NodeShape? elementShape;

    private NodeShape(Type declared)
    {
        var underlying = Nullable.GetUnderlyingType(declared) ?? declared;
        Type = underlying;
        TypeId = IdOf(underlying);
        // A string or a value type is a scalar leaf; a boxed Nullable<T> is a boxed T, so its runtime type is known too.
        Scalar = declared == typeof(string) || declared.IsValueType;
        Exact = Scalar || declared.IsSealed;
        if (Scalar)
        {
            return;
        }

        var typeInfo = FinalAccountsJson.ReadOptions.GetTypeInfo(declared);
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                Kind = ObjectKind;
                var properties = typeInfo.Properties;
                var names = new List<string>(properties.Count);
                var getters = new List<Func<object, object?>>(properties.Count);
                var declaredTypes = new List<Type>(properties.Count);
                var isEmpty = new List<bool>(properties.Count);
                for (var k = 0; k < properties.Count; k++)
                {
                    if (properties[k].Get is { } get)
                    {
                        // Interned (the contract's names are literals, so usually the same string): an index's member names
                        // and the templates' interned tokens then match by reference alone (ReportFacts.InternedChild).
                        names.Add(string.Intern(properties[k].Name));
                        getters.Add(get);
                        declaredTypes.Add(properties[k].PropertyType);
                        isEmpty.Add(string.Equals(properties[k].Name, ReportFacts.IsEmptyMember, StringComparison.Ordinal));
                    }
                }

                Names = [.. names];
                Getters = [.. getters];
                MemberTypes = [.. declaredTypes];
                DeclaresEmpty = [.. isEmpty];
                LeafIds = [.. declaredTypes.Select(LeafIdOf)];
                // The generated reader (one call, typed property reads) when its names are the contract's, member by
                // member; otherwise (a model changed without making the readers again) the getters.
                if (FactMemberReaders.TryGet(declared, out var generatedNames, out var read)
                    && generatedNames.SequenceEqual(Names, StringComparer.Ordinal))
                {
                    Reader = read;
                }

                break;
            case JsonTypeInfoKind.Enumerable:
                Kind = ListKind;
                ElementType = typeInfo.ElementType;
                ElementLeafId = ElementType is null ? -1 : LeafIdOf(ElementType);
                break;
            default:
                Kind = LeafKind;
                break;
        }
    }

    /// <summary>The declared type (a nullable value type's underlying type).</summary>
    public Type Type { get; }

    /// <summary>The id of <see cref="Type"/> in the type chains.</summary>
    public int TypeId { get; }

    /// <summary>Whether a value of this declared type is a string or a value type (a scalar leaf).</summary>
    public bool Scalar { get; }

    /// <summary>Whether every value of this declared type has exactly <see cref="Type"/> as its runtime type.</summary>
    public bool Exact { get; }

    /// <summary>Leaf, record or list (<see cref="LeafKind"/>, <see cref="ObjectKind"/>, <see cref="ListKind"/>).</summary>
    public byte Kind { get; }

    /// <summary>A record's members that can be read, in the contract's order: their JSON names.</summary>
    public string[] Names { get; } = [];

    /// <summary>The members' getters (the contract's own, source-generated).</summary>
    public Func<object, object?>[] Getters { get; } = [];

    /// <summary>The members' declared types.</summary>
    public Type[] MemberTypes { get; } = [];

    /// <summary>Whether a member is <c>isEmpty</c> (a table declared empty, 本表无数据).</summary>
    public bool[] DeclaresEmpty { get; } = [];

    /// <summary>
    /// Per member, the type id of its values when its declared type is a scalar (a string or a value type, whose runtime
    /// type the declared type decides), else -1: such a member is a leaf recorded without looking at its value.
    /// </summary>
    public int[] LeafIds { get; } = [];

    /// <summary>
    /// The generated reader of a record's members (<see cref="FactMemberReaders"/>), or null: read by <see cref="Getters"/>.
    /// </summary>
    public FactMemberReader? Reader { get; }

    /// <summary>The type id of a list's elements when their declared type is a scalar, else -1.</summary>
    public int ElementLeafId { get; } = -1;

    /// <summary>A list's declared element type, or null when the contract does not say.</summary>
    public Type? ElementType { get; }

    /// <summary>The type id of a scalar declared type's values (a nullable value type's underlying type), else -1.</summary>
    private static int LeafIdOf(Type declared) =>
        declared == typeof(string) || declared.IsValueType ? IdOf(Nullable.GetUnderlyingType(declared) ?? declared) : -1;

    /// <summary>The shape of a declared type (made on first request, then shared).</summary>
    public static NodeShape Of(Type declared) =>
        Shapes.TryGetValue(declared, out var shape) ? shape : Shapes.GetOrAdd(declared, static t => new NodeShape(t));

    /// <summary>The shape of member <paramref name="k"/> of a record (resolved once).</summary>
    public NodeShape Member(int k)
    {
        var shapes = memberShapes ??= new NodeShape?[Names.Length];
        return shapes[k] ??= Of(MemberTypes[k]);
    }

    /// <summary>The shape of a list's elements, or null when the contract does not say (then the runtime type decides).</summary>
    public NodeShape? Element => ElementType is null ? null : elementShape ??= Of(ElementType);

    /// <summary>The type id of a value of this declared type: no <c>GetType()</c> when the type is exact.</summary>
    public int RuntimeIdOf(object value)
    {
        if (Exact)
        {
            return TypeId;
        }

        var type = value.GetType();
        return ReferenceEquals(type, Type) ? TypeId : IdOf(type);
    }

    /// <summary>The number of runtime types with an id so far.</summary>
    public static int TypeCount => Volatile.Read(ref types).Length;

    /// <summary>The id of a runtime type (assigned on first request; ids are small and never change).</summary>
    public static int IdOf(Type type)
    {
        if (Ids.TryGetValue(type, out var id))
        {
            return id;
        }

        lock (Gate)
        {
            if (Ids.TryGetValue(type, out id))
            {
                return id;
            }

            id = types.Length;
            Volatile.Write(ref types, [.. types, type]);
            Ids[type] = id;
            return id;
        }
    }

    /// <summary>The ids of every runtime type seen so far whose values are <typeparamref name="T"/>s (cached per type).</summary>
    public static int[] IdsOf<T>()
    {
        var known = Volatile.Read(ref types);
        var cached = AssignableTo<T>.Cached;
        if (cached.Seen == known.Length)
        {
            return cached.Ids;
        }

        var ids = new List<int>();
        for (var id = 0; id < known.Length; id++)
        {
            if (typeof(T).IsAssignableFrom(known[id]))
            {
                ids.Add(id);
            }
        }

        var made = new AssignableIds(known.Length, [.. ids]);
        AssignableTo<T>.Cached = made;
        return made.Ids;
    }

    /// <summary>The type ids assignable to a type as of a registry size.</summary>
    private sealed class AssignableIds(int seen, int[] ids)
    {
        public int Seen { get; } = seen;

        public int[] Ids { get; } = ids;
    }

    private static class AssignableTo<T>
    {
        public static AssignableIds Cached = new(-1, []);
    }
}
