using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The reading of an optional value (<c>T?</c>) whose member has no converter of its own: System.Text.Json's nullable
/// converter hands every token but null to the converter of <typeparamref name="T"/>, so the tree's scalar is read by
/// that converter's <see cref="IContractScalar{T}"/> (a draft holds no null).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class NullableScalar<T> : IContractScalar<T?>, IContractUtf8Scalar<T?>
    where T : struct
{
    private readonly IContractScalar<T> inner;
    private readonly IContractUtf8Scalar<T>? utf8Inner;

    /// <summary>Reads <c>T?</c> by <paramref name="inner"/>.</summary>
    /// <param name="inner">The reading of <typeparamref name="T"/>.</param>
    public NullableScalar(IContractScalar<T> inner)
    {
        this.inner = inner;
        utf8Inner = inner as IContractUtf8Scalar<T>;
    }

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
    public bool TryReadUtf8(ReadOnlySpan<byte> utf8, out T? value)
    {
        value = null;
        if (utf8Inner is null || !utf8Inner.TryReadUtf8(utf8, out var inside))
        {
            return false;
        }

        value = inside;
        return true;
    }

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out T? value)
    {
        var read = inner.TryReadNumber(number, out var inside);
        value = inside;
        return read;
    }
}
