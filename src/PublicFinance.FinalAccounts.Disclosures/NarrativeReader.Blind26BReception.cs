namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), f4: 公务接待 split into its two parts, each with its counts (“国内公务接待费 3.00 万元，接待 20 批次、150 人次；
/// 外事接待费 1.00 万元，接待 2 批次、15 人次”). The 外事 counts' own label is only 接待, so they were read as a second statement of
/// the domestic counts (two false FA8003). A count takes the part named last before it in its stretch of the sentence
/// (up to the last ；or 。, bracketed asides left out): after 外事 / 外宾 it is the foreign part's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The label of a 三公 count, with 外事 put before it when the part named last before the count in its stretch of the
    /// sentence is the foreign one (外事 / 外宾 after any 国内); the label itself otherwise.
    /// </summary>
    private static string ReceptionPartLabel(ClauseView clause, NumberToken token, string label)
    {
        if (token.UnitText is not ("批次" or "批" or "人次") || label.Contains("外事") || label.Contains("外宾"))
        {
            return label;
        }

        var sentence = clause.Sentence.Text;
        var at = Math.Min(sentence.Length, clause.Start + token.Start);
        var from = Math.Max(sentence.LastIndexOfAny(['；', ';', '。'], Math.Max(0, at - 1)), -1) + 1;
        if (at <= from)
        {
            return label;
        }

        var stretch = WithoutBracketed(sentence.Substring(from, at - from));
        var foreign = Math.Max(stretch.LastIndexOf("外事", StringComparison.Ordinal), stretch.LastIndexOf("外宾", StringComparison.Ordinal));
        return foreign >= 0 && foreign > stretch.LastIndexOf("国内", StringComparison.Ordinal) ? "外事" + label : label;
    }

    /// <summary>The text without the asides in closed brackets ( (…) and （…） ): a part named inside one is no stretch's subject.</summary>
    private static string WithoutBracketed(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '（')
            {
                open = depth++ == 0 ? sb.Length : open;
            }
            else if (c is ')' or '）' && depth > 0)
            {
                if (--depth == 0)
                {
                    sb.Length = open;
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
