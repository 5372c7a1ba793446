namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// The base of a stated evaluation coverage (评价覆盖率的口径; schema 1.11): what the evaluated projects' funds are a share of.
/// </summary>
public enum EvaluationCoverageBase
{
    /// <summary>
    /// The general public budget's project expenditure (一般公共预算项目支出: "占一般公共预算项目支出总额的100%"). The model holds no
    /// figure of it, so the share is not checked against one.
    /// </summary>
    GeneralBudgetProjectExpenditure = 0,

    /// <summary>
    /// The project expenditure (项目支出: "覆盖项目支出的85.3%"), the 说明's <c>narrative.expenditure.project</c> (rule FA3013).
    /// </summary>
    ProjectExpenditure = 1,

    /// <summary>All projects (全部项目: "自评覆盖率100%" of the projects, "覆盖全部项目"), a count rather than an amount.</summary>
    AllProjects = 2,

    /// <summary>A base the text names otherwise or not at all (口径未明): kept as unknown, never guessed.</summary>
    Unknown = 3,
}
