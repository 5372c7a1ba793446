namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of 项 lines written code first (功能分类科目行，编码在前; session 21, generalisation round eight).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A 款 or 项 written code first whose 项 or 款 the list already holds ("20501 教育管理事务…" then "2050101 行政运行…"): not
    /// placed, or the class would count both.
    /// </summary>
    public static readonly (string Zh, string En) CodedLineNested = (
        "按编码列出的款、项与已读出的款或项同属一支（如款及其下的项）：未放入（否则“类 = 各项之和”会重复计算），本句其余数字亦未放入。",
        "A section or item written code first in the line of one already read (a section and one of its items): not placed "
            + "(class = sum of its items would count both), nor the rest of its sentence.");
}
