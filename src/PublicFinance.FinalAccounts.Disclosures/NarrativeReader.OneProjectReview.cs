using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), r6: a 绩效 section that states the coverage (“共涉及项目 5 个，资金 250.00 万元，占一般公共预算项目支出总额的
/// 100.00%”, read as /performance/projectFunds) and then reviews ONE project (“校舍维修改造项目绩效自评综述：…全年预算数为 60.00
/// 万元，执行数为 57.00 万元”). That project's 预算数 / 执行数 are its own, never the evaluated projects' total: placed as
/// /performance/projectExecuted they raised a false FA3011 (“覆盖的项目资金 57.00 与项目支出 400.00 不等”) in all four complete
/// documents. A paragraph whose head names one project is that project's; its amounts are a note. The outside review
/// (revfixa): a head whose words before 项目 are the unit's own (“我局项目支出绩效自评结果：”, “本部门…”, “一般公共预算项目…”, the
/// unit's name ending in 局 / 厅 …) is the summary of all its projects, read as projectBudget / projectExecuted.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The marks that end a paragraph's head.</summary>
    private static readonly char[] HeadEnds = ['：', ':', '，', ',', '。', '；'];

    /// <summary>Words in a paragraph's head that make it the department's or all projects', not one project's.</summary>
    private static readonly string[] AllProjectsHeadWords = ["个", "全部", "所有", "整体", "部门", "共涉及", "涉及", "重点", "专项"];

    /// <summary>Words that, anywhere before 项目 in a head, make it the unit's or a fund's, not one project's.</summary>
    private static readonly string[] UnitHeadWords = ["单位", "部门", "一般公共预算", "政府性基金", "国有资本经营预算", "财政拨款"];

    /// <summary>The words a unit's name ends with, right before 项目 (“溪北县文化旅游局项目…”).</summary>
    private static readonly string[] UnitNameEnds = ["局", "厅", "委", "办", "院", "单位", "部门"];

    /// <summary>
    /// In a 项目 group, an amount of a paragraph that reviews one project (<see cref="OneProjectsParagraph"/>) or whose label
    /// names a project in quotes (<see cref="NamesQuotedProject"/>): noted as another
    /// project's figure (true); false otherwise.
    /// </summary>
    private bool OneProjectsFigure(SourceSpan span, string text, string label)
    {
        if (performanceGroup != "project"
            || !OneProjectsParagraph() && !NamesQuotedProject(label) && !NamesBracketedProject(label))
        {
            return false;
        }

        if (ListedFundsAt(span))
        {
            return true;   // session 64: a listed project's bracketed funds, placed with its score (BracketedProjectFunds)
        }

        Note(span, DisclosureMessages.AnotherProjectsFigure, text);
        return true;
    }

    /// <summary>
    /// Whether the paragraph being read is one project's review: its head (the text before the first ：，。) names a 项目
    /// together with 自评 / 综述 / 评价, with no count, digit or word of all projects in it (“校舍维修改造项目绩效自评综述：”,
    /// “农村饮水项目自评情况：”), and the words before 项目 are no unit's own (<see cref="IsUnitsHead"/>).
    /// </summary>
    private bool OneProjectsParagraph()
    {
        var text = currentSentence;
        var end = -1;
        for (var i = 0; i < text.Length && end < 0; i++)
        {
            end = Array.IndexOf(HeadEnds, text[i]) >= 0 ? i : -1;
        }

        if (end < 4)
        {
            return false;
        }

        var head = text.Substring(0, end);
        var project = head.IndexOf("项目", StringComparison.Ordinal);
        return project >= 2
            && (head.IndexOf("自评", StringComparison.Ordinal) >= 0 || head.IndexOf("综述", StringComparison.Ordinal) >= 0
                || head.IndexOf("评价", StringComparison.Ordinal) >= 0)
            && !head.Any(Scanner.IsDigit)
            && !AllProjectsHeadWords.Any(w => head.IndexOf(w, StringComparison.Ordinal) >= 0)
            && !IsUnitsHead(head.Substring(0, project));
    }

    /// <summary>
    /// Whether the words before 项目 in a head are the unit's own: 我… (我局, 我单位), 本 + a word (本部门, 本局 — 本项目 alone is
    /// one project), a unit's or fund's word (<see cref="UnitHeadWords"/>), or a name ending in a unit's word (…局).
    /// </summary>
    private static bool IsUnitsHead(string before)
        => before.StartsWith("我", StringComparison.Ordinal)
            || (before.StartsWith("本", StringComparison.Ordinal) && before.Length > 1)
            || UnitHeadWords.Any(w => before.IndexOf(w, StringComparison.Ordinal) >= 0)
            || UnitNameEnds.Any(e => before.EndsWith(e, StringComparison.Ordinal));
}
