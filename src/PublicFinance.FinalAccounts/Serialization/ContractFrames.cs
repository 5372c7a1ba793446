namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>The frames of one thread, one per record type (<see cref="ContractShape.Id"/>), made on first use and kept.</summary>
internal sealed class ContractFrames
{
    [ThreadStatic]
    private static ContractFrames? current;

    private ContractFrame?[] frames = new ContractFrame?[64];

    /// <summary>This thread's frames.</summary>
    public static ContractFrames Current => current ??= new ContractFrames();

    /// <summary>
    /// Whether a member named <c>secondBudget</c> (schema 1.6) was read from a tree since <see cref="ContractTreeReader"/>
    /// last began a report: without one the report holds no second budget comparison, and
    /// <see cref="SchemaVersionFloor"/> need not walk it for one (session 35).
    /// </summary>
    public bool SecondBudgetRead { get; set; }

    /// <summary>
    /// Whether the tree being read holds no surrogate character in any string (session 36): the text reader says so of a
    /// draft made from a text without one, so that its strings are not each tested again for a lone surrogate
    /// (<see cref="ContractLeafText.IsText"/>). False for every other tree (a tree parsed from JSON keeps the test).
    /// </summary>
    public bool SurrogateFree { get; set; }

    /// <summary>The frame of <paramref name="shape"/>, its mask cleared for a new record.</summary>
    public ContractFrame For(ContractShape shape)
    {
        var id = shape.Id;
        if (id >= frames.Length)
        {
            Array.Resize(ref frames, Math.Max(id + 1, frames.Length * 2));
        }

        var frame = frames[id] ??= new ContractFrame(shape.Members);
        frame.Seen = 0;
        return frame;
    }
}
