namespace PublicFinance.FinalAccounts.Validation;

/// <summary>How serious a finding is (严重程度).</summary>
public enum Severity
{
    /// <summary>An arithmetic contradiction that rounding cannot explain (错误).</summary>
    Error = 0,

    /// <summary>Something a careful reviewer should look at; it may be legitimate (警告).</summary>
    Warning = 1,

    /// <summary>For information, e.g. a difference that rounding explains (提示).</summary>
    Info = 2,
}
