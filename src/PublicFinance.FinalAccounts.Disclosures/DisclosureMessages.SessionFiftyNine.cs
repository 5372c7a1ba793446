namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 59 (prose59): a fund's complete item list against its expenditure, a figure of the year before the prior one: the
/// reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A fund's expenditure (政府性基金 / 国有资本经营 本年支出) that is not the sum of the items the text lists after it as the
    /// whole (具体为 / 分别为…).
    /// </summary>
    /// <param name="whatZh">The total's name in Chinese.</param>
    /// <param name="whatEn">The total's name in English (lower case).</param>
    /// <param name="total">The total as written.</param>
    /// <param name="word">The completing word as written (具体为：).</param>
    /// <param name="terms">The items' amounts, joined with " + ".</param>
    /// <param name="sum">The items' sum.</param>
    /// <param name="gap">The total minus the sum.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) FundListNotItsTotal(
        string whatZh, string whatEn, string total, string word, string terms, string sum, string gap) => (
        $"{whatZh} {total} 不等于其后“{word.TrimEnd('：', ':')}”所列各项之和 {terms} = {sum}（相差 {gap}）。",
        $"{char.ToUpperInvariant(whatEn[0])}{whatEn.Substring(1)} {total} does not equal the sum of the items the text lists "
        + $"after it as the whole ({word.TrimEnd('：', ':')}): {terms} = {sum} (gap {gap}).");

    /// <summary>
    /// A figure of the year before the prior one written in a clause of its own beside the year's and the prior year's
    /// ("本年 X 万元，上年 Y 万元，上上年 Z 万元，较上年增加…"): no member holds it; not placed, and never compared as the prior year's.
    /// </summary>
    public static readonly (string Zh, string En) YearBeforePriorValue = (
        "上上年（前年）的数字：既非本年，也非上年，不与本年数比较，未归位。",
        "A value of the year before the prior one: neither this year's nor the prior year's; it is not compared with this "
            + "year's figure and was not placed.");

    /// <summary>
    /// A 中央 / 地方 part of the 财政拨款 income in a bracket after it ("（其中中央财政拨款…，地方财政拨款…）"): the model has no member
    /// for the parts by level of government; a located note (the two, when both are stated, are weighed against the figure).
    /// </summary>
    public static readonly (string Zh, string En) LevelAppropriationPart = (
        "中央／地方财政拨款：财政拨款收入按拨款级次的组成部分，报告模型中无其位置，未归位（两部分均列出时其和与财政拨款收入核对）。",
        "A central or local part of the fiscal appropriation income: the report model has no member for the parts by level of "
            + "government, so it was not placed (when both parts are stated their sum is checked against the income).");

    /// <summary>The 中央 and 地方 parts of the 财政拨款 income in a bracket after it that do not add up to it.</summary>
    /// <param name="total">The income as written.</param>
    /// <param name="terms">The two parts as written, joined with " + ".</param>
    /// <param name="sum">Their sum.</param>
    /// <param name="gap">The income minus the sum.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) LevelPartsNotTheirWhole(string total, string terms, string sum, string gap) => (
        $"财政拨款收入 {total} 不等于其后括号内中央与地方财政拨款之和 {terms} = {sum}（相差 {gap}）。",
        $"The fiscal appropriation income {total} does not equal the sum of its central and local parts in the bracket after "
        + $"it: {terms} = {sum} (gap {gap}).");
}
