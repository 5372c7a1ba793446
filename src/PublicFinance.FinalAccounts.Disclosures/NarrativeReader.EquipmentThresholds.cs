using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Equipment held at a unit-price threshold the older members do not carry (session 47, schema 1.12; blind rounds 38–43):
/// "单价50万元以上设备2台（套）", "单价50万元（含）以上专用设备4台（套），价值320.00万元", "单价100万元以上通用设备1台（套）". Each such
/// count is a holding of <c>assets/equipmentHoldings</c> with its threshold as written (amount, unit, 含 or not), its kind
/// (设备, 通用设备, 专用设备) and the value that follows it. The template counts keep their members (通用设备 at 50万元,
/// 专用设备 at 100万元, every kind at 100万元: <see cref="TryEquipmentKind"/> and <c>largeEquipmentCount</c>). Still notes:
/// a kind with no threshold written ("大型专用设备2台"), a count naming both kinds, and a purchase or disposal in the year
/// ("新购置单价50万元以上设备1台").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The "单价…以上" threshold token <see cref="equipmentThreshold"/> was read from, as written.</summary>
    private NumberToken equipmentThresholdToken;

    /// <summary>The span of <see cref="equipmentThresholdToken"/>.</summary>
    private SourceSpan equipmentThresholdSpan;

    /// <summary>Whether the threshold's text says 含 (inclusive) or 不含, as the contract names it; null when it says neither.</summary>
    private string? equipmentThresholdInclusion;

    /// <summary>Whether the words before the threshold name a purchase or disposal of the year (购置, 新增, 报废, 处置, 更新).</summary>
    private bool equipmentThresholdIsChange;

    /// <summary>Keeps the threshold token read by <c>SpecialAmount</c> for the count that follows it.</summary>
    private void KeepEquipmentThreshold(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        equipmentThresholdToken = token;
        equipmentThresholdSpan = span;
        equipmentThresholdIsChange = NamesAFleetChange(label);
        var text = clause.Sentence.Text;
        var at = SkipSpaces(text, clause.Start + token.End, clause.End);
        equipmentThresholdInclusion = Scanner.Starts(text, at, "(含)", clause.End) || Scanner.Starts(text, at, "及以上", clause.End)
            ? "inclusive"
            : Scanner.Starts(text, at, "(不含)", clause.End) ? "exclusive" : null;
    }

    /// <summary>
    /// Reads a count (台/套) after a threshold the older members do not carry as a holding of <c>assets/equipmentHoldings</c>;
    /// false (the caller notes it) when no threshold is pending, the count names both kinds, or the threshold's clause
    /// names a change of the year. The value stated after it ("价值…万元") is the holding's.
    /// </summary>
    private bool EquipmentHoldingAt(NumberToken token, string compact, SourceSpan span, string text)
    {
        var general = compact.Contains("通用设备");
        var special = compact.Contains("专用设备");
        if (equipmentThreshold is null || general && special || equipmentThresholdIsChange || NamesAFleetChange(compact)
            || equipmentThresholdToken.Unit is not (FigureUnit.WanYuan or FigureUnit.Yuan))
        {
            return false;
        }

        var threshold = equipmentThresholdToken;
        var pointer = b.Append(N + "assets/equipmentHoldings");
        b.SetUnder(pointer, "priceThreshold", DraftNode.Of(AmountText(Amount.FromDecimal(threshold.Value, threshold.Decimals))),
            equipmentThresholdSpan);
        b.SetUnder(pointer, "priceThresholdUnit", DraftNode.Of(threshold.Unit == FigureUnit.Yuan ? "yuan" : "wanYuan"),
            equipmentThresholdSpan);
        if (equipmentThresholdInclusion is { } inclusion)
        {
            b.SetUnder(pointer, "inclusion", DraftNode.Of(inclusion), equipmentThresholdSpan);
        }

        b.SetUnder(pointer, "kind", DraftNode.Of(general ? "general" : special ? "special" : "unspecified"), span);
        b.SetUnder(pointer, "count", Int(token), span, ClaimKind.Count, text);
        equipmentThreshold = null;
        lastAssetValue = pointer.Substring(N.Length + "assets/".Length) + "/value";
        return true;
    }
}
