using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Disclosures.Tokens;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Word places (session 23, issue 8): every place a lexicon word is written, found in one pass, answers "is one of these
/// words written wholly within this stretch" and "where is this word first written in it" as an ordinal search of the
/// stretch does; the narrative's word tests read over them give what the searches give (report JSON, outcome, claims,
/// notes, findings).
/// </summary>
public class WordPlacesTests
{
    /// <summary>Pieces with the narrative's words, overlapping ones (减增加, 增加减少), their parts and other text.</summary>
    private static readonly string[] Pieces =
    [
        "增加", "增长", "减少", "减增加", "增", "加", "减", "少", "持平", "持", "平", "小于", "大于", "与", "保有量", "预算数",
        "预算", "单位", "单", "位", "决算", "三公", "三", "公", "机关运行经费", "政府采购", "收支总计", "收、支总计", "收入总计",
        "行政编制", "事业编制", "政府性基金", "国有资本经营", "公务接待费", "结转", "结余", "合计", "，", "。", "；", " ", "12万元",
        "上升", "提高", "下降", "降低", "上", "下", "高于", "低于", "无增减变化", "没有变化", "车辆运行费", "总计",
    ];

    private static readonly Gen<string> Texts =
        Gen.Choose(0, 40).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(string.Concat);

    private static TokenLexicon Lexicon => NarrativeReader.NarrativeWords.Lexicon;

    /// <summary>
    /// Hand-made: "减增加12万元，持平" (10 characters: 减 0, 增 1, 加 2, 1 3, 2 4, 万 5, 元 6, ， 7, 持 8, 平 9). Places: 减增加 at 0
    /// (the longest first) and 增加 at 1 (overlapping it), 持平 at 8. So 增加 is written wholly within [1, 3) but not within
    /// [1, 2) (it ends at 3) nor within [2, 10) (it starts at 1); 持平 first at 8 in [0, 10), nowhere in [0, 9).
    /// </summary>
    [Fact]
    public void Places_HandMade()
    {
        using var places = new WordPlaces(Lexicon);
        places.Fill("减增加12万元，持平");
        var increase = Id("增加");
        var flat = Id("持平");
        Assert.Equal(
            [(0, Id("减增加")), (1, increase), (8, flat)],
            Enumerable.Range(0, places.Count).Select(k => (places[k].Start, places[k].Id)));
        Assert.Equal(1, places.IndexOf(increase, 1, 3));
        Assert.Equal(-1, places.IndexOf(increase, 1, 2));
        Assert.Equal(-1, places.IndexOf(increase, 2, 10));
        Assert.Equal(8, places.IndexOf(flat, 0, 10));
        Assert.Equal(-1, places.IndexOf(flat, 0, 9));
        var set = WordPlaces.Set(Lexicon, ["增加", "持平"]);
        Assert.True(places.AnyIn(1, 3, set));
        Assert.False(places.AnyIn(2, 9, set));   // 增加 starts before 2, 持平 ends after 9
    }

    /// <summary>
    /// An expected text is passed over on its first question only; a string with the same characters that is not the
    /// expected one (another instance) is never answered from places, and the places held stay the earlier text's.
    /// </summary>
    [Fact]
    public void Expect_FillsOnFirstQuestion()
    {
        using var places = new WordPlaces(Lexicon);
        var text = "持平，增加";
        places.Expect(text);
        Assert.Null(places.Text);   // nothing passed over yet
        Assert.False(places.Holds(new string(text.AsSpan())));
        Assert.True(places.Holds(text));
        Assert.Same(text, places.Text);
        Assert.Equal(2, places.Count);   // 持平 at 0, 增加 at 3
        Assert.Equal(3, places.IndexOf(Id("增加"), 0, text.Length));
    }

    /// <summary>
    /// On random texts and random stretches, every word's first place in the stretch is an ordinal search's, and a set's
    /// answer is "some word of the set is found by a search" — for the narrative's own lists and for random sets.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property Places_AreTheSearches()
    {
        var gen = Texts.SelectMany(text => Gen.Choose(0, text.Length).Two().ArrayOf(6)
            .SelectMany(cuts => Gen.Choose(0, Lexicon.Count - 1).ArrayOf(4).Select(ids => (text, cuts, ids))));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            using var places = new WordPlaces(Lexicon);
            places.Fill(c.text);
            var set = WordPlaces.Set(Lexicon, c.ids.Select(id => Lexicon[id]));
            foreach (var (a, b) in c.cuts)
            {
                var (from, to) = (Math.Min(a, b), Math.Max(a, b));
                for (var id = 0; id < Lexicon.Count; id++)
                {
                    if (places.IndexOf(id, from, to) != c.text.IndexOf(Lexicon[id], from, to - from, StringComparison.Ordinal))
                    {
                        return false.Label($"{c.text} [{from}, {to}) {Lexicon[id]}");
                    }
                }

                var searched = c.ids.Any(id => c.text.IndexOf(Lexicon[id], from, to - from, StringComparison.Ordinal) >= 0);
                if (places.AnyIn(from, to, set) != searched)
                {
                    return false.Label($"{c.text} [{from}, {to}) set");
                }
            }

            return true.ToProperty();
        });
    }

    /// <summary>A refilled object holds only the new text's places: the same answers as a fresh one, text after text.</summary>
    [Property(MaxTest = 200)]
    public Property Refilled_AsFresh()
    {
        return Prop.ForAll(Texts.ArrayOf(3).ToArbitrary(), texts =>
        {
            using var reused = new WordPlaces(Lexicon);
            foreach (var text in texts)
            {
                reused.Fill(text);
                using var fresh = new WordPlaces(Lexicon);
                fresh.Fill(text);
                var same = reused.Count == fresh.Count && Enumerable.Range(0, fresh.Count)
                    .All(k => reused[k].Start == fresh[k].Start && reused[k].Id == fresh[k].Id);
                if (!same || !ReferenceEquals(reused.Text, text))
                {
                    return false.Label(text);
                }
            }

            return true.ToProperty();
        });
    }

    /// <summary>
    /// A read with the narrative's word tests over places gives what the read without gives, on the seed, the Shanghai
    /// texts, every blind page and every text of the test data's blind, generalisation and reader folders.
    /// </summary>
    [Fact]
    public void Read_OverNarrativeWords_AsWithout()
    {
        var texts = TokenizerTests.ReadTexts();
        foreach (var folder in new[] { "blind-pages-21", "blind-pages-22", "blind-complete", "blind-excerpts", "generalisation", "reader" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "TestData", folder);
            var files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
            texts.AddRange(files.Select(File.ReadAllText));
        }

        Assert.True(texts.Count > 60, texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var text in texts)
        {
            Assert.Equal(Read(text, false), Read(text, true));
        }
    }

    /// <summary>The same on random texts made of the pieces above and lines of the seed.</summary>
    [Property(MaxTest = 200)]
    public Property Read_OverNarrativeWords_AsWithout_RandomTexts()
    {
        var seedLines = TestFiles.SampleText.Split('\n');
        var gen = Gen.OneOf(Texts, Gen.Elements(seedLines)).ArrayOf().Select(lines => string.Join("\n", lines));
        return Prop.ForAll(gen.ToArbitrary(), text => (Read(text, false) == Read(text, true)).Label(text));
    }

    private static string Read(string text, bool narrativeWords)
        => TokenizerTests.Read(text, overTokens: false, paragraphFigures: false, narrativeWords);

    private static int Id(string word) => Enumerable.Range(0, Lexicon.Count).Single(id => Lexicon[id] == word);
}
