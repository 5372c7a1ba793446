namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A change written with a minus sign and no direction word (session 39, blind round 37, family 4): "较上年变动-12.30万元，
/// 变动率-1.23%", "同比-0.41万". Before, the change had no direction and was noted, not placed. After a neutral change word
/// (变动, 变化, 增减, 同比 and their 额 / 率 / 幅度 forms, or 较上年 / 比上年 alone) the sign is the direction: a negative figure
/// is a decrease of its magnitude. A figure without a sign after such a word stays a note (nothing says which way it went),
/// and a negative figure after a direction word is <see cref="SignedChange"/>'s.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that name a change without its direction, at the end of a figure's label.</summary>
    private static readonly string[] NeutralChangeWords =
    [
        "变动", "变化", "增减", "变动额", "变化额", "增减额", "变动数", "增减数", "变动率", "变化率", "增减率", "变动幅度",
        "变化幅度", "增减幅度", "同比", "较上年", "比上年",

        // Session 53 (blind round 50, t03): "比上年增（减）-73.16万元（-3.78%）" — the signed change of a template's 增（减）column
        // written as prose; before, the figure was read as a negative prior-year amount (false FA6001, FA2107).
        "增(减)", "增（减）", "增(减)额", "增（减）额", "增(减)率", "增（减）率", "增加(减少)", "增加（减少）",
    ];

    /// <summary>
    /// Gives a negative <paramref name="token"/> whose label ends with a neutral change word (<see cref="NeutralChangeWords"/>,
    /// "为" or white space after it allowed) and names no direction the direction "decrease" and its magnitude; else both
    /// are left as they are.
    /// </summary>
    private static void SignedNeutralChange(string label, ref NumberToken token, ref string? direction)
    {
        var plus = token.Value > 0 && token.HasPlusSign;   // session 52: "增减+25.86万元" is an increase
        if (direction is not null || !token.IsNegative && !plus)
        {
            return;
        }

        var trimmed = label.TrimEnd();
        if (trimmed.EndsWith("为", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 1).TrimEnd();
        }

        // Session 41: a loop, not Any with a lambda — the lambda's captured local made the method allocate its closure at
        // every call (before the first return), ≈ 4,000 a figure-dense read of 64 Ki characters.
        if (!EndsWithAny(trimmed, trimmed.Length, NeutralChangeWords))
        {
            return;
        }

        if (plus)
        {
            direction = "increase";
            return;
        }

        token = Magnitude(token);
        direction = "decrease";
    }

    /// <summary>A negative <paramref name="token"/> as its magnitude (the minus sign left out of its digits).</summary>
    private static NumberToken Magnitude(NumberToken token)
    {
        var digits = token.Digits;
        return new NumberToken(token.Start, token.End, digits.Substring(digits.IndexOf('-') + 1), -token.Value, token.Decimals,
            token.Unit, token.UnitText);
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> states a change by its sign — a neutral
    /// change word (<see cref="NeutralChangeWords"/>) then, past "为" or white space, a minus sign and a digit ("变动-12.30"):
    /// such a change is a direction of its sentence, so a weak reason marker after it (主要是…) is its reason, as after 减少.
    /// Session 52: a plus sign too ("增减+25.86万元").
    /// </summary>
    private static bool SignedNeutralChangeIn(string t, int from, int to)
    {
        for (var p = t.IndexOfAny(Signs, from, to - from); p >= 0 && p + 1 < to; p = t.IndexOfAny(Signs, p + 1, to - p - 1))
        {
            var end = p;
            while (end > from && (t[end - 1] == ' ' || t[end - 1] == '为'))
            {
                end--;
            }

            var before = t.Substring(from, end - from);
            if (Scanner.IsDigit(t[p + 1]) && NeutralChangeWords.Any(w => before.EndsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The signs a neutral change word may be followed by.</summary>
    private static readonly char[] Signs = ['-', '+'];
}
