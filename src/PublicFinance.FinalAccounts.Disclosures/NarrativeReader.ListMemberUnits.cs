namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (lists51; blind round 47, t02): a list whose first amount alone carries its unit — "财政拨款收入3,402.10万元、事业
/// 收入168.50、其他收入47.82", "本年收入3,618.42万元、本年支出3,571.05、年初结转和结余215.30", and a total's parts after 其中
/// ("机关运行经费支出286.93万元，其中：办公费52.18、印刷费38.40"). The bare amounts were no figures at all (a number without a unit
/// is not read), so every member after the first was missed. A bare amount takes the unit of its list's first amount.
/// </summary>
/// <remarks>
/// Precision first: only inside one list — the bare number is a member "name + number" whose name (Chinese words, brackets, a
/// bracketed code, an opening 其中) follows a list separator (、 ， ,) or 其中： and names a subject, not a change or a share (no
/// 增 / 减 / 比 / 占 / 率 …); member by member back, through bare members of the same shape, to an amount with a unit of money
/// ending right before the separator; and the bare number ends its member (a separator, a full stop, the end). Never a year,
/// a code, a count or a percent: the number has decimals (or is a plain 0) and nothing but punctuation follows it. A list
/// whose first amount has no unit, or a member of another shape between, leaves the number bare, as before.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that make a list member's name a change, a share or a rate rather than a subject.</summary>
    private static readonly string[] NotAMemberName =
        ["增", "减", "降", "升", "长", "比", "较", "占", "率", "幅", "倍", "分值", "得分", "上年", "同比", "预算", "超", "节约"];

    /// <summary>The characters a bare list amount may be followed by (its member's end).</summary>
    private const string MemberEnds = "、，,；;。)）";

    /// <summary>The most members a list is walked back over.</summary>
    private const int MostListMembers = 24;

    /// <summary>
    /// <paramref name="number"/> with the unit of its list's first amount when it is a bare member of such a list in
    /// <paramref name="source"/> (see the type's remarks); otherwise unchanged.
    /// </summary>
    private static NumberToken ListMemberUnit(string source, NumberToken number)
    {
        if (number.Unit != FigureUnit.None || !BareListAmount(source, number))
        {
            return number;
        }

        var at = number.Start;
        for (var members = 0; members < MostListMembers; members++)
        {
            var before = MemberSeparatorBefore(source, at);
            if (before < 0 || PreviousNumber(source, before) is not { } previous)
            {
                return number;
            }

            if (previous.IsMoney)
            {
                return number.WithUnit(previous.Unit, previous.UnitText);
            }

            if (previous.Unit != FigureUnit.None || !BareListAmount(source, previous))
            {
                return number;
            }

            at = previous.Start;
        }

        return number;
    }

    /// <summary>
    /// Whether <paramref name="number"/> has the shape of a bare list amount: no sign, decimals (or a plain 0), and only a
    /// member's end (<see cref="MemberEnds"/>) or the end of <paramref name="source"/> after it.
    /// </summary>
    private static bool BareListAmount(string source, NumberToken number)
    {
        if (number.Value < 0 || number.Decimals == 0 && number.Value != 0)
        {
            return false;
        }

        var after = number.End;
        while (after < source.Length && source[after] == ' ')
        {
            after++;
        }

        return after >= source.Length || MemberEnds.IndexOf(source[after]) >= 0;
    }

    /// <summary>
    /// Where the separator before the member whose number starts at <paramref name="numberAt"/> ends the previous member —
    /// the index just before the 、 ， , (or the ，/、 before "其中："), after the member's name (see the remarks) — or -1
    /// when the number is not a list member.
    /// </summary>
    private static int MemberSeparatorBefore(string source, int numberAt)
    {
        var i = numberAt - 1;
        while (i >= 0 && source[i] == ' ')
        {
            i--;
        }

        var nameEnd = i + 1;
        var depth = 0;
        var words = 0;
        for (; i >= 0; i--)
        {
            var c = source[i];
            if (c is ')' or '）')
            {
                depth++;
            }
            else if (c is '(' or '（')
            {
                depth--;
                if (depth < 0)
                {
                    return -1;
                }
            }
            else if (c is >= '\u4e00' and <= '\u9fff')
            {
                words++;
            }
            else if (!(depth > 0 && Scanner.IsDigit(c) || c is '“' or '”' or '"' or ' ' or '　'))
            {
                break;
            }
        }

        if (i < 0 || depth != 0 || words < 2 || nameEnd - i > 40)
        {
            return -1;
        }

        var name = source.Substring(i + 1, nameEnd - i - 1);
        foreach (var word in NotAMemberName)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        var separator = source[i];
        if (separator is ':' or '：')
        {
            if (i < 2 || source[i - 1] != '中' || source[i - 2] != '其' || i < 3 || source[i - 3] is not ('，' or ','))
            {
                return -1;
            }

            i -= 3;   // "…286.93万元，其中：办公费52.18": the total's unit is the list's
        }
        else if (separator is not ('、' or '，' or ','))
        {
            return -1;
        }

        i--;
        while (i >= 0 && source[i] == ' ')
        {
            i--;
        }

        return i;
    }

    /// <summary>The number of <paramref name="source"/> whose last character (its unit's) is at <paramref name="last"/>, if any.</summary>
    private static NumberToken? PreviousNumber(string source, int last)
    {
        var from = source.LastIndexOf('。', last) + 1;
        var next = from;
        NumberToken? found = null;
        while (Scanner.NextIn(source, from, last + 1, ref next, out var token))
        {
            found = token.End == last + 1 ? token : null;
        }

        return found;
    }
}
