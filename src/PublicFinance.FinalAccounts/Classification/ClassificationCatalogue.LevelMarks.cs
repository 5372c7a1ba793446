namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// Session 43 (blind round 40, t02): the level mark a document writes after a name — "社會保障和就業支出（類）（208）",
/// "住房保障支出（类）", "行政运行（项）" — says which level the name is (类, 款, 项, with their Traditional forms 類 and 項), and
/// is no part of the name: FA5003 compared "社会保障和就业支出(类)" with the catalogue's "社会保障和就业支出" and warned of a
/// mismatch. The mark is dropped before the comparison only when it is the code's own level (三位 类, 五位 款, 七位 项): a name
/// marked with another level keeps its mark and is judged as written.
/// </summary>
public sealed partial class ClassificationCatalogue
{
    /// <summary>
    /// <paramref name="name"/> without a level mark at its end — "(类)", "（款）", "(項)" … in half- or full-width brackets,
    /// blanks around it ignored — when the mark is the level of a code of <paramref name="codeLength"/> digits; else the name.
    /// </summary>
    internal static string WithoutLevelMark(string name, int codeLength)
    {
        var end = name.Length;
        while (end > 0 && char.IsWhiteSpace(name[end - 1]))
        {
            end--;
        }

        if (end < 4 || HalfWidth(name[end - 1]) != ')' || HalfWidth(name[end - 3]) != '(' || !IsLevelOf(name[end - 2], codeLength))
        {
            return name;
        }

        return name.Substring(0, end - 3).TrimEnd();
    }

    /// <summary>Whether <paramref name="mark"/> (类 or 類, 款, 项 or 項) is the level of a code of <paramref name="codeLength"/>
    /// digits.</summary>
    private static bool IsLevelOf(char mark, int codeLength) => codeLength switch
    {
        3 => mark is '类' or '類',
        5 => mark == '款',
        7 => mark is '项' or '項',
        _ => false,
    };
}
