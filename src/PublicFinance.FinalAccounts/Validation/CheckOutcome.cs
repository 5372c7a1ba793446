namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The result of one check of a rule, and of a rule as a whole (检查结果).</summary>
public enum CheckOutcome
{
    /// <summary>The obligation was verified and holds (通过).</summary>
    Passed = 0,

    /// <summary>The obligation was verified and does not hold (未通过).</summary>
    Failed = 1,

    /// <summary>The obligation does not exist for this report (不适用).</summary>
    NotApplicable = 2,

    /// <summary>The obligation exists but the report lacks the data to verify it (无法检查); never counts as passed.</summary>
    CouldNotRun = 3,
}
