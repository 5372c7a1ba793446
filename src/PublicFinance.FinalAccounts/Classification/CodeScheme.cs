namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// The syntax of one classification (科目编码体系): which lengths and first digits make a code, how documents write it,
/// and the messages of each failure. <see cref="Functional"/> and <see cref="Economic"/> are the two instances; the code
/// types, their JSON converters and the catalogue reader all validate and parse through them.
/// </summary>
internal sealed class CodeScheme
{
    private readonly int[] lengths;
    private readonly char[] firstDigits;
    private readonly Func<string, string> lengthMessage;
    private readonly Func<string, string> firstDigitMessage;

    private CodeScheme(
        string englishName,
        string chineseName,
        string typeName,
        string jsonExample,
        int[] lengths,
        char[] firstDigits,
        Func<string, string> lengthMessage,
        Func<string, string> firstDigitMessage,
        Func<string, string> jsonInvalidMessage)
    {
        EnglishName = englishName;
        ChineseName = chineseName;
        TypeName = typeName;
        JsonExample = jsonExample;
        this.lengths = lengths;
        this.firstDigits = firstDigits;
        this.lengthMessage = lengthMessage;
        this.firstDigitMessage = firstDigitMessage;
        JsonInvalidMessage = jsonInvalidMessage;
    }

    /// <summary>支出功能分类: 类/款/项 of 3, 5 or 7 digits starting with 2.</summary>
    public static CodeScheme Functional { get; } = new(
        "functional", "功能分类科目编码", nameof(FunctionalCode), "2010301", [3, 5, 7], ['2'],
        Messages.FunctionalCodeLength, Messages.FunctionalCodeFirstDigit, Messages.JsonInvalidFunctionalCode);

    /// <summary>支出经济分类: 类/款 of 3 or 5 digits starting with 3 (部门) or 5 (政府).</summary>
    public static CodeScheme Economic { get; } = new(
        "economic", "经济分类科目编码", nameof(EconomicCode), "30101", [3, 5], ['3', '5'],
        Messages.EconomicCodeLength, Messages.EconomicCodeFirstDigit, Messages.JsonInvalidEconomicCode);

    /// <summary>The classification in English ("functional").</summary>
    public string EnglishName { get; }

    /// <summary>The code in Chinese (功能分类科目编码).</summary>
    public string ChineseName { get; }

    /// <summary>The public code type (FunctionalCode).</summary>
    public string TypeName { get; }

    /// <summary>An example of the JSON form ("2010301").</summary>
    public string JsonExample { get; }

    /// <summary>The English name with its article, as JSON messages name it ("a functional code").</summary>
    public string JsonName => (EnglishName[0] == 'e' ? "an " : "a ") + EnglishName + " code";

    /// <summary>The message for a JSON string that is not a code of this scheme.</summary>
    public Func<string, string> JsonInvalidMessage { get; }

    /// <summary>Why <paramref name="digits"/> are not a code of this scheme, or null when they are.</summary>
    /// <param name="digits">The candidate digits.</param>
    /// <returns>The bilingual reason, or null.</returns>
    public string? Validate(string digits)
    {
        if (!CodeText.AllAsciiDigits(digits) || Array.IndexOf(lengths, digits.Length) < 0)
        {
            return lengthMessage(digits);
        }

        return Array.IndexOf(firstDigits, digits[0]) < 0 ? firstDigitMessage(digits) : null;
    }

    /// <summary>True when <paramref name="digits"/> are exactly a code of this scheme (no spaces, no name).</summary>
    /// <param name="digits">The candidate digits.</param>
    /// <returns>Whether they are valid.</returns>
    public bool IsValid(string? digits) => digits is not null && Validate(digits) is null;

    /// <summary>Validates digits for a code factory.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
    /// <exception cref="ArgumentException">The digits are not a code of this scheme.</exception>
    public CodeDigits FromDigits(string digits)
    {
        if (digits is null)
        {
            throw new ArgumentNullException(nameof(digits));
        }

        var error = Validate(digits);
        return error is null ? new CodeDigits(digits) : throw new ArgumentException(error, nameof(digits));
    }

    /// <summary>Parses a code that stands alone in <paramref name="s"/> (see <see cref="TryParseLabelled"/> for the forms).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a code of this scheme, or text follows it.</exception>
    public CodeDigits Parse(string s)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        if (!TryParseLabelled(s, out var code, out var name, out var error))
        {
            throw new FormatException(error);
        }

        return name.Length == 0 ? code : throw new FormatException(Messages.TextAfterCode(s));
    }

    /// <summary>Tries to parse a code that stands alone in <paramref name="s"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="code">The code, or default on failure.</param>
    /// <returns>Whether the text was a code and nothing else.</returns>
    public bool TryParse(string? s, out CodeDigits code)
    {
        if (TryParseLabelled(s, out code, out var name, out _) && name.Length == 0)
        {
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>
    /// Parses a code at the start of <paramref name="text"/> as documents write it ("2010301", "201 03 01", "201|03|01",
    /// "[2010301]行政运行", full-width digits), with the document's own name after it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, or default on failure.</param>
    /// <param name="name">The name after the code, trimmed (empty when none).</param>
    /// <param name="error">The bilingual reason on failure, else empty.</param>
    /// <returns>Whether a code was found at the start.</returns>
    public bool TryParseLabelled(string? text, out CodeDigits code, out string name, out string error)
    {
        code = default;
        name = string.Empty;
        if (text is null)
        {
            error = Messages.NoText;
            return false;
        }

        if (!CodeText.TryScan(text, out var digits, out var rest, out var scanError))
        {
            error = Messages.InvalidCode(EnglishName, text, scanError);
            return false;
        }

        var validation = Validate(digits);
        if (validation is not null)
        {
            error = validation;
            return false;
        }

        code = new CodeDigits(digits);
        name = rest;
        error = string.Empty;
        return true;
    }
}
