using System.Collections;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// The model's values read as the fact index holds them, without the index (按契约读取模型的值; session 24): a record's
/// member by the contract's getter of its type (<c>FinalAccountsJson.ReadOptions</c>, what the index is built from), a
/// list's (any other enumerable's) element by its index, a string or a value type a leaf — so that a code rule naming
/// parts by pointer (<c>required-parts.tsv</c>) reads the typed report and the index is built only for a rule that needs it.
/// </summary>
internal static class ContractValues
{
    /// <summary>
    /// The value at a path of unescaped tokens below a value (a member's, an element's), or null when absent — what
    /// <c>ReportFacts.ValueOf(ReportFacts.FindTokens(tokens))</c> answers.
    /// </summary>
    /// <param name="root">The value the path starts at (the report).</param>
    /// <param name="tokens">The path's tokens.</param>
    /// <returns>The value, or null.</returns>
    public static object? ValueAt(object? root, IReadOnlyList<string> tokens)
    {
        var value = root;
        for (var t = 0; t < tokens.Count && value is not null; t++)
        {
            value = Child(value, tokens[t]);
        }

        return value;
    }

    /// <summary>
    /// Whether a part is stated (<c>PresenceRules.Present</c>): a value is there and it is not a list without elements.
    /// </summary>
    /// <param name="value">The value at the part's pointer.</param>
    /// <returns>Whether it is present.</returns>
    public static bool Present(object? value) =>
        value is not null
        && (IsLeaf(value) || value is not IEnumerable list || (list is IReadOnlyCollection<object> c ? c.Count != 0 : Any(list)));

    /// <summary>The contract's getter of a record's member, or null (a leaf, a list, no such member).</summary>
    /// <param name="record">The record.</param>
    /// <param name="token">The member's name.</param>
    /// <returns>The getter, or null.</returns>
    internal static Func<object, object?>? Getter(object record, string token)
    {
        if (IsLeaf(record) || record is IEnumerable || Record(record) is not { } info)
        {
            return null;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is { } get && string.Equals(property.Name, token, StringComparison.Ordinal))
            {
                return get;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a value of type <typeparamref name="T"/> lies strictly below <paramref name="value"/> (<c>ReportFacts.AnyBelow</c>):
    /// the members and elements of records and lists, depth first.
    /// </summary>
    /// <typeparam name="T">The type looked for (e.g. an amount).</typeparam>
    /// <param name="value">The record or list.</param>
    /// <returns>Whether one is found.</returns>
    public static bool AnyBelow<T>(object? value)
    {
        if (value is null || IsLeaf(value))
        {
            return false;
        }

        if (value is IEnumerable elements)
        {
            foreach (var element in elements)
            {
                if (element is not null && (element is T || AnyBelow<T>(element)))
                {
                    return true;
                }
            }

            return false;
        }

        if (Record(value) is not { } info)
        {
            return false;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get?.Invoke(value) is { } member && (member is T || AnyBelow<T>(member)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A string or a value type is a leaf (the index's scalars: <c>NodeShape.Scalar</c>).</summary>
    private static bool IsLeaf(object value) => value is string || value.GetType().IsValueType;

    private static bool Any(IEnumerable list)
    {
        var elements = list.GetEnumerator();
        try
        {
            return elements.MoveNext();
        }
        finally
        {
            (elements as IDisposable)?.Dispose();
        }
    }

    /// <summary>The contract's metadata of a record's type, or null when the contract has none (then it is a leaf).</summary>
    private static JsonTypeInfo? Record(object value) =>
        FinalAccountsJson.ReadOptions.TryGetTypeInfo(value.GetType(), out var info) && info.Kind == JsonTypeInfoKind.Object ? info : null;

    /// <summary>A record's member by its contract name, or a list's element by its index; null when absent.</summary>
    private static object? Child(object value, string token)
    {
        if (IsLeaf(value))
        {
            return null;
        }

        if (value is IEnumerable elements)
        {
            if (!JsonPointer.TryParseIndex(token.AsSpan(), out var index))
            {
                return null;
            }

            var i = 0;
            foreach (var element in elements)
            {
                if (i++ == index)
                {
                    return element;
                }
            }

            return null;
        }

        if (Record(value) is not { } info)
        {
            return null;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is { } get && string.Equals(property.Name, token, StringComparison.Ordinal))
            {
                return get(value);
            }
        }

        return null;
    }
}
