using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (prose64; blind rounds 59 t05 / t09, 60 t03 / t06 / t08): the fixed assets stated without the total assets —
/// "截至2016年12月31日，本馆固定资产原值1468.35万元，其中房屋952.60万元，专用设备415.27万元", "本中心固定资产612.35万元，其中房屋及
/// 构筑物428.60万元", "年末固定资产312.45万元". <see cref="AssetPart"/> reads 固定资产 only after 资产总额 in its sentence and
/// <see cref="AssetValue"/> only a category whose own label says 原值 or 净值, so each of these was unread.
/// <list type="bullet">
/// <item>A bare 固定资产 of the department (nothing before it but a short subject: 本馆, 年末, 本中心; no owner of another
/// unit, no year, no other period, no movement of the year) is <c>assets/fixedAssetsValue</c>, the book value the breakdown of
/// the total names the same way, when none is read.</item>
/// <item>固定资产原值 / 净值 of all fixed assets has no member (<c>AssetsStatement</c> holds a class's 原值 and 净值 only): a located
/// note, as before, but it heads the list after it — each part named by one category alone (其中房屋 A万元，专用设备 B万元) in
/// the same clause run (no ';' or '。' between) is that category's <c>originalValue</c> / <c>netValue</c>.</item>
/// <item>The parts of a bare 固定资产 do not say which value they are (原值 or 净值): located notes, never placed.</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest subject written before 固定资产 ("本中心", "年末", "本单位").</summary>
    private const int FixedAssetsSubjectMax = 4;

    /// <summary>
    /// The fixed assets stated last (the sentence's fragment, where its clause ends, and the value its parts state: originalValue,
    /// netValue, or empty when the text does not say), or null.
    /// </summary>
    private (Fragment Sentence, int End, string Member)? fixedAssetsHead;

    /// <summary>
    /// An amount labelled 固定资产 (原值 / 净值) of the department with no total before it in its sentence (see the type's
    /// remarks): placed as the fixed assets' value or noted, and kept as the head of the parts after it. False for any other
    /// label, which is then read as before.
    /// </summary>
    private bool FixedAssetsStated(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = CompactLabel(label);
        var word = compact.IndexOf("固定资产", StringComparison.Ordinal);
        if (word < 0 || word > FixedAssetsSubjectMax || token.Value < 0)
        {
            return false;
        }

        var owner = compact.Substring(0, word);
        var member = compact.Substring(word + 4).TrimEnd('为', ':') switch
        {
            "" => string.Empty,
            "原值" or "账面原值" => "originalValue",
            "净值" or "账面净值" => "netValue",
            _ => null,
        };
        if (member is null || HasAny(owner, OtherOwnersOfAssets) || owner.Any(Scanner.IsDigit) || owner.Contains("其中")
            || owner.Contains("另") || HasAny(compact, OtherPeriodWords) || HasAny(compact, AssetFlowWords)
            || HasAny(OwnSentenceHead(clause), AssetFlowWords) || OwnSentenceHead(clause).Contains("资产总"))
        {
            return false;
        }

        if (member.Length == 0 && b.Has(N + "assets/fixedAssetsValue"))
        {
            return false;
        }

        fixedAssetsHead = (clause.Sentence, clause.End, member);
        if (member.Length == 0)
        {
            b.Set(N + "assets/fixedAssetsValue", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
            return true;
        }

        Note(span, DisclosureMessages.FixedAssetsValueWithoutMember(compact.Substring(word) + token.Digits + token.UnitText), clause);
        return true;
    }

    /// <summary>
    /// An amount of one asset category listed right after the fixed assets (<see cref="fixedAssetsHead"/>) in the same run of
    /// clauses: "其中房屋952.60万元", "专用设备415.27万元". Placed as the category's 原值 or 净值 when the head says which, else a
    /// located note. False when the amount is no such part (read as before).
    /// </summary>
    private bool FixedAssetsCategoryPart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (fixedAssetsHead is not { } head || !ReferenceEquals(head.Sentence, clause.Sentence) || clause.Start < head.End
            || token.Value < 0)
        {
            return false;
        }

        var (end, member) = (head.End, head.Member);

        var text = clause.Sentence.Text;
        if (text.IndexOfAny(PartRunBreaks, end, clause.Start - end) >= 0)
        {
            return false;
        }

        var name = WithoutListLead(CompactLabel(label)).TrimEnd('为', ':');
        var category = CategoryIn(name, out var ambiguous);
        if (category is null || ambiguous || !IsCategoryNameAlone(name, category) || name.Contains("类"))
        {
            return false;
        }

        if (member.Length == 0)
        {
            Note(span, DisclosureMessages.FixedAssetsPartValueUnsaid(name + token.Digits + token.UnitText), clause);
            return true;
        }

        var list = N + "assets/categories";
        for (var i = 0; i < b.Count(list); i++)
        {
            if (b.FindString(list + "/" + i.ToString(CultureInfo.InvariantCulture) + "/category") == category)
            {
                Note(span, DisclosureMessages.AssetCategoryValueRepeated(category), clause);
                return true;
            }
        }

        var entry = b.Append(list);
        b.Set(entry + "/category", DraftNode.Of(category), span);
        b.Set(entry + "/" + member, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>The marks that end the run of a head's parts (a new clause of another subject: "；另有…", a new sentence).</summary>
    private static readonly char[] PartRunBreaks = [';', '；', '。', '(', '（'];

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="category"/>'s words and nothing else.</summary>
    private static bool IsCategoryNameAlone(string name, string category)
    {
        foreach (var (c, words) in AssetCategoryWords)
        {
            if (c == category && Array.IndexOf(words, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
