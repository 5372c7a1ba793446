using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (schema116, schema 1.16; blind rounds 58 t04, 59 t07, 59 t09): the 项 lines of the all-funds 支出决算情况 —
/// "按支出功能分类科目分：事业运行（2140150）：1 268.42万元，比上年决算增加52.34万元…", "林业事业机构（2130204）支出238.64万元，
/// 比上年增加17.46万元" — are entries of <c>/narrative/expenditure/items</c> (<see cref="FunctionalList"/>), read as the 一般公共预算
/// 项 are: amount, share, change, prior-year amount. Before, the section had no list and each was a located note. Two words of
/// the section's labels are the item's, not the section's, in the item's sentence: a bare 支出 / 支出决算 after the name is the
/// item's amount (not 本年支出合计), and a 基本支出 / 项目支出 after it is the item's split, which has no member (a note — never
/// the section's 基本支出 or 项目支出).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words after a 项's name that only say its amount is spent ("…（2130204）支出 238.64 万元").</summary>
    private static readonly string[] ItemAmountWords = ["支出", "支出决算", "支出决算数", "决算支出", "决算数", "支出数", "决算"];

    /// <summary>The sentence (its <see cref="sentenceStart"/>) in which an all-funds 项's split was last noted, or -1.</summary>
    private int expenditureItemSplitSentence = -1;

    /// <summary>Whether the subject is an all-funds 项 named in the current sentence.</summary>
    private bool SubjectIsExpenditureItemHere
        => subjectSentence == sentenceStart && subject is not null
            && subject.StartsWith(N + "expenditure/items/", StringComparison.Ordinal);

    /// <summary>
    /// The section's <paramref name="target"/> for a label in the sentence of an all-funds 项: a bare 支出 (the item's amount,
    /// <paramref name="target"/> is set to null so that the subject takes it) or another member of the expenditure statement (the
    /// item's split: a note, true). False, <paramref name="target"/> unchanged, when the subject is no such item.
    /// </summary>
    private bool ExpenditureItemLabel(ref string? target, string label, ClauseView clause, SourceSpan span)
    {
        var split = expenditureItemSplitSentence == sentenceStart && sentenceStart >= 0;
        if (target is null || !SubjectIsExpenditureItemHere && !split)
        {
            return false;
        }

        var compact = label.Replace(" ", string.Empty).TrimStart(',', ';', ':', '、');
        if (!split && target == "expenditure/total" && Array.IndexOf(ItemAmountWords, compact) >= 0)
        {
            target = null;   // "…（2130204）支出 238.64 万元": the item's own amount
            return false;
        }

        if (target.StartsWith("expenditure/", StringComparison.Ordinal))
        {
            expenditureItemSplitSentence = sentenceStart;   // "…其中基本支出 A 万元，项目支出 B 万元": B is the item's split too
            subject = null;   // nor is a share or change after the split the item's
            budget = null;
            reasonTarget = null;
            Note(span, DisclosureMessages.ExpenditureItemPart, clause);
            return true;
        }

        return false;
    }
}
