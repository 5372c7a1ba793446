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

    /// <summary>How many deciders were generated (each reachable from its relation's data: <c>CompiledRelationsTests</c>).</summary>
    public static int GeneratedCount => Generated.Count;

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
