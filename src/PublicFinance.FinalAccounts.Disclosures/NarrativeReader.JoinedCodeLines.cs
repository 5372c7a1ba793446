namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 45, t03): lines of functional items written code first with their level path — "2010301 一般公共服务
/// 支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）1024.36万元" — in a text whose lines end without 。, so a line's label
/// starts with the words the line before ended with ("主要用于", "与上年持平"): "主要用于2010301 一般公共服务支出(类)…(项)". The code
/// was not first in the label, and the level path's 类 name held the code and the words (a digit: no item), so the amount
/// was an unplaced note. A label holding such a code-first path after other words is now read from the code on.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A 项 written code first with its whole level path after the code — "2120101 城乡社区支出(类)城乡社区管理事务(款)行政运行(项)":
    /// the code, and the 类, 款 and 项 names the path gives (before, the path's 类 name held the code, a digit: no item unless
    /// the line stood alone). False for any other label.
    /// </summary>
    private static bool CodeFirstLevelPath(string label, int year, out FunctionalName name)
    {
        name = default;
        if (!CodeFirst(label, out var codeStart, out var codeEnd, out var nameStart) || codeEnd - codeStart != 7
            || label.IndexOf("(项)", nameStart, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        if (!TryFunctionalNameAt(label.Substring(nameStart), year, out var path) || path.Code is not null || path.SectionName is null)
        {
            return false;
        }

        name = path with { Code = label.Substring(codeStart, codeEnd - codeStart), RestStart = path.RestStart + nameStart };
        return true;
    }

    /// <summary>
    /// Where a code-first item path starts in <paramref name="label"/> after other words: seven digits, the first a 2, right
    /// after a character that is no digit, no bracket and no letter of a code ("主要用于2010301"), then a space and a name, and
    /// a level mark ((类), (款) or (项)) after the code; 0 when there is none (the code first, or no such path).
    /// </summary>
    internal static int JoinedCodeFirstLine(string label)
    {
        for (var at = 1; at + 8 < label.Length; at++)
        {
            if (label[at] != '2' || Scanner.IsDigit(label[at - 1]) || label[at - 1] is '(' or '[' or '【' or '〔' or '.' or '-')
            {
                continue;
            }

            var end = at;
            while (end < label.Length && Scanner.IsDigit(label[end]))
            {
                end++;
            }

            if (end - at == 7 && end + 1 < label.Length && label[end] == ' ' && !Scanner.IsDigit(label[end + 1])
                && (label.IndexOf("(项)", end, StringComparison.Ordinal) > 0 || label.IndexOf("(款)", end, StringComparison.Ordinal) > 0))
            {
                return at;
            }

            at = end;
        }

        return 0;
    }
}
