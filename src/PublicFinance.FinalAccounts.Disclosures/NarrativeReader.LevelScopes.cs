using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (issue 8): figures stated for a part of the department — its own level (本级: "其中：本级支出…", "机关本级收入
/// 总计…", "部门本级…") or its units (所属单位, 所属事业单位, 下属单位, 二级预算单位…) — beside, before or after the department's
/// whole figure. The model holds the department's figures only, so such a figure is a located note, never the department's:
/// before, "机关本级收入总计 X" after "收入总计 Y" was the same figure stated twice (a false FA8003 Error), "本级支出合计 X，其中：
/// 基本支出…" gave three, and "本级收入总计 X" read first took the department's place.
/// </summary>
/// <remarks>
/// A part's word holds from where it is written to the next ';' or the end of the sentence ("机关本级收入 A 万元，支出 B 万元；
/// 所属单位…": A and B are the 本级's). It is no part's word when the stretch speaks of the whole (本级和所属单位, 局机关及下属单位,
/// 汇总); when 本级 is a level of government (省/市/区/县/州/镇/乡 本级: "区本级…", "镇本级“三公”经费" — the report's own
/// scope) or a source of funds (本级财政, 本级资金); when the title says the report is the 本级's (某局（本级）) or the text
/// says the department is its 本级 alone (仅包括局机关本级, 无下属单位); and, for 本级, in the 机关运行经费 section, whose
/// figure is the 机关's by definition ("局机关本级机关运行经费支出…"). Counts are not affected (a unit count is no amount).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The levels of government whose 本级 is a government's own level, not a department's (区本级, 镇本级).</summary>
    private const string GovernmentLevelChars = "省市区县州镇乡旗盟";

    /// <summary>What follows 本级 when it names a source of funds or a government body, not the department's own level.</summary>
    private static readonly string[] NotAPartAfterSelf = ["财政", "资金", "政府", "预算", "人大", "党委", "拨款"];

    /// <summary>Words that make a stretch speak of the whole department (本级 and its units together, a 汇总).</summary>
    private static readonly string[] WholeDepartmentWords =
        ["和所属", "及所属", "含所属", "与所属", "和下属", "及下属", "含下属", "与下属", "本级和", "本级及", "本级与", "本级、", "汇总", "全部门"];

    /// <summary>Words that say the department is its 本级 alone: its 本级 figures are the department's.</summary>
    private static readonly string[] SelfOnlyWords =
        ["仅包括", "仅含", "只包括", "只有", "含所属", "无下属", "无所属", "不含下属", "不含所属", "无二级"];

    /// <summary>The unit words after 所属, 下属 or 直属 (within a few characters: 所属事业单位, 下属二级预算单位).</summary>
    private static readonly string[] SubordinateStarts = ["所属", "下属", "直属"];

    /// <summary>Whether the text was looked at for <see cref="SelfOnlyWords"/> (once, at the first part's word).</summary>
    private bool selfOnlyKnown;

    /// <summary>Whether the department is its 本级 alone (the title's 本级, or the text's 仅包括…本级).</summary>
    private bool selfOnly;

    /// <summary>The characters a part's word holds (本级, 所属, 下属, 直属, 二级): a stretch without them is passed over.</summary>
    private static readonly char[] PartWordChars = ['级', '属'];

    /// <summary>The ends of a part's stretch before a figure: a ';' (half- or full-width).</summary>
    private static readonly char[] PartStretchEnds = [';', '；'];

    /// <summary>The last of <see cref="PartWordChars"/> before a figure of the sentence (session 39).</summary>
    private readonly LastCharBefore partChars = new(PartWordChars);

    /// <summary>The last of <see cref="PartStretchEnds"/> before a figure of the sentence (session 39).</summary>
    private readonly LastCharBefore stretchEnds = new(PartStretchEnds);

    /// <summary>
    /// Whether the amount, rate or share <paramref name="token"/>, at <paramref name="at"/> in the normalised text, is
    /// stated for a part of the department (<see cref="PartWordBefore"/>) in the stretch of its sentence since the last ';':
    /// then it is a located note and is not read.
    /// </summary>
    private bool LevelScopedFigure(int at, NumberToken token, SourceSpan span, ClauseView clause)
    {
        var text = b.Text;
        if (token.Unit is FigureUnit.Count or FigureUnit.Area or FigureUnit.None || section is Section.None or Section.Other
            || at <= sentenceStart || at > text.Length)
        {
            return false;
        }

        // Session 39: the last part's character and ';' since the sentence's start come from scans that go on from the last
        // figure's place (LastCharBefore), not from searches back to the sentence's start at every figure.
        var lastPartChar = partChars.Find(text, sentenceStart, at);
        var from = PartStretchStart(text, at);
        if ((lastPartChar < from || !PartWordBefore(text, from, at)) && !NamedUnitScope(text, from, at))
        {
            return false;   // session 56: or a unit named by its name (NarrativeReader.NamedUnitScopes.cs)
        }

        Note(span, DisclosureMessages.FigureOfAPart, clause);
        return true;
    }

    /// <summary>
    /// Where the stretch of the sentence before <paramref name="at"/> begins: after the last ';', or before it when the
    /// text after it opens with 其中 ("本级支出 A 万元；其中：基本支出 B 万元" — B is still the 本级's).
    /// </summary>
    private int PartStretchStart(string text, int at)
    {
        var end = at;
        while (end > sentenceStart)
        {
            var semicolon = end == at ? stretchEnds.Find(text, sentenceStart, at)
                : text.LastIndexOfAny(PartStretchEnds, end - 1, end - sentenceStart);
            if (semicolon < 0)
            {
                return sentenceStart;
            }

            var next = semicolon + 1;
            while (next < at && text[next] == ' ')
            {
                next++;
            }

            if (string.CompareOrdinal(text, next, "其中", 0, 2) != 0)
            {
                return semicolon + 1;
            }

            end = semicolon;
        }

        return sentenceStart;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) names a part of the department (see the remarks).</summary>
    internal bool PartWordBefore(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var stretch = text.Substring(from, to - from);
        foreach (var whole in WholeDepartmentWords)
        {
            if (stretch.IndexOf(whole, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return SubordinateIn(stretch) || SelfLevelIn(stretch);
    }

    /// <summary>所属 / 下属 / 直属 before 单位 within six characters (所属事业单位), or 二级单位 / 二级预算单位.</summary>
    private static bool SubordinateIn(string stretch)
    {
        if (stretch.IndexOf("二级单位", StringComparison.Ordinal) >= 0 || stretch.IndexOf("二级预算单位", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        foreach (var start in SubordinateStarts)
        {
            for (var at = stretch.IndexOf(start, StringComparison.Ordinal); at >= 0;
                at = stretch.IndexOf(start, at + 2, StringComparison.Ordinal))
            {
                var unit = stretch.IndexOf("单位", at + 2, StringComparison.Ordinal);
                if (unit >= 0 && unit - (at + 2) <= 6 && NoPunctuation(stretch, at + 2, unit))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether [from, to) of <paramref name="text"/> holds no punctuation (the words belong together).</summary>
    private static bool NoPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is ',' or '，' or ';' or '；' or ':' or '：' or '。' or '、' or '(' or ')' or '（' or '）')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>本级 as the department's own level (not a government's, a source of funds, or a 本级-only report's).</summary>
    private bool SelfLevelIn(string stretch)
    {
        if (section == Section.OperatingExpenses)
        {
            return false;   // "局机关本级机关运行经费支出 X 万元": the 机关's figure is the department's by definition
        }

        for (var at = stretch.IndexOf("本级", StringComparison.Ordinal); at >= 0;
            at = stretch.IndexOf("本级", at + 2, StringComparison.Ordinal))
        {
            if (at > 0 && GovernmentLevelChars.IndexOf(stretch[at - 1]) >= 0)
            {
                continue;   // 区本级, 镇本级: a government's own level
            }

            var after = at + 2;
            if (NotAPartAfterSelf.Any(w => string.CompareOrdinal(stretch, after, w, 0, w.Length) == 0))
            {
                continue;   // 本级财政拨款, 本级资金: a source of funds
            }

            return !SelfOnly();
        }

        return false;
    }

    /// <summary>
    /// Whether the department is its 本级 alone: its title says 本级 (某局（本级）2023年度部门决算), or a sentence of the text
    /// says so (本部门决算仅包括局机关本级, 无下属单位) — looked at once.
    /// </summary>
    private bool SelfOnly()
    {
        if (!selfOnlyKnown)
        {
            selfOnlyKnown = true;
            var text = b.Text;
            var title = b.FindString("/source/title");
            selfOnly = title is not null && title.IndexOf("本级", StringComparison.Ordinal) >= 0
                || EntityName is not null && EntityName.EndsWith("本级", StringComparison.Ordinal);
            foreach (var word in SelfOnlyWords)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && !selfOnly;
                    at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    // the same sentence names 本级 (仅包括局机关本级) or the units (无下属单位): within 30 characters
                    var around = text.Substring(Math.Max(0, at - 30), Math.Min(text.Length, at + 30) - Math.Max(0, at - 30));
                    selfOnly = around.IndexOf("本级", StringComparison.Ordinal) >= 0 || word[0] is '无' or '不';
                }
            }
        }

        return selfOnly;
    }
}
