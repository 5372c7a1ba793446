namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 41, t03): functional items one per line, each written name first with its code in brackets and
/// a full stop before its figures, the line ending in "；" — "…综合医院（项）（2100201）。年初预算为 A 万元，…，完成调整预算的
/// 100.00%；" and on the next line "卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）（2100408）。年初预算为 B 万元…". The
/// lines join into one paragraph, so each name after the first is the last clause of the sentence of the item before it.
/// Read as an item listed inside that sentence, it was the subject only to the sentence's end, and its own figures (the
/// next sentence, which names no subject) went back to the first item: a false FA8003 per figure and FA2205. A name that
/// stands alone as the last clause of its sentence, right after a "；", heads the sentence after it and stays the subject.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the functional name of <paramref name="clause"/> heads the sentence after its own (see the type's summary):
    /// in a section of functional items, the clause states no figure (a code in brackets is none), nothing but blanks and
    /// full stops follows it in its sentence, and a "；" ends the clause before it. A name listed with its figure
    /// ("其中：行政运行（2010301）300.00 万元") or after "、" or "，" ("主要用于：行政运行（项）、…") is none.
    /// </summary>
    private bool NameHeadsNextSentence(ClauseView clause)
    {
        if (section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital))
        {
            return false;
        }

        var t = clause.Sentence.Text;
        if (!ReferenceEquals(t, currentSentence))
        {
            return false;
        }

        var end = Math.Min(currentSentenceTo, t.Length);
        if (clause.End > end || FigureIn(t, clause.Start, clause.End))
        {
            return false;
        }

        for (var i = clause.End; i < end; i++)
        {
            if (!char.IsWhiteSpace(t[i]) && t[i] != '。')
            {
                return false;
            }
        }

        var before = clause.Start - 1;
        while (before >= currentSentenceFrom && char.IsWhiteSpace(t[before]))
        {
            before--;
        }

        return before >= currentSentenceFrom && t[before] is ';' or '；';
    }
}
