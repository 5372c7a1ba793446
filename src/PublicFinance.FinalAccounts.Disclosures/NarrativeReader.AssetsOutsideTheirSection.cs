using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (prose61, blind rounds 47 t04, 51 t07 and t10): the department's total assets stated where the reader is in
/// another subject's section — after the 政府采购 sentence of "六、政府采购和国有资产" ("…占比100.00%。截至2025年12月31日，本部门
/// 资产总额612.48万元，其中固定资产486.27万元"), under a heading no rule took ("**国有资产：**截至…", "（3）国有资产占用情况。…").
/// The amounts were "amounts the reader could not place". Now, in a subject section (三公, 机关运行经费, 政府采购) or before any
/// section, an amount whose own label is the department's 资产总额 / 资产总计 — nothing before the word but a short subject
/// (本部门, 学院, 年末), never an enterprise's, a fund's or a subordinate's (企业, 公司, 所属…) — is read as the assets' total
/// (<see cref="AssetValue"/>), and the parts named after it in the same sentence (其中固定资产…) as its parts
/// (<see cref="AssetPart"/>). Nothing else of the sentence moves: its counts stay the section's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest subject written before 资产总额 ("本部门", "学院", "年末").</summary>
    private const int AssetTotalSubjectMax = 3;

    /// <summary>Words of a subject before 资产总额 whose assets are not the department's own.</summary>
    private static readonly string[] OtherOwnersOfAssets = ["企业", "公司", "集团", "所属", "下属", "监管", "出资", "基金", "户"];

    /// <summary>The sentence whose total assets were read outside the assets section (its parts may follow), or null.</summary>
    private Fragment? assetTotalSentence;

    /// <summary>
    /// The department's total assets, or a part of it after that total in the same sentence, read in a section of another
    /// subject (see the type's remarks); true when placed or noted.
    /// </summary>
    private bool AssetsOutsideTheirSection(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section is not (Section.None or Section.ThreePublic or Section.OperatingExpenses or Section.Procurement))
        {
            return false;
        }

        if (ReferenceEquals(assetTotalSentence, clause.Sentence) && !IsAssetTotal(compact))
        {
            return AssetPart(clause, token, compact, span);
        }

        var word = Math.Max(compact.IndexOf("资产总额", StringComparison.Ordinal), compact.IndexOf("资产总计", StringComparison.Ordinal));
        if (word < 0 || word > AssetTotalSubjectMax || !IsAssetTotal(compact) || compact.Substring(0, word) is var owner
            && (HasAny(owner, OtherOwnersOfAssets) || owner.Any(Scanner.IsDigit)) || b.Has(N + "assets/totalValue"))
        {
            return false;
        }

        if (!AssetValue(clause, token, compact, span))
        {
            return false;
        }

        assetTotalSentence = clause.Sentence;
        return true;
    }

    /// <summary>Words that make a count in 台 / 套 one of equipment (设备, 仪器; 单价…, 大型…).</summary>
    private static readonly string[] EquipmentCountWords = ["设备", "仪器", "单价", "大型", "价值"];

    /// <summary>
    /// Session 61 (blind round 57 t09): whether the label of a count in 台 / 套 with no unit-price threshold before it names a
    /// thing that is no equipment ("教学用计算机436台", "空调 12 台"): not the count of the equipment held at 100万元 (单价100万元以上设备,
    /// the member an unqualified "设备 3 台" of the template fills). A bare label (共有, 其中) keeps the old reading.
    /// </summary>
    private static bool NamedThingNotEquipment(string compact)
    {
        var name = compact.StartsWith("其中", StringComparison.Ordinal) ? compact.Substring(2) : compact;
        name = name.Trim(':', ',').TrimStart('共', '有', '另');
        return name.Length > 1 && !HasAny(name, EquipmentCountWords);
    }
}
