namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The kind of report stated in a sentence, when no title or heading stated one (blind round 35, W2): "本单位为市住房和城乡建设局
/// 所属公益二类事业单位，本报告为2024年度单位决算说明。" makes the report a unit's, so its 本单位 is the right word (no FA8004).
/// Only the sentence that calls the text itself a 单位决算 (本报告 / 本说明 … 为 / 是 … 单位决算, the year or 为 right before it):
/// "本部门决算包括部门本级及所属单位决算" decides nothing (所属单位决算 is a part of a department's report).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words by which a sentence speaks of the text itself (本报告为…).</summary>
    private static readonly string[] SelfWords = ["本报告", "本说明", "本决算说明", "本公开说明"];

    /// <summary>
    /// Makes the report a unit's when a sentence of <paramref name="paragraph"/> says the text is a 单位决算 and no title or
    /// heading stated the kind before; cheap when the kind is known or the paragraph has no 单位决算.
    /// </summary>
    private void KindFromStatement(Fragment paragraph)
    {
        var text = paragraph.Text;
        if (kindStated)
        {
            return;
        }

        for (var at = text.IndexOf("单位决算", StringComparison.Ordinal); at > 0;
             at = text.IndexOf("单位决算", at + 4, StringComparison.Ordinal))
        {
            if (text[at - 1] is not ('度' or '年' or '为' or '是'))
            {
                continue;   // "所属单位决算", "各单位决算": a part of the report, not its kind
            }

            var start = text.LastIndexOf('。', at - 1) + 1;
            var self = false;
            foreach (var word in SelfWords)
            {
                var w = text.IndexOf(word, start, at - start, StringComparison.Ordinal);
                self |= w >= 0 && (text.IndexOf('为', w, at - w) >= 0 || text.IndexOf('是', w, at - w) >= 0);
            }

            if (!self)
            {
                continue;
            }

            kindStated = true;
            IsUnitReport = true;
            var span = b.Span(paragraph, at, at + 4);
            if (b.Has("/entity/kind"))
            {
                b.Put("/entity/kind", "unit");   // a title without a kind word set "department"
            }
            else
            {
                b.SetString("/entity/kind", "unit", span);
            }

            return;
        }
    }
}
