using System.Threading;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// One record type of the generated description (<see cref="ContractShapes"/>): its members in the contract's order and
/// which are required. The members are checked against the contract's metadata when the shape is made, and each scalar
/// member takes its converter from it; <see cref="ContractReader"/> and <see cref="ContractTreeReader"/> drive it.
/// </summary>
internal abstract class ContractShape
{
    private static int shapes;
    private readonly ulong required;

    /// <summary>Makes the shape of <paramref name="type"/>; every member must be the contract's, in its order.</summary>
    /// <exception cref="InvalidOperationException">The generated description no longer matches the model (regenerate it).</exception>
    protected ContractShape(Type type, ulong required, ContractMember[] members)
    {
        Id = Interlocked.Increment(ref shapes) - 1;
        this.required = required;
        Members = members;
        var info = FinalAccountsJson.ReadOptions.GetTypeInfo(type);
        if (info.Properties.Count != members.Length || members.Length > 64)
        {
            throw new InvalidOperationException($"The contract shape of {type.Name} is stale: regenerate it.");
        }

        for (var i = 0; i < members.Length; i++)
        {
            var property = info.Properties[i];
            if (property.Name != members[i].Name || property.IsRequired != ((required & (1UL << i)) != 0))
            {
                throw new InvalidOperationException($"The contract shape of {type.Name}.{members[i].Name} is stale: regenerate it.");
            }

            members[i].Bind(property);
        }
    }

    /// <summary>A small number naming the shape within the process (its frame's index).</summary>
    public int Id { get; }

    /// <summary>The members, in the contract's order.</summary>
    public ContractMember[] Members { get; }

    /// <summary>
    /// Moves to the next member's value and names it in <paramref name="index"/>; false at the end of the object. Gives up
    /// (<see cref="ContractReader.GiveUp"/>) on an escaped, unknown or repeated name — the contract's reading decides those.
    /// </summary>
    public bool NextMember(ref ContractJsonScanner scanner, ref ulong seen, ref int index)
    {
        // Members usually come in the contract's order (every writer of the contract writes them so): try the next first.
        var next = index + 1;
        var expected = next < Members.Length ? Members[next].Utf8Name : [];
        if (!scanner.NextMember(index < 0, expected, out var isExpected, out var name))
        {
            return false;
        }

        if (!isExpected)
        {
            next = IndexOf(name);
        }

        if (next < 0 || (seen & (1UL << next)) != 0)
        {
            throw ContractReader.GiveUp();
        }

        seen |= 1UL << next;
        index = next;
        return true;
    }

    /// <summary>The index of the member named <paramref name="name"/>, trying the one after <paramref name="index"/> first.</summary>
    /// <exception cref="FormatException">No member has the name, or it was read already (the contract's reading decides).</exception>
    public int Member(string name, int index, ref ulong seen)
    {
        var next = index + 1;
        if (next >= Members.Length || !string.Equals(name, Members[next].Name, StringComparison.Ordinal))
        {
            next = -1;
            for (var i = 0; i < Members.Length; i++)
            {
                if (string.Equals(name, Members[i].Name, StringComparison.Ordinal))
                {
                    next = i;
                    break;
                }
            }
        }

        if (next < 0 || (seen & (1UL << next)) != 0)
        {
            throw ContractReader.GiveUp();
        }

        seen |= 1UL << next;
        return next;
    }

    /// <summary>Gives up unless every required member was read.</summary>
    public void RequireAll(ulong seen)
    {
        if ((seen & required) != required)
        {
            throw ContractReader.GiveUp();
        }
    }

    private int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Members.Length; i++)
        {
            if (name.SequenceEqual(Members[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }
}
