namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 40 t06): the funds' incomes as the items of a numbered list, one line each — "（一）收入总计
/// 7126.95 万元。包括：\n1.一般公共预算财政拨款收入 1286.40 万元。\n2.国有资本经营预算财政拨款收入 5630.00 万元。". The 一般公共预算
/// item was read as the whole 财政拨款收入 (<c>income/fiscalAppropriation</c>): the other fund was looked for in its own line
/// only. It is one fund's part when a list item right after it (the next lines that open with a list mark, up to
/// <see cref="ListItemsAhead"/>) names another fund's income — then the 一般公共预算 part's field, as within one line
/// (<c>FundIncomeShares</c>), and the whole stays free for what the text says of it ("本年收入…，全部为财政拨款收入").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How many list items after the current one are looked at.</summary>
    private const int ListItemsAhead = 3;

    /// <summary>
    /// Whether the line of the figure at <paramref name="figureAt"/> (an offset in the text) is a list item (it opens with a
    /// list mark) and one of the list items right after it (each its own line opening with a list mark) names the 政府性基金 or
    /// 国有资本经营 income (财政拨款收入). Session 51: the figure's own line, not its sentence's first — without "；" at the items'
    /// ends the paragraph joiner runs "本年收入合计…，其中：" and item (1) into one sentence, which opens without a list mark.
    /// </summary>
    private bool LaterListItemNamesOtherFundIncome(int figureAt)
    {
        var text = b.Text;
        var at = Math.Min(Math.Max(figureAt, 0), text.Length);
        var lineStart = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        if (ListMarker(text, SkipSpaces(text, lineStart, at), at) is null)
        {
            return false;   // (the reader reads a list item without its mark: the line in the text has it)
        }

        var lineEnd = text.IndexOf('\n', at);
        for (var k = 0; k < ListItemsAhead && lineEnd >= 0; k++)
        {
            var start = lineEnd + 1;
            lineEnd = text.IndexOf('\n', start);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            if (ListMarker(text, SkipSpaces(text, start, end), end) is null)
            {
                return false;
            }

            var income = text.IndexOf("收入", start, end - start, StringComparison.Ordinal);
            if (income >= 0 && HasAnyIn(text, start, income, OtherFundNames))
            {
                return true;
            }
        }

        return false;
    }
}
