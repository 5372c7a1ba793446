using System.Security.Cryptography;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The key a generated piece of code is found by (生成代码的数据键; session 22): the SHA-256 of a relation's data in
/// JSON form, as lower-case hexadecimal — so that code generated from a relation is found by what the relation says,
/// never by its rule id. Shared by the generated sums (<see cref="CompiledSums.KeyOf"/>) and available to the condition
/// relations' deciders.
/// </summary>
internal static class CompiledKeys
{
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
