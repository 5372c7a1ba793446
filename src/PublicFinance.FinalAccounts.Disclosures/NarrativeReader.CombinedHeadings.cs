namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A short heading that names two subjects of the other matters at once ("五、“三公”经费及机关运行经费情况", "八、政府采购及机关
/// 运行经费情况"): the section of the subject it names first is entered, and each sentence's own subject then says which
/// section its figures are (<c>sectionInferred</c>). Before (blind round 27, family F4), the first key of the heading won for
/// the whole section: "机关运行经费 587.4 万元，比上年 602.00 万元减少 14.6 万元" under a 三公 heading left the amount unplaced and
/// took its change for the last 三公 item's (公务接待费), a false FA2105 and FA2106.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The subjects a combined heading may name, with their sections.</summary>
    private static readonly (string Key, Section Section)[] CombinedHeadingSubjects =
    [
        ("三公", Section.ThreePublic),
        ("机关运行经费", Section.OperatingExpenses),
        ("政府采购", Section.Procurement),
    ];

    /// <summary>
    /// Whether a short heading (30 characters at most) named two or more of <see cref="CombinedHeadingSubjects"/> and entered the
    /// section of the one it names first, leaving each sentence's subject to choose (see the class).
    /// </summary>
    private bool CombinedSubjectHeading(string heading)
    {
        if (heading.Length > 30)
        {
            return false;
        }

        var named = 0;
        var first = Section.None;
        var firstAt = int.MaxValue;
        foreach (var (key, subjectSection) in CombinedHeadingSubjects)
        {
            var at = heading.IndexOf(key, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            named++;
            if (at < firstAt)
            {
                firstAt = at;
                first = subjectSection;
            }
        }

        if (named < 2)
        {
            return false;
        }

        Enter(first);
        sectionInferred = true;
        return true;
    }
}
