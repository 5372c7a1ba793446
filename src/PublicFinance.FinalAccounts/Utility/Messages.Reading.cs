namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// The messages of reading a report's JSON or a classification catalogue that were written inline where they are raised
/// until session 26 (<c>FinalAccountsJsonException</c>'s default message, the null scan, the runtime's refusals, the size limit
/// and the located catalogue error): worded exactly as before, English then Chinese like the rest of this catalogue.
/// </summary>
internal static partial class Messages
{
    /// <summary>A JSON report that could not be read, when nothing more precise is known (无法读取 JSON 报告).</summary>
    public const string JsonReportUnreadable = "The JSON report could not be read. 无法读取 JSON 报告。";

    /// <summary>A JSON null where the contract allows none (optional members are omitted, never null).</summary>
    /// <param name="where">The JSON path of the null, e.g. <c>$.entity.name</c>.</param>
    /// <param name="line">Its 1-based line.</param>
    /// <param name="bytePosition">Its 1-based byte position in that line.</param>
    /// <returns>The message.</returns>
    public static string JsonNullNotAllowed(string where, long line, long bytePosition)
        => $"Invalid report JSON at {where} (line {line}, byte {bytePosition}): null is not allowed; "
            + $"omit an optional member instead. 报告 JSON 无效（位置 {where}）：不允许 null，可选项应省略。";

    /// <summary>JSON the runtime's reader refused (报告 JSON 无效), located when the reader knows where.</summary>
    /// <param name="path">The JSON path, or null when unknown (the Chinese text then names <c>$</c>).</param>
    /// <param name="line">The 0-based line, or null when unknown.</param>
    /// <param name="bytePosition">The 0-based byte position in that line, or null.</param>
    /// <param name="detail">What was wrong (the runtime's or the model's message).</param>
    /// <returns>The message.</returns>
    public static string JsonInvalidAt(string? path, long? line, long? bytePosition, string detail)
    {
        var where = path is null ? string.Empty : $" at {path}";
        var at = line is { } l ? $" (line {l + 1}, byte {bytePosition + 1})" : string.Empty;
        return $"Invalid report JSON{where}{at}: {detail} 报告 JSON 无效（位置 {path ?? "$"}）。";
    }

    /// <summary>A JSON document larger than the read options allow (文档超过上限).</summary>
    /// <param name="maxBytes">The limit in bytes.</param>
    /// <returns>The message.</returns>
    public static string JsonDocumentTooLarge(int maxBytes)
        => $"The document is larger than the limit of {maxBytes} bytes. 文档超过 {maxBytes} 字节的上限。";

    /// <summary>A problem of a classification catalogue file (科目目录), located by line and, when known, column.</summary>
    /// <param name="line">1-based line number (行).</param>
    /// <param name="column">1-based column (field) number, or 0 for the whole line (列).</param>
    /// <param name="columnName">The column's header name, or empty.</param>
    /// <param name="zh">What is wrong, in Chinese.</param>
    /// <param name="en">What is wrong, in English.</param>
    /// <returns>The message.</returns>
    public static string CatalogueInvalidAt(int line, int column, string columnName, string zh, string en)
    {
        var where = column > 0
            ? $"line {line}, column {column}{(string.IsNullOrEmpty(columnName) ? string.Empty : " (" + columnName + ")")}"
            : $"line {line}";
        var whereZh = column > 0 ? $"第 {line} 行第 {column} 列" : $"第 {line} 行";
        return $"Invalid classification catalogue at {where}: {en} 科目目录{whereZh}：{zh}";
    }

    /// <summary>A figure's second budget comparison of the same basis as its first (两种预算口径相同), located.</summary>
    /// <param name="where">The JSON path of the later comparison's kind, e.g.
    /// <c>$.narrative.generalBudget.total.secondBudget.kind</c>.</param>
    /// <param name="line">Its 1-based line.</param>
    /// <param name="bytePosition">Its 1-based byte position in that line.</param>
    /// <returns>The message.</returns>
    public static string JsonBudgetBasesSame(string where, long line, long bytePosition)
        => $"Invalid report JSON at {where} (line {line}, byte {bytePosition}): a figure's second budget comparison must be of "
            + $"the other basis (initial or full-year) than its first. 报告 JSON 无效（位置 {where}）："
            + "同一数字的第二个预决算对比须为另一口径（年初预算或全年预算）。";
}
