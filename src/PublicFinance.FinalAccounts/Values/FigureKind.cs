namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// What a written figure is (数值种类): its names in messages and an example of its JSON form. One instance per kind, so
/// messages are chosen by kind rather than by matching a name string.
/// </summary>
internal sealed class FigureKind
{
    private FigureKind(string textName, string jsonName, string chineseName, string jsonExample)
    {
        TextName = textName;
        JsonName = jsonName;
        ChineseName = chineseName;
        JsonExample = jsonExample;
    }

    /// <summary>An amount (金额).</summary>
    public static FigureKind Amount { get; } = new("amount", "an amount", "金额", "3653.30");

    /// <summary>A percentage (百分比).</summary>
    public static FigureKind Percent { get; } = new("percentage", "a percentage", "百分比", "98.37");

    /// <summary>A quantity (数量).</summary>
    public static FigureKind Quantity { get; } = new("quantity", "a quantity", "数量", "6055.90");

    /// <summary>The name in text-parse messages ("amount").</summary>
    public string TextName { get; }

    /// <summary>The name with its article in JSON messages ("an amount").</summary>
    public string JsonName { get; }

    /// <summary>The Chinese name (金额).</summary>
    public string ChineseName { get; }

    /// <summary>An example of the JSON string form ("3653.30").</summary>
    public string JsonExample { get; }
}
