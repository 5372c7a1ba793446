using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 37's word pass (issue 8, docs/performance.md "Session 37: reader speed, the word pass"): the catalogue of the
/// families' word lists (<see cref="NarrativeWords"/>), one pass over a paragraph that records where its words are
/// (<see cref="ParagraphWords"/>), and <c>HasAnyIn</c> / <c>HasAny</c> asked through them. The old searches are the
/// oracles: the pass must never say "not there" where a search finds a word, nor the reverse. The golden read results
/// hold the whole output identical.
/// </summary>
public class WordPassSessionThirtySevenTests
{
    /// <summary>Lists of the test's own, kept (static) as the families keep theirs; two share words with others.</summary>
    private static readonly string[] BudgetWords = ["小于", "大于", "预算", "预算数"];

    private static readonly string[] ReasonWords = ["主要原因", "原因是", "因此", "故"];

    private static readonly string[] SharedWords = ["增加", "预算", "因此"];

    private static readonly string[][] Lists = [NarrativeReader.Directions, BudgetWords, ReasonWords, SharedWords];

    /// <summary>
    /// Pieces of texts: every word of the lists, each cut in half, and for each character of them the character with the
    /// same low eight bits (bit 8 flipped: the same entry of the pass's first-character table), so places where a word's
    /// first character is found but the word is not come up beside places where it is.
    /// </summary>
    private static readonly string[] Pieces =
    [
        .. Lists.SelectMany(l => l).Distinct(),
        .. Lists.SelectMany(l => l).Distinct().Select(w => w.Substring(0, (w.Length + 1) / 2)),
        .. string.Concat(Lists.SelectMany(l => l)).Distinct().Select(c => ((char)(c ^ 0x100)).ToString()),
        "，", "。", "万元", "12.5", " ", "上年", "比",
    ];

    /// <summary>Texts of 0 to 40 pieces (long enough, mostly, for the pass: shorter ones are searched).</summary>
    private static Gen<string> Texts =>
        from n in Gen.Choose(0, 40)
        from parts in Gen.ArrayOf(Gen.Elements(Pieces), n)
        select string.Concat(parts);

    /// <summary>
    /// <c>HasAnyIn</c> through the pass is the search, for every list, on any stretch — the whole text, empty stretches, a
    /// stretch that cuts a word at either end — and with two or three texts asked in turn (the pass keeps two).
    /// </summary>
    [Property(MaxTest = 1500)]
    public Property HasAnyIn_IsTheSearch()
        => Prop.ForAll(Gen.ArrayOf(Texts, 3).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 10_000), 24).ToArbitrary(), (texts, cuts) =>
        {
            for (var q = 0; q < 24; q += 2)
            {
                var text = texts[q / 2 % texts.Length];
                var a = text.Length == 0 ? 0 : cuts[q] % (text.Length + 1);
                var b = text.Length == 0 ? 0 : cuts[q + 1] % (text.Length + 1);
                var (start, end) = a <= b ? (a, b) : (b, a);
                var list = Lists[q % Lists.Length];
                var plain = NarrativeReader.HasAnyInBySearch(text, start, end, list);
                if (NarrativeReader.HasAnyIn(text, start, end, list) != plain
                    || NarrativeReader.HasAnyIn(text, 0, text.Length, list) != NarrativeReader.HasAnyInBySearch(text, 0, text.Length, list))
                {
                    return false.Label($"\"{text}\" [{start}, {end}) [{string.Join("|", list)}] search: {plain}");
                }
            }

            return true.ToProperty();
        });

    /// <summary><c>HasAny</c> with its words' sets from the catalogue is session 36's answer, short texts and long.</summary>
    [Property(MaxTest = 1500)]
    public Property HasAny_IsSessionThirtySixAnswer()
        => Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(0, Lists.Length - 1).ToArbitrary(), (text, k) =>
        {
            var cut = text.Substring(0, Math.Min(text.Length, 1 + k * 13));
            return (NarrativeReader.HasAny(text, Lists[k]) == NarrativeReader.HasAnyBySearch(text, Lists[k])
                && NarrativeReader.HasAny(cut, Lists[k]) == NarrativeReader.HasAnyBySearch(cut, Lists[k]))
                .Label($"\"{text}\" [{string.Join("|", Lists[k])}]");
        });

    /// <summary>
    /// The pass records each place a word starts, in the text's order, overlapping words too. With a table of its own (ids:
    /// 主要原因 0, 原因是 1, 预算 2, 预算数 3), "主要原因是预算数" has four places: 主要原因 at 0, 原因是 at 2, 预算 and 预算数 at
    /// 5. A stretch holds only whole words: 预算 is [5, 7), so [0, 6) has no budget word and [0, 7) has; 原因是 is [2, 5).
    /// </summary>
    [Fact]
    public void Pass_RecordsEveryPlace_AndAStretchHoldsOnlyWholeWords()
    {
        var table = new NarrativeWords.Table(["主要原因", "原因是", "预算", "预算数"], []);
        const ulong Reason = 0b0011;
        const ulong Budget = 0b1100;
        var pass = new ParagraphWords();
        pass.Scan("主要原因是预算数", table);
        Assert.Equal(4, pass.Count);
        Assert.True(pass.AnyIn(0, 4, Reason));
        Assert.False(pass.AnyIn(1, 4, Reason));   // 主要原因 starts before 1, 原因是 ends at 5
        Assert.True(pass.AnyIn(1, 5, Reason));
        Assert.False(pass.AnyIn(0, 6, Budget));
        Assert.True(pass.AnyIn(0, 7, Budget));
        Assert.False(pass.AnyIn(6, 8, Budget));
        pass.Scan("原因", table);   // the buffers reused: nothing of the text before is left
        Assert.Equal(0, pass.Count);
        Assert.False(pass.AnyIn(0, 2, Reason | Budget));
    }

    /// <summary>
    /// A list is entered once, by reference: asking it again gives the same entry, whose sets are its words' in order; a
    /// copy of the list is another entry with the same words' ids (a word has one id).
    /// </summary>
    [Fact]
    public void Catalogue_EntersAListOnce_AndAWordHasOneId()
    {
        var entry = NarrativeWords.Of(SharedWords);
        Assert.Same(entry, NarrativeWords.Of(SharedWords));
        Assert.Same(SharedWords, entry.List);
        Assert.Equal(SharedWords.Select(WordMask.Of), entry.Masks);
        var copy = NarrativeWords.Of(SharedWords.ToArray());
        Assert.NotSame(entry, copy);
        Assert.Equal(entry.Ids, copy.Ids);
        var words = NarrativeWords.Current.Words;
        Assert.Equal(words.Length, words.Distinct().Count());
    }
}
