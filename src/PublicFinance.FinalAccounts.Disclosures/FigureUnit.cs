namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What follows a number.</summary>
internal enum FigureUnit
{
    None,
    WanYuan,
    Yuan,
    YiYuan,

    /// <summary>千元 (thousand yuan): a tenth of a 万元, converted exactly (one decimal more).</summary>
    QianYuan,
    Percent,
    Count,
    Area,
}
