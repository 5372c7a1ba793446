using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The clause cut by jumps (issue 8, session 15): <see cref="NarrativeReader.NextClause(string, int, int, ref int, ref
/// int, out int, out int)"/> jumps from one bracket, quote or break to the next instead of stepping past every other
/// character; the clauses, their positions and the bracket depth carried between them must be what the step per
/// character gave (the old rule, written as cut points first: the oracle) — on texts dense in brackets, quotes, group
/// commas and breaks, read from random stretches.
/// </summary>
public class ClauseJumpTests
{
    private static Gen<(string Text, int From, int To)> Cases =>
        from n in Gen.Choose(0, 60)
        from chars in Gen.ArrayOf(Gen.Elements("(“)”;:、。,1,234.5收支 a".ToCharArray()), n)
        let text = new string(chars)
        from a in Gen.Choose(0, text.Length)
        from b in Gen.Choose(0, text.Length)
        select (text, Math.Min(a, b), Math.Max(a, b));

    [Property(MaxTest = 3000)]
    public Property Clauses_AsByTheCutPointsOfEveryCharacter()
        => Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (text, from, to) = c;
            return (string.Join(" ", Cut(text, from, to)) == string.Join(" ", ByCutPoints(text, from, to)))
                .Label($"\"{text}\" [{from}, {to})");
        });

    [Fact]
    public void WorkedClauses()
    {
        // A group comma and a colon in brackets do not cut.
        Assert.Equal(["[0,4)0", "[5,20)0", "[21,25)0", "end 25 0"], Cut("本年收入,1,234.5万元(其中:a),增长1%", 0, 25));
        Assert.Equal(["[0,4)1", "end 4 1"], Cut("(a,b", 0, 4));   // an open bracket holds the rest together
        Assert.Equal(["[3,4)0", "end 5 0"], Cut("收支。a,b", 2, 5));   // a break at the stretch's start
    }

    private static List<string> Cut(string text, int from, int to)
    {
        var at = from;
        var depth = 0;
        var list = new List<string>();
        while (NarrativeReader.NextClause(text, from, to, ref at, ref depth, out var start, out var end))
        {
            list.Add($"[{start},{end}){depth}");
        }

        list.Add($"end {at} {depth}");
        return list;
    }

    /// <summary>
    /// The old rule, written another way: every character examined in turn for the cut points of the whole stretch
    /// (a break outside brackets and quotes; a comma only between clauses, not in a number), then the non-empty
    /// clauses between them, each with the nesting depth where it ends.
    /// </summary>
    private static List<string> ByCutPoints(string t, int from, int to)
    {
        var list = new List<string>();
        var depth = 0;
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = t[i];
            depth = c is '(' or '“' ? depth + 1 : c is ')' or '”' ? Math.Max(0, depth - 1) : depth;
            if (depth == 0 && (";:、。".Contains(c) || c == ',' && !Scanner.IsGroupComma(t, from, to, i)))
            {
                if (i > start)
                {
                    list.Add($"[{start},{i}){depth}");
                }

                start = i + 1;
            }
        }

        if (start < to)
        {
            list.Add($"[{start},{to}){depth}");
        }

        list.Add($"end {to} {depth}");
        return list;
    }
}
