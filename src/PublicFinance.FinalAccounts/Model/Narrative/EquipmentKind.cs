namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>The kind of equipment a count at a unit-price threshold is of (设备类别; schema 1.12).</summary>
public enum EquipmentKind
{
    /// <summary>设备: the text names no kind ("单价50万元以上设备"), so the count is of every kind.</summary>
    Unspecified = 0,

    /// <summary>通用设备 (general-purpose equipment).</summary>
    General = 1,

    /// <summary>专用设备 (special-purpose equipment).</summary>
    Special = 2,
}
