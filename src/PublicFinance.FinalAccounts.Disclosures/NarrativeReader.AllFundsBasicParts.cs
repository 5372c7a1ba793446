using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35 (issue 8; blind round 32's miss 5): "基本支出 26890.30 万元，占 90.00%，包括人员经费 12456.80 万元、公用经费
/// 14433.50 万元" inside the 支出 section. The 支出 section's 基本支出 is of all funds (本年支出合计's part), while the model's
/// 人员经费 and 公用经费 (<c>basicExpenditure</c>) are the 一般公共预算财政拨款 基本支出's — checked against 表六 and FA1206 —, so
/// the parts are not placed there (a hospital's all-funds 人员经费 is many times its appropriation's: a false Error; the same
/// choice as for the bracketed "（一）基本支出决算情况" under 支出, session 25). They were "an amount the reader could not place:
/// 包括人员经费"; session 35 made them a located note, and session 36 (schema 1.7) places them in the members made for them,
/// <c>expenditure/basicPersonnel</c> and <c>expenditure/basicPublic</c> (rule FA1214: their sum is the all-funds 基本支出),
/// when the sentence's subject is the 支出 section's 基本支出 (其中 / 包括 / 主要包括 / 分别为 / 中 all read the same).
/// Another reader that finds such a part (a bracketed part list, "基本支出 A 万元（人员经费 P 万元，公用经费 Q 万元）") hands it
/// to <see cref="PlaceAllFundsBasicPart"/>, the one place that writes these members.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The parts of 基本支出 that the model holds for the 一般公共预算财政拨款 基本支出 only.</summary>
    private static readonly string[] BasicPartNames = ["人员经费", "公用经费"];

    /// <summary>
    /// Whether the amount after <paramref name="label"/> in the 支出 section is a part (人员经费, 公用经费) of the all-funds 基本支出
    /// the sentence is about — its subject is <c>expenditure/basic</c>, or the label names 基本支出 before the part
    /// ("基本支出中人员经费 …") — and was placed so. A label of another period (上年…) is left to the other readers.
    /// </summary>
    private bool AllFundsBasicPart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (!AllFundsBasicSection)
        {
            return false;
        }

        var compact = CompactLabel(label);
        var part = -1;
        var partName = string.Empty;
        foreach (var name in BasicPartNames)
        {
            part = compact.IndexOf(name, StringComparison.Ordinal);
            if (part >= 0)
            {
                partName = name;
                break;
            }
        }

        if (part < 0 || compact.IndexOf("上年", StringComparison.Ordinal) >= 0 || compact.IndexOf("预算", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var named = compact.LastIndexOf("基本支出", part, StringComparison.Ordinal) >= 0 || SentenceOpensWithBasic();
        if (!named && !SubjectIsAllFundsBasic())
        {
            return false;
        }

        return PlaceAllFundsBasicPart(partName, token, span, clause);
    }

    /// <summary>
    /// Places a part of the all-funds 基本支出 of the 支出 section (schema 1.7): 人员经费 → <c>expenditure/basicPersonnel</c>,
    /// 公用经费 → <c>expenditure/basicPublic</c>; what follows in the clause (its change, its share) is the part's. The entry
    /// point for every reader that finds such a part; the caller has made sure the part is of all funds' 基本支出 (under the
    /// 一般公共预算财政拨款 基本支出 heading the parts are <c>basicExpenditure</c>'s, not these). False, and nothing placed, outside
    /// the 支出 section or for another name.
    /// </summary>
    /// <param name="partName">人员经费 or 公用经费.</param>
    /// <param name="token">The amount.</param>
    /// <param name="span">Where the amount is written.</param>
    /// <param name="clause">The clause it is read from.</param>
    /// <returns>Whether the amount was placed (or was the same member stated again, which the builder compares).</returns>
    private bool PlaceAllFundsBasicPart(string partName, NumberToken token, SourceSpan span, ClauseView clause)
    {
        var member = partName switch
        {
            "人员经费" => "expenditure/basicPersonnel",
            "公用经费" => "expenditure/basicPublic",
            _ => null,
        };
        if (!AllFundsBasicSection || member is null)
        {
            return false;
        }

        if (b.Set(N + member + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text))
        {
            subject = N + member;
            subjectSentence = sentenceStart;
        }

        budget = null;
        return true;
    }

    /// <summary>
    /// Whether the section's 基本支出 is all funds': the 支出 section's, and (session 39, blind round 36's family H) the
    /// overview's — "本年支出 A 万元，其中基本支出 B 万元，项目支出 C 万元。基本支出中人员经费 P 万元，公用经费 Q 万元" under
    /// 收入支出决算总体情况, where the overview's 基本支出 is <c>expenditure/basic</c> too. Before, P was "a figure of another
    /// kind" of <c>expenditure/basic</c> and Q unplaced there, while the same sentence under 支出 was read. Session 44: and
    /// the 财政拨款 section's sentence that restates the department's 基本支出 (<see cref="RestatedDepartmentBasic"/>).
    /// </summary>
    private bool AllFundsBasicSection => section is Section.Expenditure or Section.Overall || InRestatedBasicSentence;

    /// <summary>
    /// Session 37: whether <paramref name="label"/> names a part of 基本支出 after 基本支出 itself with nothing but a joining word
    /// between ("基本支出中人员经费", "基本支出包括人员经费", "基本支出中：人员经费"): the amount is the part's, while the label table
    /// gives it to 基本支出 (before: "a figure of another kind" of <c>expenditure/basic</c>, and 公用经费 after it unplaced).
    /// </summary>
    private static bool NamesBasicPartAfterBasic(string label)
    {
        if (label.IndexOf("经费", StringComparison.Ordinal) < 0)
        {
            return false;   // most 基本支出 labels: no copy made
        }

        var compact = CompactLabel(label);
        var basic = compact.LastIndexOf("基本支出", StringComparison.Ordinal);
        if (basic < 0)
        {
            return false;
        }

        var between = basic + "基本支出".Length;
        foreach (var name in BasicPartNames)
        {
            var part = compact.IndexOf(name, between, StringComparison.Ordinal);
            if (part >= 0 && IsOneOf(compact.AsSpan(between, part - between), BasicPartJoiners)
                && IsOneOf(compact.AsSpan(part + name.Length), BasicPartEnds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words that may stand between 基本支出 and its part's name in one label.</summary>
    private static readonly string[] BasicPartJoiners = ["", "中", "中:", "包括", "包括:", "主要包括", "其中", "其中:", "中包括", "含"];

    /// <summary>What may follow the part's name before its amount.</summary>
    private static readonly string[] BasicPartEnds = ["", "为", "是", "支出", "支出为", "共计", "合计"];

    /// <summary>
    /// Whether the subject is the 支出 section's 基本支出 or one of its parts just placed ("…其中人员经费 P 万元，公用经费 Q 万元":
    /// the second part follows the first).
    /// </summary>
    private bool SubjectIsAllFundsBasic()
        => subject == N + "expenditure/basic" || subject == N + "expenditure/basicPersonnel" || subject == N + "expenditure/basicPublic";

    /// <summary>Whether the sentence being read opens with 基本支出 ("基本支出中，人员经费 …", "基本支出包括：…").</summary>
    private bool SentenceOpensWithBasic() => SentenceOpensWith("基本支出");
}
