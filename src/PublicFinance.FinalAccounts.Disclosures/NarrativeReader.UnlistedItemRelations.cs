using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (issue 8, a precision risk): in the 一般公共预算 section, a budget relation of a figure the clause names that is
/// not the section's subject — "其中一般行政管理事务决算数小于年初预算数，主要是压减会议费用" after the total, when no list of 项 was
/// read (a table the reader could not read, or none) — is that named figure's, never the total's. Before, it was set on the
/// total (<c>generalBudget/total/budget/relation</c>): a false FA2203 Error when the total is above its budget, and the 项's
/// reason was the total's. Now it is set on nothing, and its reason neither; a located note says so.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The words that may open a relation clause before the figure it names ("其中：…"), and the words naming the reporting
    /// unit or the year, which name no other figure ("本部门", "本年度").
    /// </summary>
    private static readonly string[] RelationNameOpenings =
        ["其中", ":", "：", "，", ",", "、", " ", "本部门", "本单位", "我部门", "我单位", "本局", "我局", "本年度", "本年", "全年", "年度"];

    /// <summary>
    /// Whether the relation clause <paramref name="clause"/> of the 一般公共预算 section names, before its 决算, a figure other
    /// than the subject (the section's total or a figure not an item): a name that resolves to nothing or to another figure.
    /// When it does, the relation and its reason are set on nothing, with a note; a clause naming nothing ("决算数小于年初预算数")
    /// or the subject itself ("一般公共预算财政拨款支出决算数大于…") is read as before.
    /// </summary>
    private bool RelationOfAnotherFigure(ClauseView clause, SourceSpan span)
    {
        if (section != Section.GeneralBudget || subject is not { } stated || SubjectIsItem)
        {
            return false;
        }

        var name = RelationName(clause.Text);
        if (EntityName is { Length: >= 2 } entity && name.StartsWith(entity, StringComparison.Ordinal))
        {
            name = RelationName(name.Substring(entity.Length) + "决算");   // "某县司法局一般公共预算…决算数": the issuer's own
        }

        if (name.Length < 2 || Scanner.FirstIdeograph(name) < 0 || Resolve(name) is { } resolved && N + resolved == stated)
        {
            return false;
        }

        Note(span, DisclosureMessages.RelationOfAnotherFigure, clause);
        reasonTarget = null;
        return true;
    }

    /// <summary>
    /// The words of <paramref name="text"/> before its first 决算, without the openings of <see cref="RelationNameOpenings"/>
    /// and the year ("2022年度"); empty when 决算 opens it or is absent.
    /// </summary>
    internal static string RelationName(string text)
    {
        var end = text.IndexOf("决算", StringComparison.Ordinal);
        if (end <= 0)
        {
            return string.Empty;
        }

        var start = 0;
        for (var moved = true; moved && start < end;)
        {
            moved = false;
            foreach (var opening in RelationNameOpenings)
            {
                if (string.CompareOrdinal(text, start, opening, 0, opening.Length) == 0 && start + opening.Length <= end)
                {
                    start += opening.Length;
                    moved = true;
                }
            }

            var digits = start;
            while (digits < end && Scanner.IsDigit(text[digits]))
            {
                digits++;
            }

            if (digits > start && digits < end && text[digits] == '年')
            {
                start = digits + 1 < end && text[digits + 1] == '度' ? digits + 2 : digits + 1;
                moved = true;
            }
        }

        return text.Substring(start, end - start).Trim();
    }
}
