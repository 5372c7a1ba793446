using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The level mark that closes the name of an item written code first (session 38, issue 8): "2240101行政运行（项）",
/// "2240106安全监管［项］", "2240106安全监管【项】", "20101人大事务（款）", "201一般公共服务支出（类）". The mark is the code's level
/// (（项） seven digits, （款） five, （类） three) in round, square or lenticular brackets (the full-width round and square ones
/// are normalised to ASCII before reading). It is never part of the name, wherever the line stands: the paragraph-head reader
/// (<c>TryFunctionalItem</c>) and the clause reader (<see cref="CodeFirstWithLevel"/>) both take it off, so the second of
/// several coded lines is named as the first is (blind round 35; a false FA5003 "行政运行(项)" before), and a square mark on
/// the first line no longer leaves the item's figures to the section total's budget comparison (a false FA2205).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The level word of a code's length: 项 for seven digits, 款 for five, 类 for three.</summary>
    private static char LevelWord(int codeLength) => codeLength switch { 7 => '项', 5 => '款', _ => '类' };

    /// <summary>
    /// Where the first level mark of a code of <paramref name="codeLength"/> digits starts in <paramref name="text"/> at or after
    /// <paramref name="from"/> — "(项)", "[项]" or "【项】" — and its <paramref name="length"/>; -1 when there is none.
    /// </summary>
    internal static int LevelMarkIndex(string text, int from, int codeLength, out int length)
    {
        length = 3;
        if (text.Length < 3 || from > text.Length - 2)
        {
            return -1;   // no room for "(项)": a code alone on its line ("201") has an empty name (blind round 44 t05)
        }

        var word = LevelWord(codeLength);
        for (var i = text.IndexOf(word, Math.Max(from, 1)); i > 0 && i + 1 < text.Length; i = text.IndexOf(word, i + 1))
        {
            if ((text[i - 1], text[i + 1]) is ('(', ')') or ('[', ']') or ('【', '】'))
            {
                return i - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="name"/> without the level mark of a code of <paramref name="codeLength"/> digits at its end
    /// ("行政运行(项)" → "行政运行"); the name as it is when it ends with no mark or with another level's (a 7-digit code named
    /// "…(款)" keeps it: a mismatch the name check may report).
    /// </summary>
    internal static string WithoutLevelMark(string name, int codeLength)
    {
        var trimmed = name.TrimEnd();
        var mark = LevelMarkIndex(trimmed, 0, codeLength, out var length);
        return mark > 0 && mark + length == trimmed.Length ? trimmed.Substring(0, mark).TrimEnd() : name;
    }

    /// <summary>
    /// An item name written after its 类 and 款 names with its code first: "灾害防治及应急管理支出（类）应急管理事务（款）2240106安全监管
    /// （项）". The written name (between the 款's mark and the 项's) is a code of seven digits and a name without digits; the code
    /// must be valid and, when the 款's code is known, under it. Gives the name and the code.
    /// </summary>
    private static bool CodedLevelName(string written, FunctionalCode section, out string name, out FunctionalCode code)
    {
        name = string.Empty;
        if (!MayStartCode(written) || !FunctionalCode.TryParseLabelled(written, out code, out var labelled)
            || code.IsDefault || code.Value.Length != 7 || labelled.Length < 2 || HasDigit(labelled) || !IsLevelName(labelled)
            || (!section.IsDefault && !code.Value.StartsWith(section.Value, StringComparison.Ordinal)))
        {
            code = default;
            return false;
        }

        name = labelled;
        return true;
    }

    /// <summary>
    /// Whether a clause holds a 项 or 款 mark in square or lenticular brackets ("[项]", "【款】"): the clause reader's test for
    /// an item's name alone (<see cref="ItemNameClause"/>) besides the round ones; only a code written first takes such a name
    /// (<see cref="CodeFirstWithLevel"/>).
    /// </summary>
    private static bool HasBracketedLevelMark(ClauseView clause)
        => clause.Contains("[项]") || clause.Contains("【项】") || clause.Contains("[款]") || clause.Contains("【款】");

    /// <summary>
    /// Whether a paragraph may open with a code (<see cref="MayStartCode"/>), at its start or after an entry number in
    /// brackets or a circled one ("(1)2240101行政运行(项)：…", "①2240101…"; session 38: before, such a line was no item and its
    /// figures went to the section total's budget comparison, a false FA2205); <paramref name="codeAt"/> is where the code
    /// starts. ("1、" and "1." are taken off before the paragraph's head is read.)
    /// </summary>
    private static bool CodeHead(string text, out int codeAt)
    {
        codeAt = 0;
        if (MayStartCode(text))
        {
            return true;
        }

        codeAt = text.Length > 3 && (text[0] == '(' || text[0] is >= '\u2460' and <= '\u2473') ? EntryNumberEnd(text) : 0;
        return codeAt > 0 && codeAt < text.Length && MayStartCode(text.Substring(codeAt));
    }
}
