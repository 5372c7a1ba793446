namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (fix60, blind round 60 t01): two sections the text states without a figure that the reader left empty, so
/// FA6102 listed them among the parts not found although their headings and text were there.
/// <list type="bullet">
/// <item>主要职能 written as prose — <c>一、主要职能</c> / <c>安康市…是市司法局所属的公益二类事业单位，依法办理…公证事项，…</c> — was
/// read only as a list (<c>1.</c>, <c>（一）</c>); a paragraph of the section under its heading is now one entry of
/// <c>/entity/functions</c> when it states no figure, is no lead-in to a list (it does not end in a colon) and no article of a
/// regulation (<c>第一条 根据…，制定本规定。</c>).</item>
/// <item>机关运行经费 denied — <c>本单位为公益二类事业单位，不涉及机关运行经费。</c>, <c>无机关运行经费支出。</c> — in its own section,
/// with no figure in the paragraph, is the amount zero (the unit has no such expenses), placed only when no amount was read.</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest prose paragraph read as one function (a longer one is no statement of duties).</summary>
    private const int MaxFunctionParagraph = 4000;

    /// <summary>
    /// A prose paragraph of the 主要职能 section (entered by its heading) as one function: no figure, not a list's lead-in
    /// (ending in a colon, or saying 如下), not an article (<c>第…条</c>).
    /// </summary>
    private void FunctionParagraph(Fragment paragraph)
    {
        var text = paragraph.Text.Trim();
        if (sectionInferred || text.Length < 8 || text.Length > MaxFunctionParagraph || ContainsFigure(text)
            || text[text.Length - 1] is ':' or '：' || text.Contains("如下") || IsArticle(text))
        {
            return;
        }

        var pointer = "/entity/functions/" + b.Count("/entity/functions").ToString(System.Globalization.CultureInfo.InvariantCulture);
        b.SetString(pointer, b.Raw(paragraph, 0, paragraph.Length).Trim(), b.Span(paragraph, 0, paragraph.Length));
    }

    /// <summary>Whether <paramref name="text"/> opens as an article of a regulation: 第, Chinese numerals, 条.</summary>
    private static bool IsArticle(string text)
    {
        if (text[0] != '第')
        {
            return false;
        }

        var at = 1;
        while (at < text.Length && BlockClassifier.IsChineseNumeral(text[at]))
        {
            at++;
        }

        return at > 1 && at < text.Length && text[at] is '条' or '章';
    }

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
