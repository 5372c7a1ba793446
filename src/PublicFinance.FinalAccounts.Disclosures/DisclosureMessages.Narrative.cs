namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The narrative reader's notes and findings (叙述部分读取器消息): the <see cref="NarrativeReader"/>'s part of the catalogue.</summary>
/// <remarks>
/// A message with a label in it is the same pair of strings for the same label: <see cref="NoteTexts"/> keeps the last
/// ones made, so that a text repeating one unplaced label (every note after the hundredth only counted) does not build
/// the same two strings again for each figure.
/// </remarks>
internal static partial class DisclosureMessages
{
    /// <summary>A paragraph the narrative could not read (a parse error inside it); the rest of the text is read.</summary>
    /// <param name="error">The error's message.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ParagraphNotRead(string error) => ("无法解析此段：" + error, "Could not read this paragraph: " + error);

    /// <summary>A reason (原因是…) after no change or budget comparison.</summary>
    public static readonly (string Zh, string En) ReasonWithoutTarget = (
        "原因说明找不到所属的增减或预决算对比。", "A reason was found without a change or budget comparison to attach it to.");

    /// <summary>
    /// An amount in 元 in a 万元 document, converted (an Info finding). Internal, not public like the others: its English
    /// names the units 元 and 万元 as written, which the catalogue's all-English rule for public members does not admit;
    /// the wording is kept as it was.
    /// </summary>
    /// <param name="digits">The amount as written.</param>
    /// <param name="converted">The amount in 万元, as the amount formats itself.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) YuanAmountConverted(string digits, string converted) => (
        $"金额 {digits} 元在万元文件中，已换算为 {converted} 万元。",
        $"The amount {digits} 元 in a 万元 document was converted to {converted} 万元.");

    /// <summary>An amount in 千元 converted to the report's unit (万元, or 元 in a document in 元).</summary>
    /// <param name="digits">The amount as written.</param>
    /// <param name="converted">The converted amount.</param>
    /// <param name="yuan">Whether the report's unit is 元.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) QianYuanAmountConverted(string digits, string converted, bool yuan) => yuan
        ? ($"金额 {digits} 千元，已换算为 {converted} 元。", $"The amount {digits} 千元 was converted to {converted} 元.")
        : ($"金额 {digits} 千元，已换算为 {converted} 万元。", $"The amount {digits} 千元 was converted to {converted} 万元.");

    /// <summary>A change against a year other than the prior year ("较2015年…增加").</summary>
    public static readonly (string Zh, string En) ChangeAgainstOtherYear = (
        "与上年以外年度的增减，未归入上年比较。",
        "A change against a year other than the prior year was not placed as a year-over-year change.");

    /// <summary>A change amount with no current figure to belong to.</summary>
    public static readonly (string Zh, string En) ChangeWithoutFigure = ("增减额找不到所属的数字。",
        "A change amount without a figure to attach it to.");

    /// <summary>A procurement award bucket (中小企业预留…) the model has no field for.</summary>
    /// <param name="label">The words before the amount.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ProcurementBreakdown(string label) => (
        "政府采购分项金额（" + label + "）在模型中没有对应字段。", "A procurement breakdown amount has no field in the model: " + label);

    /// <summary>An amount whose label names no field of the section.</summary>
    /// <param name="label">The words before the amount.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) UnplacedAmount(string label) => (
        "未能归类的金额：" + label, "An amount the reader could not place: " + label);

    /// <summary>A share (占…%) with no current figure to belong to.</summary>
    public static readonly (string Zh, string En) ShareWithoutFigure = ("占比找不到所属的数字。", "A share without a figure to attach it to.");

    /// <summary>
    /// A figure of a sentence about the 政府性基金 or 国有资本经营 fund ("政府性基金预算财政拨款年初结转和结余 0 万元") that the
    /// fund's statement has no field for: not the whole department's figure of the same name.
    /// </summary>
    public static readonly (string Zh, string En) FundFigureNotTheWhole = (
        "该数属于政府性基金或国有资本经营预算，不是部门总体的同名数，模型中没有对应字段，未读入。",
        "A figure of the government-fund or state-capital budget, not the department's figure of the same name; the model has "
            + "no field for it, so it was not read.");

    /// <summary>
    /// The 一般公共预算 part of the appropriation income ("一般公共预算财政拨款收入 A 万元；政府性基金预算财政拨款收入 B 万元"):
    /// one part of 财政拨款收入, for which the model has no field — never the whole.
    /// </summary>
    public static readonly (string Zh, string En) GeneralBudgetIncomeNoField = (
        "一般公共预算财政拨款收入只是财政拨款收入的一部分（另有政府性基金等），模型中没有对应字段，未作为财政拨款收入。",
        "The general-budget appropriation income is one part of the appropriation income (beside the government fund and the "
            + "like); the model has no field for it, and it was not taken as the whole appropriation income.");

    /// <summary>
    /// A functional class (城乡社区支出, 住房保障支出…) stated in the 支出决算 section: a part of all expenditure by function,
    /// which the model holds only for the 一般公共预算 appropriation; not the expenditure total.
    /// </summary>
    public static readonly (string Zh, string En) ClassInExpenditureSection = (
        "支出决算部分按功能分类的类级支出，模型中没有对应字段，未作为本年支出合计。",
        "A functional class of all expenditure has no field in the model; it was not taken as the expenditure total.");

    /// <summary>
    /// Equipment counted at another unit-price threshold than the model's 单价100万元（含）以上 ("单价50万元以上通用设备 2 台（套）"):
    /// no field of its own.
    /// </summary>
    public static readonly (string Zh, string En) EquipmentOfAnotherThreshold = (
        "设备数量的单价标准不是100万元（含）以上，模型中没有对应字段，未放入。",
        "An equipment count at another unit-price threshold than 1,000,000 yuan has no field in the model; it was not placed.");

    /// <summary>
    /// A count of one kind of equipment (通用设备 or 专用设备) without its template threshold ("大型通用设备 2 台（套）"): not the
    /// model's all-kinds 单价100万元以上设备 count, nor its 通用/专用 member.
    /// </summary>
    public static readonly (string Zh, string En) EquipmentOfOneKindUnplaced = (
        "只计通用设备或专用设备一类、且未按模板单价标准（通用50万元、专用100万元）写明的设备数量，不是单价100万元以上设备总数，未放入。",
        "A count of one kind of equipment (general or special) not at its template unit-price threshold (500,000 yuan "
        + "general, 1,000,000 yuan special) is not the count of all equipment of 1,000,000 yuan and more; it was not placed.");

    /// <summary>
    /// A budget the figure's one budget field cannot hold ("年初预算 8900.00 万元，全年调整预算 9400.00 万元"), or the budget
    /// of a functional class in a section that has no field for classes.
    /// </summary>
    public static readonly (string Zh, string En) BudgetNotTheFigures = (
        "另一口径的预算（如年初预算之外的调整预算）或功能分类科目的预算：模型每个数字只有一个预算，未放入，其后的完成率亦未放入。",
        "A budget of another kind (an adjusted budget beside the initial one) or of a functional class: the model holds one "
            + "budget per figure, so it was not placed, nor the completion rate after it.");

    /// <summary>
    /// A second vehicle kind the template does not name ("一般公务用车 4 辆，业务用车 1 辆"): the first is the "other"
    /// category; the categories are not repeated, so the second is not placed.
    /// </summary>
    public static readonly (string Zh, string En) SecondOtherVehicleKind = (
        "又一种模板未列的车辆类别；“其他”类别已有一种，未放入。",
        "Another vehicle kind the template does not name; the \"other\" category already holds one, so it was not placed.");

    /// <summary>
    /// An amount in 亿元 written with fewer than four decimals ("1.28亿元": known only to the nearest 100 万元, 10 万元 with
    /// three), or in 千元 with fewer than three in a report in 元 ("85.6千元" is 85,600 元 to the nearest 100 元): coarser
    /// than the report's unit, whose checks would take it as exact.
    /// </summary>
    public static readonly (string Zh, string En) CoarserThanTheReport = (
        "以亿元（或元报告中以千元）表示且小数位不足的金额，精度粗于报告单位，若放入将被当作精确到报告单位而误判，未放入。",
        "An amount in hundred millions of yuan with fewer than four decimals (or in thousands of yuan with fewer than three, "
            + "in a report in yuan) is coarser than the report's unit; placed, the checks would take it as exact to that unit, "
            + "so it was not placed.");

    /// <summary>A share of another base than the one the model's share is of ("占授予中小企业合同金额的 100%").</summary>
    public static readonly (string Zh, string En) ShareOfAnotherBase = (
        "占比的基数不是模型中该占比的基数，未放入。", "A share of another base than the model's share of this figure was not placed.");

    /// <summary>A change rate against a year other than the prior year.</summary>
    public static readonly (string Zh, string En) RateAgainstOtherYear = (
        "与上年以外年度的增减率，未归入上年比较。", "A change rate against a year other than the prior year was not placed.");

    /// <summary>A change rate read beside a change amount of another figure.</summary>
    /// <param name="change">The change's pointer.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) RateOfAnotherKind(string change) => (
        "增减率属于另一口径的数字，未归入 " + change + "。", "A change rate of a figure of another kind was not placed at " + change + ".");

    /// <summary>A percentage whose label names nothing the section holds.</summary>
    /// <param name="label">The words before the percentage.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) UnplacedPercent(string label) => (
        "未能归类的百分比：" + label, "A percentage the reader could not place: " + label);

    /// <summary>
    /// A part count in brackets ("139批次(其中外事接待0批次)") that has no field of its own. Internal, like
    /// <see cref="YuanAmountConverted"/>: its English quotes 其中 as written.
    /// </summary>
    internal static readonly (string Zh, string En) BracketedPartCount = (
        "括号内“其中”的分项数量未单独归位。", "A part count in brackets (其中…) was not placed on its own.");

    /// <summary>A count whose label names no 三公 count.</summary>
    /// <param name="figure">The label, the digits and the unit as read.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) UnplacedCount(string figure) => ("未能归类的数量：" + figure, "A count the reader could not place.");

    /// <summary>A 三公 count of another year ("上年购置公务用车2辆"): not this year's, so not placed. Internal: no public API change.</summary>
    /// <param name="figure">The words before the count and the count.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) OtherYearCount(string figure) => (
        "其他年度的数量，不作为本年数量：" + figure,
        "A count of another year (the prior year's): not this year's count, so not placed.");

    /// <summary>
    /// A staff count the model has no field for: a part of the establishment among others (行政编制 X 人、事业编制 Y 人).
    /// Internal: no public API change.
    /// </summary>
    /// <param name="figure">The words before the count and the count.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) StaffCountNoField(string figure) => (
        "编制数的一部分（行政编制、事业编制等），模型无对应字段，未归位：" + figure,
        "A part of the establishment (行政编制, 事业编制…): the model has no field for it, so it is not placed.");

    /// <summary>An amount in a 绩效 paragraph that names no field.</summary>
    /// <param name="label">The words before the amount.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) UnplacedPerformanceAmount(string label) => (
        "未能归类的绩效金额：" + label, "A performance amount the reader could not place.");

    /// <summary>A classification item whose name the catalogue does not know: its code is left empty.</summary>
    public static readonly (string Zh, string En) ClassificationNotFound = (
        "未能在科目目录中找到此科目，未填编码。", "The code of this classification item was not found in the catalogue; it is left empty.");

    /// <summary>
    /// A figure inside a comparison with a year other than the prior one ("与2012年度14.28万元相比" in a 2014 text): neither this
    /// year's figure nor the prior year's, so not placed. Internal: no public API change.
    /// </summary>
    internal static readonly (string Zh, string En) FigureOfComparedYear = (
        "与上年以外年度比较时所列该年度的数字，不作为本年数或上年数，未归位。",
        "A figure of a year other than the prior one, named in a comparison: neither this year's nor the prior year's, so not placed.");

    /// <summary>
    /// A change, budget or rate of the SME contracts of one purchase kind ("货物采购授予中小企业合同金额比上年增长 10%"): the part
    /// has an amount and a share only (schema 1.4). Internal: no public API change.
    /// </summary>
    internal static readonly (string Zh, string En) SmeKindFigureNoField = (
        "中小企业合同金额分类（货物、工程、服务）只有金额和占比，此数未归位。",
        "The SME contracts of a purchase kind have an amount and a share only; this figure was not placed.");

    /// <summary>
    /// An entry after the SME total that names two purchase kinds at once ("其中：货物和服务 50 万元"): no one part holds it.
    /// Internal: no public API change.
    /// </summary>
    internal static readonly (string Zh, string En) SmeKindsNamedTogether = (
        "同时列出两类采购（货物、工程、服务）的中小企业合同金额，无法归入其中一类，未归位。",
        "An SME contract amount naming two purchase kinds at once: no one kind holds it, so it is not placed.");

    /// <summary>
    /// A 其中 entry of a purchase kind after an SME total in a sentence that opened with the whole procurement's amount: it may
    /// be a part of the procurement as well as of the SME total. Internal: no public API change.
    /// </summary>
    internal static readonly (string Zh, string En) SmeKindEntryUnproven = (
        "该分类金额可能属于政府采购支出总额，也可能属于授予中小企业合同金额，无法确定，未归位。",
        "This purchase-kind amount may be a part of the whole procurement or of the SME contracts; it is not placed.");

    /// <summary>
    /// A share of a purchase kind's SME contracts written below zero ("…占货物支出金额的-5%"): a share cannot be negative.
    /// Internal: no public API change.
    /// </summary>
    internal static readonly (string Zh, string En) SmeKindShareSigned = (
        "中小企业合同金额占比为负数，占比不能为负，未归位。",
        "A share of the SME contracts below zero: a share cannot be negative, so it is not placed.");
}
