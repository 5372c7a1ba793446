using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the blind round 26 (B) families (blindfixb): a part the model cannot hold said in plain words, once in
/// each language (the contract's own error text is bilingual, so putting it into both halves printed it twice).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>The required member a contract error names ("missing required properties including: 'name'"), or null.</summary>
    private static readonly Regex MissingMember = new(@"missing required propert(?:y|ies)[^']*'([A-Za-z]+)'", RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// A part of the reading the model cannot hold (a performance table whose 项目名称 was not found, a class whose amount was not
    /// read), dropped: where it stands and which member it lacks, in plain words — never the contract's internal error text.
    /// </summary>
    /// <param name="pointer">The part's JSON Pointer (/performance/evaluations/0).</param>
    /// <param name="error">The contract's error message (only the name of a missing member is taken from it).</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) IncompletePartDropped(string pointer, string error)
    {
        var member = MissingMember.Match(error) is { Success: true } m ? m.Groups[1].Value : null;
        return member is null
            ? ($"读出的部分（{pointer}）不符合模型，已舍弃：{ChinesePart(error)}",
                $"A part read ({pointer}) does not fit the model and was dropped: {EnglishPart(error)}")
            : ($"读出的部分（{pointer}）缺少必需的“{member}”，已舍弃；相关数字请以原文为准。",
                $"A part read ({pointer}) lacks its required “{member}” and was dropped; see the text for its figures.");
    }

    /// <summary>The contract's error before its first Chinese character (its English half), trimmed.</summary>
    private static string EnglishPart(string error)
    {
        var cjk = Scanner.FirstIdeograph(error);
        return (cjk < 0 ? error : error.Substring(0, cjk)).Trim();
    }

    /// <summary>The contract's error from its first Chinese character on (its Chinese half), or the whole when it has none.</summary>
    private static string ChinesePart(string error)
    {
        var cjk = Scanner.FirstIdeograph(error);
        return cjk < 0 ? error : error.Substring(cjk).Trim();
    }

    /// <summary>
    /// A 绩效自评表 whose 项目名称 (or 部门名称) was not found: the model requires an evaluation's name, so the table is not
    /// read as an evaluation (a note, never a part the contract rejects).
    /// </summary>
    public static readonly (string Zh, string En) EvaluationTableWithoutName = (
        "绩效自评表未找到项目名称（或部门名称），模型要求评价有名称，该表未读入；相关数字请以原文为准。",
        "No project (or department) name was found for this performance self-evaluation table; the model requires one, so the "
            + "table was not read (see the text for its figures).");

    /// <summary>
    /// Every part of the reading fits the model alone but not together: only the entity is kept. Said once in each language,
    /// with the JSON path where the contract stopped (its own bilingual error text is not repeated in both halves).
    /// </summary>
    /// <param name="path">The contract's JSON path ($.narrative…), or null.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) PartsDoNotFitTogetherPlain(string? path) => (
        "读出的内容组合后不符合模型（位置 " + (path ?? "$") + "），仅保留单位信息。",
        "The parts read do not fit the model together (at " + (path ?? "$") + "); only the entity was kept.");
}
