namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 46, t05 and t09): 政府购买服务 — the government purchase of services from social organisations —
/// is another subject than 政府采购 (procurement) and its 服务 part. A sentence of the procurement section that opens with it
/// ("政府购买服务支出1245.80万元，其中：课后托管服务620.50万元，…", under "政府购买服务情况" or a combined heading "政府采购和政府购买服务
/// 情况") had each "…服务 X 万元" read as <c>procurement/services</c> (three false FA8003 against the 政府采购服务支出 written
/// before). Such a sentence is now one located note and nothing else: the model has no member for purchased services.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of the government purchase of services (not procurement).</summary>
    private static readonly string[] PurchasedServicesWords = ["购买服务"];

    /// <summary>
    /// In the procurement section, a sentence whose words before its first figure name the purchase of services
    /// (<see cref="PurchasedServicesWords"/>) and not procurement (采购): noted once, and the rest of the sentence muted.
    /// </summary>
    private void PurchasedServicesSentence(Fragment f, int from, int to)
    {
        if (section != Section.Procurement)
        {
            return;
        }

        var t = f.Text;
        var head = FirstDigitAt(t, from, to);
        if (head <= from || head >= to || !PurchasedServicesHead(t, from, head))
        {
            return;
        }

        Note(b.Span(f, from, to), DisclosureMessages.PurchasedServicesNotProcurement, t.Substring(from, to - from));
        mutedSentence = sentenceStart;
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="head"/>) of <paramref name="text"/> names the purchase of services and
    /// not procurement (采购): "2023年度政府购买服务支出", not "政府采购服务支出" nor "政府采购中购买服务".
    /// </summary>
    internal static bool PurchasedServicesHead(string text, int from, int head)
    {
        if (text.IndexOf("采购", from, head - from, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var word in PurchasedServicesWords)
        {
            if (text.IndexOf(word, from, head - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first digit of [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/> that is not a year's
    /// ("2023年"), or <paramref name="to"/>.
    /// </summary>
    private static int FirstDigitAt(string text, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            if (!Scanner.IsDigit(text[at]))
            {
                at++;
                continue;
            }

            var end = at;
            while (end < to && Scanner.IsDigit(text[end]))
            {
                end++;
            }

            if (end - at != 4 || end >= to || text[end] != '年')
            {
                return at;
            }

            at = end + 1;   // "2023年度政府购买服务支出…": the year is no figure
        }

        return to;
    }
}
