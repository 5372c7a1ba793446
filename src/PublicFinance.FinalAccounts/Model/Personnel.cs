namespace PublicFinance.FinalAccounts.Model;

/// <summary>Personnel (人员情况): headcounts by category.</summary>
public sealed record Personnel
{
    /// <summary>Authorised establishment (编制数), or null.</summary>
    public PersonnelCount? AuthorizedPositions { get; init; }

    /// <summary>Total actual headcount (实有人数), or null.</summary>
    public PersonnelCount? Total { get; init; }

    /// <summary>Serving staff (在职人员), or null.</summary>
    public PersonnelCount? Active { get; init; }

    /// <summary>Retired cadres under the 离休 system (离休人员), or null.</summary>
    public PersonnelCount? RetiredCadres { get; init; }

    /// <summary>Retired staff (退休人员), or null.</summary>
    public PersonnelCount? Retired { get; init; }
}
