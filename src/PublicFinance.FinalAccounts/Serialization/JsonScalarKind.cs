namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>What a scalar token read by <see cref="ContractJsonScanner"/> is.</summary>
internal enum JsonScalarKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
