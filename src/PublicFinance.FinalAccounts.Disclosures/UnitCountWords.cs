using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8, FA8004): what a text says of how many units its department has (单位构成). 本单位 is the wrong word
/// only for a department of several units (a 部门决算 consolidates the department's own 本级 and its 所属单位); a text that
/// lists or counts more than one unit shows it is one, and a text that says it has no 所属单位 (or only its 本级) shows
/// it is not. Counts are read as written: digits, or the Chinese numerals 两 and 二 … 十 (一 and 零 are not several).
/// </summary>
internal static class UnitCountWords
{
    /// <summary>A count of 所属/下属/二级 units, the word before the number: "所属单位共3个", "下属事业单位2家".</summary>
    private static readonly Regex CountAfter = new(
        @"(?:所属|下属|下设|下辖|二级|基层)(?:的)?(?:预算|行政|事业|行政事业|全额拨款|差额拨款)?(?:单位|事业单位)"
            + @"(?:共有|共计|合计|共|有|包括|为)?\s*([0-9０-９]+|[两二三四五六七八九十百]+)\s*(?:个|家)",
        RegexOptions.CultureInvariant);

    /// <summary>A count of units, the number before the word: "本级和3个所属单位", "5个二级预算单位".</summary>
    private static readonly Regex CountBefore = new(
        @"([0-9０-９]+|[两二三四五六七八九十百]+)\s*(?:个|家)(?:所属|下属|二级|基层)(?:的)?(?:预算|行政|事业|行政事业)?单位"
            + @"|([0-9０-９]+|[两二三四五六七八九十百]+)\s*个(?:二级|基层)?预算单位",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The department's own 本级 and its units below it, named together: "局本级及所属单位", "本级和下属3个事业单位" — two units
    /// at least, whatever the count.
    /// </summary>
    private static readonly Regex SelfAndBelow = new(
        @"本级(?:及|和|与|以及|、)(?:其)?(?:[0-9０-９]+个|[两二三四五六七八九十]+个)?(?:所属|下属|二级|下设)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The units in the scope of the department's 决算 (纳入…决算编制范围的单位): a count ("共12个"), or a list after 包括/有
    /// whose items are parted by 、；和 及 ("包括：局本级、县疾控中心").
    /// </summary>
    private static readonly Regex Scope = new(
        @"编制范围的?(?:二级)?(?:预算)?单位(?:共有|共计|合计|共|有|包括|为)?\s*([0-9０-９]+|[两二三四五六七八九十百]+)\s*(?:个|家)"
            + @"|编制范围的?(?:二级)?(?:预算)?单位(?:包括|有|为)[：:]?([^。]{1,200})",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A text's word that its department is one unit: 无/没有 所属 units, or only its 本级 in the 决算's scope ("纳入…编制范围的
    /// 单位只有局本级", "所属单位1个" is read by the counts above as not several).
    /// </summary>
    private static readonly Regex OneUnit = new(
        @"(?:无|没有|不含|未设)(?:下属|所属|二级|下级|下设)(?:的)?(?:预算|行政|事业|行政事业)?单位"
            + @"|(?:只有|仅有|仅含|仅为|仅包括|只包括|仅)[^。，,]{0,12}本级"
            + @"|编制范围的?(?:二级)?(?:预算)?单位(?:只有|仅有|仅|共|为)?\s*(?:1|１|一)\s*个",
        RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="text"/> counts or lists more than one unit of the department.</summary>
    public static bool SaysSeveralUnits(string text)
    {
        for (var m = CountAfter.Match(text); m.Success; m = m.NextMatch())
        {
            if (Several(m.Groups[1].Value))
            {
                return true;
            }
        }

        for (var m = CountBefore.Match(text); m.Success; m = m.NextMatch())
        {
            if (Several(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            {
                return true;
            }
        }

        if (SelfAndBelow.IsMatch(text))
        {
            return true;
        }

        for (var m = Scope.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Groups[1].Success ? Several(m.Groups[1].Value) : ListsTwo(m.Groups[2].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> says its department has no unit below it, or only its 本级.</summary>
    public static bool SaysOneUnit(string text) => OneUnit.IsMatch(text);

    /// <summary>Whether a list after 包括 has two items or more (a 、；; 和 or 及 between them).</summary>
    private static bool ListsTwo(string list) =>
        list.IndexOfAny(['、', '；', ';', '和', '及']) > 0;

    /// <summary>Whether a written count is two or more: digits (full-width too), or Chinese numerals other than 一/零.</summary>
    internal static bool Several(string count)
    {
        if (count.Length == 0)
        {
            return false;
        }

        if (count[0] is >= '0' and <= '9' or >= '０' and <= '９')
        {
            var n = 0;
            foreach (var c in count)
            {
                n = n * 10 + (c >= '０' ? c - '０' : c - '0');
                if (n >= 2)
                {
                    return true;   // no overflow: a long count is several as soon as it reaches 2
                }
            }

            return false;
        }

        return count is not ("一" or "零");
    }
}
