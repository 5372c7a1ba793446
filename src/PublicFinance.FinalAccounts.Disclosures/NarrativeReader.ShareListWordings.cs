using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (issue 8, blind round 40): more wordings of shares stated respectively (分别) after a list of amounts, read by
/// session 41's pairing (<c>ShareListPairing</c>): the share word before 分别 ("…住房保障支出 80.00 万元，占一般公共预算财政拨款支出的
/// 比重分别为 60.00%、25.00%、15.00%", "…，占比分别为…", "…，所占比重分别为…"); a base named with a share word ("分别占本年支出的比重为");
/// no base at all with no whole before the list ("A 300.00 万元、B 150.00 万元，分别占 66.67%、33.33%" in the 一般公共预算 section):
/// the base is the section's whole (<see cref="SectionShareBase"/>), when the report holds it; parts in brackets inside the
/// list ("财政拨款收入 X 万元（一般公共预算 A 万元、政府性基金 B 万元），其他收入 Y 万元") are not listed amounts. The Traditional
/// 分別佔 reads as 分别占 (normalisation). Pairing stays all or nothing: as many shares as listed amounts, else every
/// share a note. A class list may join its last class with 和 / 及 / 以及 ("教育支出 150.00 万元和住房保障支出 50.00 万元").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that end a share wording before its percentages ("分别为", "为"): taken off the base's name.</summary>
    private static readonly string[] ListShareTails = ["分别为", "分别是", "分别达", "分别", "为", "是", "达"];

    /// <summary>
    /// Whether the share label <paramref name="written"/> (占 at <paramref name="at"/>) says 分别 after 占 with no figure named
    /// before 占 ("占…的比重分别为", "占比分别为", "所占比重分别为"): the shares of the amounts listed before it.
    /// </summary>
    private static bool RespectiveAfterZhan(string written, int at)
        => at >= 0 && written.IndexOf("分别", at + 1, StringComparison.Ordinal) > at
            && (at == 0 || NameBeforeShare(written.Substring(0, at)).Length == 0);

    /// <summary>
    /// The base's name after 占 without the share words that follow it ("一般公共预算财政拨款支出的比重分别为" → 一般公共预算财政拨款支出,
    /// "本年支出的" → 本年支出); empty when only share words are left.
    /// </summary>
    private static string WithoutShareTail(string name)
    {
        var changed = true;
        while (changed && name.Length > 0)
        {
            changed = false;
            foreach (var tail in ListShareTails)
            {
                if (name.EndsWith(tail, StringComparison.Ordinal))
                {
                    name = name.Substring(0, name.Length - tail.Length).TrimEnd();
                    changed = true;
                    break;
                }
            }
        }

        foreach (var word in ShareWords)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - word.Length).TrimEnd();
                break;
            }
        }

        return name.EndsWith("的", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;
    }

    /// <summary>
    /// The whole of the current section that a listed figure's share is of when no base is named and no whole is stated before
    /// the list (一般公共预算 → its total; 收入 → the year's income; 支出 → the year's expenditure; 三公 → its total), or null.
    /// </summary>
    private string? SectionShareBase => section switch
    {
        Section.GeneralBudget => "generalBudget/total",
        Section.Income => "overall/currentYearIncome",
        Section.Expenditure => "overall/currentYearExpenditure",
        Section.ThreePublic => "threePublic/total",
        _ => null,
    };

    /// <summary>
    /// Whether the share rule's base <paramref name="ruleBase"/> of a listed figure is the section's whole
    /// (<see cref="SectionShareBase"/>) and the report holds that whole's amount.
    /// </summary>
    private bool SectionWholeIsBase(string ruleBase)
        => string.Equals(SectionShareBase, ruleBase, StringComparison.Ordinal) && HeldBase(ruleBase) is not null;

    /// <summary>The conjunctions that may join the last class of a list to the one before it ("…万元和住房保障支出").</summary>
    private static readonly string[] ListConjunctions = ["以及", "和", "及"];

    /// <summary>
    /// A class name written after a conjunction ("和住房保障支出", the last of a list of classes with their amounts) that names no
    /// class: the name without the conjunction, when that names exactly one class (no class's name starts with 和 / 及).
    /// </summary>
    private void ClassAfterConjunction(ref string name, ref IReadOnlyList<FunctionalCode> codes)
    {
        if (codes.Count != 0)
        {
            return;
        }

        foreach (var conjunction in ListConjunctions)
        {
            if (name.Length > conjunction.Length + 1 && name.StartsWith(conjunction, StringComparison.Ordinal))
            {
                var bare = name.Substring(conjunction.Length).TrimStart();
                var named = Named(bare, FunctionalLevel.Class, NoCodes);
                if (named.Count == 1)
                {
                    name = bare;
                    codes = named;
                }

                return;
            }
        }
    }

    /// <summary>
    /// Removes from <paramref name="figures"/> the figures written inside brackets opened after <paramref name="from"/> in
    /// <paramref name="text"/> (a listed amount's own parts).
    /// </summary>
    private static void WithoutBracketedFigures(string text, int from, List<NumberToken> figures)
        => figures.RemoveAll(f => BracketDepth(text, from, f.Start) > 0);

    /// <summary>
    /// How many brackets opened in [<paramref name="from"/>, <paramref name="at"/>) of <paramref name="text"/> are still open.
    /// </summary>
    private static int BracketDepth(string text, int from, int at)
    {
        var depth = 0;
        for (var i = from; i < at && i < text.Length; i++)
        {
            depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' && depth > 0 ? -1 : 0;
        }

        return depth;
    }
}
