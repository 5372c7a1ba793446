using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (perf51, blind round 47 t07): a project's self-evaluation under a heading of its own — "（一）国土空间规划编制项目"
/// alone on its line, then "年初预算数…，全年预算数…，全年执行数…，执行率96.18%；预算执行率分值10分，得分9.62分。", then the
/// indicators one level a line ("一级指标：产出指标" / "  二级指标：数量指标" / "    三级指标：…；指标值：≥8个；实际完成值：9个；分值：15；
/// 得分：15") and "自评总分97.12分，自评等级为“优”". The heading names the project the paragraphs under it describe; they are read
/// as one prose evaluation (<see cref="PerformanceProse"/>), its indicator lines as three-level indicators, so that FA3001–FA3007
/// check them.
/// </summary>
/// <remarks>
/// Precision first: the first paragraph under the heading must state two fund figures at least (else it is read as any
/// paragraph, as before); a later paragraph continues the evaluation only when it holds indicator lines, a score of the project
/// (总分 / 自评得分, not 整体 / 部门) or is a short lead-in without figures ("绩效指标完成情况："). The indicators are written only when
/// every line is whole and either the weights add up (to 100 or a stated total weight) or the lines' and the fund line's scores
/// add up to the stated total score (every indicator read: then weights that do not add up are the text's, FA3001).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The project a numbered heading of the 绩效 section named, for the first paragraph under it; null elsewhere.</summary>
    private (string Name, SourceSpan Span)? headedProject;

    /// <summary>The evaluation read under <see cref="headedProject"/>'s heading, which the next paragraphs may continue.</summary>
    private ProseEvaluation? headedEvaluation;

    /// <summary>
    /// After a heading: remembers the project it names when it is a numbered heading of the 绩效 section whose title is one
    /// project ("（一）国土空间规划编制项目", "2.耕地保护补偿资金"); any other heading ends the project before.
    /// </summary>
    private void ProjectHeadingSeen(Fragment heading)
    {
        headedProject = null;
        headedEvaluation = null;
        var text = heading.Text;
        var start = ProseEntryNumber(text);
        if (section != Section.Performance || start == 0)
        {
            return;
        }

        var end = text.Length;
        while (end > start && text[end - 1] is ' ' or '。' or ':')
        {
            end--;
        }

        if (end - start > 2 && end - start <= 40
            && (text.AsSpan(start, end - start).EndsWith("项目".AsSpan(), StringComparison.Ordinal) || ProjectTitle(text, start, end))
            && ProjectName(text, start, end, out var name, out _))
        {
            headedProject = (name, b.Span(heading, start, end));
        }
    }

    /// <summary>
    /// Reads a paragraph under a project's heading as that project's evaluation (the first, with two fund figures at least) or
    /// its continuation: true when it was.
    /// </summary>
    private bool HeadedProjectParagraph(Fragment paragraph)
    {
        var text = paragraph.Text;
        if (headedEvaluation is { } open)
        {
            if (!ContinuesEvaluation(text))
            {
                headedEvaluation = null;
                return false;
            }

            ProseFigures(paragraph, open, 0);
            open.Grade ??= ProseGrade(paragraph, text);
            return true;
        }

        if (headedProject is not { } headed)
        {
            return false;
        }

        headedProject = null;
        var evaluation = new ProseEvaluation(headed.Name, headed.Span, text);
        ProseFigures(paragraph, evaluation, 0);
        evaluation.Grade = ProseGrade(paragraph, text);
        if (evaluation.FundFigures < 2)
        {
            return false;   // no fund line under the heading: read as any paragraph, as before
        }

        proseEvaluations.Add(evaluation);
        headedEvaluation = evaluation;
        return true;
    }

    /// <summary>
    /// Whether a paragraph after a headed project's first goes on with it: indicator lines, a score of the project (总分, 自评得分;
    /// not the department's 整体 / 部门), or a short lead-in without a digit ending in ':' ("绩效指标完成情况：").
    /// </summary>
    private static bool ContinuesEvaluation(string text)
    {
        if (IndicatorLines.HasMarker(text))
        {
            return true;
        }

        if (text.IndexOf("整体", StringComparison.Ordinal) >= 0 || text.IndexOf("部门", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return text.IndexOf("总分", StringComparison.Ordinal) >= 0 || text.IndexOf("自评得分", StringComparison.Ordinal) >= 0
            || text.Length <= 30 && text.TrimEnd().EndsWith(":", StringComparison.Ordinal) && !HasDigit(text);
    }

    /// <summary>
    /// Reads the indicator lines of <paramref name="paragraph"/> into <paramref name="evaluation"/> (levels open from its paragraphs
    /// before) and gives the run, whose figures the prose scan then passes over.
    /// </summary>
    private IndicatorLines.Run IndicatorLineRun(Fragment paragraph, ProseEvaluation evaluation)
    {
        var text = paragraph.Text;
        var run = IndicatorLines.Read(text, evaluation.OpenLevels.Level1, evaluation.OpenLevels.Level2);
        if (run.End <= run.Start)
        {
            return run;
        }

        evaluation.HasIndicatorLines = true;
        evaluation.OpenLevels = (run.Level1, run.Level2);
        foreach (var line in run.Lines)
        {
            if (!line.Whole)
            {
                evaluation.IndicatorLineBroken = true;
                continue;
            }

            var span = b.Span(paragraph, line.Name.Start, line.End);
            evaluation.Indicators.Add(new ProseIndicator(line.Level1, span)
            {
                Level2 = line.Level2,
                Name = line.Name.Of(text),
                Target = IndicatorValueAt(paragraph, line.Target),
                Actual = IndicatorValueAt(paragraph, line.Actual),
                Weight = LineFigure(paragraph, line.Weight),
                Score = LineFigure(paragraph, line.Score),
            });
        }

        return run;
    }

    /// <summary>The indicator value written in <paramref name="piece"/> (comparator, number, unit), or null.</summary>
    private (Model.Performance.IndicatorValue Value, SourceSpan Span)? IndicatorValueAt(Fragment paragraph, IndicatorLines.Piece? piece)
        => piece is { } p && p.End > p.Start
            ? (PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(p.Of(paragraph.Text)), b.Span(paragraph, p.Start, p.End))
            : null;

    /// <summary>The weight or score written in <paramref name="piece"/>, or null.</summary>
    private ProseFigure? LineFigure(Fragment paragraph, IndicatorLines.Piece? piece)
        => piece is { } p ? new ProseFigure(DraftNode.Of(p.Of(paragraph.Text)), b.Span(paragraph, p.Start, p.End), paragraph.Text) : null;

    /// <summary>
    /// Whether an evaluation read from indicator lines is its whole list by its scores: a total score is stated, every line read
    /// is whole, the fund line's score comes with its weight, and the fund line's and the lines' scores add up to the total.
    /// </summary>
    private static bool IndicatorLinesCloseTheTotal(ProseEvaluation e)
    {
        if (!e.HasIndicatorLines || e.IndicatorLineBroken || e.TotalScore is not { } total || !TryProseNumber(total, out var stated)
            || e.FundScore is not null && e.FundWeight is null)
        {
            return false;
        }

        var sum = 0m;
        foreach (var figure in e.Indicators.Select(i => i.Score).Append(e.FundScore ?? new ProseFigure(DraftNode.Of("0"), total.Span)))
        {
            if (figure is not { } f || !TryProseNumber(f, out var score))
            {
                return false;   // an indicator without its score
            }

            sum += score;
        }

        return sum == stated;
    }
}
