using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Performance;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Builds the model straight from a report tree (<see cref="IContractNode"/>, the text reader's draft) by the same
/// generated description as <see cref="ContractReader"/> reads JSON: each member is matched by name, each scalar read by
/// the contract's converter as the JSON token the tree would be written as, each record built once by its generated
/// initialiser. It gives up (null) wherever the contract might not read the tree's JSON the same way — an unknown or
/// repeated member, a missing required one, a refused value, a string with a lone surrogate, a model accessor's refusal —
/// and the caller then takes the JSON path, which decides. So the report is the same either way; only the cost differs.
/// </summary>
internal static class ContractTreeReader
{
    /// <summary>The indicator value's figure member (its converter reads the value back in <see cref="IsFaithful"/>).</summary>
    private static readonly LeafMember<Quantity?>? IndicatorFigure = FindIndicatorFigure();

    /// <summary>The name of the schema 1.6 member whose presence <see cref="SchemaVersionFloor"/> looks for.</summary>
    private const string SecondBudgetName = "secondBudget";

    /// <summary>The report the tree describes, or null when the JSON path must decide.</summary>
    public static FinalAccountsReport? TryRead(IContractNode root) => TryRead(root, out _);

    /// <summary>
    /// The report the tree describes, or null when the JSON path must decide; <paramref name="secondBudget"/> tells whether
    /// a member named <c>secondBudget</c> was read (false: the report holds no second budget comparison; true when the
    /// read gave up, as nothing is known then).
    /// </summary>
    public static FinalAccountsReport? TryRead(IContractNode root, out bool secondBudget)
        => TryRead(root, surrogateFree: false, out secondBudget);

    /// <summary>
    /// The report the tree describes, as <see cref="TryRead(IContractNode, out bool)"/>; when
    /// <paramref name="surrogateFree"/> is true the caller vouches that no string of the tree holds a surrogate character
    /// (the text reader's draft of a text without one), and the strings are not tested for a lone surrogate one by one
    /// (session 36). A tree of unknown strings must be read with false.
    /// </summary>
    public static FinalAccountsReport? TryRead(IContractNode root, bool surrogateFree, out bool secondBudget)
    {
        var frames = ContractFrames.Current;
        frames.SecondBudgetRead = false;
        frames.SurrogateFree = surrogateFree;
        try
        {
            var report = ReadRecord(root, ContractShapes.FinalAccountsReportShape, frames);
            secondBudget = frames.SecondBudgetRead;
            return report;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            secondBudget = true;
            return null;
        }
        finally
        {
            frames.SurrogateFree = false;
        }
    }

    /// <summary>Reads an object node as a record of <paramref name="shape"/>; a faithful record node is kept as it is.</summary>
    internal static T ReadRecord<T>(IContractNode node, RecordShape<T> shape, ContractFrames frames)
        where T : class
    {
        if (node.NodeKind == ContractNodeKind.Record)
        {
            return node.Record is T record && IsFaithful(record, frames.SurrogateFree) ? record : throw ContractReader.GiveUp();
        }

        if (node.NodeKind != ContractNodeKind.Object)
        {
            throw ContractReader.GiveUp();
        }

        var frame = frames.For(shape);
        var members = shape.Members;
        var order = frame.Order;
        var seen = 0UL;
        var index = -1;
        var count = node.Count;
        for (var i = 0; i < count; i++)
        {
            // A draft writes the records of a type with their members in one order, not always the contract's: the member
            // that stood at this place in the last record of the type is tried first (a guess, confirmed by its name).
            var name = node.NameAt(i);
            var guess = i < order.Length ? order[i] : -1;
            if (guess >= 0 && (seen & (1UL << guess)) == 0 && string.Equals(name, members[guess].Name, StringComparison.Ordinal))
            {
                seen |= 1UL << guess;
                index = guess;
            }
            else
            {
                index = shape.Member(name, index, ref seen);
                if (i < order.Length)
                {
                    order[i] = index;
                }
            }

            members[index].Read(node.ItemAt(i), frame.Cell(index), frames);
            if (name.Length == SecondBudgetName.Length && string.Equals(name, SecondBudgetName, StringComparison.Ordinal))
            {
                frames.SecondBudgetRead = true;   // Session 35: the schema floor walks the report only when one was read
            }
        }

        shape.RequireAll(seen);
        frame.Seen = seen;
        return shape.Build(frame);
    }

    /// <summary>
    /// Whether a record already made (an indicator value the reader parsed) is what the JSON round trip would give back:
    /// its strings are text, its comparator a defined member, its number read back by the contract's converter as the
    /// same figure. Anything else is left to the JSON path. Its strings are not tested when the tree is
    /// <paramref name="surrogateFree"/> (<see cref="ContractFrames.SurrogateFree"/>).
    /// </summary>
    private static bool IsFaithful(object record, bool surrogateFree)
    {
        if (record is not IndicatorValue value || value.Text is null
            || (!surrogateFree && (!ContractLeafText.IsText(value.Text) || (value.Unit is { } unit && !ContractLeafText.IsText(unit)))))
        {
            return false;
        }

#if NET5_0_OR_GREATER
        if (value.Comparator is { } comparator && !Enum.IsDefined(comparator))
#else
        if (value.Comparator is { } comparator && !Enum.IsDefined(typeof(Comparator), comparator))
#endif
        {
            return false;
        }

        if (value.Value is not { } number)
        {
            return true;
        }

        return IndicatorFigure is { } figure && figure.ReadString(number.ToString()) == number;
    }

    private static LeafMember<Quantity?>? FindIndicatorFigure()
    {
        foreach (var member in ContractShapes.IndicatorValueShape.Members)
        {
            if (member.Name == "value" && member is LeafMember<Quantity?> figure)
            {
                return figure;
            }
        }

        return null;
    }
}
