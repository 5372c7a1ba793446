namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (fix60, blind round 60 t01): a section the text states without a figure that the reader left empty, so
/// FA6102 listed it among the parts not found although its heading and text were there: 机关运行经费 denied —
/// <c>本单位为公益二类事业单位，不涉及机关运行经费。</c>, <c>无机关运行经费支出。</c> — in its own section, with no figure in the
/// paragraph, is the amount zero (the unit has no such expenses), placed only when no amount was read. (主要职能 written as
/// prose was tried and left: on real texts a list item broken over lines and the 单位构成 lines after it became functions.)
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that deny 机关运行经费 when written right before it.</summary>
    private static readonly string[] OperatingExpensesDenials = ["不涉及", "不存在", "未发生", "未产生", "没有", "无"];

    /// <summary>What may follow the denied 机关运行经费 (a clause or sentence end, or a word of the statement itself).</summary>
    private static readonly string[] OperatingExpensesDenialEnds = ["。", ",", ";", "支出", "开支", "情况", "数据", "事项"];

    private const string OperatingExpensesWord = "机关运行经费";

    /// <summary>
    /// In the 机关运行经费 section, a paragraph without a figure that denies 机关运行经费 (<c>不涉及机关运行经费</c>,
    /// <c>无机关运行经费支出</c>) states its amount as zero; nothing is placed when an amount was read already.
    /// </summary>
    private void OperatingExpensesDeclaredNone(Fragment paragraph)
    {
        const string Owner = N + "operatingExpenses/administrativeOperatingExpenses";
        var text = paragraph.Text;
        if (section != Section.OperatingExpenses || ContainsFigure(text) || b.Has(Owner, "amount"))
        {
            return;
        }

        for (var at = text.IndexOf(OperatingExpensesWord, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(OperatingExpensesWord, at + 1, StringComparison.Ordinal))
        {
            var end = at + OperatingExpensesWord.Length;
            if (!EndsWithAny(text, at, OperatingExpensesDenials)
                || !(end == text.Length || StartsWithAny(text, end, text.Length, OperatingExpensesDenialEnds)))
            {
                continue;
            }

            b.ContextFrom(paragraph.At(Math.Max(0, at - 100)), paragraph.At(at), year);
            b.SetUnder(Owner, "amount", DraftNode.Of("0"), b.Span(paragraph, at, end), ClaimKind.Amount, Raw(paragraph, at, end));
            return;
        }
    }
}
