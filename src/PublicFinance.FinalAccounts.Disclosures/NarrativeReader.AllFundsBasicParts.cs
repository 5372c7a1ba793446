using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35 (issue 8; blind round 32's miss 5): "基本支出 26890.30 万元，占 90.00%，包括人员经费 12456.80 万元、公用经费
/// 14433.50 万元" inside the 支出 section. The 支出 section's 基本支出 is of all funds (本年支出合计's part), while the model's
/// 人员经费 and 公用经费 (<c>basicExpenditure</c>) are the 一般公共预算财政拨款 基本支出's — checked against 表六 and FA1206 —, so
/// the parts are not placed there (a hospital's all-funds 人员经费 is many times its appropriation's: a false Error; the same
/// choice as for the bracketed "（一）基本支出决算情况" under 支出, session 25). They were "an amount the reader could not place:
/// 包括人员经费"; they are now the located note <see cref="DisclosureMessages.AllFundsBasicPart"/> that says whose parts they
/// are, when the sentence's subject is the 支出 section's 基本支出 (其中 / 包括 / 主要包括 / 分别为 / 中 all read the same).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The parts of 基本支出 that the model holds for the 一般公共预算财政拨款 基本支出 only.</summary>
    private static readonly string[] BasicPartNames = ["人员经费", "公用经费"];

    /// <summary>
    /// Whether the amount after <paramref name="label"/> in the 支出 section is a part (人员经费, 公用经费) of the all-funds 基本支出
    /// the sentence is about — its subject is <c>expenditure/basic</c>, or the label names 基本支出 before the part
    /// ("基本支出中人员经费 …") — and was noted so. A label of another period (上年…) is left to the other readers.
    /// </summary>
    private bool AllFundsBasicPart(ClauseView clause, string label, SourceSpan span)
    {
        if (section != Section.Expenditure)
        {
            return false;
        }

        var compact = CompactLabel(label);
        var part = -1;
        foreach (var name in BasicPartNames)
        {
            part = compact.IndexOf(name, StringComparison.Ordinal);
            if (part >= 0)
            {
                break;
            }
        }

        if (part < 0 || compact.IndexOf("上年", StringComparison.Ordinal) >= 0 || compact.IndexOf("预算", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var named = compact.LastIndexOf("基本支出", part, StringComparison.Ordinal) >= 0 || SentenceOpensWithBasic();
        if (!named && !string.Equals(subject, N + "expenditure/basic", StringComparison.Ordinal))
        {
            return false;
        }

        Note(span, DisclosureMessages.AllFundsBasicPart, clause);
        return true;
    }

    /// <summary>Whether the sentence being read opens with 基本支出 ("基本支出中，人员经费 …", "基本支出包括：…").</summary>
    private bool SentenceOpensWithBasic()
    {
        var from = currentSentenceFrom;
        while (from < currentSentenceTo && WhiteSpace.Is(currentSentence[from]))
        {
            from++;
        }

        return Scanner.Starts(currentSentence, from, "基本支出", currentSentenceTo);
    }
}
