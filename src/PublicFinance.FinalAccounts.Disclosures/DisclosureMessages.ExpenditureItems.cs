namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the all-funds 项 lines of 支出决算情况 (schema 1.16; session 64, schema116).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A part of an all-funds 项 (its 基本支出 or 项目支出, "行政运行（2013101）386.72万元，其中基本支出 300.00 万元"): the model has
    /// no member for an item's split, and the section's 基本支出 / 项目支出 it names is not this part.
    /// </summary>
    public static readonly (string Zh, string En) ExpenditureItemPart = (
        "支出决算中某一科目（项）的组成部分（如其基本支出、项目支出），模型无对应字段，未归位；亦非本节的基本支出或项目支出。",
        "A part of an item of the expenditure of all funds (its basic or project expenditure): the model has no field for it, so "
            + "it is not placed — nor is it the section's basic or project expenditure.");
}
