using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// 基本持平 written before the change it qualifies (session 39, blind round 37 t09; issue 8): "本年收入 X 万元，与上年基本持平，仅增加
/// 2.46 万元". Blind round 31's <see cref="RoughlyLevelAsReason"/> took 基本持平 after its change ("增加 2 万元，与上年基本持平") as the
/// change's stated account; before it, the clause set the direction "unchanged", and the amount the next clause stated made a
/// false FA2101 Error (unchanged with an amount of 2.46). When the next clause of the sentence states a directed change with a
/// figure (增加, 减少, 增长, 下降…, with only 仅 / 略 / 只 between), 基本持平 is that change's account (its reason), and the
/// direction is the next clause's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The direction words a change after 基本持平 opens with.</summary>
    private static readonly string[] DirectedChangeWords = ["增加", "减少", "增长", "下降", "上升", "降低", "减幅", "增幅"];

    /// <summary>
    /// Whether the 基本持平 clause <paramref name="text"/> is followed in its sentence by a clause that states a directed change
    /// with a figure; then the clause is recorded as that change's reason (<see cref="RoughlyLevelAsReason"/>) and no direction
    /// is set. True when so.
    /// </summary>
    private bool RoughlyLevelBeforeItsChange(ClauseView clause, string change, string text, SourceSpan span)
    {
        if (!text.Contains("基本持平") || b.Has(change, "direction"))
        {
            return false;
        }

        var sentence = clause.Sentence.Text;
        var i = clause.End;
        while (i < sentence.Length && sentence[i] is '，' or ',' or '；' or ';' or ' ' or '\u3000' or '仅' or '略' or '只' or '但')
        {
            i++;
        }

        foreach (var word in DirectedChangeWords)
        {
            if (string.CompareOrdinal(sentence, i, word, 0, word.Length) != 0)
            {
                continue;
            }

            var at = i + word.Length;
            while (at < sentence.Length && sentence[at] is '了' or ' ' or '\u3000')
            {
                at++;
            }

            if (at < sentence.Length && Scanner.IsDigit(sentence[at]))
            {
                RoughlyLevelAsReason(clause, change, text, span);
                return true;
            }
        }

        return false;
    }
}
