using static PublicFinance.FinalAccounts.Validation.ValidationContext;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The relation engine's messages (勾稽关系引擎的消息): the errors the validator, the evaluators, the fact index and the
/// pointer type throw, and the findings of the generic checks (sums, bounds, ratios, lists, matched rows, condition
/// relations) whose labels come from the rule catalogue.
/// </summary>
internal static partial class ValidationMessages
{
    // ---- errors of the engine ---------------------------------------------------------------------------------

    /// <summary>A rule id that no rule of the catalogue or the validator has.</summary>
    /// <param name="id">The id as given.</param>
    /// <returns>The message.</returns>
    public static string UnknownRuleId(string id) => "Unknown rule id " + id + ". 未知的规则编号。";

    /// <summary>A relation handed to a rule whose id it does not carry.</summary>
    /// <param name="relationRuleId">The relation's rule id.</param>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The message.</returns>
    public static string RelationOfOtherRule(string relationRuleId, string ruleId) =>
        "Relation of " + relationRuleId + " given to rule " + ruleId + ". 勾稽关系属于另一条规则。";

    /// <summary>A relation of a kind the evaluator does not know.</summary>
    /// <param name="typeName">The relation's type name.</param>
    /// <returns>The message.</returns>
    public static string UnknownRelationType(string typeName) => "Unknown relation type " + typeName + ". 未知的勾稽关系类型。";

    /// <summary>A condition on a run option other than <c>unitType</c> and <c>scope</c>.</summary>
    /// <param name="option">The option as written.</param>
    /// <returns>The message.</returns>
    public static string UnknownConditionOption(string option) => "Unknown option " + option + ". 未知的选项。";

    /// <summary>A condition test the evaluator does not know.</summary>
    /// <param name="test">The test's name.</param>
    /// <returns>The message.</returns>
    public static string UnknownTest(string test) => "Unknown test " + test + ". 未知的条件检查。";

    /// <summary>A reference to a named figure that the relation does not declare.</summary>
    /// <param name="reference">The reference, with its <c>$</c>.</param>
    /// <param name="ruleId">The relation's rule id.</param>
    /// <returns>The message.</returns>
    public static string UnknownFigure(string reference, string ruleId) =>
        "Unknown figure " + reference + " in a relation of " + ruleId + ". 未声明的命名数字。";

    /// <summary>Interval division by an interval that contains zero.</summary>
    public const string DivisorContainsZero = "The divisor interval contains zero. 除数区间包含零。";

    /// <summary>A figure's pointer read after its validation ended (the pooled index is gone).</summary>
    public const string PointerAfterValidation =
        "此数字的位置只在校验期间可用。"
        + "A figure's pointer can only be read while its validation runs; keep Figure.Pointer, not the Figure.";

    /// <summary>A text that is not a JSON Pointer.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static string NotAPointer(string text) => "Not a JSON Pointer (RFC 6901): \"" + text + "\". 不是有效的 JSON 指针。";

    // ---- findings of the generic checks ---------------------------------------------------------------------------

    /// <summary>A sum that holds only within the rounding slack (an Info note).</summary>
    /// <param name="whatZh">The check's label in Chinese.</param>
    /// <param name="whatEn">The check's label in English.</param>
    /// <param name="stated">The stated total.</param>
    /// <param name="printed">The items' sum as printed.</param>
    /// <param name="difference">Stated minus the sum.</param>
    /// <param name="slack">The difference rounding could explain.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) SumWithinRounding(
        string whatZh, string whatEn, decimal stated, decimal printed, decimal difference, decimal slack) => (
        $"{whatZh}：声明 {Show(stated)}，各项合计 {Show(printed)}，差额 {Show(difference)}，在舍入误差范围（±{Show(slack)}）内。",
        $"{whatEn}: stated {Show(stated)}, items sum to {Show(printed)}; the difference {Show(difference)} is within the "
        + $"rounding slack (±{Show(slack)}).");

    /// <summary>A sum that does not hold.</summary>
    /// <param name="whatZh">The check's label in Chinese.</param>
    /// <param name="whatEn">The check's label in English.</param>
    /// <param name="stated">The stated total.</param>
    /// <param name="printed">The items' sum as printed.</param>
    /// <param name="difference">Stated minus the sum.</param>
    /// <param name="slack">The difference rounding could explain.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) SumBeyondRounding(
        string whatZh, string whatEn, decimal stated, decimal printed, decimal difference, decimal slack) => (
        $"{whatZh}：声明 {Show(stated)}，各项合计 {Show(printed)}，差额 {Show(difference)}，超出舍入误差允许范围（±{Show(slack)}）。",
        $"{whatEn}: stated {Show(stated)}, items sum to {Show(printed)}; the difference {Show(difference)} exceeds the "
        + $"rounding slack (±{Show(slack)}).");

    /// <summary>A figure above its bound.</summary>
    /// <param name="whatZh">The check's label in Chinese.</param>
    /// <param name="whatEn">The check's label in English.</param>
    /// <param name="lesser">The figure that must not exceed.</param>
    /// <param name="greater">The bound.</param>
    /// <param name="difference">By how much it exceeds.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) Exceeds(string whatZh, string whatEn, decimal lesser, decimal greater, decimal difference) => (
        $"{whatZh}：{Show(lesser)} 大于 {Show(greater)}（超出 {Show(difference)}）。",
        $"{whatEn}: {Show(lesser)} exceeds {Show(greater)} (by {Show(difference)}).");

    /// <summary>A percentage consistent only if it was truncated (an Info note).</summary>
    /// <param name="whatZh">The check's label in Chinese.</param>
    /// <param name="whatEn">The check's label in English.</param>
    /// <param name="stated">The stated percentage as written.</param>
    /// <param name="computed">The computed percentage.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) RatioOnlyIfTruncated(string whatZh, string whatEn, string stated, string computed) => (
        $"{whatZh}：声明 {stated}，计算值 {computed}%，只有按截尾（而非四舍五入）取值才一致。",
        $"{whatEn}: stated {stated}, computed {computed}%; consistent only if the percentage was truncated rather than rounded.");

    /// <summary>
    /// A percentage off by no more than one unit in its last written place (a rounding-sized difference, an Info note:
    /// rounded up, or nudged so that a pair adds up to 100).
    /// </summary>
    /// <param name="whatZh">The check's label in Chinese.</param>
    /// <param name="whatEn">The check's label in English.</param>
    /// <param name="stated">The stated percentage as written.</param>
    /// <param name="computed">The computed percentage.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) RatioRoundingSized(string whatZh, string whatEn, string stated, string computed) => (
        $"{whatZh}：声明 {stated}，计算值 {computed}%，相差不超过末位一个单位（舍入差异，如向上取整或为使合计为100%而调整）。",
        $"{whatEn}: stated {stated}, computed {computed}%; the difference is within one unit of the last written place "
        + "(rounding-sized: rounded up, or adjusted so that the shares add up to 100).");

    /// <summary>A percentage that does not agree with its figures.</summary>
    /// <param name="whatZh">The check's label in Chinese.</param>
    /// <param name="whatEn">The check's label in English.</param>
    /// <param name="stated">The stated percentage as written.</param>
    /// <param name="computed">The computed percentage.</param>
    /// <param name="range">The computed range allowing for rounding, as written by <see cref="ShowRange"/>.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) RatioMismatch(string whatZh, string whatEn, string stated, string computed, string range) => (
        $"{whatZh}：声明 {stated}，按所列数字计算为 {computed}%（考虑舍入后的范围 {range}%）。",
        $"{whatEn}: stated {stated}, the printed figures give {computed}% (range allowing for rounding {range}%).");

    /// <summary>The label of a ratio of located figures: the rule's title with the numerator and denominator.</summary>
    /// <param name="titleZh">The rule's Chinese title.</param>
    /// <param name="titleEn">The rule's English title.</param>
    /// <param name="numerator">The numerator as printed.</param>
    /// <param name="denominator">The denominator as printed.</param>
    /// <returns>The label.</returns>
    public static (string Zh, string En) RatioLabel(string titleZh, string titleEn, decimal numerator, decimal denominator) => (
        $"{titleZh}（分子 {Show(numerator)}，分母 {Show(denominator)}）",
        $"{titleEn} (numerator {Show(numerator)}, denominator {Show(denominator)})");

    /// <summary>A row matched by name only that the other list does not have (at most a Warning).</summary>
    /// <param name="titleZh">The rule's Chinese title.</param>
    /// <param name="titleEn">The rule's English title.</param>
    /// <param name="label">The row's code, name or position.</param>
    /// <param name="value">The row's value.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) NoRowOfThatName(string titleZh, string titleEn, string label, decimal value) => (
        $"{titleZh}：{label} 为 {Show(value)}，对应表中没有同名科目（无编码，按名称核对；名称可能是旧称或别称）。",
        $"{titleEn}: {label} is {Show(value)} but the other list has no row of that name (no code; matched by name, which may be "
        + "an older or other wording).");

    /// <summary>A coded row that the other list does not have.</summary>
    /// <param name="titleZh">The rule's Chinese title.</param>
    /// <param name="titleEn">The rule's English title.</param>
    /// <param name="label">The row's code.</param>
    /// <param name="value">The row's value.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) NoSuchRow(string titleZh, string titleEn, string label, decimal value) => (
        $"{titleZh}：{label} 为 {Show(value)}，但对应表中没有该科目。",
        $"{titleEn}: {label} is {Show(value)} but the other list has no such row.");

    /// <summary>A key listed twice.</summary>
    /// <param name="key">The repeated value.</param>
    /// <param name="member">The key's member name.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ListedTwice(string key, string member) => (
        $"“{key}”重复列出（{member}）。", $"\"{key}\" is listed twice ({member}).");

    /// <summary>A value that does not fit the required pattern.</summary>
    /// <param name="value">The value.</param>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) PatternMismatch(string value, string pattern) => (
        $"“{value}”不符合此处的格式 {pattern}。", $"\"{value}\" does not fit the form {pattern} required here.");

    /// <summary>A 款 or 项 code whose parent is not listed.</summary>
    /// <param name="code">The code.</param>
    /// <param name="parent">Its parent code.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ParentNotListed(string code, string parent) => (
        $"科目 {code} 的上级科目 {parent} 未列出。", $"The parent {parent} of code {code} is not listed.");

    /// <summary>
    /// FA5002 on a table read from text (<see cref="ValidationOptions.TablesReadFromText"/>): the parent's row may have been
    /// lost in the reading (at most a Warning).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="parent">Its parent code.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ParentNotListedInTextTable(string code, string parent) => (
        $"科目 {code} 的上级科目 {parent} 未列出（表格由文本读出，上级科目行可能未能读出，至多为警告）。",
        $"The parent {parent} of code {code} is not listed (the table was read from text and the parent's row may not have "
        + "been read: at most a warning).");

    /// <summary>A condition relation's failure: the rule's title and the figures it names.</summary>
    /// <param name="titleZh">The rule's Chinese title.</param>
    /// <param name="titleEn">The rule's English title.</param>
    /// <param name="figures">The named figures with their values, or empty.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) DoesNotHoldHere(string titleZh, string titleEn, string figures) => (
        titleZh + "：此处不成立" + (figures.Length > 0 ? "（" + figures + "）" : "") + "。",
        titleEn + ": does not hold here" + (figures.Length > 0 ? " (" + figures + ")" : "") + ".");

    /// <summary>
    /// Appended to a finding that is a consequence of another (连带结果, docs/rules/spec.md §5.1): the root finding and
    /// the value its identity implies for the figure both use.
    /// </summary>
    /// <param name="rootRuleId">The root finding's rule.</param>
    /// <param name="rootPointer">The root finding's first pointer.</param>
    /// <param name="figure">The figure that explains both.</param>
    /// <param name="implied">The value the root implies for it.</param>
    /// <returns>The message suffix.</returns>
    public static (string Zh, string En) Consequence(string rootRuleId, string rootPointer, string figure, decimal implied) => (
        $"（连带结果：源于 {rootRuleId} {rootPointer} 不成立；{figure} 取该式推算值 {Show(implied)} 时本项成立，故列为警告。）",
        $" (A consequence of {rootRuleId} at {rootPointer}: with {figure} at the value it implies, {Show(implied)}, this check "
        + "holds; reported as a warning.)");

    /// <summary>
    /// As <see cref="Consequence"/> for a finding whose own checked figure (its first pointer) is not the figure that explains
    /// it — a share computed on a total the root disputes: the finding's own figure agrees with the implied value, and the
    /// figure to correct is <paramref name="figure"/>, not the finding's (session 45, blind round 42 t04).
    /// </summary>
    /// <param name="rootRuleId">The root finding's rule.</param>
    /// <param name="rootPointer">The root finding's first pointer.</param>
    /// <param name="figure">The figure that explains both.</param>
    /// <param name="implied">The value the root implies for it.</param>
    /// <returns>The message suffix.</returns>
    public static (string Zh, string En) ConsequenceOfAnotherFigure(
        string rootRuleId, string rootPointer, string figure, decimal implied) => (
        $"（连带结果：源于 {rootRuleId} {rootPointer} 不成立；本项所写数字与 {figure} 的推算值 {Show(implied)} 相符，"
        + $"应更正的是 {figure}，不是本项数字，故列为警告。）",
        $" (A consequence of {rootRuleId} at {rootPointer}: this finding's own figure agrees with {figure} at the value "
        + $"that identity implies, {Show(implied)}; the figure to correct is {figure}, not this one; reported as a warning.)");
}
