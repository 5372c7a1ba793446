namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The unit a text wrote a figure in when it is not the report's unit (原文金额单位): the reader converted the figure exactly
/// and a finding on it names the figure as written too (session 48).
/// </summary>
internal enum WrittenUnit
{
    /// <summary>元 (in a 万元 report).</summary>
    Yuan,

    /// <summary>千元 (in a 万元 or a 元 report).</summary>
    QianYuan,

    /// <summary>万元 (in a 亿元 report).</summary>
    WanYuan,
}
