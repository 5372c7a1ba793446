namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 43: what <see cref="InlineSpaceTable"/> asks of a header cell.</summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Whether the cell [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> names a column of a
    /// table's header (本年决算, 上年决算数, 增减额, 增减率, 预算数, 完成率 …) — not a corner, a group heading or words.
    /// </summary>
    internal static bool NamesColumn(string text, int s, int e)
    {
        Span<char> compact = stackalloc char[MaxColumnName];
        var length = CompactInto(text, s, e, compact);
        return length > 0 && ColumnOf(compact.Slice(0, length)) is { } kind && kind != Column.Skip;
    }
}
