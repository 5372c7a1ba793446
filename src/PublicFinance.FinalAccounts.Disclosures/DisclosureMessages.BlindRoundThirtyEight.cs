namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 40's fixes of blind round 38's false findings.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// 本年收入 in the 财政拨款 section whose own 其中 list names 财政拨款收入 as a part ("本年收入 X 万元，其中财政拨款收入 Y 万元，
    /// 事业收入 Z 万元"): the department's income of all sources, not the 财政拨款本年收入.
    /// </summary>
    public static readonly (string Zh, string En) IncomeWithAppropriationPart = (
        "该本年收入的“其中”列出了财政拨款收入：是部门全部来源的本年收入，不是财政拨款本年收入，未读入财政拨款部分。",
        "This income of the year lists the fiscal appropriation income among its parts (其中): it is the department's income "
            + "from all sources, not the appropriation's income; not read as the appropriation's.");

    /// <summary>
    /// Groups received ("接待来访团组 36 个", "来华团组"): a reception's, which the model has no member for — never the 因公出国
    /// delegations sent.
    /// </summary>
    public static readonly (string Zh, string En) ReceivedGroupsNoField = (
        "接待来访团组（或来宾人次）属于公务接待，不是因公出国（境）团组；模型没有对应字段，未读入。",
        "Groups received (or their visitors) belong to official reception, not to the delegations sent abroad; the model has "
            + "no field for them, not read.");
}
