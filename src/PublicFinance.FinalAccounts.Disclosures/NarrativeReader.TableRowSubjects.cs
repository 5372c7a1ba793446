using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (blind round 40 t04): the income and expenditure rows of a comparison table (对比表格的收支行) — under a
/// header that names this year's, the prior year's and the change columns with certainty (项目 / 2019年决算数 /
/// 2018年决算数 / 增减额 / 增减率), a row whose whole label is one source of income or one fund's expenditure
/// (<c>一般公共预算财政拨款收入	1468.92	1386.15	82.77	5.97%</c>, 政府性基金预算财政拨款支出, 事业收入, 其他收入) is that figure's:
/// this year's cell its amount, the prior year's its change's <c>priorYearAmount</c>, 增减额 its change amount with the
/// direction of the sign, 增减率 its rate, 预算数 its budget (with 完成率). The row is placed cell by cell (a built sentence would go
/// through the overview's clause reader, which reads a fund's change as the overview's), with the table's key, so a value
/// that differs from the narrative's is a note, never FA8003. A row of a subject the section names (收入合计) keeps its
/// sentence, and its prior-year cell is now its change's base once that sentence has placed the row's amount. A label
/// that is not exactly such a name (其他资金支出, 一般公共预算财政拨款收入（含上年结转）) stays the row's note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The whole labels of a comparison table's income and expenditure rows and the figure each is (relative to
    /// /narrative/), for the labels the section's own table (<see cref="Labels"/>) does not name.
    /// </summary>
    private static readonly (string[] Labels, string Target)[] TableRowSubjects =
    [
        (["一般公共预算财政拨款收入", "一般公共预算拨款收入", "一般公共预算收入"], "appropriation/generalBudgetIncome"),
        (["政府性基金预算财政拨款收入", "政府性基金预算拨款收入", "政府性基金预算收入"], "governmentFund/currentYearIncome"),
        (["国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入", "国有资本经营预算收入"], "stateCapital/currentYearIncome"),
        (["财政拨款收入"], "income/fiscalAppropriation"),
        (["公共财政预算拨款收入", "公共财政拨款收入"], "income/fiscalAppropriation"),   // s59: the 2014 name, as the prose reads it
        (["上级补助收入"], "income/superiorSubsidy"),
        (["事业收入"], "income/serviceIncome"),
        (["经营收入"], "income/businessIncome"),
        (["附属单位上缴收入"], "income/affiliatedRemittance"),
        (["其他收入"], "income/otherIncome"),
        (["一般公共预算财政拨款支出", "一般公共预算拨款支出", "一般公共预算支出"], "generalBudget/total"),
        (["政府性基金预算财政拨款支出", "政府性基金预算拨款支出", "政府性基金预算支出"], "governmentFund/currentYearExpenditure"),
        (["国有资本经营预算财政拨款支出", "国有资本经营预算拨款支出", "国有资本经营预算支出"], "stateCapital/currentYearExpenditure"),
    ];

    /// <summary>
    /// The rows of all funds' expenditure by kind — read only in the overview and the expenditure section (under a
    /// 一般公共预算 or 基本支出 heading a 基本支出 row is that section's own).
    /// </summary>
    private static readonly (string[] Labels, string Target)[] ExpenditureKindRows =
    [
        (["基本支出"], "expenditure/basic"),
        (["项目支出"], "expenditure/project"),
        (["经营支出"], "expenditure/business"),
    ];

    /// <summary>The prior-year cells of the open table's sentence rows, placed once their sentences are read.</summary>
    private readonly List<(string Target, decimal Current, NumberToken Prior, SourceSpan Span, string Text, bool WithoutChange)>
        sentencePriors = [];

    /// <summary>
    /// The figure a comparison table row's whole compacted label is (<see cref="TableRowSubjects"/>, and
    /// <see cref="ExpenditureKindRows"/> in the overview and the expenditure section), or null — also in any section other
    /// than the overview, income, expenditure and 财政拨款 sections, whose own labels stay the sentence-table's.
    /// </summary>
    private string? TableRowSubject(string compact)
    {
        if (section is not (Section.Overall or Section.Income or Section.Expenditure or Section.Appropriation))
        {
            return null;
        }

        var kinds = section is Section.Overall or Section.Expenditure ? ExpenditureKindRows : Array.Empty<(string[], string)>();
        foreach (var (labels, target) in TableRowSubjects.Concat(kinds))
        {
            if (Array.IndexOf(labels, compact) >= 0)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>
    /// Places a row whose whole label is one of <see cref="TableRowSubjects"/>, cell by cell; false (nothing placed) for
    /// any other row, or when the table's amounts are not in the report's unit (万元 in a 万元 report, 元 in a 元 one).
    /// </summary>
    private bool SubjectRow(Fragment row, string text, int from, List<SentenceColumn> columns, string? target, string label)
    {
        // Session 58: a table in the report's own unit (a 元 table in a 元 document) is read as a 万元 one in a 万元 report.
        if (target is null || sentenceUnit is not { } unitWords || unitWords != UnitWords(ReportFigureUnit))
        {
            return false;
        }

        var current = CellToken(row, text, from, columns, SentenceColumn.Current);
        if (current is not { } now || now.Token.Unit == FigureUnit.Percent)
        {
            return false;
        }

        var pointer = N + target;
        var (cellsStart, cellsEnd) = (sentenceCells[1].Start, sentenceCells[sentenceCells.Count - 1].End);
        var rowText = label + " " + text.Substring(cellsStart, cellsEnd - cellsStart);
        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        b.Set(pointer + "/amount", AmountNode(now.Token, now.Span), now.Span, ClaimKind.Amount, rowText);
        var amount = CellToken(row, text, from, columns, SentenceColumn.ChangeAmount);
        var rate = CellToken(row, text, from, columns, SentenceColumn.ChangeRate);
        var sign = amount is { } a && a.Token.Value != 0 ? Math.Sign(a.Token.Value)
            : rate is { } r && r.Token.Value != 0 ? Math.Sign(r.Token.Value) : 0;
        if (sign != 0)
        {
            var directionSpan = amount is { } am && am.Token.Value != 0 ? am.Span : rate!.Value.Span;
            b.Set(pointer + "/change/direction", DraftNode.Of(sign < 0 ? "decrease" : "increase"), directionSpan);
            if (amount is { } changeAmount && changeAmount.Token.Value != 0 && changeAmount.Token.Unit != FigureUnit.Percent)
            {
                var magnitude = TextTableReader.Abs(changeAmount.Token);
                b.Set(pointer + "/change/amount", AmountNode(magnitude, changeAmount.Span), changeAmount.Span, ClaimKind.ChangeAmount,
                    rowText);
            }

            if (rate is { } changeRate && changeRate.Token.Value != 0 && changeRate.Token.Unit is FigureUnit.Percent or FigureUnit.None)
            {
                var digits = TextTableReader.Abs(changeRate.Token).Digits;
                b.Set(pointer + "/change/rate", DraftNode.Of(digits), changeRate.Span, ClaimKind.ChangeRate, rowText);
            }

            if (CellToken(row, text, from, columns, SentenceColumn.Prior) is { } prior && prior.Token.Unit != FigureUnit.Percent)
            {
                b.Set(pointer + "/change/priorYearAmount", AmountNode(prior.Token, prior.Span), prior.Span, ClaimKind.PriorYearAmount,
                    rowText);
            }
        }
        else if (CellToken(row, text, from, columns, SentenceColumn.Prior) is { } prior)
        {
            if (WithoutChangeColumns(columns) && prior.Token.Unit != FigureUnit.Percent && !b.Has(pointer + "/change/priorYearAmount"))
            {
                // Session 58: a table of years with no change column (预算数 | 决算数 | 上年决算数) states the prior year beside
                // the figure; the report builder makes it the figure's own priorYearAmount unless a change is stated for it.
                b.Set(pointer + "/change/priorYearAmount", AmountNode(prior.Token, prior.Span), prior.Span, ClaimKind.PriorYearAmount,
                    rowText);
            }
            else
            {
                Note(prior.Span, DisclosureMessages.TableRowChangeWithoutDirection(label, prior.Token.Digits), rowText);
            }
        }

        SubjectRowBudget(row, text, from, columns, pointer, rowText);
        b.Context = saved;
        return true;
    }

    /// <summary>A subject row's budget cell (预算数: 年初预算; 调整预算, 全年预算) and its 完成率, as the 三公 table's are placed.</summary>
    private void SubjectRowBudget(Fragment row, string text, int from, List<SentenceColumn> columns, string pointer, string rowText)
    {
        var initial = columns.Contains(SentenceColumn.Budget);
        if (CellToken(row, text, from, columns, initial ? SentenceColumn.Budget : SentenceColumn.FullYearBudget) is not { } budgetCell
            || budgetCell.Token.Unit == FigureUnit.Percent)
        {
            return;
        }

        if (!b.Has(pointer + "/budget/kind"))
        {
            b.SetString(pointer + "/budget/kind", initial ? "initial" : "fullYear", budgetCell.Span);
        }

        b.Set(pointer + "/budget/budgetAmount", AmountNode(budgetCell.Token, budgetCell.Span), budgetCell.Span, ClaimKind.BudgetAmount,
            rowText);
        if (CellToken(row, text, from, columns, SentenceColumn.CompletionRate) is { } rate
            && rate.Token.Unit is FigureUnit.Percent or FigureUnit.None)
        {
            b.Set(pointer + "/budget/completionRate", DraftNode.Of(rate.Token.Digits), rate.Span, ClaimKind.CompletionRate, rowText);
        }
    }

    /// <summary>
    /// Keeps the prior-year cell of a row read as a sentence (its subject named by the section: 收入合计), to be its
    /// change's base once the sentence has placed the row's amount (<see cref="SentencePriorsPlaced"/>).
    /// </summary>
    private void KeepSentencePrior(Fragment row, string text, int from, List<SentenceColumn> columns, string target, string label)
    {
        if (sentenceUnit != UnitWords(ReportFigureUnit)   // session 58: a 元 table in a 元 document as a 万元 one in a 万元 report
            || CellToken(row, text, from, columns, SentenceColumn.Current) is not { } now
            || CellToken(row, text, from, columns, SentenceColumn.Prior) is not { } prior || prior.Token.Unit == FigureUnit.Percent)
        {
            return;
        }

        sentencePriors.Add((target, now.Token.Value, prior.Token, prior.Span, label + " " + prior.Token.Digits,
            WithoutChangeColumns(columns)));
    }

    /// <summary>Whether a comparison table's header names no change column (增减额, 增减率): its prior-year cells are the
    /// figures' prior-year amounts stated beside them (session 58).</summary>
    private static bool WithoutChangeColumns(List<SentenceColumn> columns)
        => !columns.Contains(SentenceColumn.ChangeAmount) && !columns.Contains(SentenceColumn.ChangeRate);

    /// <summary>
    /// After the table's sentences are read: each kept prior-year cell is placed where its row's amount went — only when
    /// the field holds the row's own amount and a change with its direction (so it is that row's change).
    /// </summary>
    private void SentencePriorsPlaced()
    {
        foreach (var (target, current, prior, span, text, withoutChange) in sentencePriors)
        {
            // Session 58: under a header with no change column the prior year is placed with no change read yet (the prose
            // may state it after the table); the report builder keeps it as the figure's own priorYearAmount otherwise.
            var pointer = N + target;
            if (b.FindString(pointer + "/amount") is { } held
                && decimal.TryParse(held, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == current
                && (withoutChange || b.Has(pointer + "/change/direction")) && !b.Has(pointer + "/change/priorYearAmount"))
            {
                var saved = b.Context;
                b.Context = ReportBuilder.TableKey;
                b.Set(pointer + "/change/priorYearAmount", AmountNode(prior, span), span, ClaimKind.PriorYearAmount, text);
                b.Context = saved;
            }
            else if (target == SurplusTarget && b.FindString(pointer + "/amount") is { } surplus
                && decimal.TryParse(surplus, NumberStyles.Number, CultureInfo.InvariantCulture, out var year) && year == current
                && !b.Has(pointer + "/change") && !b.Has(pointer + "/priorYearAmount"))
            {
                // Session 58: the 收支差额 row leaves its change cells blank (a change of a surplus is no figure the table
                // states); its prior-year cell is the surplus's prior-year figure, stated with no change of its own.
                var saved = b.Context;
                b.Context = ReportBuilder.TableKey;
                b.Set(pointer + "/priorYearAmount", AmountNode(prior, span), span, ClaimKind.PriorYearAmount, text);
                b.Context = saved;
            }
        }

        sentencePriors.Clear();
    }

    /// <summary>The year's surplus (本年收支结余 / 本年收支差额), relative to /narrative/.</summary>
    private const string SurplusTarget = "overall/currentYearSurplus";

    /// <summary>
    /// Session 58: the target of a comparison table row labelled as the year's surplus in the overview (本年收支差额,
    /// 本年收支结余: <see cref="IsSurplusLabel"/>), or null — the surplus has no key of the section's label table.
    /// </summary>
    private string? SurplusRowTarget(string compact) => section == Section.Overall && IsSurplusLabel(compact) ? SurplusTarget : null;

    /// <summary>The one number of the row's cell under <paramref name="column"/> and its span, or null (no such column, a blank).</summary>
    private (NumberToken Token, SourceSpan Span)? CellToken(Fragment row, string text, int from, List<SentenceColumn> columns,
        SentenceColumn column)
    {
        var k = columns.IndexOf(column);
        if (k < 0 || k + 1 >= sentenceCells.Count)
        {
            return null;
        }

        var (s, e) = sentenceCells[k + 1];
        if (e <= s || IsBlankCell(text, s, e) || Scanner.Numbers(text.Substring(s, e - s)) is not { Count: 1 } numbers)
        {
            return null;
        }

        var token = numbers[0];
        var span = b.Span(row, s - from + token.Start, s - from + token.End);
        // Session 54: "△1.30" / "▼0.74" is a decrease as "（87.54）" is (session 51); a marker of uncertain meaning, no figure.
        var marked = b.SignMarkers.SignOf(text, s, e);
        if (marked == SignMarkers.Ambiguous)
        {
            return null;
        }

        return (ParenthesisedNegative.Is(text, s, e) || marked < 0 ? TextTableReader.Negated(token) : token, span);
    }
}
