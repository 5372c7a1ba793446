namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The message catalogue of <c>finacct</c> (命令行消息目录): every bilingual (English and Chinese) message the command line
/// writes of its own — errors, the reasons an input is unreadable (exit code 2), notes, the usage hint and the Chinese
/// added to System.CommandLine's parse errors — is written here once. Tests assert against these members, so a reworded
/// message changes in one place.
/// </summary>
/// <remarks>
/// The wording is observable behaviour: scripts read standard error, and the JSON and SARIF outputs carry the reasons an
/// input could not be read. Change it here only on purpose. Messages of other components (the reader's decoding errors,
/// the JSON reader's, the catalogue's, the conformance suite's) are passed through as they come. Option and command
/// descriptions (the help screen) stay beside their options. The <c>error: </c> prefix is added where a message is written.
/// </remarks>
internal static class CliMessages
{
    /// <summary>“Run 'finacct check --help' for usage.” after a parse error.</summary>
    public static string RunHelp(string command) => $"Run '{command} --help' for usage. 用法见 '{command} --help'。";

    /// <summary>System.CommandLine's message when no command is given (the root's own action says it too).</summary>
    public const string RequiredCommandEn = "Required command was not provided.";

    /// <summary>The Chinese added to System.CommandLine's “Unrecognized command or argument 'x'.”</summary>
    public static string UnrecognizedTokenZh(string token) => " 无法识别的命令或参数“" + token + "”。";

    /// <summary>The Chinese added to “Required command was not provided.”</summary>
    public const string RequiredCommandZh = " 缺少命令（check、extract、summary、schema、rules）。";

    /// <summary>The Chinese added to “Required argument missing for option …” and “… expects a single argument …”.</summary>
    public const string OptionValueMissingZh = " 选项缺少取值。";

    /// <summary>The Chinese added to “Required argument missing …” (the inputs).</summary>
    public const string ArgumentMissingZh = " 缺少参数（输入文件）。";

    /// <summary>The Chinese added to “Option '…' is required.”</summary>
    public const string OptionRequiredZh = " 缺少必需的选项。";

    /// <summary>A value that is not one of an option's choices: “--format: xml is not one of text|json|sarif”.</summary>
    public static string NotOneOf(string option, string value, IReadOnlyList<string> values)
        => $"{option}: {value} is not one of {string.Join("|", values)}. {option} 的取值“{value}”无效，应为 {string.Join("、", values)} 之一。";

    /// <summary>A value that is not a whole number in an option's range.</summary>
    public static string NotWholeNumber(string option, string? value, int min, int max) => string.Create(
        CultureInfo.InvariantCulture,
        $"{option}: {value} is not a whole number from {min} to {max}. {option} 需要 {min} 至 {max} 之间的整数，“{value}”无效。");

    /// <summary>An <c>--encoding</c> that names no known encoding.</summary>
    public static string UnknownEncoding(string? value)
        => $"--encoding: {value} is not one of auto|utf-8|utf-16le|utf-16be|gb18030 (gbk). --encoding 的取值“{value}”无效。";

    /// <summary>A <c>schema</c> argument that names no published schema.</summary>
    public static string UnknownSchema(string? value)
        => $"schema: {value} is not one of report|check-output. schema 的参数“{value}”无效，应为 report 或 check-output。";

    /// <summary>“--disable: FA9999 is not a rule id (finacct rules list shows every rule)”.</summary>
    public static string UnknownRule(string option, string id) =>
        $"{option}: {id} is not a rule id (finacct rules list shows every rule). {option}：“{id}”不是规则编号（finacct rules list 列出全部规则）。";

    /// <summary>A <c>--severity</c> value that is not RULE=error|warning|info.</summary>
    public static string SeverityFormat(string value, string ruleId)
        => $"--severity: '{value}' is not RULE=error|warning|info (e.g. {ruleId}=warning). --severity 的格式为 规则编号=error|warning|info。";

    /// <summary>Last year's report (<c>--previous</c>) could not be read; the reasons were written before.</summary>
    public static string PreviousUnreadable(string path) => $"--previous: {path} could not be read (see above). 上年决算无法读取。";

    /// <summary><c>conformance DIR</c> where DIR is not a directory.</summary>
    public static string ConformanceNotDirectory(string path) => $"conformance: {path} is not a directory (目录不存在)";

    /// <summary>The conformance run's summary line: the suite's versions and the counts of its cases.</summary>
    public static string ConformanceSummary(string suite, string schema, string rules, int passed, int failed, int skipped)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"suite {suite} (schema {schema}, rules {rules}): {passed} passed, {failed} failed, {skipped} skipped "
            + $"通过 {passed}，失败 {failed}，跳过 {skipped}");

    /// <summary><c>render -o DIR</c> where DIR cannot be created.</summary>
    public static string CannotCreateOutputDirectory(string directory, string reason)
        => $"--output: cannot create the directory {directory}: {reason} (无法创建输出目录)";

    /// <summary>A rendered page that cannot be written.</summary>
    public static string CannotWritePage(string input, string path, string reason) => $"{input}: cannot write {path}: {reason} (无法写入)";

    /// <summary>A defect met while reading or checking one input (the run goes on with the others).</summary>
    public static string InternalError(string input, string exceptionType, string reason)
        => $"{input}: internal error while reading or checking ({exceptionType}: {reason}); please report it. "
            + "读取或检查时发生内部错误，请报告。";

    /// <summary>Figures whose checks overflow a decimal: the input is reported as unreadable, never as “0 errors”.</summary>
    public static string ChecksNotComputable(string input, string exceptionType, string reason)
        => $"{input}: the checks could not be computed on these figures ({exceptionType}: {reason}). 数字超出可计算范围，校验无法完成。";

    /// <summary>A <c>**</c> that is not a whole path segment.</summary>
    public static string GlobDoubleStar(string pattern)
        => $"bad glob '{pattern}': '**' must be a whole path segment (a/**/b.txt). 通配符有误：“**”必须单独成段。";

    /// <summary>A pattern whose fixed directory part does not exist.</summary>
    public static string GlobDirectoryNotFound(string pattern, string directory)
        => $"bad glob '{pattern}': directory not found: {directory}. 通配符中的目录不存在：{directory}。";

    /// <summary>A pattern that matches no file.</summary>
    public static string NoFileMatches(string pattern) => $"no file matches '{pattern}'. 没有与“{pattern}”匹配的文件。";

    /// <summary>A directory with no input file below it.</summary>
    public static string NoInputInDirectory(string directory, IEnumerable<string> extensions)
        => $"{directory}: no input file in this directory ({string.Join(" ", extensions)}). 目录中没有可检查的文件。";

    /// <summary><c>-</c> given twice.</summary>
    public const string StdinTwice = "standard input (-) is given more than once. 标准输入（-）只能指定一次。";

    /// <summary>No standard input to read.</summary>
    public const string StdinUnavailable = "standard input is not available. 无法读取标准输入。";

    /// <summary>Standard input beyond the size limit.</summary>
    public static string StdinTooLarge(int limit) => string.Format(
        CultureInfo.InvariantCulture,
        "standard input is larger than the limit of {0} bytes; it was not read (标准输入超过 {0} 字节的上限，未读取)",
        limit);

    /// <summary>Standard input that failed while being read.</summary>
    public static string StdinUnreadable(string reason) => $"cannot read standard input: {reason} (无法读取标准输入)";

    /// <summary>Standard input that was empty.</summary>
    public static string StdinEmpty(string name) => $"{name}: standard input is empty (标准输入为空)";

    /// <summary>A directory named where a file is needed.</summary>
    public static string IsDirectory(string path) => $"{path} is a directory, not a file (这是目录，不是文件)";

    /// <summary>A file that does not exist.</summary>
    public static string FileNotFound(string path) => $"file not found: {path} (文件不存在)";

    /// <summary>A file the system refused to read.</summary>
    public static string CannotRead(string path, string reason) => $"cannot read {path}: {reason} (无法读取文件)";

    /// <summary>A path of length 0: an empty file, a FIFO, a device.</summary>
    public static string EmptyOrNotRegular(string path) => $"{path} is empty or not a regular file (FIFO, device) (文件为空或不是普通文件)";

    /// <summary>A path that cannot be sought: not a regular file.</summary>
    public static string NotRegular(string path) => $"{path} is not a regular file (FIFO, device) (不是普通文件)";

    /// <summary>A file beyond the size limit.</summary>
    public static string FileTooLarge(string path, int limit) => string.Format(
        CultureInfo.InvariantCulture, "{0} is larger than the limit of {1} bytes; it was not read (文件超过 {1} 字节的上限，未读取)", path, limit);

    /// <summary>An input of no bytes.</summary>
    public static string InputEmpty(string name) => $"{name} is empty (输入为空)";

    /// <summary>A text beyond the reader's length limit.</summary>
    public static string TextTooLong(string name, int length, int limit) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} has {1} characters, more than the limit of {2}; it was not read (文本超过 {2} 字符的上限，未读取)",
        name,
        length,
        limit);

    /// <summary>A text of white space only.</summary>
    public static string OnlyWhitespace(string name) => $"{name} has no text, only whitespace (文件只有空白，没有文本)";

    /// <summary>A text from which the reader placed no 决算 figure.</summary>
    public static string NoFigureRead(string name, int unplaced) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name}: no figure of a final-accounts disclosure was read ({unplaced} figures in the text not placed); it is not a 决算说明 "
        + $"or its wording is not known. 未读出任何决算数字（文中 {unplaced} 个数字未能归位），不是决算说明或措辞无法识别。");

    /// <summary>Published files from which neither a table nor a figure was read.</summary>
    public static string NothingRead(string name)
        => $"{name}: neither a table nor a figure of a final-accounts disclosure was read. 未读出任何决算表格或数字。";

    /// <summary><c>--combine</c> given an input that is neither a published file nor a text (<paramref name="kind"/>: JSON).</summary>
    public static string CombinePublishedOnly(string name, string kind)
        => $"{name}: --combine reads published files and texts only (PDF, web page, workbook, 说明 text); this is {kind}. "
            + "--combine 只合并公开文件和文本（PDF、网页、Excel、说明文本），不合并报告 JSON。";

    /// <summary>The reason of an unreadable input in SARIF when none was written.</summary>
    public const string UnreadableFallback = "error: unreadable 无法读取";

    /// <summary>The progress bar's label on a terminal.</summary>
    public const string ProgressLabel = "检查 checking";

    /// <summary>The reader's account of a text: the figures read, those not placed, the notes.</summary>
    public static string ReaderAccount(int figures, int unplaced, int notes) => string.Create(
        CultureInfo.InvariantCulture,
        $"读出 {figures} 个数字，文中另有 {unplaced} 个数字未能归位，{notes} 条说明 — "
        + $"read {figures} figures, {unplaced} figures in the text not placed, {notes} notes");

    /// <summary>
    /// The reader's account of a text with tables: the figures read (the narrative's and the tables' cells), of them the table
    /// cells, those not placed, the notes.
    /// </summary>
    public static string ReaderAccountWithCells(int figures, int cells, int unplaced, int notes) => string.Create(
        CultureInfo.InvariantCulture,
        $"读出 {figures} 个数字（其中表格单元格 {cells} 个），文中另有 {unplaced} 个数字未能归位，{notes} 条说明 — "
        + $"read {figures} figures ({cells} of them table cells), {unplaced} figures in the text not placed, {notes} notes");

    /// <summary>The notes left out after the shown ones.</summary>
    public static string MoreNotes(int count) => string.Create(CultureInfo.InvariantCulture, $"… {count} more notes 另有 {count} 条说明");
}
