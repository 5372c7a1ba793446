namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (tbl61, blind round 47 t03): a coded item table comparing the year with the one before —
/// <c>科目编码 | 科目名称 | 2022年决算数 | 2021年决算数 | 增减额 | 增减率</c>, rows <c>2010302 | 一般行政管理事务 | 85.30 | 97.66 |
/// -12.36 | -12.7 %</c> (in round 47 typed with full-width spaces, <see cref="FullWidthSpaceTableLines"/>). The coded item
/// table's header took this year's column and 上年决算数 (session 59) only: a second year or a change column left the table
/// unread. Now a year column of the year before the report's (its year one less than the text's fiscal year, this year's
/// column beside it) is the prior year (<see cref="SentenceColumn.Prior"/>), and 增减额 / 增减率 are the change's amount and
/// rate — only beside a prior-year column (a change column alone, or a budget table's 增减, is not known to be against the
/// year before), the rate only beside the amount. Each row's line then states its change after its prior year, the direction from the sign
/// (a fall written <c>-12.36</c> is 减少 12.36, <c>-12.7 %</c> 下降 12.7%; a zero change 与上年持平), and is read as a written line is: the item's
/// <c>change</c> with its <c>priorYearAmount</c>, checked by FA2104/FA2105.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The column a coded header's cell is as a year comparison: <see cref="SentenceColumn.Prior"/> for the prior year's
    /// 决算 column (a year one less than the text's), the change's amount or rate (each once); null for any other cell.
    /// </summary>
    private SentenceColumn? CodedYearColumn(SentenceColumn? named, int cellYear, List<SentenceColumn> columns)
    {
        var column = named switch
        {
            SentenceColumn.Current when cellYear != 0 && year != 0 && cellYear == year - 1 => SentenceColumn.Prior,
            SentenceColumn.ChangeAmount or SentenceColumn.ChangeRate => named.Value,
            _ => (SentenceColumn?)null,
        };
        return column is { } c && !columns.Contains(c) ? c : null;
    }

    /// <summary>
    /// Whether a coded header's change columns stand beside a prior year's column (or there are none), a 增减率 column only
    /// beside its 增减额: a lone rate column may hold ratios (决算数 as a percentage of the other column, 102.60%) under a
    /// change's name, and read as changes each would be a false FA2104 (session 61, at the merge of tbl61).
    /// </summary>
    private static bool CodedYearColumnsFit(List<SentenceColumn> columns)
        => columns.Contains(SentenceColumn.Prior)
                && (columns.Contains(SentenceColumn.ChangeAmount) || !columns.Contains(SentenceColumn.ChangeRate))
            || !columns.Contains(SentenceColumn.ChangeAmount) && !columns.Contains(SentenceColumn.ChangeRate);

    /// <summary>
    /// Writes a coded row's change into its line (<c>,比上年减少12.36万元,下降12.7%</c>) from its 增减额 / 增减率 cells, the
    /// direction from the sign; nothing when the row has neither, or a cell is no plain signed number.
    /// </summary>
    /// <param name="text">The row's text.</param>
    /// <param name="cell">The index of a column's cell in the row, or -1 (none or blank).</param>
    /// <param name="words">Appends words mapped to the end of the last cell copied.</param>
    /// <param name="copy">Appends a cell's characters without its spaces.</param>
    private void CodedRowChange(string text, Func<SentenceColumn, int> cell, Action<string> words, Action<int, int> copy)
    {
        var amount = cell(SentenceColumn.ChangeAmount);
        var rate = cell(SentenceColumn.ChangeRate);
        if (amount < 0 && rate < 0 || !PlainSigned(amount) || !PlainSigned(rate))
        {
            return;
        }

        if (amount >= 0 && Zero(amount))
        {
            words(",与上年持平");
            return;
        }

        var falls = amount >= 0 ? Negative(amount) : Negative(rate);
        if (amount >= 0 && rate >= 0 && !Zero(rate) && Negative(rate) != falls)
        {
            return;   // the amount and the rate go different ways: no direction to write
        }

        words(",比上年");
        if (amount >= 0)
        {
            words(falls ? "减少" : "增加");
            Unsigned(amount);
            words(codedUnit);
            if (rate >= 0 && !Zero(rate))
            {
                words(falls ? ",下降" : ",增长");
                Percent(rate);
            }
        }
        else
        {
            words(falls ? "下降" : "增长");
            Percent(rate);
        }

        bool PlainSigned(int k) => k < 0 || IsSentenceNumber(text, codedCells[k].Start, codedCells[k].End)
            && !ParenthesisedNegative.Is(text, codedCells[k].Start, codedCells[k].End)
            && !SignMarkers.IsMarked(text, codedCells[k].Start, codedCells[k].End);
        bool Negative(int k) => text[codedCells[k].Start] is '-' or '－';
        bool Zero(int k) => TextChecks.TryParseAmount(
            WithoutSpaces(text.Substring(codedCells[k].Start, codedCells[k].End - codedCells[k].Start)).TrimStart('-', '+', '－')
                .TrimEnd('%').Replace(",", string.Empty), out var v) && v == 0;
        void Unsigned(int k) => copy(codedCells[k].Start + (text[codedCells[k].Start] is '-' or '+' or '－' ? 1 : 0), codedCells[k].End);
        void Percent(int k)
        {
            Unsigned(k);
            if (text[codedCells[k].End - 1] != '%')
            {
                words("%");
            }
        }
    }
}
