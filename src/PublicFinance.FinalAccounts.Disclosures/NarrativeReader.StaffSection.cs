namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Staff lines written straight under 部门基本情况 without a 人员情况 heading (session 21, issue 8): "本部门编制数 48 人，实有人数
/// 45 人", "在职人员 35 名，退休人员 12 名" — the paragraph is inferred to be the 人员 section, so its counts are read.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The words that name a whole count of staff by its 编制 or 实有 (编制数, 实有人数 …); a paragraph is a staff paragraph only
    /// when one of them is followed by its own count (<see cref="StatesStaffCount"/>). 在职人员 or 离退休人员 alone never makes
    /// one: "现服务离退休人员共 3000 人" counts the people a unit serves (a false FA4301, outside review 21).
    /// </summary>
    /// <remarks>Session 56 (blind rounds 50–52): also "年末编制 38 名", "机关编制 14 名", "现有编制", and "实有在职人员 35 人" (the
    /// serving staff counted as actually held).</remarks>
    private static readonly string[] StaffWholeWords =
        ["编制数", "编制人数", "核定编制", "年末编制", "机关编制", "现有编制", "实有人数", "实有人员", "实有在职", "在编人员"];

    /// <summary>The verbs after which a count is of the people a unit serves, manages or answers for, not of its staff.</summary>
    private static readonly string[] ServedVerbs = ["服务", "管理", "负责", "联系", "帮扶", "慰问", "走访", "照顾", "救助", "保障"];

    /// <summary>Where the last count of the people a unit serves ends (its sentence, and the offset in the sentence), or null.</summary>
    private (int Sentence, int End)? servedEnd;

    /// <summary>
    /// Whether a count goes on a list of the people a unit serves ("服务管理市直离休干部 126 人、退休干部 2,418 人": the 退休干部
    /// are served too, not the unit's retired staff; session 56): in the sentence of such a count, joined to it by '、' with no
    /// clause mark between, and its own label names no 编制, 实有 or 在职.
    /// </summary>
    private bool ServedListGoesOn(ClauseView clause, NumberToken token, string label)
    {
        if (servedEnd is not { } served || served.Sentence != sentenceStart || label.Contains("编制") || label.Contains("实有")
            || label.Contains("在职"))
        {
            return false;
        }

        var text = clause.Sentence.Text;
        var at = Math.Min(clause.Start + token.Start, text.Length);
        if (at <= served.End)
        {
            return false;
        }

        var joined = false;
        for (var i = served.End; i < at; i++)
        {
            if (text[i] is ',' or ';' or '。' or ':')
            {
                return false;   // a clause mark: the served list has ended
            }

            joined |= text[i] == '、';
        }

        return joined;
    }

    /// <summary>
    /// Whether a staff count's label counts the people a unit serves ("现服务离退休人员共", "负责管理的退休干部"): one of
    /// <see cref="ServedVerbs"/> followed by more than a staff word of its own (管理人员, 服务岗位 and 负责人 are staff), and not
    /// by 编制, 实有 or 在编 ("参照公务员法管理的事业编制 5 人" is staff).
    /// </summary>
    private static bool CountsPeopleServed(string label)
    {
        foreach (var verb in ServedVerbs)
        {
            for (var at = label.IndexOf(verb, StringComparison.Ordinal); at >= 0;
                at = label.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var rest = label.Substring(at + verb.Length);
                if (rest.Length > 0 && !rest.StartsWith("人", StringComparison.Ordinal) && !rest.StartsWith("岗", StringComparison.Ordinal)
                    && !rest.StartsWith("工作人员", StringComparison.Ordinal) && !rest.StartsWith("类", StringComparison.Ordinal)
                    && !rest.Contains("编制") && !rest.Contains("实有") && !rest.Contains("在编"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph outside any section states a staff count: a word of <see cref="StaffWholeWords"/> followed — after
    /// at most a few words of its own (数, 为, 共, 有, 计, ':') and blanks — by a number and 人 or 名 ("编制数为 48 人",
    /// "在职人员 35 名"). A count after a direction word ("在职人员增加 5 人", a reason's) is none.
    /// </summary>
    internal static bool StatesStaffCount(string text)
    {
        foreach (var word in StaffWholeWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;
                at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (CountFollows(text, at + word.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a count in 人 or 名 follows at <paramref name="i"/> (blanks and 数 为 共 有 计 ':' before it).</summary>
    private static bool CountFollows(string text, int i)
    {
        var skipped = 0;
        while (i < text.Length && skipped < 4 && (text[i] == ' ' || "数为共有计:".IndexOf(text[i]) >= 0))
        {
            i++;
            skipped++;
        }

        var digits = i;
        while (i < text.Length && Scanner.IsDigit(text[i]))
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && (text[i] == '人' || text[i] == '名' && Scanner.IsPersonsMing(i + 1 < text.Length ? text[i + 1] : '\0'));
    }

    /// <summary>The categories a group of staff is split into after 中 ("在职人数中行政 55 人，事业 33 人").</summary>
    private static readonly string[] StaffCategories = ["行政", "事业", "工勤", "机关", "参公"];

    /// <summary>
    /// Whether a staff count is a category of the group named before 中 ("在职人数中行政 55 人": a part of 在职, not 在职 itself —
    /// placed as the whole it made FA4301 fail on a consistent text, dev corpus 04). A label with 编制 is left to
    /// <see cref="IsStaffCountWithoutField"/> ("编制数 48 人，其中行政编制…" as before).
    /// </summary>
    private static bool IsCategoryOfAGroup(string label)
    {
        var at = label.LastIndexOf('中');
        if (at < 0 || label.IndexOf("编制", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var rest = label.Substring(at + 1).TrimStart(' ', ':');
        foreach (var category in StaffCategories)
        {
            if (rest.StartsWith(category, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
