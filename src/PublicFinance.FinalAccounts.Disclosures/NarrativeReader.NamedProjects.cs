using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Named projects of 项目支出 (session 38, blind rounds 34 M6 and 35 M3): "项目支出主要用于：老旧小区改造技术服务项目 4210.30 万元、…",
/// "项目支出包括“小型水库除险加固项目”380.00 万元、“河道清淤整治项目”232.40 万元". The model has no list of projects, so each amount
/// is a located note naming its project (<see cref="DisclosureMessages.NamedProjectWithoutPlace"/>). Before, the first of a
/// 包括 list was "a figure of another kind" at 项目支出 (the label named 项目支出 too), which did not name the project. No rule
/// compares a project list with its 项目支出.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words after which a label's last part is what the amount is of ("项目支出包括“X项目”").</summary>
    private static readonly string[] ProjectListLeads = ["主要用于", "用于", "包括", "其中", ":", "、", ",", ";"];

    /// <summary>
    /// An amount whose label ends with a project's name — a name ending in 项目 (4 to 30 characters, no digit, in quotes or
    /// not) after the last of <see cref="ProjectListLeads"/>, that the section's label table does not know — in a section
    /// of the statements: a located note naming the project; true when so noted.
    /// </summary>
    private bool NamedProjectFigure(string label, SourceSpan span, ClauseView clause)
    {
        if (section is not (Section.None or Section.Overall or Section.Expenditure or Section.Appropriation or Section.GeneralBudget)
            || label.Length < 4)
        {
            return false;
        }

        var name = ProjectNameOf(label);
        if (name.Length is < 4 or > 30 || !name.EndsWith("项目", StringComparison.Ordinal) || HasDigit(name)
            || Resolve(name) is not null)
        {
            return false;
        }

        Note(span, DisclosureMessages.NamedProjectWithoutPlace(name), clause);
        return true;
    }

    /// <summary>
    /// The last part of a label after the last of <see cref="ProjectListLeads"/>, without quotes: the name a project list
    /// gives the amount that follows ("项目支出包括“X项目”" → "X项目").
    /// </summary>
    private static string ProjectNameOf(string label)
    {
        var name = label.TrimEnd();
        var start = 0;
        foreach (var lead in ProjectListLeads)
        {
            var at = name.LastIndexOf(lead, StringComparison.Ordinal);
            start = Math.Max(start, at < 0 ? 0 : at + lead.Length);
        }

        return name.Substring(start).Trim().Trim('“', '”', '"', '《', '》', '「', '」').Trim();
    }
}
