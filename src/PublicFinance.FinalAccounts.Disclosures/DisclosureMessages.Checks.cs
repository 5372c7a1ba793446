namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The text checks' and statement checks' findings (文本检查消息): <see cref="TextChecks"/>,
/// <c>StatementChecks</c> and <c>ThreePublicSumCheck</c>'s part of the catalogue. A message the checks extend with the
/// clauses they read (<c>Read(…)</c>) is the part before them.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// 本部门 in a unit report, or 本单位 in a department report. Internal: its English quotes the words as written.
    /// </summary>
    /// <param name="unitReport">Whether the report is a unit's (单位决算) rather than a department's.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) EntityWording(bool unitReport) => unitReport
        ? ("单位决算说明中出现“本部门”。", "A unit report says 本部门 (this department).")
        : ("部门决算说明中出现“本单位”。", "A department report says 本单位 (this unit).");

    /// <summary>A template placeholder or contradictory wording left in the text (XX, 某某, 增加(减少) …).</summary>
    /// <param name="word">The word found.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) Placeholder(string word) =>
        ($"文本中有模板占位符或矛盾措辞“{word}”。", $"Template residue or contradictory wording \"{word}\" in the text.");

    /// <summary>
    /// An amount over ten thousand times the document's median amount (元 written in a 万元 document?). Internal: its
    /// English names the units as written.
    /// </summary>
    /// <param name="amount">The amount as claimed.</param>
    /// <param name="median">The median of the document's amounts.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) Magnitude(string amount, decimal median) => (
        $"金额 {amount} 万元比文中金额的中位数 {median} 大一万倍以上，疑为以元填写。",
        $"The amount {amount} 万元 is over ten thousand times the median amount {median}; "
        + "it may have been written in 元.");

    /// <summary>A share (占 …) written without its percent sign.</summary>
    /// <param name="digits">The share as written.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ShareWithoutPercent(string digits) =>
        ($"占比“{digits}”缺少 %。", $"The share \"{digits}\" has no percent sign.");

    /// <summary>A completion rate (完成预算 …%) that does not fit the final amount and the budget difference beside it.</summary>
    /// <param name="rate">The rate as written, without the percent sign.</param>
    /// <param name="final">The final amount as written.</param>
    /// <param name="difference">The budget difference, signed.</param>
    /// <param name="budget">The budget the two imply.</param>
    /// <param name="computed">The rate they imply.</param>
    /// <returns>The message (the Chinese text before the clauses read).</returns>
    public static (string Zh, string En) CompletionRateMismatch(
        string rate, string final, string difference, string budget, string computed) => (
        $"完成预算 {rate}% 与决算数 {final} 万元、预决算差额 {difference} 万元不符："
        + $"{final} / {budget} = {computed}%。",
        $"The completion rate {rate}% does not fit the final amount {final} and the budget difference "
        + $"{difference}: {final} / {budget} = {computed}%.");

    /// <summary>A fiscal appropriation total (财政拨款 …) that is not the sum of its stated fund parts.</summary>
    /// <param name="whatZh">What is summed, in Chinese (本年收入 …).</param>
    /// <param name="whatEn">What is summed, in English.</param>
    /// <param name="total">The total, signed.</param>
    /// <param name="terms">The parts, joined with " + ".</param>
    /// <param name="sum">The parts' sum.</param>
    /// <param name="gap">The total minus the sum.</param>
    /// <param name="allStated">Whether every fund part is stated (else the state capital part is missing).</param>
    /// <returns>The message (the Chinese text before the clauses read).</returns>
    public static (string Zh, string En) AppropriationPartsSum(
        string whatZh, string whatEn, string total, string terms, string sum, string gap, bool allStated) => (
        $"财政拨款{whatZh} {total} 万元不等于一般公共预算与政府性基金等各部分之和 {terms} = {sum} 万元（相差 {gap}）"
        + (allStated ? "。" : "；国有资本经营预算部分未说明，若其为 0 则不符。"),
        $"The fiscal appropriation {whatEn} {total} does not equal the sum of its stated fund parts "
        + $"{terms} = {sum} (gap {gap})"
        + (allStated ? "." : "; the state capital part is not stated — the figures disagree if it is zero."));

    /// <summary>A 三公 total (or change) that is not the sum of its items.</summary>
    /// <param name="whatZh">The total's name in Chinese.</param>
    /// <param name="whatEn">The total's name in English (capitalised here).</param>
    /// <param name="total">The total.</param>
    /// <param name="terms">The items, named in Chinese, joined with " + ".</param>
    /// <param name="sum">The items' sum.</param>
    /// <param name="gap">The total minus the sum.</param>
    /// <param name="amounts">Whether amounts are summed (else changes).</param>
    /// <param name="allStated">Whether every item is stated.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ThreePublicPartsSum(
        string whatZh, string whatEn, string total, string terms, string sum, string gap, bool amounts, bool allStated)
    {
        var note = allStated ? string.Empty : amounts ? "；公务用车购置费未说明，若为 0 则不符" : "；未说明增减的项目若无变化则不符";
        var derived = amounts && allStated ? "（车辆小计按购置费 + 运行维护费推得）" : string.Empty;
        return (
            $"{whatZh} {total} 万元不等于各项之和 {terms} = {sum} 万元（相差 {gap}）{derived}{note}。",
            $"{char.ToUpperInvariant(whatEn[0])}{whatEn.Substring(1)} {total} does not equal the sum of its items {sum} "
            + $"(gap {gap})"
            + (allStated
                ? (amounts ? "; the vehicle subtotal is derived as purchase + operation." : ".")
                : "; a part is not stated — the figures disagree if it is zero."));
    }

    /// <summary>
    /// A two-sided 收入支出决算总表's 本年合计 row that is not the sum of the numbered rows above it on its side (session 57).
    /// </summary>
    /// <param name="totalZh">The total row's name in Chinese (本年收入合计, 本年支出合计).</param>
    /// <param name="totalEn">The total's name in English (lower case).</param>
    /// <param name="total">The total as written.</param>
    /// <param name="rows">How many rows are summed.</param>
    /// <param name="sum">Their sum.</param>
    /// <param name="gap">The total minus the sum.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TwoSidedTotalNotItsRows(
        string totalZh, string totalEn, string total, int rows, string sum, string gap) => (
        $"收入支出决算总表“{totalZh}”为 {total}，不等于其上 {rows} 行之和 {sum}（相差 {gap}）。",
        $"The income and expenditure summary table's {totalEn} total {total} does not equal the sum of the {rows} rows "
        + $"above it, {sum} (gap {gap}).");
}
