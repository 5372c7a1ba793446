namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// One component of 机关运行经费 as the text lists it (办公费, 印刷费, 水电费, 差旅费, 会议费, 培训费, 公务接待费…; schema 1.5):
/// its name as written and its amount.
/// </summary>
public sealed record OperatingExpenseComponent
{
    /// <summary>The component's name as written (办公费, 水电费…), never empty.</summary>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public required string Name
    {
        get;
        init => field = !string.IsNullOrWhiteSpace(value) ? value
            : throw new ArgumentException(Messages.ComponentNameEmpty, nameof(Name));
    }

    /// <summary>The component's amount (金额), in the report's unit, as written.</summary>
    public required Amount Amount { get; init; }
}
