using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The JSON names of enum values (枚举值的 JSON 名称) as the condition relations compare them (camelCase, as the contract
/// writes them), made once per value and found by the enum's type (a reference comparison over the few enum types of the
/// model) and its number: no hash of a boxed enum per look-up. Thread-safe: a name is the same whichever thread makes it.
/// </summary>
internal static class EnumNames
{
    /// <summary>Values from 0 to this (exclusive) are kept by number; others are the caller's to name.</summary>
    private const int MaxValue = 64;

    /// <summary>At most this many enum types are kept (the model has a handful).</summary>
    private const int MaxTypes = 64;

    private static readonly object Gate = new();

    // (type, names by value — null when the type's values are not Int32); append-only, published as a new array.
    private static (Type Type, string?[]? Names)[] known = [];

    /// <summary>The JSON name of a value whose enum type has Int32 values in [0, 64); false for any other value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="text">Its name, as <c>JsonNamingPolicy.CamelCase.ConvertName(value.ToString())</c>.</param>
    /// <returns>Whether the value was named here.</returns>
    public static bool TryGet(Enum value, out string text)
    {
        if (NamesOf(value.GetType()) is { } names)
        {
            // A boxed enum unboxes to its underlying type (Int32 here, as NamesOf checked).
            var number = (int)(object)value;
            if (number >= 0 && number < names.Length)
            {
                text = names[number] ??= JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
                return true;
            }
        }

        text = string.Empty;
        return false;
    }

    /// <summary>
    /// The JSON name of any enum value (camelCase of its name, as the contract writes it): the kept one when
    /// <see cref="TryGet"/> keeps it, converted otherwise (another underlying type, a number outside [0, 64)).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>Its name.</returns>
    public static string Name(Enum value) =>
        TryGet(value, out var text) ? text : JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string?[]? NamesOf(Type type)
    {
        var entries = known;
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i].Type, type))
            {
                return entries[i].Names;
            }
        }

        lock (Gate)
        {
            foreach (var (t, names) in known)
            {
                if (ReferenceEquals(t, type))
                {
                    return names;
                }
            }

            var made = Type.GetTypeCode(type) == TypeCode.Int32 ? new string?[MaxValue] : null;
            if (known.Length < MaxTypes)
            {
                known = [.. known, (type, made)];
            }

            return made;
        }
    }
}
