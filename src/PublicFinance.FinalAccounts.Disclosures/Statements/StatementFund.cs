namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>The fund a 财政拨款 statement speaks of (资金性质).</summary>
internal enum StatementFund
{
    /// <summary>No fund word seen yet.</summary>
    Unspecified,

    /// <summary>All fiscal appropriation (财政拨款, the sum of the three funds below).</summary>
    Appropriation,

    /// <summary>General public budget appropriation (一般公共预算财政拨款).</summary>
    GeneralBudget,

    /// <summary>Government fund appropriation (政府性基金预算财政拨款).</summary>
    GovernmentFund,

    /// <summary>State capital operations appropriation (国有资本经营预算财政拨款).</summary>
    StateCapital,
}
