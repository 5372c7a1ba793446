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

    /// <summary>
    /// The administrative establishment (行政编制), a part of <see cref="AuthorizedPositions"/> stated beside the institutional
    /// one ("核定行政编制 21 名、事业编制 9 名"; schema 1.16), or null.
    /// </summary>
    public PersonnelCount? AdministrativePositions { get; init; }

    /// <summary>
    /// The institutional establishment (事业编制), a part of <see cref="AuthorizedPositions"/> stated beside the administrative
    /// one (schema 1.16), or null.
    /// </summary>
    public PersonnelCount? InstitutionalPositions { get; init; }

    /// <summary>
    /// The staff on administrative posts (行政人员): "实有人员 64 人，其中行政人员 40 人、事业人员 16 人、离退休人员 8 人" (schema 1.16),
    /// or null. A part of the serving staff, whether or not <see cref="Active"/> is stated.
    /// </summary>
    public PersonnelCount? AdministrativeStaff { get; init; }

    /// <summary>The staff on institutional posts (事业人员), a part of the serving staff (schema 1.16), or null.</summary>
    public PersonnelCount? InstitutionalStaff { get; init; }

    /// <summary>Retired cadres under the 离休 system (离休人员), or null.</summary>
    public PersonnelCount? RetiredCadres { get; init; }

    /// <summary>Retired staff (退休人员), or null.</summary>
    public PersonnelCount? Retired { get; init; }
}
