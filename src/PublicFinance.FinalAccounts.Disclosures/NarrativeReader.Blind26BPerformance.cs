using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), r6: a 绩效 section that states the coverage (“共涉及项目 5 个，资金 250.00 万元，占一般公共预算项目支出总额的
/// 100.00%”, read as /performance/projectFunds) and then reviews ONE project (“校舍维修改造项目绩效自评综述：…全年预算数为 60.00
/// 万元，执行数为 57.00 万元”). That project's 预算数 / 执行数 are its own, never the evaluated projects' total: placed as
/// /performance/projectExecuted they raised a false FA3011 (“覆盖的项目资金 57.00 与项目支出 400.00 不等”) in all four complete
/// documents. A paragraph whose head names one project is that project's; its amounts are a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The marks that end a paragraph's head.</summary>
    private static readonly char[] HeadEnds = ['：', ':', '，', ',', '。', '；'];

    /// <summary>Words in a paragraph's head that make it the department's or all projects', not one project's.</summary>
    private static readonly string[] AllProjectsHeadWords = ["个", "全部", "所有", "整体", "部门", "共涉及", "涉及", "重点", "专项"];

    /// <summary>
    /// In a 项目 group, an amount of a paragraph that reviews one project (<see cref="OneProjectsParagraph"/>): noted as another
    /// project's figure (true); false otherwise.
    /// </summary>
    private bool OneProjectsFigure(SourceSpan span, string text)
    {
        if (performanceGroup != "project" || !OneProjectsParagraph())
        {
            return false;
        }

        Note(span, DisclosureMessages.AnotherProjectsFigure, text);
        return true;
    }

    /// <summary>
    /// Whether the paragraph being read is one project's review: its head (the text before the first ：，。) names a 项目
    /// together with 自评 / 综述 / 评价, with no count, digit or word of all projects in it (“校舍维修改造项目绩效自评综述：”,
    /// “农村饮水项目自评情况：”).
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
            && !AllProjectsHeadWords.Any(w => head.IndexOf(w, StringComparison.Ordinal) >= 0);
    }
}
