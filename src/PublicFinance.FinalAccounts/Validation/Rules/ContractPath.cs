namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// A pointer's path through the typed model read by the contract's getters (契约路径; session 24): what
/// <see cref="ContractValues.ValueAt"/> answers, with each step's getter found once per record type and kept (a required
/// part is read by every validation; its records' types do not change between reports).
/// </summary>
internal sealed class ContractPath
{
    private readonly string[] tokens;
    private readonly Step?[] steps;

    /// <summary>Creates the path of unescaped tokens.</summary>
    /// <param name="tokens">The tokens.</param>
    public ContractPath(IReadOnlyList<string> tokens)
    {
        this.tokens = [.. tokens];
        steps = new Step?[this.tokens.Length];
    }

    /// <summary>The value at the path below <paramref name="root"/>, or null when absent.</summary>
    /// <param name="root">The value the path starts at (the report).</param>
    /// <returns>The value, or null.</returns>
    public object? ValueAt(object? root)
    {
        var value = root;
        for (var t = 0; t < tokens.Length && value is not null; t++)
        {
            // A record's member by the getter found for its type last time (a list, or a type seen first, the slow way).
            if (steps[t] is { } step && ReferenceEquals(step.Type, value.GetType()))
            {
                value = step.Get(value);
                continue;
            }

            if (ContractValues.Getter(value, tokens[t]) is { } get)
            {
                steps[t] = new Step(value.GetType(), get);
                value = get(value);
                continue;
            }

            value = ContractValues.ValueAt(value, [tokens[t]]);
        }

        return value;
    }

    /// <summary>One step's record type and the contract's getter of its member.</summary>
    private sealed class Step(Type type, Func<object, object?> get)
    {
        public Type Type { get; } = type;

        public Func<object, object?> Get { get; } = get;
    }
}
