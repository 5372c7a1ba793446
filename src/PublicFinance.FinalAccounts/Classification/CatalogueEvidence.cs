namespace PublicFinance.FinalAccounts.Classification;

/// <summary>How well an entry of the embedded catalogue is sourced.</summary>
public enum CatalogueEvidence
{
    /// <summary>Read in a published template or disclosure (sourced).</summary>
    Sourced = 0,

    /// <summary>Corroborated only by third-party software (corroborated).</summary>
    Corroborated = 1,

    /// <summary>From domain knowledge; verify against the official 《政府收支分类科目》 (inferred).</summary>
    Inferred = 2,
}
