namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// An indicator value as written (年度指标值 / 实际完成值): the text, and where it is quantitative, the comparator, the
/// number and the unit (">=4 次" → ≥, 4, 次; "=100%" → =, 100, %; "有效提升" → text only).
/// </summary>
/// <remarks>Text is read into one by <see cref="Utility.IndicatorValueText.Parse"/> (the model holds values only).</remarks>
public sealed record IndicatorValue
{
    /// <summary>The value exactly as written (指标值原文).</summary>
    public required string Text { get; init; }

    /// <summary>The comparator (比较符), when written.</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>The number (数值), when the value is quantitative.</summary>
    public Quantity? Value { get; init; }

    /// <summary>The unit after the number (次, 万元, %, 人次), when written.</summary>
    public string? Unit { get; init; }
}
