using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A functional item whose code is written after its level mark (blind round 38, family 1): "（二）社会保障和就业支出（类）208：
/// 年初预算为…，支出决算为…", "其中：行政运行（项）2013801：年初预算为…", "事业运行（项）（科目编码2130104）：调整预算…". The code
/// has the mark's length (（类） three digits, （款） five, （项） seven) and is the item's code, as a code in brackets after the name
/// is (<see cref="LevelPathBeforeCode"/>). Before, a 类 with its code after the mark named no item, and sibling 类 blocks were
/// read as the section total's budget comparison, one over the other (false FA8003, FA1208, FA2205, FA2201, FA2203).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The lengths of the codes of <see cref="FunctionalLevelMarks"/>, in their order (类, 款, 项).</summary>
    private static readonly int[] FunctionalLevelCodeLengths = [3, 5, 7];

    /// <summary>
    /// <see cref="TryFunctionalName"/> for a label whose name ends with a level mark followed by the code of that level —
    /// bare ("(类)208:") or in brackets, with or without a code word ("(项)(2013801)", "(项)(科目编码2130104)"): the name (a
    /// level path is split into its 类, 款 and 项 names), the code, and the rest of the label after the code. The last mark
    /// followed by a code is taken; a name with a digit, or a code of another length than its mark's, is none.
    /// </summary>
    private static bool CodeAfterLevelMark(string label, int year, out FunctionalName name)
    {
        name = default;
        for (var level = FunctionalLevelMarks.Length - 1; level >= 0; level--)
        {
            var mark = label.LastIndexOf(FunctionalLevelMarks[level], StringComparison.Ordinal);
            if (mark < 0 || !CodeAfterMark(label, mark + FunctionalLevelMarks[level].Length, FunctionalLevelCodeLengths[level],
                    out var code, out var restStart))
            {
                continue;
            }

            var start = AfterListLead(label, LabelNameStart(label), mark);   // "…主要用于一般公共服务支出（类）…"
            if (mark <= start)
            {
                return false;
            }

            var path = label.Substring(start, mark + FunctionalLevelMarks[level].Length - start).Trim();
            if (level == 0)
            {
                var className = path.Substring(0, path.Length - FunctionalLevelMarks[0].Length).Trim();
                if (className.Length < 2 || HasDigit(className) || className.IndexOf('(') >= 0)
                {
                    return false;
                }

                name = new FunctionalName(code, null, null, className, restStart);
                return true;
            }

            if (!TryFunctionalName(path, year, out var levels) || levels.Code is not null || levels.RestStart != path.Length)
            {
                return false;
            }

            name = new FunctionalName(code, levels.ClassName, levels.SectionName, levels.Name, restStart);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a functional code of <paramref name="length"/> digits stands at <paramref name="at"/>, after a level mark: bare
    /// and not followed by another digit, or in brackets after an optional code word (<see cref="CellCodeWords"/>, with an
    /// optional ':'). <paramref name="restStart"/> is where the label goes on after it.
    /// </summary>
    private static bool CodeAfterMark(string label, int at, int length, out string code, out int restStart)
    {
        code = string.Empty;
        restStart = at;
        while (at < label.Length && label[at] == ' ')
        {
            at++;
        }

        var close = at < label.Length ? ClosingCodeBracket(label[at]) : '\0';
        var bracketed = close != '\0';
        if (bracketed)
        {
            at++;
            foreach (var word in CellCodeWords)
            {
                if (string.CompareOrdinal(label, at, word, 0, word.Length) == 0)
                {
                    at += word.Length;
                    break;
                }
            }

            while (at < label.Length && (label[at] is ' ' or ':'))
            {
                at++;
            }
        }

        var end = at;
        while (end < label.Length && Scanner.IsDigit(label[end]))
        {
            end++;
        }

        if (end - at != length || label[at] != '2' || bracketed && (end >= label.Length || label[end] != close)
            || !FunctionalCode.IsValid(label.Substring(at, length)))
        {
            return false;
        }

        code = label.Substring(at, length);
        restStart = bracketed ? end + 1 : end;
        return true;
    }

    /// <summary>
    /// The bracket closing a code opened by <paramref name="open"/> after a level mark — "(2013801)", and (session 48, blind
    /// round 45) "[2040401]", "【2040401】", "〔2040401〕" — or '\0' when <paramref name="open"/> opens no code.
    /// </summary>
    private static char ClosingCodeBracket(char open) => open switch
    {
        '(' => ')',
        '[' => ']',
        '【' => '】',
        '〔' => '〕',
        _ => '\0',
    };

    /// <summary>
    /// Where a level path's name starts in <paramref name="label"/> when a list's lead word stands between
    /// <paramref name="start"/> and the first level mark at <paramref name="mark"/> (blind round 38, family 6): after the last
    /// of <see cref="ComponentListWords"/> ("一般公共预算财政拨款支出主要用于一般公共服务支出（类）" names 一般公共服务支出, not the
    /// whole head). A lead word at the start is the name's own ("用于体育事业的彩票公益金（项）"): kept.
    /// </summary>
    private static int AfterListLead(string label, int start, int mark)
    {
        var after = start;
        foreach (var word in ComponentListWords)
        {
            var at = mark - start < word.Length ? -1 : label.LastIndexOf(word, mark - 1, mark - start, StringComparison.Ordinal);
            if (at > start && at + word.Length > after)
            {
                after = at + word.Length;
            }
        }

        return after;
    }

    /// <summary><paramref name="head"/> (the words before a class's level mark) after its last list lead word
    /// (<see cref="AfterListLead"/>): "一般公共预算财政拨款支出主要用于一般公共服务支出" → "一般公共服务支出".</summary>
    private static string AfterListLeadWord(string head) => head.Substring(AfterListLead(head, 0, head.Length));
}
