using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 26, gap 4: carry-overs named without 和结余. The model has one member per side — 年初结转和结余
/// (<c>openingCarryOver</c>) and 年末结转和结余 (<c>closingCarryOver</c>) — and no member for a 结转 or a 结余 alone. Session 25
/// placed 上年结转 where it stands for the whole in the composition of 收入总计; this file adds the other side — 结转下年 /
/// 年末结转 in the composition of 支出总计 ("支出总计 900.00 万元，其中：本年支出 850.00 万元，结转下年 50.00 万元") is
/// <c>closingCarryOver</c> — and refuses both wherever the paragraph also states a 结余 of the same side (上年结余, 年初结余 …;
/// a 结余 after the 支出总计): then the 结转 is only a part of the whole, and placed as the whole it would make a false FA1201 /
/// FA1210. Those stay the located note of an unplaced part of the grand total.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The names of the money carried to the next year without 和结余 (longest first).</summary>
    private static readonly string[] LaterCarryOverNames =
        ["结转下年度使用", "结转下年使用", "结转下年度资金", "结转下年资金", "结转至下年度", "结转至下年", "结转到下年度", "结转到下年", "结转下年度", "结转下年",
            "年末财政拨款结转资金", "年末财政拨款结转", "年末结转资金", "年末结转"];

    /// <summary>Words by which a paragraph states a 结余 of earlier years apart from their 结转.</summary>
    private static readonly string[] EarlierSurplusWords =
        ["上年结余", "上年度结余", "以前年度结余", "年初结余", "往年结余", "历年结余", "上年财政拨款结余", "年初财政拨款结余"];

    /// <summary>
    /// Whether the amount labelled <paramref name="label"/> (compact) is a carry-over without 和结余 in a paragraph that states
    /// a 结余 of the same side as well (see the class): then nothing places it, and the caller notes it as an unplaced part of
    /// its grand total (the side's identities are then not checked with it).
    /// </summary>
    private bool CarryOverBesideItsSurplus(ClauseView clause, NumberToken token, string label)
    {
        if (section is not (Section.Overall or Section.Appropriation))
        {
            return false;
        }

        var p = currentSentence;
        var at = ReferenceEquals(clause.Sentence.Text, p) ? Math.Min(clause.Start + token.Start, p.Length) : -1;
        bool apart;
        if (IsEarlierCarryOver(label, out var withSurplus))
        {
            apart = !withSurplus && HasAnyIn(p, 0, p.Length, EarlierSurplusWords);
        }
        else if (IsLaterCarryOver(label))
        {
            var total = at < 0 ? -1 : p.LastIndexOf("支出总计", at, StringComparison.Ordinal);
            apart = SurplusAfter(p, total < 0 ? 0 : total);
        }
        else
        {
            return false;
        }

        return apart;
    }

    /// <summary>Whether a 结余 stands in <paramref name="p"/> from <paramref name="from"/> on, other than 结余分配 and the
    /// income side's 使用非财政拨款结余.</summary>
    private static bool SurplusAfter(string p, int from)
    {
        for (var i = p.IndexOf("结余", from, StringComparison.Ordinal); i >= 0; i = p.IndexOf("结余", i + 2, StringComparison.Ordinal))
        {
            var distribution = i + 4 <= p.Length && string.CompareOrdinal(p, i + 2, "分配", 0, 2) == 0;
            var nonAppropriation = i >= 5 && string.CompareOrdinal(p, i - 5, "非财政拨款", 0, 5) == 0;
            if (!distribution && !nonAppropriation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An amount no label placed, labelled 结转下年 / 年末结转 (<see cref="IsLaterCarryOver"/>), right after the overview's or the
    /// 财政拨款 section's 支出总计 in its sentence (no 收入总计 after it): that section's <c>closingCarryOver</c>, as 年末结转和结余
    /// stands there. Not when the member is held, nor in the overview with a fund in the label. True when placed.
    /// </summary>
    private bool LaterCarryOver(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var fund = section switch
        {
            Section.Overall => "overall",
            Section.Appropriation => "appropriation",
            _ => null,
        };
        if (fund is null || !IsLaterCarryOver(label) || fund == "overall" && (label.Contains("财政拨款") || label.Contains("预算"))
            || b.Has(N + fund + "/closingCarryOver/amount"))
        {
            return false;
        }

        var from = b.TextSpan(sentenceStart, sentenceStart);
        if (GrandTotalSpanIn(N + fund + "/expenditureGrandTotal/amount", from, span) is not { } expenditure
            || GrandTotalSpanIn(N + fund + "/incomeGrandTotal/amount", from, span) is { } income && Before(expenditure, income))
        {
            return false;
        }

        b.Set(N + fund + "/closingCarryOver/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>Whether <paramref name="label"/> (compact) ends with a name of <see cref="LaterCarryOverNames"/> (then 为/是/':'
    /// may follow) after a list's lead only (<see cref="LeadsCarryOver"/>).</summary>
    private static bool IsLaterCarryOver(string label)
    {
        var end = label.Length;
        if (end > 0 && label[end - 1] is '为' or '是' or ':')
        {
            end--;
        }

        foreach (var name in LaterCarryOverNames)
        {
            var at = end - name.Length;
            if (at >= 0 && string.CompareOrdinal(label, at, name, 0, name.Length) == 0)
            {
                return LeadsCarryOver(label, at);
            }
        }

        return false;
    }
}
