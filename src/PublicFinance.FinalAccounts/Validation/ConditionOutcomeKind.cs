namespace PublicFinance.FinalAccounts.Validation;

/// <summary>What a case of a <see cref="ConditionRelation"/> records (情形结果), spec §4.15.</summary>
public enum ConditionOutcomeKind
{
    /// <summary>Passed (通过).</summary>
    Passed = 0,

    /// <summary>Not applicable (不适用).</summary>
    NotApplicable = 1,

    /// <summary>Nothing is recorded (不记录).</summary>
    Nothing = 2,

    /// <summary>Failed, naming the pointers (未通过).</summary>
    Fail = 3,

    /// <summary>Could not run, naming the pointers (无法检查).</summary>
    CouldNotRun = 4,

    /// <summary>Check a sum (§4.8; 合计).</summary>
    Sum = 5,

    /// <summary>Check lesser ≤ greater (§4.9; 不大于).</summary>
    LessOrEqual = 6,

    /// <summary>Check a ratio (§4.6; 比例).</summary>
    Ratio = 7,
}
