namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision families the blind excerpts of round 26 found (a series of years, two years in one sentence,
/// a comparison on an adjusted basis): the reader's part of the catalogue (blindfixa).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A value of a year older than the one before the report's ("2020年、2021年、2022年…分别为 A、B 和 C" in a 2022 report: A):
    /// neither this year's figure nor the prior year's; not placed.
    /// </summary>
    public static readonly (string Zh, string En) ValueOfAnotherYear = (
        "另一年度的数字（既非本年，也非上年）：不是本年决算数，未归位。",
        "A value of another year (neither this year nor the prior year): not this year's figure; it was not placed.");

    /// <summary>
    /// The prior year's value of a series or a pair ("2022年为 A，2023年为 B" in a 2023 report: A): not this year's figure; it
    /// is the figure's prior-year amount only when the sentence reads the report year's figure of the same name and its
    /// change, else it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) PriorYearValueAlone = (
        "上年的数字：不是本年决算数；仅当同一句读出同一项目的本年数及其增减变化时才作为其上年数归位，此处未归位。",
        "The prior year's value: not this year's figure; it is placed as the prior-year amount only when the sentence reads "
            + "this year's figure of the same item and its change, which it does not here. It was not placed.");

    /// <summary>
    /// A series whose years cannot be paired one to one with its values, or a value of a written year in a report whose year
    /// is unknown: which year a value is cannot be told; not placed.
    /// </summary>
    public static readonly (string Zh, string En) YearsNotPaired = (
        "年度与数字无法一一对应（或报告年度未知），无法判断数字所属年度：未归位。",
        "The years cannot be paired one to one with the values (or the report's year is unknown), so which year a value "
            + "belongs to cannot be told; it was not placed.");

    /// <summary>The report year's value of a series whose sentence names no figure the reader knows: not placed.</summary>
    public static readonly (string Zh, string En) YearValueWithoutName = (
        "本年的数字，但句中未写明是哪一项数字：未归位。",
        "This year's value, but the sentence does not name which figure it is; it was not placed.");

    /// <summary>
    /// A comparison on an adjusted basis ("剔除机构改革划入职能因素后，同口径增长 5.00%", "按同口径（剔除…100.00 万元）计算，增长
    /// 5.00%"): not the plain comparison with the prior year, which is the figure's change; kept as a located note.
    /// </summary>
    public static readonly (string Zh, string En) AdjustedComparison = (
        "同口径（剔除或扣除某些因素后）的比较不是与上年决算数的直接比较：作为附注保留，未归位为增减变化。",
        "A comparison on an adjusted basis (same basis, excluding some factors) is not the plain comparison with the prior "
            + "year: kept as a note, not placed as the change.");
}
