namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of relations read from a clause that names a figure other than the section's subject.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A budget relation ("…决算数小于年初预算数") of a figure its clause names that is not the section's subject (a 项 of a list
    /// not read): not read as the subject's relation, and its reason neither.
    /// </summary>
    public static readonly (string Zh, string En) RelationOfAnotherFigure = (
        "“决算数小于（大于）预算数”所述的是句中点名的另一科目（未读出其数字），不是本节总数：未作为总数的大小关系读入，其原因也未归入。",
        "A budget relation of another figure its clause names (whose figures were not read), not of the section's total: "
            + "it was not read as the total's relation, and its reason was not placed either.");
}
