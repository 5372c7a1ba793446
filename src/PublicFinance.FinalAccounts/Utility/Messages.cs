namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// The message catalogue (消息目录) of the core's values, classification codes, model, utilities and value converters:
/// every bilingual (English and Chinese) exception and parse message they raise is written here once. Tests assert
/// against these members, so a reworded message changes in one place.
/// </summary>
/// <remarks>
/// The wording of each message is part of the observable behaviour (callers and tests read it); change it here only on
/// purpose. The validator, the reader, the schema code and the command line keep their own messages.
/// </remarks>
internal static partial class Messages
{
    /// <summary>The numeric contract, in both languages, as the messages name it.</summary>
    public const string NumericContractLimits =
        "at most 16 integer digits and 12 decimals (numeric contract) 超出数值约定：整数部分最多 16 位，小数最多 12 位";

    /// <summary>A fiscal year outside <see cref="FiscalYearRange"/>.</summary>
    public static readonly string FiscalYearOutOfRange = string.Format(CultureInfo.InvariantCulture,
        "The fiscal year must be {0} to {1}. 决算年度必须在 {0} 至 {1} 之间。", FiscalYearRange.First, FiscalYearRange.Last);

    /// <summary>A precision to round to is outside 0–12.</summary>
    public const string RoundingDecimalsOutOfRange = "Decimals must be 0 to 12. 小数位数必须在 0 到 12 之间。";

    /// <summary>A written precision is outside −20–12.</summary>
    public const string WrittenDecimalsOutOfRange = "Decimals must be −20 to 12. 小数位数必须在 −20 到 12 之间。";

    /// <summary>A sum of amounts leaves the numeric contract.</summary>
    public const string SumOutOfContract = "The sum is too large for an amount (" + NumericContractLimits + ")。金额合计超出范围。";

    /// <summary>A percentage computed from a ratio leaves the numeric contract.</summary>
    public const string PercentOutOfContract = "The percentage has more than " + NumericContractLimits + "。百分比超出范围。";

    /// <summary>A percentage of a zero base was asked for.</summary>
    public const string PercentOfZeroBase = "A percentage of a zero base is undefined (基数为0，不可比). ";

    /// <summary>An amount was split by no ratios.</summary>
    public const string RatiosRequired = "At least one ratio is required. 至少需要一个比例。";

    /// <summary>An amount was split by a negative ratio.</summary>
    public const string RatiosNegative = "Ratios must not be negative. 比例不能为负数。";

    /// <summary>An amount was split by ratios that are all zero.</summary>
    public const string RatiosAllZero = "At least one ratio must be positive. 至少一个比例必须为正数。";

    /// <summary>An <see cref="AmountUnit"/> that is not defined.</summary>
    public const string UnknownAmountUnit = "Unknown amount unit. 未知的金额单位。";

    /// <summary>What may follow an amount's number.</summary>
    public const string ExpectedAmountUnit = "expected a unit 元/千元/万元/亿元 or the end (应为金额单位或结束)";

    /// <summary>What may follow a percentage's number.</summary>
    public const string ExpectedPercentSign = "expected '%' or the end (应为百分号或结束)";

    /// <summary>A number scanner met a thousands separator in the wrong place.</summary>
    public const string ThousandsSeparatorMisplaced = "a thousands separator must follow one to three digits (千位分隔符前应为一至三位数字)";

    /// <summary>A number scanner met a thousands group that is not three digits.</summary>
    public const string ThousandsGroupNotThreeDigits = "a thousands group must have exactly three digits (千位分组必须为三位数字)";

    /// <summary>A number scanner met no digit where one belongs.</summary>
    public const string ExpectedDigit = "expected a digit (应为数字)";

    /// <summary>A number scanner met a number beyond the numeric contract.</summary>
    public const string NumberBeyondContract = "the number has more than " + NumericContractLimits;

    /// <summary>A number is beyond what <see cref="decimal"/> holds.</summary>
    public const string NumberOutOfRange = "the number is out of range (数值超出范围)";

    /// <summary>Something follows a number that should stand alone.</summary>
    public const string UnexpectedCharacter = "unexpected character (意外的字符)";

    /// <summary>人民币大写 was asked of an amount finer than a fen.</summary>
    public const string CapitalsAtMostFen = "Only amounts with at most 2 decimals (fen) can be written in capitals. 大写金额最多到分。";

    /// <summary>人民币大写 was asked of an amount of 10^16 yuan or more.</summary>
    public const string CapitalsTooLarge = "Amount too large to write in capitals (limit 10^16 yuan). 金额过大，无法写成大写。";

    /// <summary>A division by zero in saturating arithmetic.</summary>
    public const string DivisionByZero = "Division by zero. 除数为零。";

    /// <summary>A model list was given as null.</summary>
    public const string ListNull = "A list must not be null; use an empty list. 列表不能为 null，请使用空列表。";

    /// <summary>A model list holds a null item.</summary>
    public const string ListNullItem = "A list must not contain null items. 列表不能包含 null 元素。";

    /// <summary>A code parser was given null text.</summary>
    public const string NoText = "No text. 没有文本。";

    /// <summary>The embedded classification catalogue resource is missing from the assembly.</summary>
    public const string EmbeddedCatalogueMissing = "The embedded classification catalogue is missing. 缺少内置科目目录。";

    /// <summary>A figure has digits beyond the decimals it is said to be written with.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals.</param>
    /// <returns>The message.</returns>
    public static string DigitsBeyondDecimals(decimal value, int decimals)
        => $"{value.ToString(CultureInfo.InvariantCulture)} has digits beyond {decimals} decimals; round it explicitly. "
            + $"数值的位数超过 {decimals} 位小数，请显式舍入。";

    /// <summary>A figure given to a factory is beyond the numeric contract.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals.</param>
    /// <returns>The message.</returns>
    public static string FigureBeyondContract(decimal value, int decimals)
        => value.ToString(CultureInfo.InvariantCulture) + " (" + decimals.ToString(CultureInfo.InvariantCulture)
            + " decimals) has more than " + NumericContractLimits + "。";

    /// <summary>An amount converted to another unit leaves the numeric contract.</summary>
    /// <param name="amount">The amount as written.</param>
    /// <param name="from">Its unit.</param>
    /// <param name="to">The unit asked for.</param>
    /// <returns>The message.</returns>
    public static string ConversionBeyondContract(Amount amount, AmountUnit from, AmountUnit to)
        => $"{amount} converted from {from.ToChineseLabel()} to {to.ToChineseLabel()} has more than {NumericContractLimits}。";

    /// <summary>A parsed amount converted to the report's unit leaves the numeric contract.</summary>
    /// <param name="text">The text parsed.</param>
    /// <param name="unit">The report's unit.</param>
    /// <returns>The message.</returns>
    public static string ParsedAmountBeyondContract(string text, AmountUnit unit)
        => $"'{text}' in {unit.ToChineseLabel()} has more than {NumericContractLimits}。";

    /// <summary>An interval was given a lower bound above its upper bound.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <returns>The message.</returns>
    public static string IntervalBoundsReversed(decimal lower, decimal upper)
        => $"Lower bound {lower} exceeds upper bound {upper}. 区间下界大于上界。";

    /// <summary>A boxed comparison was given an object of another type.</summary>
    /// <param name="typeName">The type expected (Amount, Percent, …).</param>
    /// <returns>The message.</returns>
    public static string ObjectMustBe(string typeName)
        => $"Object must be {(typeName[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an" : "a")} {typeName}. 对象必须是 {typeName}。";

    /// <summary>A format string a figure does not support.</summary>
    /// <param name="format">The format string.</param>
    /// <returns>The message.</returns>
    public static string UnsupportedFormat(string format) => $"Unsupported format '{format}'. 不支持的格式 '{format}'。";

    /// <summary>A figure's text could not be read; names the position.</summary>
    /// <param name="kind">What the figure is ("amount", "percentage", "quantity").</param>
    /// <param name="input">The text.</param>
    /// <param name="index">The index of the problem.</param>
    /// <param name="problem">What is wrong there (bilingual).</param>
    /// <returns>The message.</returns>
    public static string InvalidFigure(string kind, string input, int index, string? problem)
        => $"Invalid {kind} '{input}' at index {index}: {problem}. 无法解析“{input}”（位置 {index}）。";

    /// <summary>A bracketed code lacks its closing bracket.</summary>
    /// <param name="index">Where the bracket belongs.</param>
    /// <returns>The message.</returns>
    public static string ExpectedClosingBracket(int index) => $"expected ']' at index {index} (应为右方括号)";

    /// <summary>No code digits where a code belongs.</summary>
    /// <param name="index">Where the code belongs.</param>
    /// <returns>The message.</returns>
    public static string ExpectedCode(int index) => $"expected a code at index {index} (应为科目编码)";

    /// <summary>A code's text could not be scanned.</summary>
    /// <param name="kindName">The code kind in English ("functional", "economic").</param>
    /// <param name="text">The text.</param>
    /// <param name="problem">What the scanner found wrong.</param>
    /// <returns>The message.</returns>
    public static string InvalidCode(string kindName, string text, string? problem) => $"Invalid {kindName} code '{text}': {problem}.";

    /// <summary>Text follows a code where only the code may stand.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static string TextAfterCode(string text) => $"Unexpected text after the code in '{text}'. “{text}”中编码后有多余文字。";

    /// <summary>Digits of the wrong length for a functional code.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>The message.</returns>
    public static string FunctionalCodeLength(string digits)
        => $"'{digits}' is not a functional classification code: expected 3, 5 or 7 digits (类/款/项). “{digits}”不是支出功能分类科目编码：应为 3、5 或 7 位数字。";

    /// <summary>A functional code that does not start with 2.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>The message.</returns>
    public static string FunctionalCodeFirstDigit(string digits)
        => $"'{digits}' is not an expenditure functional code: it must start with 2. “{digits}”不是支出功能分类科目编码：应以 2 开头。";

    /// <summary>Digits of the wrong length for an economic code.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>The message.</returns>
    public static string EconomicCodeLength(string digits)
        => $"'{digits}' is not an economic classification code: expected 3 or 5 digits (类/款). “{digits}”不是支出经济分类科目编码：应为 3 或 5 位数字。";

    /// <summary>An economic code that does not start with 3 or 5.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>The message.</returns>
    public static string EconomicCodeFirstDigit(string digits)
        => $"'{digits}' is not an economic classification code: it must start with 3 (部门) or 5 (政府). “{digits}”不是支出经济分类科目编码：应以 3 或 5 开头。";

    /// <summary>A JSON token that is not the string a figure or code is written as.</summary>
    /// <param name="what">The value in English, with its article ("an amount").</param>
    /// <param name="chineseName">The value in Chinese (金额).</param>
    /// <param name="example">An example of the form.</param>
    /// <param name="found">The token found, in English.</param>
    /// <returns>The message.</returns>
    public static string JsonExpectedString(string what, string chineseName, string example, string found)
        => $"Expected {what} as a JSON string such as \"{example}\", found {found}. 应为字符串形式的{chineseName}，例如 \"{example}\"。";

    /// <summary>A JSON figure beyond the numeric contract.</summary>
    /// <param name="what">The value in English, with its article.</param>
    /// <param name="chineseName">The value in Chinese.</param>
    /// <param name="text">The text found.</param>
    /// <returns>The message.</returns>
    public static string JsonFigureBeyondContract(string what, string chineseName, string text)
        => $"Expected {what} with at most 16 integer digits and 12 decimals (the numeric contract), found \"{text}\". "
            + $"{chineseName}“{text}”超出数值约定（整数部分最多 16 位，小数最多 12 位）。";

    /// <summary>A JSON figure not in plain decimal notation.</summary>
    /// <param name="what">The value in English, with its article.</param>
    /// <param name="chineseName">The value in Chinese.</param>
    /// <param name="example">An example of the form.</param>
    /// <param name="text">The text found.</param>
    /// <returns>The message.</returns>
    public static string JsonFigureNotPlain(string what, string chineseName, string example, string text)
        => $"Expected {what} in plain decimal notation such as \"{example}\" (no grouping, no unit, no exponent), found \"{text}\". "
            + $"{chineseName}应为普通十进制写法，例如 \"{example}\"。";

    /// <summary>A JSON functional code that is not valid.</summary>
    /// <param name="text">The text found.</param>
    /// <returns>The message.</returns>
    public static string JsonInvalidFunctionalCode(string text)
        => $"Expected a functional code of 3, 5 or 7 digits starting with 2, found \"{text}\". 应为以 2 开头的 3、5 或 7 位支出功能分类科目编码。";

    /// <summary>A JSON economic code that is not valid.</summary>
    /// <param name="text">The text found.</param>
    /// <returns>The message.</returns>
    public static string JsonInvalidEconomicCode(string text)
        => $"Expected an economic code of 3 or 5 digits starting with 3 or 5, found \"{text}\". 应为以 3 或 5 开头的 3 或 5 位支出经济分类科目编码。";

    /// <summary>A default (empty) code was to be written to JSON.</summary>
    /// <param name="typeName">The code type (FunctionalCode, EconomicCode).</param>
    /// <param name="chineseName">The code kind in Chinese (功能分类科目编码).</param>
    /// <returns>The message.</returns>
    public static string JsonDefaultCode(string typeName, string chineseName)
        => $"Cannot write default({typeName}): it is not a code. 无法写出空的{chineseName}。";

    /// <summary>A catalogue file without a header line (Chinese, English; the exception adds the location).</summary>
    public static (string Zh, string En) CatalogueEmpty
        => ("文件为空，缺少表头（system,code,name,…）。", "The file is empty; a header line (system,code,name,…) is required.");

    /// <summary>A catalogue header that names a column twice.</summary>
    public static (string Zh, string En) CatalogueColumnTwice => ("表头重复。", "The column appears twice in the header.");

    /// <summary>A catalogue header without the code and name columns.</summary>
    public static (string Zh, string En) CatalogueCodeAndNameRequired
        => ("表头须包含 code（科目编码）和 name（科目名称）两列。", "The header must name the columns code (科目编码) and name (科目名称).");

    /// <summary>A catalogue line with an empty name.</summary>
    public static (string Zh, string En) CatalogueEmptyName => ("科目名称为空。", "The name is empty.");

    /// <summary>A catalogue line whose quoted cell does not close on the line.</summary>
    public static (string Zh, string En) CatalogueQuoteNotClosed
        => ("引号未闭合（一个条目须在一行内）。", "A quoted cell is not closed (an entry must fit on one line).");

    /// <summary>A catalogue cell with text after its closing quote.</summary>
    public static (string Zh, string En) CatalogueQuoteNotFollowedByDelimiter
        => ("引号后应紧跟分隔符。", "A closing quote must be followed by the delimiter.");

    /// <summary>A catalogue line with more cells than the header has columns.</summary>
    /// <param name="cells">The cells of the line.</param>
    /// <param name="columns">The columns of the header.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CatalogueTooManyCells(int cells, int columns)
        => ($"比表头多出 {cells - columns} 列。", $"The line has {cells} cells but the header only {columns}.");

    /// <summary>A catalogue system cell that names neither classification.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CatalogueUnknownSystem(string text)
        => ($"未知的分类体系“{text}”，应为 functional 或 economic。", $"Unknown system \"{text}\"; expected functional or economic.");

    /// <summary>A catalogue code cell that is not a code of its classification.</summary>
    /// <param name="code">The cell.</param>
    /// <param name="functional">Whether the line is of the functional classification (else economic).</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CatalogueInvalidCode(string code, bool functional)
        => ($"编码“{code}”不是有效的{(functional ? "功能分类" : "经济分类")}科目编码。",
            $"\"{code}\" is not a valid {(functional ? "functional" : "economic")} code.");

    /// <summary>A catalogue line whose last year is before its first.</summary>
    /// <param name="first">The first year.</param>
    /// <param name="last">The last year.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CatalogueYearsReversed(int first, int last)
        => ($"终止年度 {last} 早于起始年度 {first}。", $"The last year {last} is before the first year {first}.");

    /// <summary>A catalogue evidence cell that is not S, C or I.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CatalogueUnknownEvidence(string text)
        => ($"未知的依据等级“{text}”，应为 S、C 或 I。", $"Unknown evidence \"{text}\"; expected S, C or I.");

    /// <summary>A catalogue year cell that is not a fiscal year.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CatalogueInvalidYear(string text)
        => ($"年度“{text}”无效，应为 {FiscalYearRange.First} 至 {FiscalYearRange.Last} 之间的整数或留空。",
            $"\"{text}\" is not a year from {FiscalYearRange.First} to {FiscalYearRange.Last} (or empty).");

    /// <summary>A negative head count.</summary>
    public const string HeadCountNegative = "A head count cannot be negative. 人数不能为负数。";

    /// <summary>An equipment count (台/套) is negative.</summary>
    public const string EquipmentCountNegative = "An equipment count cannot be negative. 设备台（套）数不能为负数。";

    /// <summary>An equipment unit-price threshold (单价标准) is zero or negative.</summary>
    public const string EquipmentThresholdNotPositive =
        "An equipment unit-price threshold must be positive. 设备单价标准必须为正数。";

    /// <summary>The value of equipment held at a unit-price threshold is negative.</summary>
    public const string EquipmentValueNegative = "An equipment value cannot be negative. 设备价值不能为负数。";

    /// <summary>The amount of a named project of the 项目支出 is negative.</summary>
    public const string ProjectItemNegative =
        "A listed project's expenditure cannot be negative. 项目支出所列项目的金额不能为负数。";

    /// <summary>The general budget's other items (其他科目) are negative.</summary>
    public const string OtherItemsNegative =
        "The general budget's other items cannot be negative. 一般公共预算财政拨款支出的其他科目金额不能为负数。";

    /// <summary>A share of the contracts awarded to small and medium enterprises is negative.</summary>
    public const string SmeShareNegative = "A share of SME contracts cannot be negative. 中小企业合同金额占比不能为负数。";

    /// <summary>The share of the micro/small contracts in the SME contracts is negative.</summary>
    public const string MicroSmallShareNegative =
        "A share of micro/small contracts in SME contracts cannot be negative. 小微企业合同金额占中小企业合同金额的比例不能为负数。";

    /// <summary>A government procurement budget is negative.</summary>
    public const string ProcurementBudgetNegative = "A procurement budget cannot be negative. 政府采购预算不能为负数。";

    /// <summary>A procurement saving or savings rate is negative.</summary>
    public const string ProcurementSavingsNegative =
        "A procurement saving or savings rate cannot be negative. 政府采购节约资金和节约率不能为负数。";

    /// <summary>A part of the total assets (流动资产, 固定资产…) is negative.</summary>
    public const string AssetPartNegative = "A part of the total assets cannot be negative. 资产总额的组成部分不能为负数。";

    /// <summary>A self-evaluation score is negative.</summary>
    public const string ScoreNegative = "A self-evaluation score cannot be negative. 自评得分不能为负数。";

    /// <summary>An evaluation coverage share is negative.</summary>
    public const string EvaluationCoverageNegative = "An evaluation coverage cannot be negative. 评价覆盖率不能为负数。";

    /// <summary>A key evaluation's number of projects is negative.</summary>
    public const string KeyEvaluationCountNegative =
        "A key evaluation's number of projects cannot be negative. 重点评价项目个数不能为负数。";

    /// <summary>A number of projects of one grade is negative.</summary>
    public const string GradeCountNegative = "A number of projects of a grade cannot be negative. 评价等级项目个数不能为负数。";

    /// <summary>The name of a 机关运行经费 component is empty.</summary>
    public const string ComponentNameEmpty = "A component of operating expenses needs a name. 机关运行经费组成项目须有名称。";

    /// <summary>The embedded schema resource is missing from the assembly.</summary>
    public const string EmbeddedSchemaMissing = "The embedded JSON schema is missing. 缺少内置 JSON Schema。";

    /// <summary>A reading limit that must be positive.</summary>
    public const string MustBePositive = "Must be positive. 必须为正数。";

    /// <summary>A maximum JSON depth outside 1–256.</summary>
    public const string MaxDepthOutOfRange = "Must be 1 to 256. 必须在 1 到 256 之间。";

    /// <summary>A JSON document that is the literal null instead of a report.</summary>
    public const string JsonReportNull = "Expected a report object, found null. 应为报告对象，实际为 null。";

    /// <summary>No JSON text at all (null) was given to read a report from.</summary>
    public const string JsonTextMissing = "No JSON text. 没有 JSON 文本。";

    /// <summary>An enum member written as something other than a JSON string.</summary>
    /// <param name="allowed">The allowed names.</param>
    /// <returns>The message.</returns>
    public static string JsonEnumNotString(string allowed) => $"Expected one of {allowed} as a JSON string. 应为以下字符串之一：{allowed}。";

    /// <summary>An enum member name that is not defined (exact case).</summary>
    /// <param name="allowed">The allowed names.</param>
    /// <param name="text">The name found.</param>
    /// <returns>The message.</returns>
    public static string JsonEnumUnknownName(string allowed, string text)
        => $"Expected one of {allowed} (exact case), found \"{text}\". 应为以下值之一（区分大小写）：{allowed}，实际为“{text}”。";

    /// <summary>An enum value to write that is not a defined member.</summary>
    /// <param name="type">The enum type's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="allowed">The allowed names.</param>
    /// <returns>The message.</returns>
    public static string JsonEnumUndefinedValue(string type, string value, string allowed)
        => $"{type} value {value} is not a defined member; expected one of {allowed}. {type} 的值 {value} 不是已定义的成员。";

    /// <summary>An integer member written as something other than a JSON integer.</summary>
    /// <param name="what">What the integer is, in English.</param>
    /// <param name="zh">What the integer is, in Chinese.</param>
    /// <returns>The message.</returns>
    public static string JsonExpectedInteger(string what, string zh) => $"Expected {what} as a JSON integer. {zh}应为整数。";

    /// <summary>An integer member outside its bounds.</summary>
    /// <param name="what">What the integer is, in English.</param>
    /// <param name="zh">What the integer is, in Chinese.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <param name="value">The value found.</param>
    /// <returns>The message.</returns>
    public static string JsonIntegerOutOfRange(string what, string zh, int min, int max, int value)
        => string.Format(
            CultureInfo.InvariantCulture,
            "Expected {0} from {2} to {3}, found {4}. {1}应在 {2} 至 {3} 之间，实际为 {4}。",
            what,
            zh,
            min,
            max,
            value);

    /// <summary>A magnitude documented "without sign" written with one.</summary>
    /// <param name="member">The member name.</param>
    /// <param name="text">The text found.</param>
    /// <returns>The message.</returns>
    public static string JsonFigureSigned(string member, string text)
        => $"Expected {member} without sign (the direction words carry it), found \"{text}\". {member} 应为不带符号的数值，实际为“{text}”。";

    /// <summary>A string member written as something other than a JSON string.</summary>
    /// <param name="member">The member name.</param>
    /// <returns>The message.</returns>
    public static string JsonMemberNotString(string member) => $"Expected {member} as a JSON string. {member} 应为字符串。";

    /// <summary>A string member that must hold a character other than white space (an OperatingExpenseComponent's name).</summary>
    /// <param name="member">The JSON name of the member.</param>
    /// <returns>The message.</returns>
    public static string JsonMemberBlank(string member) =>
        $"Expected a {member} with a character other than white space. {member} 不能只含空白字符。";

    /// <summary>A lone UTF-16 surrogate in a JSON text.</summary>
    /// <param name="index">Its index.</param>
    /// <param name="c">The surrogate.</param>
    /// <returns>The message.</returns>
    public static string LoneSurrogate(int index, char c)
        => string.Format(
            CultureInfo.InvariantCulture,
            "Invalid text at index {0}: a lone UTF-16 surrogate (U+{1:X4}). 文本无效（位置 {0}）：孤立的 UTF-16 代理项。",
            index,
            (int)c);

    /// <summary>A value out of range while reading JSON.</summary>
    /// <param name="detail">The runtime's message.</param>
    /// <returns>The message.</returns>
    public static string JsonValueOutOfRange(string detail) => $"A value is out of range: {detail} 数值超出范围。";

    /// <summary>A value the model refused while a report was read (the model's own message follows).</summary>
    /// <param name="detail">The model's message.</param>
    /// <returns>The message.</returns>
    public static string JsonInvalidValue(string detail) => $"Invalid value: {detail} 数值无效。";

    /// <summary>A figure's two budget comparisons are of the same basis (年初 / 全年).</summary>
    public const string BudgetBasesSame =
        "A figure's second budget comparison must be of the other basis (initial or full-year) than its first. "
        + "同一数字的第二个预决算对比须为另一口径（年初预算或全年预算）。";
}
