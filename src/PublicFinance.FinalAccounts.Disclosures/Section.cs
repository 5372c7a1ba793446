namespace PublicFinance.FinalAccounts.Disclosures;

internal enum Section
{
    None,
    Functions,
    Personnel,
    Overall,
    Income,
    Expenditure,
    Appropriation,
    GeneralBudget,
    Basic,
    GovernmentFund,
    StateCapital,
    ThreePublic,
    OperatingExpenses,
    Procurement,
    Assets,
    Performance,
    Other,
    Glossary,
    Tables,
}
