namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The look-up of the generated member readers (the table is in FactMemberReaders.g.cs, generated).</summary>
internal static partial class FactMemberReaders
{
    /// <summary>The generated names and reader of a record type, when the type has them.</summary>
    /// <param name="type">The record's declared type.</param>
    /// <param name="names">The members' JSON names in the contract's order.</param>
    /// <param name="read">The reader.</param>
    /// <returns>Whether the type has a generated reader.</returns>
    public static bool TryGet(Type type, out string[] names, out FactMemberReader read)
    {
        if (Readers.TryGetValue(type, out var reader))
        {
            (names, read) = reader;
            return true;
        }

        names = [];
        read = null!;
        return false;
    }
}
