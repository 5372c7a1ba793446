namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (perf64, blind round 60 t07): a paragraph whose last sentence introduces the 绩效自评表 after it by the project's
/// name — "本处对全部4个项目开展绩效自评，涉及项目资金1862.35万元。部门整体支出绩效自评得分93.26分。其中，城市排水管网养护项目自评结果
/// 如下：" then <c>项目支出绩效自评表</c> and <c>|</c> rows without a 项目名称 row. The table reader names such a table from the line
/// before its title (session 63, <c>PerformanceTableReader.ProseNamedTables</c>) only when that line is one project's
/// self-evaluation (<see cref="ProseProjectName"/>); this one states the department's score and the projects' total, and the
/// evaluation was dropped for want of its name (every indicator and the 总分 lost).
/// </summary>
/// <remarks>
/// Precision first: only the paragraph's last sentence is read; it ends in ':' or 如下 / 下表, and is one clause naming one
/// project (<see cref="ProjectName"/>: no 等, 个, 、 or digit; no pronoun 该 / 本 / 全 … first) followed by 的 / 绩效 and 自评 or 评价,
/// then at most 结果 / 情况 / 表 and 如下 / 见下表. It states no figure (a score or an amount there is the prose reader's).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that may follow 项目 before the introduction's end, in order: (的)(绩效)自评/评价(结果/情况/表)(如下/见下表).</summary>
    private static readonly string[][] IntroductionWords =
    [
        ["的", string.Empty],
        ["绩效", string.Empty],
        ["自评", "评价"],
        ["结果", "情况", "表", string.Empty],
        ["如下", "详见下表", "见下表", "见附表", string.Empty],
    ];

    /// <summary>
    /// The project the last sentence of <paramref name="text"/> introduces the table after it by (see the type's remarks), with where
    /// its name stands in <paramref name="text"/>; <paramref name="among"/> tells whether 其中 comes before the name (the project is
    /// one of the evaluated: the tables are a selection).
    /// </summary>
    internal static bool IntroducedProjectName(string text, out string name, out int start, out int end, out bool among)
    {
        name = string.Empty;
        start = end = 0;
        among = false;
        var last = text.TrimEnd();
        var from = last.LastIndexOf('。', Math.Max(0, last.Length - 2)) + 1;
        var colon = last.EndsWith(":", StringComparison.Ordinal);
        var sentence = (colon ? last.Substring(0, last.Length - 1) : last).TrimEnd();
        if (sentence.Length - from < 6 || HasDigit(sentence.Substring(from)))
        {
            return false;
        }

        var project = sentence.LastIndexOf("项目", StringComparison.Ordinal);
        if (project < from + 2 || !IntroductionFollows(sentence, project + 2, out var introduced) || !colon && !introduced)
        {
            return false;
        }

        start = sentence.LastIndexOfAny([',', ';', ':'], project) + 1;
        start = Math.Max(start, from);
        while (start < project && sentence[start] == ' ')
        {
            start++;
        }

        if (string.CompareOrdinal(sentence, start, "其中", 0, 2) == 0)
        {
            start += 2;
        }

        among = sentence.IndexOf("其中", from, project - from, StringComparison.Ordinal) >= 0;

        end = project + 2;
        return end - start >= 4 && Array.IndexOf(ProjectPronouns, sentence[start]) < 0 && AllChinese(sentence, start, project)
            && ProjectName(sentence, start, end, out name, out _);
    }

    /// <summary>
    /// Whether the rest of <paramref name="sentence"/> after 项目 (at <paramref name="at"/>) is the words of
    /// <see cref="IntroductionWords"/> in order, 自评 or 评价 among them, and nothing else; <paramref name="introduced"/> tells
    /// whether it ends in 如下 or a 下表 / 附表.
    /// </summary>
    private static bool IntroductionFollows(string sentence, int at, out bool introduced)
    {
        introduced = false;
        foreach (var choices in IntroductionWords)
        {
            var taken = choices.FirstOrDefault(w => w.Length > 0 && string.CompareOrdinal(sentence, at, w, 0, w.Length) == 0);
            if (taken is null && !choices.Contains(string.Empty))
            {
                return false;
            }

            at += taken?.Length ?? 0;
            introduced |= taken is not null && choices == IntroductionWords[IntroductionWords.Length - 1];
        }

        return sentence.Substring(at).Trim().Length == 0;
    }
}
