using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// One project's line under 绩效 (blind test 22, family r01): "1.柑橘良种繁育基地建设项目：年度预算 330.00 万元，执行 318.40 万元，
/// 执行率 96.48%；完成…32 万株，…自评得分 96 分，评价等级为优". Its budget, execution and score are that project's — never the
/// department's 绩效 totals (/performance/projectBudget had taken each in turn: a false FA8003 per line, and 32 万株 or
/// 1.2 万亩, quantities, as money).
/// </summary>
/// <remarks>
/// Precision first: a line whose fund figures are complete (a budget and what was executed, or one of them and the rate) is
/// kept as that project's evaluation, beside the prose evaluations (<see cref="PlaceProseEvaluations"/>: written only when
/// they are all the evaluated projects); every other money figure of the line is a located note. Nothing of the line is
/// read as any paragraph.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Labels of a project's budget in its line (the label's end; longest first).</summary>
    private static readonly string[] LineBudgetWords = ["年度预算数", "年度预算", "全年预算数", "全年预算", "调整预算", "预算数", "预算安排", "预算"];

    /// <summary>Labels of what a project executed in its line (the label's end; longest first).</summary>
    private static readonly string[] LineExecutedWords = ["实际执行数", "实际执行", "执行数", "执行金额", "执行", "实际支出", "支出数", "支出"];

    /// <summary>
    /// Reads a paragraph of the 绩效 section that is one numbered project's line ("1.X项目：…"): true when it was (nothing more
    /// of it is read), false to read it as any paragraph. Called after <see cref="PerformanceProse"/> declined it.
    /// </summary>
    private bool ProjectLine(Fragment paragraph)
    {
        var text = paragraph.Text;
        if (section != Section.Performance || ProseEntryNumber(text) <= 0 || !ProseProjectName(text, out var name, out var nameEnd)
            || nameEnd >= text.Length || text[nameEnd] != ':')
        {
            return false;
        }

        var evaluation = new ProseEvaluation(name, b.Span(paragraph, 0, nameEnd), text);
        var money = new List<SourceSpan>();
        var at = nameEnd;
        while (Scanner.Next(text, ref at, out var token))
        {
            var (label, span) = SegmentLabel(paragraph, token);
            if (token.IsMoney)
            {
                money.Add(span);
                var figure = new ProseFigure(AmountNode(token, span), span);
                if (EndsWithAny(label, ProseInitialBudgetWords) is { } initial && evaluation.InitialBudget is null)
                {
                    evaluation.InitialBudget = figure;
                    evaluation.FundLabel ??= initial;
                }
                else if (EndsWithAny(label, LineBudgetWords) is { } budgetWord && evaluation.FullYearBudget is null)
                {
                    evaluation.FullYearBudget = figure;
                    evaluation.FundLabel ??= budgetWord;
                }
                else if (EndsWithAny(label, LineExecutedWords) is not null && evaluation.Executed is null)
                {
                    evaluation.Executed = figure;
                }
            }
            else if (token.Unit == FigureUnit.Percent && label.Contains("执行率") && evaluation.Rate is null)
            {
                evaluation.Rate = new ProseFigure(PercentNode(token), span);
            }
        }

        if (evaluation.FundFigures >= 2 && (evaluation.Executed is not null || evaluation.Rate is not null))
        {
            proseEvaluations.Add(evaluation);   // a fund line of its own: placed with the prose evaluations (or one note)
            return true;
        }

        foreach (var span in money)
        {
            Note(span, DisclosureMessages.ProjectLineFigure, text);
        }

        return true;
    }
}
