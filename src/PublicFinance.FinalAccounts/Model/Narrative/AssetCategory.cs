namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// The categories of state-owned assets a disclosure lists (国有资产分类; schema 1.5): the fixed-asset classes of
/// 《固定资产分类与代码》 (GB/T 14885) that 说明 name, and the other asset kinds they state beside them.
/// </summary>
public enum AssetCategory
{
    /// <summary>Buildings and structures (房屋及构筑物 / 房屋).</summary>
    Buildings = 0,

    /// <summary>Vehicles (车辆).</summary>
    Vehicles = 1,

    /// <summary>General-purpose equipment (通用设备).</summary>
    GeneralEquipment = 2,

    /// <summary>Special-purpose equipment (专用设备).</summary>
    SpecialEquipment = 3,

    /// <summary>Land (土地).</summary>
    Land = 4,

    /// <summary>Cultural relics and exhibits (文物和陈列品).</summary>
    CulturalRelics = 5,

    /// <summary>Books and archives (图书、档案).</summary>
    BooksAndArchives = 6,

    /// <summary>Furniture and fittings (家具、用具、装具及动植物).</summary>
    Furniture = 7,

    /// <summary>Intangible assets (无形资产).</summary>
    Intangible = 8,

    /// <summary>Current assets (流动资产).</summary>
    CurrentAssets = 9,

    /// <summary>Other assets (其他资产 / 其他), with the label as written.</summary>
    OtherAssets = 10,
}
