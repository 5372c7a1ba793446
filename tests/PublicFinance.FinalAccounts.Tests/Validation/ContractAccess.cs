using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// C# member access for a JSON Pointer's tokens through the contract's metadata (<c>FinalAccountsJson.Options</c>), for the
/// generators of typed walks (session 23; <see cref="CompiledChecksGenerator"/>, <see cref="CompiledSumsGenerator"/>): each
/// JSON member name mapped to the record's property, <c>?.</c> after a step that may be null.
/// </summary>
internal static class ContractAccess
{
    /// <summary>One member access: the C# expression, the member's declared type, and whether its value may be null.</summary>
    internal readonly record struct Access(string Expression, Type Type, bool MayBeNull);

    /// <summary>The tokens of a pointer path (<c>/a/b</c> → a, b); null for a path with escapes (none in the catalogue).</summary>
    public static string[]? TokensOf(string path)
    {
        if (path.Length == 0)
        {
            return [];
        }

        return path[0] != '/' || path.Contains('~', StringComparison.Ordinal) ? null : path.Substring(1).Split('/');
    }

    /// <summary>The access to the member a path names below a non-null root of a type, or null when the contract has none.</summary>
    public static Access? Below(string root, Type rootType, string path) =>
        TokensOf(path) is { } tokens ? Below(root, rootType, tokens) : null;

    /// <summary>The access to the member the names lead to below a non-null root of a type, or null when the contract has none.</summary>
    public static Access? Below(string root, Type rootType, IEnumerable<string> tokens)
    {
        var access = new Access(root, rootType, MayBeNull: false);
        foreach (var token in tokens)
        {
            if (Step(access, token) is not { } next)
            {
                return null;
            }

            access = next;
        }

        return access;
    }

    /// <summary>The element type of a list member (<c>IReadOnlyList&lt;T&gt;</c> of a record type), or null.</summary>
    public static Type? ElementOf(Type listType)
    {
        if (!listType.IsGenericType || listType.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
        {
            return null;
        }

        var element = listType.GetGenericArguments()[0];
        return element.IsValueType ? null : element;
    }

    /// <summary>Whether a member's type is a figure the interpreter reads (<c>TryFigure</c>): an amount, a quantity, a count.</summary>
    public static bool IsFigure(Type type)
    {
        var value = Underlying(type);
        return value == typeof(Amount) || value == typeof(Quantity) || value == typeof(int);
    }

    /// <summary>The value type under a nullable (or the type itself).</summary>
    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Access? Step(Access from, string token)
    {
        if (from.Type.IsValueType)
        {
            return null;
        }

        var info = FinalAccountsJson.Options.GetTypeInfo(from.Type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return null;
        }

        foreach (var property in info.Properties)
        {
            if (property.Name != token || property.Get is null || property.AttributeProvider is not PropertyInfo member)
            {
                continue;
            }

            var type = member.PropertyType;
            var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
            return new Access(from.Expression + (from.MayBeNull ? "?." : ".") + member.Name, type, from.MayBeNull || nullable);
        }

        return null;
    }
}
