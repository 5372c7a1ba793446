using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The deciders generated from the catalogue's condition relations (关系编译为类型化代码; session 21, issue 13):
/// <c>CompiledRelations.g.cs</c>, written by <c>CompiledRelationsGenerator</c> in the tests from each relation's data and
/// the contract's shapes, and checked to be current. A relation finds its decider by its data — the SHA-256 of its JSON
/// form (<c>docs/rules/relations.json</c>, without the rule id) — never by a rule id, so a relation that is new or changed
/// and not yet generated has none and runs interpreted.
/// </summary>
internal static partial class CompiledRelations
{
    /// <summary>A decider's answer when no case holds (the anchor is not applicable, as the interpreter records).</summary>
    public const int NoCase = -1;

    /// <summary>A decider's answer when the anchor's value is not of the generated type: the interpreter decides it.</summary>
    public const int Interpret = -2;

    /// <summary>The decider generated for a relation's data, or null.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its decider, or null when none was generated for this data.</returns>
    public static CompiledDecider? Of(ConditionRelation relation) =>
        Generated.TryGetValue(KeyOf(relation), out var decider) ? decider : null;

    /// <summary>
    /// The typed anchor walk generated for a relation's data (session 24: its template without <c>**</c>, beside its
    /// decider), or null.
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its walk, or null when none was generated for this data.</returns>
    public static CompiledAnchors? AnchorsOf(ConditionRelation relation) =>
        GeneratedAnchors.TryGetValue(KeyOf(relation), out var walk) ? walk : null;

    /// <summary>A ratio reader's answer: the case, anchor or parent is not the generated one (the general reads decide).</summary>
    public const int RatioInterpret = -1;

    /// <summary>A ratio reader's answer: no stated percentage (the check is not applicable).</summary>
    public const int RatioNoPercent = 0;

    /// <summary>A ratio reader's answer: a numerator's or denominator's term has no figure (the values settle nothing).</summary>
    public const int RatioMissing = 1;

    /// <summary>A ratio reader's answer: the percentage, numerator and denominator were read.</summary>
    public const int RatioRead = 2;

    /// <summary>
    /// The typed reader of a relation's ratio cases generated beside its decider (session 35), or null (none generated: no
    /// ratio case, or a case whose figures the generator cannot read typed).
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its reader, or null.</returns>
    public static CompiledRatio? RatiosOf(ConditionRelation relation) =>
        GeneratedRatios.TryGetValue(KeyOf(relation), out var ratios) ? ratios : null;

    /// <summary>How many deciders were generated (each reachable from its relation's data: <c>CompiledRelationsTests</c>).</summary>
    public static int GeneratedCount => Generated.Count;

    /// <summary>An amount read as the run reads a figure (<c>ValidationContext.Figure</c>; the location is not read).</summary>
    private static Figure Read(Amount amount, RoundingMode mode) => new(default, amount.Value, amount.Decimals, mode);

    /// <summary>A quantity read as the run reads a figure (<c>ValidationContext.Figure</c>).</summary>
    private static Figure Read(Quantity quantity, RoundingMode mode) => new(default, quantity.Value, quantity.Decimals, mode);

    /// <summary>A count read as the run reads one (<c>ValidationContext.Count</c>: exact, whatever the rounding).</summary>
    private static Figure ReadCount(int count) => new(default, count, 0, RoundingMode.Exact);

    /// <summary>The key of a relation's data: the SHA-256 (lower-case hex) of its JSON form without the rule id.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>64 hexadecimal digits.</returns>
    public static string KeyOf(ConditionRelation relation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            ConditionRelationJson.Write(writer, relation);
            writer.WriteEndObject();
        }

        return CompiledKeys.Of(stream);
    }
}
