using System.Collections;

namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// An immutable list with structural equality. Every list in the model is stored as one, so that two records
/// holding equal items compare equal (records otherwise compare lists by reference).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ReadOnlyValueList<T> : IReadOnlyList<T>, IEquatable<ReadOnlyValueList<T>>
{
    private readonly T[] items;

    public static readonly ReadOnlyValueList<T> Empty = new([]);

    private ReadOnlyValueList(T[] items) => this.items = items;

    /// <summary>
    /// The list of one item (not null), in one array of its own: what <see cref="From"/> gives for a one-item array, without
    /// the caller's array and its copy (session 41, issue 8: every reader finding names one pointer).
    /// </summary>
    public static ReadOnlyValueList<T> One(T item)
        => item is null ? throw new ArgumentException(Messages.ListNullItem, nameof(item)) : new ReadOnlyValueList<T>([item]);

    /// <summary>Copies <paramref name="source"/> (a defensive copy, so later changes to it are not seen).</summary>
    public static ReadOnlyValueList<T> From(IEnumerable<T> source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source), Messages.ListNull);
        }

        if (source is ReadOnlyValueList<T> already)
        {
            return already;
        }

        T[] array;
        if (source is ICollection<T> collection)
        {
            // One allocation (the array) instead of a list and its copy; an empty collection allocates nothing.
            if (collection.Count == 0)
            {
                return Empty;
            }

            array = new T[collection.Count];
            collection.CopyTo(array, 0);
        }
        else
        {
            array = [.. source];
        }

        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException(Messages.ListNullItem, nameof(source));
            }
        }

        return array.Length == 0 ? Empty : new ReadOnlyValueList<T>(array);
    }

    public T this[int index] => items[index];

    public int Count => items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(ReadOnlyValueList<T>? other)
    {
        if (other is null || other.items.Length != items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ReadOnlyValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in items)
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
