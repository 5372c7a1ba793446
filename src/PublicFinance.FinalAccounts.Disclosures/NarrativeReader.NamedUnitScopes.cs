using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 56 (blind round 53, t04): a figure scoped to a unit of the department named by its own name — "其中，局本级基本支出
/// A 万元、项目支出 B 万元；淮安市财政国库支付中心基本支出 C 万元、项目支出 D 万元；…", "其中：市会计服务中心本年收入 E 万元" —
/// is that unit's figure, never the department's. Session 34 (<see cref="LevelScopedFigure"/>) knew the part's words (本级,
/// 所属单位, 下属单位); a unit named by its name was read as the department's 基本支出 and 项目支出 again, six false FA8003
/// Errors (the same figure stated twice). The model has no per-unit figures (<c>/entity/units</c> holds names and roles
/// only), so such a figure is a located note, like a 本级 figure.
/// </summary>
/// <remarks>
/// A unit is named when the stretch of the sentence since the last ';', or the clause since the last ',' or ':', opens
/// (after 其中 / 分别 / 分单位看) with a name directly followed by a figure's word (收入, 支出, 经费, 拨款…): a name of a
/// listed subordinate unit (<c>/entity/units</c>), or a name of at least three Chinese characters ending in a unit's
/// word (中心, 所, 站, 馆, 院, 队, 校, 园, 分局…). Never the department itself: not a name the department's name or the
/// title holds (哈密市动物疫病预防控制中心 in its own 说明), nor one that holds the department's name, nor 本中心 / 该所 / 各中心;
/// never a name of the functional classification (综合医院, 乡镇卫生院: a 项, not a unit).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a subordinate unit's name ends with (not 局, 委, 办: the department's own kinds).</summary>
    private static readonly string[] NamedUnitEnds =
    [
        "中心", "所", "站", "馆", "院", "队", "校", "园", "分局", "分院", "分会",
    ];

    /// <summary>The words a figure's label opens with after a unit's name (本年收入, 基本支出, 项目支出…).</summary>
    private static readonly string[] UnitFigureWords =
    [
        "本年收入", "本年支出", "收入", "支出", "基本支出", "项目支出", "财政拨款", "其他收入", "经费", "年初", "年末", "决算",
        "人员经费", "公用经费",
    ];

    /// <summary>The words before a unit's name that open a clause (其中, 分别, 分单位看) and are passed over.</summary>
    private static readonly string[] UnitClauseOpeners = ["其中", "分单位看", "分单位", "分别为", "分别"];

    /// <summary>The first characters of a name that speak of the department itself or of every unit (本中心, 各所).</summary>
    private const string NotANamedUnitStarts = "本我该各全其上下";

    /// <summary>The clause breaks before a unit's name: ',', ':' and ';' (half- or full-width).</summary>
    private static readonly char[] UnitClauseBreaks = [',', '，', ':', '：', ';', '；'];

    /// <summary>
    /// Whether the figure at <paramref name="at"/> (in the stretch from <paramref name="from"/>) is scoped to a unit named by
    /// its name (see the remarks): at the stretch's opening or at its clause's.
    /// </summary>
    private bool NamedUnitScope(string text, int from, int at)
    {
        if (NamedUnitOpens(text, from, at))
        {
            return true;
        }

        var clause = at > from ? text.LastIndexOfAny(UnitClauseBreaks, at - 1, at - from) : -1;
        return clause >= from && NamedUnitOpens(text, clause + 1, at);
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="at"/>) opens with a unit's name and a figure's word.</summary>
    private bool NamedUnitOpens(string text, int from, int at)
    {
        var start = SkipUnitClauseOpeners(text, from, at);
        var end = start;
        while (end < at && text[end] is >= '\u4e00' and <= '\u9fff')
        {
            end++;
        }

        // the name is the run up to its first figure's word (the earliest: "中心本年收入", never "中心本年" + "收入")
        for (var cut = start + 3; cut < end; cut++)
        {
            foreach (var word in UnitFigureWords)
            {
                if (cut + word.Length <= end && string.CompareOrdinal(text, cut, word, 0, word.Length) == 0)
                {
                    return NamedUnitAt(text, start, cut);
                }
            }
        }

        return false;
    }

    /// <summary>The place after the spaces, punctuation and openers (其中, 分别) at <paramref name="from"/>.</summary>
    private static int SkipUnitClauseOpeners(string text, int from, int at)
    {
        var start = from;
        var moved = true;
        while (moved && start < at)
        {
            moved = false;
            while (start < at && text[start] is ' ' or ',' or '，' or ':' or '：' or '“' or '"')
            {
                start++;
                moved = true;
            }

            foreach (var opener in UnitClauseOpeners)
            {
                if (start + opener.Length <= at && string.CompareOrdinal(text, start, opener, 0, opener.Length) == 0)
                {
                    start += opener.Length;
                    moved = true;
                    break;
                }
            }
        }

        return start;
    }

    /// <summary>
    /// <see cref="NamedUnit"/> of the name at [<paramref name="start"/>, <paramref name="end"/>), the name made only when it may
    /// be one: most figures' labels (一般公共服务支出, 比上年, 财政拨款) neither end in a unit's word nor are the name of a listed
    /// subordinate, and asking without making a string keeps the reader's allocation where it was (a text that lists its units
    /// made a string, a catalogue look-up and the units' pointers for every label: 11.6 KB a read of the seed, session 57).
    /// </summary>
    private bool NamedUnitAt(string text, int start, int end)
        => NotANamedUnitStarts.IndexOf(text[start]) < 0
            && (EndsInUnitWord(text, start, end) || ListedSubordinate(text, start, end))
            && NamedUnit(text.Substring(start, end - start));

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) ends in one of <see cref="NamedUnitEnds"/>.</summary>
    private static bool EndsInUnitWord(string text, int start, int end)
    {
        foreach (var word in NamedUnitEnds)
        {
            if (end - start >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> names a unit of the department other than the department itself.</summary>
    private bool NamedUnit(string name)
    {
        if (NotANamedUnitStarts.IndexOf(name[0]) >= 0 || name.EndsWith("网站", StringComparison.Ordinal)
            || ClassificationCatalogue.Default.FindFunctionalByName(name, null).Count > 0)
        {
            return false;
        }

        var entity = EntityName;
        var title = b.FindString("/source/title");
        if (entity is not null
                && (entity.IndexOf(name, StringComparison.Ordinal) >= 0 || name.IndexOf(entity, StringComparison.Ordinal) >= 0)
            || title is not null && title.IndexOf(name, StringComparison.Ordinal) >= 0)
        {
            return false;   // the department itself
        }

        return EndsInUnitWord(name, 0, name.Length) || ListedSubordinate(name);
    }

    /// <summary>Whether <paramref name="name"/> is a subordinate unit read into <c>/entity/units</c>.</summary>
    private bool ListedSubordinate(string name) => ListedSubordinate(name, 0, name.Length);

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> is the name of a subordinate unit
    /// read into <c>/entity/units</c> (role <c>subordinate</c>); compared in place, walking the list's nodes (no pointer or
    /// name string made).
    /// </summary>
    private bool ListedSubordinate(string text, int start, int end)
    {
        if (b.Find("/entity/units") is not { Kind: DraftKind.Array } units)
        {
            return false;
        }

        var length = end - start;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units.At(i);
            if (unit.Kind == DraftKind.Object
                && unit.Member("name") is { Kind: DraftKind.String } name && name.Text.Length == length
                && string.CompareOrdinal(name.Text, 0, text, start, length) == 0
                && unit.Member("role") is { Kind: DraftKind.String } role && role.Text == "subordinate")
            {
                return true;
            }
        }

        return false;
    }
}
