namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), f4: 公务接待 split into its two parts, each with its counts (“国内公务接待费 3.00 万元，接待 20 批次、150 人次；
/// 外事接待费 1.00 万元，接待 2 批次、15 人次”). The 外事 counts' own label is only 接待, so they were read as a second statement of
/// the domestic counts (two false FA8003). A count takes the part named last before it in its stretch of the sentence
/// (up to the last ；or 。, bracketed asides left out): after 外事 / 外宾 it is the foreign part's. The outside review
/// (revfixa): only a 外事 / 外宾 that names the counted subject switches — at the head of its comma clause before 接待
/// (“外宾接待2批次”, “外事接待费1.00万元，接待2批次”) or right after 接待 just before the count (“其中接待外宾2批次”); a 外事 inside a
/// purpose clause (“开支内容为接待上级检查及外事来访，共接待25批次”) leaves the counts the whole reception's.
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
        var foreign = ForeignSubject(stretch);
        return foreign >= 0 && foreign > stretch.LastIndexOf("国内", StringComparison.Ordinal) ? "外事" + label : label;
    }

    /// <summary>The words a comma clause may begin with before its subject (其中：外事接待费…).</summary>
    private static readonly string[] ClauseLeads = ["其中", ":", "另", "全年", "本年", "共"];

    /// <summary>
    /// Where the last 外事 / 外宾 of the stretch that names the counted subject is: at the head of its comma clause (after
    /// 其中, 全年 …) and followed by 接待, or after 接待 at the very end of the stretch (“接待外宾” right before the count); −1
    /// when none does (a 外事 inside a purpose or scope clause).
    /// </summary>
    private static int ForeignSubject(string stretch)
    {
        var found = -1;
        stretch = stretch.TrimEnd();
        foreach (var word in new[] { "外事", "外宾" })
        {
            for (var at = stretch.IndexOf(word, StringComparison.Ordinal); at >= 0;
                at = stretch.IndexOf(word, at + 2, StringComparison.Ordinal))
            {
                var after = at + 2;
                var beforeCount = after == stretch.Length && at >= 2 && string.CompareOrdinal(stretch, at - 2, "接待", 0, 2) == 0;
                var clauseHead = string.CompareOrdinal(stretch, after, "接待", 0, 2) == 0 && AtClauseHead(stretch, at);
                found = beforeCount || clauseHead ? Math.Max(found, at) : found;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether only lead words (<see cref="ClauseLeads"/>) stand between the comma before <paramref name="at"/> and it, or the
    /// whole the part is of (…费中).
    /// </summary>
    private static bool AtClauseHead(string stretch, int at)
    {
        var start = stretch.LastIndexOfAny(['，', ','], Math.Max(0, at - 1)) + 1;
        if (at == 0)
        {
            start = 0;
        }

        var head = stretch.Substring(start, at - start).Trim();
        for (var changed = true; changed && head.Length > 0;)
        {
            changed = false;
            foreach (var lead in ClauseLeads)
            {
                if (head.StartsWith(lead, StringComparison.Ordinal))
                {
                    head = head.Substring(lead.Length).TrimStart();
                    changed = true;
                }
            }
        }

        return head.Length == 0 || head.EndsWith("费中", StringComparison.Ordinal);   // "公务接待费中外事接待费…": a part of the whole
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
