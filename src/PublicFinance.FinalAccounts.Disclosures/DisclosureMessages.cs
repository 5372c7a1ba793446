namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The message catalogue of the disclosure reader (读取器消息目录): every bilingual note, finding and decoding error the
/// reader's result side writes — <see cref="DisclosureReader"/>, <c>ReportBuilder</c> and <see cref="DisclosureDecoder"/> —
/// as <c>(Zh, En)</c> pairs, written once here. Partial, so that the reading passes can add their own file.
/// </summary>
/// <remarks>
/// The wording is part of the observable behaviour (the CLI prints it, tests and users read it): change it here only on
/// purpose. A method runs only when its message is needed, so it may format freely. The text rules' titles and
/// requirements stay in <see cref="TextRules"/>, the rule catalogue.
/// </remarks>
internal static partial class DisclosureMessages
{
    /// <summary>A text longer than <see cref="DisclosureReader.MaxLength"/>, not read.</summary>
    /// <param name="length">The text's length in characters.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TextTooLong(int length, int limit) => (
        $"文本过长（{Invariant(length)} 字符，上限 {Invariant(limit)}），未读取。",
        $"The text is too long ({Invariant(length)} characters, limit {Invariant(limit)}); it was not read.");

    /// <summary>No title naming the entity (the report keeps an empty name).</summary>
    public static readonly (string Zh, string En) EntityNameNotFound = ("未找到单位名称（标题）。", "The entity name (title) was not found.");

    /// <summary>No fiscal year in the title, the text or the options.</summary>
    public static readonly (string Zh, string En) FiscalYearNotFound = (
        "未找到决算年度（标题或正文中均未写明）；年度未知，报告中不记年度，可用 --year 指定。",
        "The fiscal year was not found in the title or the text; it is unknown and the report records no year (give it with --year).");

    /// <summary>
    /// A figure with other qualifiers than the one a field holds (一般公共预算 vs 政府性基金, 收入 vs 支出, another year):
    /// a different figure the field cannot hold, not placed.
    /// </summary>
    /// <param name="value">The figure not placed.</param>
    /// <param name="pointer">The field.</param>
    /// <param name="existing">What the field holds.</param>
    /// <param name="firstQualifiers">The qualifier key the field was set with.</param>
    /// <param name="qualifiers">The figure's qualifier key.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) FigureOfAnotherKind(
        string value, string pointer, string existing, string firstQualifiers, string qualifiers) => (
        $"另一口径的数字 {value} 未归入 {pointer}（该处已有 {existing}，限定语不同：{firstQualifiers} / {qualifiers}）。",
        $"A figure of another kind, {value}, was not placed at {pointer} " +
        $"(it holds {existing}; qualifiers differ: {firstQualifiers} / {qualifiers}).");

    /// <summary>FA8003: the same figure stated twice with different values.</summary>
    /// <param name="value">The value stated here.</param>
    /// <param name="firstPlace">Where the first was stated (a span, or "?").</param>
    /// <param name="existing">The value stated first (kept).</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) SameFigureTwice(string value, string firstPlace, string existing) => (
        $"同一数字前后不一致：此处为 {value}，前文（{firstPlace}）为 {existing}。",
        $"The same figure is stated twice with different values: {value} here, {existing} before.");

    /// <summary>Notes beyond the listed ones with one message, counted in one note.</summary>
    /// <param name="count">How many were not listed.</param>
    /// <param name="zh">The repeated message in Chinese.</param>
    /// <param name="en">The repeated message in English.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) RepeatedNotes(int count, string zh, string en) => (
        $"同一说明另有 {Invariant(count)} 处（自此处起）未逐条列出：{zh}",
        $"{Invariant(count)} more notes with the same message (from here on) are not listed: {en}");

    /// <summary>GB18030 was asked for or detected but the platform has no such encoding.</summary>
    public static readonly (string Zh, string En) Gb18030Unavailable = ("本平台不支持 GB18030 编码。", "GB18030 is not available on this platform.");

    /// <summary>Bytes that are not valid in the encoding, located.</summary>
    /// <param name="encoding">The encoding's name (UTF-8, UTF-16LE, GB18030…).</param>
    /// <param name="line">The line of the first bad byte.</param>
    /// <param name="offset">Its byte offset.</param>
    /// <param name="shown">The byte in hexadecimal, or EOF.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) NotValidEncoding(string encoding, int line, int offset, string shown) => (
        string.Format(CultureInfo.InvariantCulture,
            "无法按 {0} 解码：第 {1} 行，字节位置 {2}（0x{3}）。可用 --encoding 指定编码（utf-8、utf-16le、utf-16be、gb18030）。",
            encoding, line, offset, shown),
        string.Format(CultureInfo.InvariantCulture,
            "The file is not valid {0}: line {1}, byte offset {2} (0x{3}). Use --encoding to name the encoding " +
            "(utf-8, utf-16le, utf-16be, gb18030).",
            encoding, line, offset, shown));

    /// <summary>A NUL byte in a file without a UTF-16 byte-order mark.</summary>
    /// <param name="offset">The NUL byte's offset.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) BinaryFile(int offset) => (
        string.Format(CultureInfo.InvariantCulture,
            "文件含 NUL 字节（字节位置 {0}），不是文本文件；UTF-16 文本需有字节顺序标记或用 --encoding 指定。", offset),
        string.Format(CultureInfo.InvariantCulture,
            "The file has a NUL byte (byte offset {0}); it is not a text file. UTF-16 text needs a byte-order mark or --encoding.",
            offset));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
