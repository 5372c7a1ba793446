using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (schema 1.11, blind round 43's t01, t03, t04, t05, t08, t09 and t10): the parts of the total assets stated in
/// its breakdown — "资产总额3865.42万元，其中：流动资产1248.17万元，固定资产2617.25万元，无形资产…". 流动资产 →
/// <c>assets/currentAssetsValue</c>, 固定资产 → <c>assets/fixedAssetsValue</c>, 无形资产 → <c>assets/intangibleAssetsValue</c>
/// (rule FA4204: the stated parts add up to at most the total). Only a bare part named after the total in its sentence; not
/// 固定资产原值 / 净值 (a category's value, read as before by <c>AssetValue</c>), 非流动资产, a part of another year or of a
/// movement (购置, 新增…: 固定资产 of a vehicle line), a negative amount, any part of a breakdown that states a negative
/// part. 其他资产 is not read: a list may name parts the model has no member for (在建工程, 公共基础设施) before it, and the
/// residual part would then close a list that is not whole.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The parts of the total assets, each with its member.</summary>
    private static readonly (string Word, string Member)[] AssetPartWords =
    [
        ("流动资产", "currentAssetsValue"),
        ("固定资产", "fixedAssetsValue"),
        ("无形资产", "intangibleAssetsValue"),
    ];

    /// <summary>Words that make a part's label another figure than its book value at the year's end.</summary>
    private static readonly string[] AssetPartNotWholeWords = ["原值", "净值", "账面", "非流动", "累计", "折旧", "摊销"];

    /// <summary>An amount of the assets section that is a part of the total assets (true: placed).</summary>
    private bool AssetPart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = CompactLabel(label);
        if (token.Value < 0 || HasAny(compact, OtherPeriodWords) || HasAny(compact, AssetPartNotWholeWords)
            || HasAny(compact, AssetFlowWords) || compact.Contains("预算"))
        {
            return false;
        }

        string? member = null;
        foreach (var (word, candidate) in AssetPartWords)
        {
            if (compact.EndsWith(word, StringComparison.Ordinal) || compact.EndsWith(word + "为", StringComparison.Ordinal))
            {
                member = candidate;
            }
        }

        var head = clause.Sentence.Text.Substring(0, clause.Start);
        var total = Math.Max(head.LastIndexOf("资产总额", StringComparison.Ordinal), head.LastIndexOf("资产总计", StringComparison.Ordinal));
        if (member is null || total < 0 || HasAny(head.Substring(total), AssetFlowWords) || b.Has(N + "assets/" + member)
            || HasNegativeAmount(clause.Sentence.Text, total))
        {
            return false;   // only in the breakdown of the total stated before it in the sentence, once; none with a negative part
        }

        b.Set(N + "assets/" + member, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// Whether a negative amount is written in <paramref name="text"/> from <paramref name="start"/> on: a minus sign before a
    /// digit that does not follow a digit (not a range such as 2021-2022). A breakdown with a negative part (session 61, round 58
    /// t09: 其他资产-111.53万元) can add up to more than its total, so rule FA4204's "at most the total" does not hold for it.
    /// </summary>
    private static bool HasNegativeAmount(string text, int start)
    {
        for (var i = Math.Max(start, 0); i + 1 < text.Length; i++)
        {
            if (text[i] is '-' or '－' or '−' && char.IsDigit(text[i + 1]) && (i == 0 || !char.IsDigit(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
