namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of session 36's reader families: bracketed lists after a figure (<c>NarrativeReader.BracketedParts</c>), a fund's
/// class under the 一般公共预算 section (<c>NarrativeReader.FundClassLines</c>) and the 三公 fleet's vehicle kinds
/// (<c>NarrativeReader.HeldVehicleKinds</c>).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>An amount in a bracketed list after a figure whose items are not all known parts of that figure.</summary>
    public static readonly (string Zh, string En) BracketedListNotParts = (
        "数字后括号内列出的分项不全是该数字的已知组成部分：未放入。",
        "An amount in a bracketed list after a figure whose items are not all known parts of that figure: not placed.");

    /// <summary>A project's amount listed in brackets after 项目支出: the model has no member for one project.</summary>
    public static readonly (string Zh, string En) BracketedProjectPart = (
        "项目支出后括号内列出的具体项目金额：模型中没有单个项目的字段，未放入。",
        "A single project's amount listed in brackets after the project expenditure: the model has no member for one "
            + "project; not placed.");

    /// <summary>A class of another fund (政府性基金, 国有资本经营) stated under the 一般公共预算 section.</summary>
    public static readonly (string Zh, string En) FundClassUnderGeneralBudget = (
        "一般公共预算财政拨款支出部分中标明属于政府性基金（或国有资本经营）预算的类级科目：不是一般公共预算的支出，未放入。",
        "A functional class marked as the government fund's (or the state capital budget's) in the general budget section: "
            + "not general budget expenditure; not placed.");

    /// <summary>The share stated with a class of another fund under the 一般公共预算 section (its base is not written).</summary>
    public static readonly (string Zh, string En) FundClassShareUnderGeneralBudget = (
        "上述政府性基金（或国有资本经营）类级科目的占比：基数未写明，未放入。",
        "The share of that class of another fund: its base is not written; not placed.");

    /// <summary>
    /// A vehicle count by kind after the 三公 paragraph's 保有量: the fleet whose running the appropriation pays, not the asset
    /// register's fleet whose categories the model holds.
    /// </summary>
    /// <param name="figure">The kind and its count as written.</param>
    public static (string Zh, string En) ThreePublicVehicleKind(string figure) => (
        "“三公”经费说明中公务用车保有量的分类“" + figure + "”：保有量是财政拨款开支运行费的车辆，与国有资产占用中的车辆不一定是同一口径，"
            + "未放入车辆分类。",
        "A vehicle count by kind after the official vehicles held in the three-public section: these are the vehicles the "
            + "appropriation runs, not necessarily the asset register's fleet; not placed among the vehicle categories.");
}
