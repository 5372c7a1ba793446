namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// Which evaluations the list of a performance statement holds (所列绩效自评的范围; schema 1.8): all that were carried out, or
/// a selection of them (选取部分项目说明). Absent means the list is taken as complete, as before 1.8.
/// </summary>
public enum EvaluationsListed
{
    /// <summary>Every evaluation carried out is listed (全部列示): the list's count and fund totals are the stated ones'.</summary>
    All = 0,

    /// <summary>
    /// Only some of the evaluations are listed (部分列示: "选取…个项目", two summaries of 23 evaluated projects): each is checked
    /// on its own figures, but the list is not the whole, so its count and its sums are not compared with the stated ones.
    /// </summary>
    Selection = 1,
}
