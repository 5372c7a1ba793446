namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A figure taking part in a check: where it is, its printed value and the interval it stands for (参与校验的数字).</summary>
public readonly record struct Figure
{
    private readonly FactPointer location;

    /// <summary>A figure at a pointer.</summary>
    /// <param name="Pointer">JSON Pointer of the figure.</param>
    /// <param name="Value">The printed value.</param>
    /// <param name="Range">The interval the printed value stands for under the rounding mode.</param>
#pragma warning disable IDE1006 // PascalCase parameters on purpose: they keep the names of the positional record this
    // constructor replaced (named arguments and deconstruction such as `var (Pointer, Value, Range) = figure` still work).
    public Figure(string Pointer, decimal Value, DecimalInterval Range)
    {
        location = FactPointer.Of(Pointer);
        this.Value = Value;
        this.Range = Range;
    }

    internal Figure(FactPointer location, decimal value, DecimalInterval range)
    {
        this.location = location;
        Value = value;
        Range = range;
    }

    /// <summary>JSON Pointer of the figure (written when asked for).</summary>
    public string Pointer { get => location.ToString(); init => location = FactPointer.Of(value); }

    /// <summary>The printed value.</summary>
    public decimal Value { get; init; }

    /// <summary>The interval the printed value stands for under the rounding mode.</summary>
    public DecimalInterval Range { get; init; }

    internal FactPointer Location => location;

    /// <summary>Deconstructs the figure.</summary>
    /// <param name="Pointer">JSON Pointer of the figure.</param>
    /// <param name="Value">The printed value.</param>
    /// <param name="Range">The interval.</param>
    public void Deconstruct(out string Pointer, out decimal Value, out DecimalInterval Range)
    {
        Pointer = this.Pointer;
        Value = this.Value;
        Range = this.Range;
    }
#pragma warning restore IDE1006

    /// <inheritdoc />
    public bool Equals(Figure other) =>
        string.Equals(Pointer, other.Pointer, StringComparison.Ordinal) && Value == other.Value && Range.Equals(other.Range);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Pointer) ^ Value.GetHashCode();
}
