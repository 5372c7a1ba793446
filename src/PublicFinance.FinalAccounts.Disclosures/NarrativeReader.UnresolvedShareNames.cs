namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (issue 8; shares36's doubtful case): a share whose figure is named before 占 by a name that resolves to no
/// model member — "项目支出 200.00 万元，培训费占比 6.0%", "基本支出 800.00 万元，其中会议费占本年支出的 3.0%", "其中信息化建设项目
/// 支出占 30%". Before, the share was stored on the clause's subject (项目支出, 基本支出) and FA2002 raised a false Error against
/// that subject's amount. Such a share is now a located note (<see cref="DisclosureMessages.ShareOfUnknownFigure"/>) unless
/// the name points back at the subject ("该项支出占…", "上述支出占…": the subject's share) or is the whole ("在总支出中占…");
/// one project's name ("XX项目支出占…") is a note too, though it resolves to 项目支出. Any other name that resolves keeps the
/// session-39 reading (<c>ShareWording</c>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words opening a name before 占 that point back at the clause's figure ("该项支出占", "上述支出占", "此项占").</summary>
    private static readonly string[] BackReferenceWords = ["该", "此", "这", "上述", "以上", "前述"];

    /// <summary>
    /// Whether a name written before 占 (<see cref="NameBeforeShare"/>) points back at the clause's figure rather than naming
    /// another one: it opens with one of <see cref="BackReferenceWords"/>.
    /// </summary>
    private static bool RefersBack(string name) => StartsWithAny(name, 0, name.Length, BackReferenceWords);

    /// <summary>
    /// Whether a name written before 占 is the whole the clause's figure is a part of, not another figure ("在总支出中占比",
    /// "本年支出中占"): it opens with 在 or ends with 中.
    /// </summary>
    private static bool NamesTheWhole(string name)
        => name.StartsWith("在", StringComparison.Ordinal) || name.EndsWith("中", StringComparison.Ordinal);

    /// <summary>Words before 项目支出 that still name all 项目支出 of the year, not one project ("本年项目支出").</summary>
    private static readonly string[] YearProjectWords = ["本年", "年度", "全年", "当年"];

    /// <summary>
    /// Whether a name written before 占 is one project's spending ("信息化建设项目支出", "XX项目经费"): it ends with 项目支出 or
    /// 项目经费 after words of its own (not <see cref="YearProjectWords"/>). Such a name resolves to 项目支出 (the key is in it),
    /// but its share is the project's, not 项目支出's.
    /// </summary>
    private static bool NamesAProject(string name)
    {
        var at = name.EndsWith("项目支出", StringComparison.Ordinal) || name.EndsWith("项目经费", StringComparison.Ordinal)
            ? name.Length - 4 : -1;
        if (at <= 0)
        {
            return false;
        }

        return !HasAnyIn(name, 0, at, YearProjectWords);
    }
}
