using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The lexicon matched in one scan (issue 8): <see cref="WordGroups.FirstIn(string, int, int)"/> must answer what an
/// <c>IndexOf</c> per word, group by group in order, answered (the old code of the section keys and the label tables,
/// kept here as the oracle) — on words drawn from a few characters, so that they overlap, share first characters and
/// are prefixes of one another.
/// </summary>
public class WordGroupsTests
{
    private const string Alphabet = "收支入出总计预算年a ";

    private static Gen<string> Words(int max) =>
        from length in Gen.Choose(0, max)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)
        select new string(chars);

    private static Gen<string[][]> Groups =>
        from count in Gen.Choose(1, 8)
        from groups in Gen.ArrayOf(from n in Gen.Choose(0, 5) from words in Gen.ArrayOf(Words(4), n) select words, count)
        select groups;

    private static Gen<(string[][] Groups, string Text, int From, int To)> Cases =>
        from groups in Groups
        from text in Words(30)
        from a in Gen.Choose(0, text.Length)
        from b in Gen.Choose(0, text.Length)
        select (groups, text, Math.Min(a, b), Math.Max(a, b));

    [Property(MaxTest = 1000)]
    public Property FirstIn_IsTheFirstGroupWithAWordWritten()
        => Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (groups, text, from, to) = c;
            var index = new WordGroups(groups);
            var same = index.FirstIn(text, from, to) == PerWord(groups, text.Substring(from, to - from))
                && index.FirstIn(text) == PerWord(groups, text) && index.AnyIn(text) == PerWord(groups, text) >= 0;
            return same.Label($"[{string.Join(" | ", groups.Select(g => string.Join(",", g)))}] \"{text}\" [{from}, {to})");
        });

    [Fact]
    public void FirstIn_PrefersTheEarlierGroupWhereverItsWordIs()
    {
        var index = new WordGroups([["收支总计"], ["收入总计", "总收入"], ["收入"]]);
        Assert.Equal(2, index.FirstIn("本年收入"));
        Assert.Equal(1, index.FirstIn("收入总计与收入"));
        Assert.Equal(0, index.FirstIn("收入总计、收支总计"));
        Assert.Equal(1, index.FirstIn("总收入"));
        Assert.Equal(-1, index.FirstIn("支出"));
        Assert.Equal(-1, index.FirstIn("收入总计", 1, 4));   // "入总计": a word must be written wholly within the stretch
        Assert.True(WordGroups.Of(["情况", "说明"]).AnyIn("一、部门职责说明"));
        Assert.False(WordGroups.Of(["情况", "说明"]).AnyIn("二十一、国有资本经营预算支出"));
    }

    /// <summary>The old search: the first group, in order, one of whose non-empty words <c>IndexOf</c> finds.</summary>
    private static int PerWord(string[][] groups, string text)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g].Any(w => w.Length > 0 && text.Contains(w, StringComparison.Ordinal)))
            {
                return g;
            }
        }

        return -1;
    }
}
