using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>How one value of type <typeparamref name="T"/> is read: a scalar or a record, alone or as a list's item.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal interface IContractItem<T>
{
    /// <summary>Takes what the reading needs from the contract's metadata (a scalar's converter).</summary>
    void Bind(JsonPropertyInfo property);

    /// <summary>Reads the JSON value that comes next.</summary>
    T ReadItem(ref ContractJsonScanner scanner, ContractFrames frames);

    /// <summary>Reads a tree's value.</summary>
    T ReadItem(IContractNode node, ContractFrames frames);
}
