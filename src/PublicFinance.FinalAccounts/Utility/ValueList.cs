namespace PublicFinance.FinalAccounts.Utility;

/// <summary>Factory helpers for <see cref="ReadOnlyValueList{T}"/>.</summary>
internal static class ValueList
{
    public static IReadOnlyList<T> From<T>(IEnumerable<T>? source) =>
        source is null ? ReadOnlyValueList<T>.Empty : ReadOnlyValueList<T>.From(source);

    public static IReadOnlyList<T> Empty<T>() => ReadOnlyValueList<T>.Empty;

    /// <summary>The list of one item (not null): <see cref="ReadOnlyValueList{T}.One"/>.</summary>
    public static IReadOnlyList<T> One<T>(T item) => ReadOnlyValueList<T>.One(item);
}
