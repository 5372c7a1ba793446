namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision families the blind texts of session 24 found (a signed rate against its direction word, a
/// grand total with a part the reader could not place, a share change in 个百分点, a change in 倍): the reader's part of
/// the catalogue (blindfixa).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A negative figure after a decrease word ("下降-5.0%", "减少-20.00万元"): the sign and the word say the opposite of each
    /// other (or the same twice), so the figure's direction is not certain and it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) SignedFigureAgainstDirection = (
        "减少类词语后的数字带负号（如“下降-5.0%”），方向无法确定，未归位。",
        "A negative figure after a decrease word (a fall of -5.0 %): its direction is not certain, so it was not placed.");

    /// <summary>
    /// A grand total (收入总计 / 支出总计) whose own sentence states a part the reader could not place: the identity of the total
    /// cannot be checked with the parts read, so the carry-over of that side is withdrawn from the report (kept as a claim).
    /// </summary>
    /// <param name="total">The grand total's name (收入总计 or 支出总计).</param>
    /// <param name="carryOver">The carry-over withdrawn (年初结转和结余 or 年末结转和结余).</param>
    public static (string Zh, string En) GrandTotalWithUnplacedPart(string total, string carryOver) => (
        $"{total}所在句中有未能归类的组成金额：{total}的构成无法完整核对，{carryOver}不写入报告（仅作为读出的数字保留）。",
        $"The sentence of {total} states a part the reader could not place: the total cannot be checked against its parts, so "
            + $"{carryOver} is not written to the report (kept as a claim only).");

    /// <summary>
    /// A change of a share in percentage points ("比上年下降0.5个百分点"): the model has no member for it.
    /// </summary>
    public static readonly (string Zh, string En) ShareChangeInPoints = (
        "占比的变动（个百分点）：模型中没有对应的字段，未归位。",
        "A change of a share in percentage points: the model has no member for it, so it was not placed.");

    /// <summary>
    /// A change written in 倍 ("增长1.2倍", "是上年的1.2倍"): 增长 N 倍 is strictly +N × 100 %, but texts also write it for 是…的 N 倍
    /// (+(N − 1) × 100 %), and a rate in 倍 cannot keep the precision it was written with as a percentage: not placed.
    /// </summary>
    public static readonly (string Zh, string En) ChangeInMultiples = (
        "以“倍”表示的增减（如“增长1.2倍”）：含义（增长N倍或为上年的N倍）与精度无法确定，未作为增减率归位。",
        "A change written in multiples (grown 1.2 times): whether it means +N × 100 % or N times the prior year, and its precision, "
            + "are not certain, so it was not placed as a rate.");

    /// <summary>
    /// A second, different budget or execution of the evaluated projects in the 绩效 part, read as a paragraph: another
    /// project's figure (the prose names several), not a second value of the department's total.
    /// </summary>
    public static readonly (string Zh, string En) AnotherProjectsFigure = (
        "绩效部分又一个不同的项目预算或执行数：应为另一个项目的数字，不作为评价项目的合计，未归位。",
        "Another, different budget or execution figure in the performance part: most likely another project's, not the "
            + "evaluated projects' total, so it was not placed.");
}
