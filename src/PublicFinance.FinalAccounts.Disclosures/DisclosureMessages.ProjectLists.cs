namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The reader's notes on lists of named projects under a 项目支出 (session 47, schema 1.12).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A named project's amount in a list of another basis than the 项目支出 of all funds ("一般公共预算财政拨款项目支出主要包括：…"):
    /// the model's list is that of <c>narrative.expenditure.project</c> only.
    /// </summary>
    public static (string Zh, string En) ProjectListOfAnotherBasis(string name) => (
        $"项目“{name}”的金额列在财政拨款等其他口径的项目支出下，报告模型的项目清单只对应全部资金的项目支出，未放入。",
        $"The amount of the project \"{name}\" is listed under the project expenditure of another basis (an appropriation); "
            + "the model's list is that of the project expenditure of all funds, so it was not placed.");

    /// <summary>
    /// An entry of a 项目支出 list that starts with 其他 / 其余 but does not name the other projects ("其他专项经费"): neither a
    /// named project nor surely the list's remainder.
    /// </summary>
    public static (string Zh, string En) ProjectListRemainderUnclear(string name) => (
        $"项目支出清单中的“{name}”既不是具名项目，也未写明是其他项目合计，未放入。",
        $"\"{name}\" in a list of the project expenditure is neither a named project nor written as the other projects' "
            + "total, so it was not placed.");
}
