namespace PublicFinance.FinalAccounts.Validation;

/// <summary>What a <see cref="ConditionRelation"/> records for an absent anchor (锚点缺失), spec §4.15.</summary>
public enum AbsentAnchor
{
    /// <summary>Could not run, naming the absent anchor or list (无法检查; the default).</summary>
    CouldNotRun = 0,

    /// <summary>Not applicable (不适用).</summary>
    NotApplicable = 1,

    /// <summary>Nothing is recorded (不记录).</summary>
    Nothing = 2,
}
