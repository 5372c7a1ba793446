using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The reading of an optional value (<c>T?</c>) whose member has no converter of its own: System.Text.Json's nullable
/// converter hands every token but null to the converter of <typeparamref name="T"/>, so the tree's scalar is read by
/// that converter's <see cref="IContractScalar{T}"/> (a draft holds no null).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class NullableScalar<T> : IContractScalar<T?>
    where T : struct
{
    private readonly IContractScalar<T> inner;

    /// <summary>Reads <c>T?</c> by <paramref name="inner"/>.</summary>
    /// <param name="inner">The reading of <typeparamref name="T"/>.</param>
    public NullableScalar(IContractScalar<T> inner) => this.inner = inner;

    /// <summary>The reading of <c>T?</c> by the contract's converter of <typeparamref name="T"/>, or null if it has none.</summary>
    /// <param name="options">The contract's options.</param>
    /// <returns>The reading, or null.</returns>
    public static IContractScalar<T?>? Of(JsonSerializerOptions options)
        => options.GetTypeInfo(typeof(T)).Converter is IContractScalar<T> inner ? new NullableScalar<T>(inner) : null;

    /// <inheritdoc/>
    public bool TryReadText(string text, out T? value)
    {
        var read = inner.TryReadText(text, out var inside);
        value = inside;
        return read;
    }

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out T? value)
    {
        var read = inner.TryReadNumber(number, out var inside);
        value = inside;
        return read;
    }
}
