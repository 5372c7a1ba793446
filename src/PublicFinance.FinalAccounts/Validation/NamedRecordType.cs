using System.Collections.Concurrent;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The one record type that the members of a name hold in the model (具名成员的记录类型), when the contract makes it
/// certain: every member so named that is not a scalar, in every record type the report's contract reaches, is declared as
/// that sealed record type, and no other member, list element or the root can hold one. Then the records named so in an
/// index (a scalar so named is never one) are exactly the nodes of that type's chain
/// (<see cref="ReportFacts.RecordsNamed(string, bool)"/>, session 20), provided the index met no runtime type outside
/// <see cref="Known"/> (a caller's subtype of a model record could declare other members). Worked out from the shapes
/// (<see cref="NodeShape"/>) once per name and process.
/// </summary>
internal sealed class NamedRecordType
{
    /// <summary>Names past this many are worked out on every request instead of kept (a caller asking for arbitrary names).</summary>
    private const int MaxKept = 1024;

    private static readonly ConcurrentDictionary<string, NamedRecordType?> Kept = new(StringComparer.Ordinal);

    private NamedRecordType(int typeId, bool[] known)
    {
        TypeId = typeId;
        Known = known;
    }

    /// <summary>The type id (<see cref="NodeShape.IdOf"/>) of the record type the name's members hold.</summary>
    public int TypeId { get; }

    /// <summary>By type id, the types the analysis reached from the root: an index whose nodes are all of these.</summary>
    public bool[] Known { get; }

    /// <summary>The record type a name's members hold, or null when the contract does not make it certain.</summary>
    /// <param name="name">A member name (JSON, as in the contract).</param>
    public static NamedRecordType? Of(string name)
    {
        if (Kept.TryGetValue(name, out var kept))
        {
            return kept;
        }

        var made = Analyse(name);
        // The dictionary's count takes all its locks: it is asked only for a name not met before.
        if (Kept.Count < MaxKept)
        {
            Kept.TryAdd(name, made);
        }

        return made;
    }

    private static NamedRecordType? Analyse(string name)
    {
        var root = NodeShape.Of(typeof(FinalAccountsReport));
        var seen = new HashSet<NodeShape> { root };
        var pending = new Stack<NodeShape>();
        pending.Push(root);
        // Declared types that could hold a value of the sole type under another name or as a list element.
        var holders = new List<Type> { root.Type };
        Type? sole = null;
        var single = true;
        while (pending.Count > 0)
        {
            var shape = pending.Pop();
            if (shape.Kind == NodeShape.ObjectKind)
            {
                for (var k = 0; k < shape.Names.Length; k++)
                {
                    var member = shape.Member(k);
                    if (seen.Add(member))
                    {
                        pending.Push(member);
                    }

                    if (!string.Equals(shape.Names[k], name, StringComparison.Ordinal) || member.Scalar)
                    {
                        // A scalar so named (PersonnelCount's change is a number) is never a record named so.
                        holders.Add(member.Type);
                    }
                    else if (sole is null || sole == member.Type)
                    {
                        sole = member.Type;
                    }
                    else
                    {
                        single = false;
                    }
                }
            }
            else if (shape.Kind == NodeShape.ListKind)
            {
                if (shape.Element is not { } element)
                {
                    // The runtime types of the elements decide: nothing is certain.
                    return null;
                }

                holders.Add(element.Type);
                if (seen.Add(element))
                {
                    pending.Push(element);
                }
            }
        }

        if (!single || sole is null || !sole.IsSealed || NodeShape.Of(sole).Kind != NodeShape.ObjectKind
            || holders.Exists(holder => holder.IsAssignableFrom(sole)))
        {
            return null;
        }

        var known = new bool[NodeShape.TypeCount];
        foreach (var shape in seen)
        {
            known[shape.TypeId] = true;
        }

        return new NamedRecordType(NodeShape.Of(sole).TypeId, known);
    }
}
