using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Checks only a reader can make, on the text itself (文本检查). Their ids (FA8xxx) are documented in
/// <c>docs/reader.md</c> and, like the validator's, never reused.
/// </summary>
public static class TextRules
{
    /// <summary>FA8001 — template residue or placeholder (模板残留／占位符): XX, ××, 某某, “增加（减少）”, “减增加”.</summary>
    public static RuleDescriptor Placeholder { get; } = new("FA8001", RuleCategory.Completeness, Severity.Error,
        "文本中残留模板占位符或互相矛盾的措辞", "Template residue or placeholder left in the text",
        "不得出现 XX、××、某某、“增加（减少）”、“增长（下降）”、“减增加”等", "domain §2.3; issue 4");

    /// <summary>FA8002 — a share stated without its percent sign (占比缺少 %).</summary>
    public static RuleDescriptor ShareWithoutPercent { get; } = new("FA8002", RuleCategory.Share, Severity.Warning,
        "占比缺少百分号", "A share is stated without its percent sign", "“占 X”后应有 %", "issue 4");

    /// <summary>FA8003 — the same figure stated twice with different values (同一数字前后不一致).</summary>
    public static RuleDescriptor Conflict { get; } = new("FA8003", RuleCategory.Narrative, Severity.Error,
        "同一数字在文中前后不一致", "The same figure is stated twice with different values", "同一项目的金额、比例在文中各处相同", "issue 4");

    /// <summary>FA8004 — 部门/单位 wording inconsistent with the kind of document (部门／单位表述不一致).</summary>
    public static RuleDescriptor EntityWording { get; } = new("FA8004", RuleCategory.Completeness, Severity.Warning,
        "部门决算与单位决算的表述不一致", "部门/单位 wording does not match the kind of document", "部门决算说明中称“本部门”，单位决算说明中称“本单位”", "issue 4");

    /// <summary>FA8005 — a figure whose unit or magnitude does not fit the document (单位或数量级异常).</summary>
    public static RuleDescriptor Magnitude { get; } = new("FA8005", RuleCategory.Completeness, Severity.Warning,
        "金额单位或数量级与文件不符", "A figure's unit or magnitude does not fit the document",
        "万元文件中以元表述的金额（已换算，提示），或比同节其他金额大一万倍以上的金额（疑为元）", "issue 4");

    /// <summary>
    /// FA8006 — a stated total that does not equal its stated parts where the model cannot hold the parts apart
    /// (合计与各部分之和不符): 财政拨款 = 一般公共预算 + 政府性基金 (+ 国有资本经营) for income, expenditure and their changes;
    /// the 三公 total = 出国 + 接待 + 购置 + 运行 when no vehicle subtotal is stated (the subtotal derived from its parts).
    /// An Error when every part is stated (or the parts alone exceed the total); a Warning when an unstated part could explain it.
    /// </summary>
    public static RuleDescriptor PartsSum { get; } = new("FA8006", RuleCategory.Narrative, Severity.Error,
        "合计与文中各部分之和不符", "A stated total does not equal the sum of its stated parts",
        "财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营（收入、支出及增减额）；“三公”合计 = 出国 + 接待 + 购置 + 运行（无车辆小计时）；有部分未说明时为警告", "issue 8");

    /// <summary>
    /// FA8007 — a completion rate that does not fit the final amount and the budget difference stated with it (完成率与预决算差额不符).
    /// </summary>
    public static RuleDescriptor CompletionRate { get; } = new("FA8007", RuleCategory.Budget, Severity.Error,
        "完成预算比例与决算数、预决算差额不符", "A completion rate does not fit the final amount and the budget difference stated with it",
        "完成率 = 决算数 / (决算数 − 差额)，允许四舍五入或截尾", "issue 8");

    /// <summary>
    /// FA8008 — a table's figure and the prose's figure of one field differ (表格与正文数字不符): a Warning, since the table's
    /// subject and column are read by their words.
    /// </summary>
    public static RuleDescriptor TableAndText { get; } = new("FA8008", RuleCategory.Narrative, Severity.Warning,
        "表格与正文所列同一数字不一致", "A table and the prose give one figure different values",
        "同一项目在表格与正文中的金额相同", "issue 8");

    /// <summary>All text rules.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        new[] { Placeholder, ShareWithoutPercent, Conflict, EntityWording, Magnitude, PartsSum, CompletionRate, TableAndText };

    internal static Diagnostic Finding(
        RuleDescriptor rule, SourceSpan span, string? pointer, string zh, string en, Severity? severity = null) => new()
    {
        RuleId = rule.Id,
        Severity = severity ?? rule.DefaultSeverity,
        Category = rule.Category,
        MessageZh = zh,
        MessageEn = en,
        Pointers = pointer is null ? ValueList.Empty<string>() : ValueList.One(pointer),   // session 41: no array to copy
        Span = span,
    };

    /// <summary>
    /// <see cref="Finding(RuleDescriptor, SourceSpan, string?, string, string, Severity?)"/> with its pointers given as a
    /// list already made (session 44: the one-item list of a field met again is shared, as an immutable value is).
    /// </summary>
    internal static Diagnostic FindingWithPointers(RuleDescriptor rule, SourceSpan span, IReadOnlyList<string> pointers, string zh,
        string en)
        => new()
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Category = rule.Category,
            MessageZh = zh,
            MessageEn = en,
            Pointers = pointers,
            Span = span,
        };
}
