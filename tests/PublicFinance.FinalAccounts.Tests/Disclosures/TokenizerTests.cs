using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Disclosures.Tokens;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The token pass (session 21, issue 8): one walk over the text giving its tokens (runs, figures, words, line breaks,
/// sentence and clause ends), its figures and every place a lexicon word is written. The tokens cover the text; the
/// figures are today's <see cref="Scanner"/>'s; the words are where a search for each word finds it; the text checks'
/// scan fed by the pass finds what its own search finds; a read with the pass gives the same result as without.
/// </summary>
public class TokenizerTests
{
    private static readonly TokenLexicon Words = new(["收入", "增长", "增长率", "长率", "本部门", "占"]);

    /// <summary>Pieces with figures of every unit, signs, group commas, stops, words and overlapping words.</summary>
    private static readonly string[] Pieces =
    [
        "收入", "增长", "增长率", "长率", "本部门", "占", "1,234.5万元", "12%", "-3.2", "+7", "1, 537", "8人次", "2辆", "30.5平方米",
        "0.00 万", "5万人", "元/", "3亿元", "4千元", "，", "。", "、", ";", ":", ",", "!", "?", "\n", " ", "年", "支出", "x", "1",
        "2", ".", "-", "增", "长", "率", "占比", "(", "台(套)", "XX", "某某", "减增加(减少)", "本单位", "我镇", "我",
    ];

    private static readonly Gen<string> Texts =
        Gen.Choose(0, 60).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(string.Concat);

    /// <summary>
    /// Hand-made: in "收入1,234.5万元，增长12%。\n本部门" the tokens are 收入 (word 0, at 0), the figure 1,234.5万元
    /// (2..11, figure 0: 1234.5 with one decimal, 万元), the clause end at 11, 增长 (word 1, at 12 — not 增长率: no 率
    /// follows), 12% (14..17, figure 1), the sentence end at 17, the line break at 18 and 本部门 (word 4, 19..22).
    /// </summary>
    [Fact]
    public void HandMade_TokensFiguresAndWords()
    {
        using var t = Tokenizer.Tokenize("收入1,234.5万元，增长12%。\n本部门", Words);
        Assert.Equal(
            [
                (TokenKind.Word, 0, 2, 0), (TokenKind.Figure, 2, 9, 0), (TokenKind.ClauseEnd, 11, 1, 0), (TokenKind.Word, 12, 2, 1),
                (TokenKind.Figure, 14, 3, 1), (TokenKind.SentenceEnd, 17, 1, 0), (TokenKind.LineBreak, 18, 1, 0),
                (TokenKind.Word, 19, 3, 4),
            ],
            Show(t));
        Assert.Equal(1234.5m, t.Figures[0].Value);
        Assert.Equal(1, t.Figures[0].Decimals);
        Assert.Equal(FigureUnit.WanYuan, t.Figures[0].Unit);
        Assert.Equal(FigureUnit.Percent, t.Figures[1].Unit);
        Assert.Equal(3, t.IndexAt(12));   // 增长 is the fourth token
        Assert.Equal(1, t.CountOf(TokenKind.LineBreak));
    }

    /// <summary>
    /// Overlapping words: in "增长率" the cover keeps the longest word (增长率, word 2) and the words list has all three
    /// places — 增长率 and 增长 at 0 (longest first), 长率 at 1; text without any word is one run.
    /// </summary>
    [Fact]
    public void HandMade_OverlappingWords_AllListed_LongestCovers()
    {
        using var t = Tokenizer.Tokenize("增长率", Words);
        Assert.Equal([(TokenKind.Word, 0, 3, 2)], Show(t));
        Assert.Equal([(0, 2), (0, 1), (1, 3)], t.Words.ToArray().Select(w => (w.Start, w.Id)));

        using var plain = Tokenizer.Tokenize("没有词的文本", Words);
        Assert.Equal([(TokenKind.Run, 0, 6, 0)], Show(plain));
    }

    /// <summary>The tokens cover the text in order, without gaps or overlaps, each at least one character long.</summary>
    [Property(MaxTest = 500)]
    public Property Tokens_CoverTheText() => Prop.ForAll(Texts.ToArbitrary(), text =>
    {
        using var t = Tokenizer.Tokenize(text, Words);
        var at = 0;
        var ok = true;
        foreach (var token in t.Tokens)
        {
            ok &= token.Start == at && token.Length >= 1;
            at = token.End;
        }

        return (ok && at == text.Length).Label(text);
    });

    /// <summary>
    /// Differential: the figures are exactly <see cref="Scanner.Numbers"/>' on the whole text (span, digits, value,
    /// decimals, unit), and the figure tokens are those figures in order, with their indices as ids.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Figures_AreTheScannersFigures() => Prop.ForAll(Texts.ToArbitrary(), text =>
    {
        using var t = Tokenizer.Tokenize(text, Words);
        var expected = Scanner.Numbers(text).Select(Figure).ToList();
        var figureTokens = t.Tokens.ToArray().Where(k => k.Kind == TokenKind.Figure).ToList();
        var figures = t.Figures.ToArray();
        var same = figures.Select(Figure).SequenceEqual(expected)
            && figureTokens.Select(k => (k.Start, k.End, k.Id)).SequenceEqual(figures.Select((f, i) => (f.Start, f.End, i)));
        return same.Label(text);
    });

    /// <summary>
    /// The words list is every place a word is written (as a search for each word finds it) outside the figures, in
    /// text order then longest first; word and stop tokens hold what their kind says.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Words_AreWhereEachWordIsWritten() => Prop.ForAll(Texts.ToArbitrary(), text =>
    {
        using var t = Tokenizer.Tokenize(text, Words);
        var inFigure = new bool[text.Length];
        foreach (var f in t.Figures.ToArray())
        {
            for (var p = f.Start; p < f.End; p++)
            {
                inFigure[p] = true;
            }
        }

        var expected = new List<(int, int)>();
        for (var p = 0; p < text.Length; p++)
        {
            if (!inFigure[p])
            {
                expected.AddRange(Enumerable.Range(0, Words.Count).Where(id => Scanner.Starts(text, p, Words[id]))
                    .OrderByDescending(id => Words[id].Length).ThenBy(id => id).Select(id => (p, id)));
            }
        }

        var kinds = t.Tokens.ToArray().All(k => k.Kind switch
        {
            TokenKind.Word => text.Substring(k.Start, k.Length) == Words[k.Id],
            TokenKind.Run => text.Substring(k.Start, k.Length).All(c => Tokenizer.StopKind(c) == TokenKind.Run),
            TokenKind.Figure => true,
            _ => k.Length == 1 && Tokenizer.StopKind(text[k.Start]) == k.Kind,
        });
        return (kinds && t.Words.ToArray().Select(w => (w.Start, w.Id)).SequenceEqual(expected)).Label(text);
    });

    /// <summary>Deterministic: two passes over the same text give the same tokens, figures and words.</summary>
    [Property(MaxTest = 200)]
    public Property Pass_IsDeterministic() => Prop.ForAll(Texts.ToArbitrary(), text =>
    {
        using var a = Tokenizer.Tokenize(text, Words);
        using var b = Tokenizer.Tokenize(text, Words);
        var figures = a.Figures.ToArray().Select(Figure).SequenceEqual(b.Figures.ToArray().Select(Figure));
        return (Show(a).SequenceEqual(Show(b)) && figures && a.Words.ToArray().SequenceEqual(b.Words.ToArray())).Label(text);
    });

    /// <summary>
    /// A pass that refills an earlier result (a paragraph at a time) gives what a fresh pass gives, text after text —
    /// nothing of the earlier text is left in the tokens, figures or words.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Reused_AsFresh() => Prop.ForAll(Texts.ArrayOf().ToArbitrary(), texts =>
    {
        using var reused = Tokenizer.Tokenize("收入1.00万元", Words);
        var same = true;
        foreach (var text in texts)
        {
            Tokenizer.Tokenize(text, Words, reused);
            using var fresh = Tokenizer.Tokenize(text, Words);
            same &= reused.Text == text && Show(reused).SequenceEqual(Show(fresh))
                && reused.Figures.ToArray().Select(Figure).SequenceEqual(fresh.Figures.ToArray().Select(Figure))
                && reused.Words.ToArray().SequenceEqual(fresh.Words.ToArray());
        }

        return same.Label(string.Join(" / ", texts));
    });

    /// <summary>
    /// The text checks' scan fed by the pass (its candidates the places of <see cref="TextScan.Lexicon"/>'s words) gives
    /// the findings of its own search, in the same order, advanced in steps as the pipeline advances it.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property TextScan_OverTokens_AsItsOwnSearch()
    {
        var gen = Texts.SelectMany(text => Gen.Choose(0, Math.Max(0, text.Length)).ArrayOf(4).Select(stops => (text, stops)));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var source = new SourceText(c.text);
            var same = true;
            foreach (var unitReport in new[] { false, true })
            {
                using var tokens = Tokenizer.Tokenize(source.Text, TextScan.Lexicon);
                var overTokens = new TextScan(source, tokens);
                var searched = new TextScan(source);
                foreach (var stop in c.stops.OrderBy(s => s))
                {
                    overTokens.Advance(stop);
                    searched.Advance(stop);
                }

                same &= Findings(overTokens, unitReport).SequenceEqual(Findings(searched, unitReport));
            }

            return same.Label(c.text);
        });
    }

    /// <summary>
    /// A read with the token pass in front gives what the read without it gives, on the seed, the real texts and the
    /// blind pages (every one of them: a test can fail on any).
    /// </summary>
    [Fact]
    public void Read_OverTokens_AsWithout()
    {
        foreach (var text in ReadTexts())
        {
            Assert.Equal(Read(text, overTokens: false), Read(text, overTokens: true));
        }
    }

    /// <summary>The texts a read's variants are compared on: the three Shanghai texts, the seed and every blind page.</summary>
    internal static List<string> ReadTexts()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "blind-pages"), "*.txt")
            .Where(f => !f.Contains(".planted", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(pages);
        return [.. TestFiles.RealShanghaiTexts.Select(TestFiles.Data).Append(TestFiles.SampleText).Concat(pages)];
    }

    /// <summary>The same on random texts made of the pieces above and lines of the seed.</summary>
    [Property(MaxTest = 200)]
    public Property Read_OverTokens_AsWithout_RandomTexts()
    {
        var seedLines = TestFiles.SampleText.Split('\n');
        var gen = Gen.OneOf(Texts, Gen.Elements(seedLines)).ArrayOf().Select(lines => string.Join("\n", lines));
        return Prop.ForAll(gen.ToArbitrary(), text => (Read(text, false) == Read(text, true)).Label(text));
    }

    /// <summary>A read's whole output as one string (also <see cref="ParagraphFiguresTests"/>' oracle).</summary>
    internal static string Read(string text, bool overTokens, bool paragraphFigures = false, bool narrativeWords = false)
    {
        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        var outcome = ReadingPipeline.Run(source, builder, overTokens, paragraphFigures, narrativeWords);
        return string.Join(
            "\n",
            outcome.ToString(),
            builder.Root.ToJson(),
            string.Join("|", builder.Claims),
            string.Join("|", builder.Notes),
            string.Join("|", builder.Findings.Select(f => (f.RuleId, f.MessageEn, f.Span))));
    }

    private static (int, int, string, decimal, int, FigureUnit, string) Figure(NumberToken f)
        => (f.Start, f.End, f.Digits, f.Value, f.Decimals, f.Unit, f.UnitText);

    private static List<(TokenKind, int, int, int)> Show(TokenizedText t)
        => [.. t.Tokens.ToArray().Select(k => (k.Kind, k.Start, k.Length, k.Id))];

    private static List<(string, string, int, int)> Findings(TextScan scan, bool unitReport)
    {
        var findings = new List<Diagnostic>();
        scan.Finish(findings, unitReport);
        return [.. findings.Select(f => (f.RuleId, f.MessageEn, f.Span!.Value.StartLine, f.Span!.Value.StartColumn))];
    }
}
