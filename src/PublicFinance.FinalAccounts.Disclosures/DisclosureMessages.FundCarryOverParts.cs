namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the funds' figures the model has no field for (资金来源的部分): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A figure of the 一般公共预算 part that the model has no field for: a carry-over's 一般公共预算 part ("上年结转 96.40 万元
    /// （一般公共预算 31.20 万元，…）"), or a flow of a paragraph headed 一般公共预算 other than its 本年收入 / 本年支出.
    /// </summary>
    public static readonly (string Zh, string En) GeneralBudgetFigureNoField = (
        "该数属于一般公共预算（由所列资金名称或段首标题可知），不是财政拨款或部门总体的同名数；模型中没有一般公共预算的该项字段，未读入。",
        "A figure of the general public budget (as its listed fund name or its paragraph's head says), not the appropriation's "
            + "or the department's figure of the same name; the model has no such field of the general budget, so it was not read.");

    /// <summary>A fund's part of a carry-over whose field already holds another value: not placed.</summary>
    public static readonly (string Zh, string En) FundCarryOverHeldOtherwise = (
        "结转和结余中该资金的部分与已读入的该资金结转和结余数值不同：未读入，作为带位置的陈述保留。",
        "A fund's part of a carry-over differs from that fund's carry-over already read: not placed, kept as a located statement.");

    /// <summary>
    /// Session 44: the funds' parts listed after a carry-over that do not add up to it ("上年结转 96.40 万元（一般公共预算 31.20
    /// 万元，政府性基金 60.20 万元）"): which figure is not what it seems is not known, so no part is placed.
    /// </summary>
    public static readonly (string Zh, string En) FundCarryOverPartsDoNotAdd = (
        "所列各资金的结转和结余之和不等于前面的结转和结余总数：无法确定哪一个数字有误或另有所指，各部分均未读入，作为带位置的陈述保留。",
        "The funds' parts listed after a carry-over do not add up to it: which figure is wrong or means something else is not "
            + "known, so no part is placed; each is kept as a located statement.");
}
