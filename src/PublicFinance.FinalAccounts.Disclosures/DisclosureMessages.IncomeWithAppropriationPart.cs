namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The note of <c>NarrativeReader.IncomeWithAppropriationPart</c> (session 40, blind round 38).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// 本年收入 in the 财政拨款 section whose own 其中 list names 财政拨款收入 as a part ("本年收入 X 万元，其中财政拨款收入 Y 万元，
    /// 事业收入 Z 万元"): the department's income of all sources, not the 财政拨款本年收入.
    /// </summary>
    public static readonly (string Zh, string En) IncomeWithAppropriationPart = (
        "该本年收入的“其中”列出了财政拨款收入：是部门全部来源的本年收入，不是财政拨款本年收入，未读入财政拨款部分。",
        "This income of the year lists the fiscal appropriation income among its parts: it is the department's income "
            + "from all sources, not the appropriation's income; not read as the appropriation's.");
}
