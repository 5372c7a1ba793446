using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The conformance suite's errors (一致性测试集的错误) and the words of a case's differences.</summary>
internal static partial class ValidationMessages
{
    /// <summary>The default message of a suite that cannot be loaded.</summary>
    public const string SuiteCannotBeLoaded = "The conformance suite cannot be loaded. 无法读取一致性测试集。";

    /// <summary>A suite directory without manifest.json.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The message.</returns>
    public static string NoManifest(string directory) => $"No manifest.json in {directory}. {directory} 中没有 manifest.json。";

    /// <summary>A manifest entry naming a case file that is not in the suite (absent, rooted or outside it).</summary>
    /// <param name="where">The entry, e.g. <c>manifest.json cases[3]</c>.</param>
    /// <param name="file">The file as written.</param>
    /// <returns>The message.</returns>
    public static string CaseFileMissing(string where, string file) =>
        $"{where}: the case file \"{file}\" does not exist in the suite. 用例文件“{file}”不存在。";

    /// <summary>A manifest that is not JSON.</summary>
    /// <param name="detail">The parser's message.</param>
    /// <returns>The message.</returns>
    public static string ManifestNotJson(string detail) => $"manifest.json is not valid JSON: {detail} manifest.json 不是有效的 JSON。";

    /// <summary>A suite whose files cannot be read.</summary>
    /// <param name="detail">The I/O error's message.</param>
    /// <returns>The message.</returns>
    public static string SuiteUnreadable(string detail) => $"The suite cannot be read: {detail} 无法读取测试集。";

    /// <summary>A case file that cannot be read.</summary>
    /// <param name="file">The case file.</param>
    /// <param name="detail">The I/O error's message.</param>
    /// <returns>The message.</returns>
    public static string CaseUnreadable(string file, string detail) => $"{file} cannot be read: {detail} 无法读取用例文件。";

    /// <summary>A case file that is not JSON.</summary>
    /// <param name="file">The case file.</param>
    /// <param name="detail">The parser's message.</param>
    /// <returns>The message.</returns>
    public static string CaseNotJson(string file, string detail) => $"{file} is not valid JSON: {detail} 用例文件不是有效的 JSON。";

    /// <summary>A case file that is JSON but not a case.</summary>
    /// <param name="file">The case file.</param>
    /// <param name="detail">What is wrong.</param>
    /// <returns>The message.</returns>
    public static string CaseInvalid(string file, string detail) => $"{file} is not a valid case: {detail} 用例文件格式无效。";

    /// <summary>A case option the suite does not define.</summary>
    /// <param name="file">The case file.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The message.</returns>
    public static string UnknownOption(string file, string name) => $"{file}: unknown option \"{name}\". 未知选项“{name}”。";

    /// <summary>A case option whose value is not a member of its enumeration.</summary>
    /// <param name="file">The case file.</param>
    /// <param name="text">The value as written.</param>
    /// <param name="typeName">The enumeration's name.</param>
    /// <returns>The message.</returns>
    public static string InvalidOptionValue(string file, string text, string typeName) =>
        $"{file}: \"{text}\" is not a {typeName}. “{text}”不是有效的选项值。";

    /// <summary>A manifest member that should be an array of strings.</summary>
    /// <param name="where">The member's place.</param>
    /// <returns>The message.</returns>
    public static string ExpectedStringArray(string where) => $"{where}: expected an array of strings. 应为字符串数组。";

    /// <summary>A required member that is missing.</summary>
    /// <param name="where">The object's place.</param>
    /// <param name="name">The member's name.</param>
    /// <returns>The message.</returns>
    public static string MemberMissing(string where, string name) => $"{where}: the member \"{name}\" is missing. 缺少成员“{name}”。";

    /// <summary>A member of the wrong JSON kind.</summary>
    /// <param name="where">The object's place.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="kind">The kind it should be.</param>
    /// <param name="found">The kind it is.</param>
    /// <returns>The message.</returns>
    public static string MemberKind(string where, string name, JsonValueKind kind, JsonValueKind found) =>
        $"{where}: \"{name}\" should be {kind}, found {found}. 成员“{name}”类型不符。";

    /// <summary>
    /// The words of a case's differences (用例差异), documented in docs/conformance/README.md: short English lines that
    /// name rule ids, severities and pointers, read by people and by scripts alike — a format, not a bilingual message.
    /// </summary>
    internal static class Differences
    {
        /// <summary>The case's report cannot be read.</summary>
        /// <param name="detail">The reader's message.</param>
        /// <returns>The line.</returns>
        public static string ReportUnreadable(string detail) => "the report cannot be read: " + detail;

        /// <summary>The case's previous-year report cannot be read.</summary>
        /// <param name="detail">The reader's message.</param>
        /// <returns>The line.</returns>
        public static string PreviousReportUnreadable(string detail) => "the previous report cannot be read: " + detail;

        /// <summary>An expected diagnostic the validator did not produce.</summary>
        /// <param name="key">Rule id, severity and pointers.</param>
        /// <returns>The line.</returns>
        public static string Missing(string key) => "missing: " + key;

        /// <summary>A diagnostic the case does not expect.</summary>
        /// <param name="key">Rule id, severity and pointers.</param>
        /// <returns>The line.</returns>
        public static string Unexpected(string key) => "unexpected: " + key;

        /// <summary>A rule outcome other than the expected one.</summary>
        /// <param name="ruleId">The rule.</param>
        /// <param name="expected">The expected outcome.</param>
        /// <param name="actual">The outcome.</param>
        /// <returns>The line.</returns>
        public static string Coverage(string ruleId, string? expected, string actual) =>
            $"coverage {ruleId}: expected {expected}, was {actual}";

        /// <summary>A bad document refused with another kind of error.</summary>
        /// <param name="expected">The expected kind.</param>
        /// <param name="actual">The kind.</param>
        /// <returns>The line.</returns>
        public static string ErrorKind(string expected, string actual) => $"error kind: expected {expected}, was {actual}";

        /// <summary>A bad document refused at another place.</summary>
        /// <param name="expected">The expected pointer.</param>
        /// <param name="actual">The pointer, or null for none.</param>
        /// <returns>The line.</returns>
        public static string ErrorLocation(string expected, string? actual) =>
            $"error location: expected {expected}, was {actual ?? "none"}";
    }
}
