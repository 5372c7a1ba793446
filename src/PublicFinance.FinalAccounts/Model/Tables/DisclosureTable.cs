namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>What every published table (公开表) carries besides its figures.</summary>
public abstract record DisclosureTable
{
    /// <summary>The title as printed (e.g. 收入支出决算总表, 公开01表), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The footnote or the "本表无数据" statement as printed (注：本表反映…), or null.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The unit printed on this table (单位：元 or 单位：万元), or null when not stated. The amounts of the model are
    /// always in the report's <see cref="FinalAccountsReport.Unit"/>; a reader converts a table printed in another unit.
    /// </summary>
    public AmountUnit? Unit { get; init; }
}
