using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (blind round 39 t02): a list of 类 written one per line, each line a 类's amount and its use without a sentence
/// end ("一般公共服务支出 600.00 万元，主要用于机关运转" / "农林水支出 300.00 万元，主要用于防汛抗旱、农村综合改革" / "城乡社区支出
/// 100.00 万元，…"). The paragraph joins a line that does not end a sentence to the next (it mends sentences a PDF broke), so
/// every 类 after the first had the last line's tail before its name ("主要用于机关运转农林水支出"): no 类 was named, each was a
/// note, and the first alone fell short of the 一般公共预算 total (a partial list, none placed). Now, when a label names no 类,
/// its part from the last line break the paragraph joined (<see cref="Fragment.IsContiguous"/>) to the figure is read as the
/// name: when that part alone names exactly one 类, the 类 is read as any other (the tail of the line before is not its
/// name). A 类's name broken across two lines ("社会保障和" / "就业支出") names no 类 from the break and is left as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The most characters before a figure searched back for the line break the paragraph joined.</summary>
    private const int JoinedClassNameReach = 40;

    /// <summary>
    /// When <paramref name="codes"/> is empty (the label names no 类): the name written from the last joined line break before
    /// <paramref name="token"/> in its clause, and its one 类, when that part names exactly one (see the type's summary).
    /// </summary>
    private void ClassAfterJoinedLine(ClauseView clause, NumberToken token, ref string name, ref IReadOnlyList<FunctionalCode> codes)
    {
        if (codes.Count != 0)
        {
            return;
        }

        var sentence = clause.Sentence;
        var text = sentence.Text;
        var end = Math.Min(clause.Start + token.Start, text.Length);
        while (end > clause.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var stop = Math.Max(clause.Start, end - JoinedClassNameReach);
        for (var p = end - 1; p > stop; p--)
        {
            if (sentence.IsContiguous(p - 1, p + 1))
            {
                continue;
            }

            // p is the first character of a line joined to the one before: the line's own words up to the figure.
            var part = WithoutEntryNumber(text.Substring(p, end - p).Replace("(类)", string.Empty).Trim());
            var named = Named(part, FunctionalLevel.Class, NoCodes);
            if (named.Count == 1)
            {
                name = part;
                codes = named;
            }

            return;
        }
    }
}
