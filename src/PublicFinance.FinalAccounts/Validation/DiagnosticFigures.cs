namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The numbers of a finding (诊断数值): <see cref="Diagnostic.Stated"/>, <see cref="Diagnostic.Computed"/>,
/// <see cref="Diagnostic.Difference"/> and <see cref="Diagnostic.Slack"/>, held apart from the finding so that one without
/// numbers — every finding of the reader's text checks — does not carry their room (session 44, issue 8: 120 of a finding's
/// 216 bytes; a figure-dense text gives a finding a sentence).
/// </summary>
/// <remarks>
/// A finding holds one only while one of the four is set (<see cref="Set"/> drops it when all are null again), so two
/// equal findings hold either none or equal ones. Equality is that of the four values, by the comparers a record uses for
/// its own members, so <see cref="Diagnostic"/>'s equality is what it was. A finding made with <c>with</c> shares its
/// original's until one of the four is set in it: the first such set copies it (<see cref="owner"/> tells whose it is).
/// </remarks>
internal sealed class DiagnosticFigures : IEquatable<DiagnosticFigures>
{
    /// <summary>The finding whose initialisation may still change these (the one that made them).</summary>
    private readonly Diagnostic owner;

    private DiagnosticFigures(Diagnostic owner) => this.owner = owner;

    /// <summary>See <see cref="Diagnostic.Stated"/>.</summary>
    public DecimalInterval? Stated { get; private set; }

    /// <summary>See <see cref="Diagnostic.Computed"/>.</summary>
    public DecimalInterval? Computed { get; private set; }

    /// <summary>See <see cref="Diagnostic.Difference"/>.</summary>
    public decimal? Difference { get; private set; }

    /// <summary>See <see cref="Diagnostic.Slack"/>.</summary>
    public decimal? Slack { get; private set; }

    /// <summary>Which of the four numbers <see cref="Set"/> sets.</summary>
    internal enum Field
    {
        /// <summary><see cref="Stated"/>.</summary>
        Stated,

        /// <summary><see cref="Computed"/>.</summary>
        Computed,

        /// <summary><see cref="Difference"/>.</summary>
        Difference,

        /// <summary><see cref="Slack"/>.</summary>
        Slack,
    }

    /// <summary>
    /// Sets one number of <paramref name="diagnostic"/>'s (while it is initialised), in place when the figures are its own,
    /// else in a copy that becomes its own; null when all four are null after it.
    /// </summary>
    /// <param name="figures">The finding's figures so far (null: none).</param>
    /// <param name="diagnostic">The finding being initialised.</param>
    /// <param name="field">Which number.</param>
    /// <param name="interval">The value of <see cref="Field.Stated"/> or <see cref="Field.Computed"/>.</param>
    /// <param name="amount">The value of <see cref="Field.Difference"/> or <see cref="Field.Slack"/>.</param>
    /// <returns>The finding's figures after the set.</returns>
    internal static DiagnosticFigures? Set(
        DiagnosticFigures? figures, Diagnostic diagnostic, Field field, DecimalInterval? interval, decimal? amount)
    {
        if (figures is null && interval is null && amount is null)
        {
            return null;   // nothing to hold, nothing held
        }

        var own = figures is not null && ReferenceEquals(figures.owner, diagnostic)
            ? figures
            : new DiagnosticFigures(diagnostic)
            {
                Stated = figures?.Stated,
                Computed = figures?.Computed,
                Difference = figures?.Difference,
                Slack = figures?.Slack,
            };
        switch (field)
        {
            case Field.Stated:
                own.Stated = interval;
                break;
            case Field.Computed:
                own.Computed = interval;
                break;
            case Field.Difference:
                own.Difference = amount;
                break;
            default:
                own.Slack = amount;
                break;
        }

        return own.Stated is null && own.Computed is null && own.Difference is null && own.Slack is null ? null : own;
    }

    /// <inheritdoc/>
    public bool Equals(DiagnosticFigures? other)
        => other is not null
            && EqualityComparer<DecimalInterval?>.Default.Equals(Stated, other.Stated)
            && EqualityComparer<DecimalInterval?>.Default.Equals(Computed, other.Computed)
            && EqualityComparer<decimal?>.Default.Equals(Difference, other.Difference)
            && EqualityComparer<decimal?>.Default.Equals(Slack, other.Slack);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticFigures);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = EqualityComparer<DecimalInterval?>.Default.GetHashCode(Stated!);
            hash = (hash * -1521134295) + EqualityComparer<DecimalInterval?>.Default.GetHashCode(Computed!);
            hash = (hash * -1521134295) + EqualityComparer<decimal?>.Default.GetHashCode(Difference!);
            return (hash * -1521134295) + EqualityComparer<decimal?>.Default.GetHashCode(Slack!);
        }
    }
}
