using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A budget whose label names a project (blind round 33, F1): "公务接待费 1.52 万元…。" then, in a 绩效 paragraph with no heading
/// of its own, "其中，妇女儿童维权服务项目全年预算 30.00 万元，执行 28.76 万元，预算执行率 95.87%" — the budget, the execution and
/// the rate are that project's. The budget used to open on the subject read last (公务接待费), and FA1107 / FA2201 compared the
/// project's 30.00 with the 三公 table's 2.50 (two false Errors).
/// </summary>
/// <remarks>
/// A project (项目, 工程) named in the budget's label that no label of this section resolves to is another subject: its budget
/// is a located note (<see cref="DisclosureMessages.ProjectLineFigure"/>), the current subject and budget are closed, and the
/// rest of the sentence (its execution and rate) is not read. "项目支出…预算" is the 项目支出 figure, not a project; a bare "项目预算"
/// names no project and is left to the other readers.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that end a project's name before its budget word ("X项目全年预算", "Y工程年初预算").</summary>
    private static readonly string[] ProjectNameEnds = ["项目", "工程"];

    /// <summary>The budget words a project's budget label ends with (longest first).</summary>
    private static readonly string[] ProjectBudgetWords =
        ["全年预算数为", "全年预算数", "全年预算为", "全年预算", "年初预算数为", "年初预算数", "年初预算为", "年初预算", "调整预算", "预算数为", "预算数",
         "预算为", "预算"];

    /// <summary>
    /// Whether the budget labelled <paramref name="label"/> is a named project's (noted, and the rest of its sentence not
    /// read): true when it was.
    /// </summary>
    private bool ProjectBudgetNoted(ClauseView clause, string label, SourceSpan span)
    {
        if (ProjectNameOfBudget(label) is not { } name || Resolve(name) is not null)
        {
            return false;
        }

        Note(span, DisclosureMessages.ProjectLineFigure, clause);
        subject = null;
        budget = null;
        reasonTarget = null;
        mutedSentence = sentenceStart;   // its execution and rate are the project's too
        return true;
    }

    /// <summary>
    /// The project <paramref name="label"/> names before its budget word ("妇女儿童维权服务项目" of "妇女儿童维权服务项目全年预算"),
    /// or null: the name must end with 项目 or 工程 after at least two characters and not be 项目支出's.
    /// </summary>
    internal static string? ProjectNameOfBudget(string label)
    {
        foreach (var word in ProjectBudgetWords)
        {
            if (!label.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var name = label.Substring(0, label.Length - word.Length).TrimEnd();
            foreach (var end in ProjectNameEnds)
            {
                if (name.Length >= end.Length + 2 && name.EndsWith(end, StringComparison.Ordinal)
                    && name.IndexOf("项目支出", StringComparison.Ordinal) < 0)
                {
                    return name;
                }
            }

            return null;
        }

        return null;
    }
}
