namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>Income or expenditure (收入／支出).</summary>
internal enum StatementFlow
{
    /// <summary>Neither word seen.</summary>
    None,

    /// <summary>Income of the year (本年收入).</summary>
    Income,

    /// <summary>Expenditure of the year (本年支出).</summary>
    Expenditure,
}
