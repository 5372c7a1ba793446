namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (issue 8): the last few answers of a function that gives equal answers for equal keys (最近的答案) — a
/// pointer joined, a place formatted, a label's subject resolved — kept so that a figure-dense text asking the same
/// question at every sentence makes its answer once, not once a sentence.
/// </summary>
/// <remarks>
/// An answer given is always one the function gave for an equal key (by <see cref="EqualityComparer{T}.Default"/>),
/// so a caller whose function depends on the key alone gets what asking the function would give: the same value, the
/// same string shared. The oldest answer is replaced when the memory is full; nothing is kept beyond the read that owns it.
/// </remarks>
/// <typeparam name="TKey">The question.</typeparam>
/// <typeparam name="TValue">Its answer.</typeparam>
internal sealed class RecentAnswers<TKey, TValue>
{
    private readonly TKey[] keys;

    private readonly TValue[] values;

    /// <summary>How many answers were added (the next one replaces <c>added % capacity</c>).</summary>
    private int added;

    /// <param name="capacity">How many answers are kept (at least one).</param>
    public RecentAnswers(int capacity)
    {
        keys = new TKey[Math.Max(1, capacity)];
        values = new TValue[keys.Length];
    }

    /// <summary>Whether an answer for <paramref name="key"/> is kept, and which.</summary>
    /// <param name="key">The question.</param>
    /// <param name="value">The answer kept, or the default.</param>
    public bool TryGet(TKey key, out TValue value)
    {
        var comparer = EqualityComparer<TKey>.Default;
        var kept = Math.Min(added, keys.Length);
        for (var i = 0; i < kept; i++)
        {
            if (comparer.Equals(keys[i], key))
            {
                value = values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> as the answer for <paramref name="key"/> (one not kept), and gives it back.</summary>
    /// <param name="key">The question.</param>
    /// <param name="value">Its answer.</param>
    public TValue Add(TKey key, TValue value)
    {
        var at = added % keys.Length;
        keys[at] = key;
        values[at] = value;
        added = added == int.MaxValue ? keys.Length : added + 1;
        return value;
    }

    /// <summary>The answer kept for <paramref name="key"/>, else <paramref name="answer"/>'s, kept.</summary>
    /// <param name="key">The question.</param>
    /// <param name="answer">The function (a static lambda: no closure is made per ask).</param>
    public TValue Get(TKey key, Func<TKey, TValue> answer) => TryGet(key, out var value) ? value : Add(key, answer(key));
}
