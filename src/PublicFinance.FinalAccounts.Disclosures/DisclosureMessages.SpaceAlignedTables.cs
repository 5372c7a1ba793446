namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The note on a table of classes aligned by spaces that no reader reads (空格对齐的分类表未读取), session 35.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A table of functional classes in the 说明 aligned by spaces (its header over two lines or more, or none): no reader
    /// reads it — its columns are not told apart for certain — so none of its figures is placed.
    /// </summary>
    public static readonly (string Zh, string En) SpaceAlignedClassTableNotRead = (
        "此处以空格对齐的功能分类表格未读取（列无法确定对应关系），表中数字均未放入；请以原文为准。",
        "This table of functional classes aligned by spaces was not read (its columns cannot be told apart for certain); "
        + "none of its figures was placed: see the text.");
}
