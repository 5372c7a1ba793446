using System.Security.Cryptography;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The key a generated piece of code is found by (生成代码的数据键; session 22): the SHA-256 of a relation's data in
/// JSON form, as lower-case hexadecimal — so that code generated from a relation is found by what the relation says,
/// never by its rule id. Shared by the generated sums (<see cref="CompiledSums.KeyOf"/>), checks
/// (<see cref="CompiledChecks.KeyOf"/>) and condition deciders (<see cref="CompiledRelations.KeyOf"/>); the JSON form is the
/// one <c>docs/rules/relations.json</c> lists (<see cref="RelationJson"/>).
/// </summary>
internal static class CompiledKeys
{
    /// <summary>The key of a relation's data: the SHA-256 of its JSON form (<see cref="RelationJson"/>) without the rule id.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string Of(Relation relation)
    {
        if (relation is null)
        {
            throw new ArgumentNullException(nameof(relation));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            RelationJson.Write(writer, relation);
            writer.WriteEndObject();
        }

        return Of(stream);
    }

    /// <summary>The SHA-256 of the bytes written so far, as 64 lower-case hexadecimal digits.</summary>
    /// <param name="json">The relation's JSON form.</param>
    /// <returns>The key.</returns>
    public static string Of(MemoryStream json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

#if NET
        var hash = SHA256.HashData(json.ToArray());
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(json.ToArray());
#endif
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
