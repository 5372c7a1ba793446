namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// The vehicle categories of 国有资产占用: the eight of 《党政机关公务用车管理办法》 (2017) and the two earlier disclosures
/// use besides them (领导干部用车, 一般公务用车 — the 2014–2016 template's categories, with 执法执勤用车, 特种专业技术用车 and
/// 其他用车), and kinds some units list beside them (校车, 殡葬车; schema 1.4).
/// </summary>
public enum VehicleCategory
{
    /// <summary>Vehicles of vice-ministerial and higher leaders (副部（省）级及以上领导用车 / 部级领导干部用车).</summary>
    SeniorLeaders = 0,

    /// <summary>Vehicles of principal leaders (主要负责人用车 / 主要领导干部用车).</summary>
    PrincipalLeaders = 1,

    /// <summary>Confidential-communication vehicles (机要通信用车).</summary>
    ConfidentialCommunications = 2,

    /// <summary>Emergency-support vehicles (应急保障用车).</summary>
    EmergencySupport = 3,

    /// <summary>Law-enforcement vehicles (执法执勤用车).</summary>
    LawEnforcement = 4,

    /// <summary>Special technical vehicles (特种专业技术用车).</summary>
    SpecialTechnical = 5,

    /// <summary>Vehicles serving retired cadres (离退休干部服务用车).</summary>
    RetiredCadreService = 6,

    /// <summary>Other vehicles (其他用车).</summary>
    Other = 7,

    /// <summary>Leading cadres' vehicles (领导干部用车), a category of disclosures before the 2017 reform (schema 1.3).</summary>
    LeadingCadres = 8,

    /// <summary>General official vehicles (一般公务用车), a category of disclosures before the 2017 reform (schema 1.3).</summary>
    GeneralOfficial = 9,

    /// <summary>School buses (校车), a kind some units list beside the standard categories (schema 1.4).</summary>
    SchoolBus = 10,

    /// <summary>Funeral vehicles (殡葬车 / 殡仪车), a kind some units list beside the standard categories (schema 1.4).</summary>
    FuneralVehicle = 11,
}
