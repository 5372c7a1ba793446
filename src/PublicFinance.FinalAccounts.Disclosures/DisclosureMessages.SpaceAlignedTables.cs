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

    /// <summary>
    /// Session 62: a row of a table whose 类, 款 and 项 are told by indentation, without codes, whose name the catalogue does
    /// not know at its level under the row above it (or knows more than once): its code is not guessed, nothing of it is
    /// placed (nor of the rows under it).
    /// </summary>
    public static readonly (string Zh, string En) IndentedRowNotCoded = (
        "此行按缩进列示的科目名称在分类目录中找不到其上级科目下的唯一编码，本行（及其下级行）的数字未放入；请以原文为准。",
        "The name of this row of a table whose class, section and item are told by indentation has no single code of its level "
        + "under the row above it in the catalogue: none of its figures (nor those of the rows under it) was placed: see the text.");
}
