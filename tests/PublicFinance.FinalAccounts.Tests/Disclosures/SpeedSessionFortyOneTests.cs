using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (issue 8, docs/performance.md "Session 41: …"): searches that stepped over every character made one vectorised
/// search (<see cref="NarrativeReader.SentenceEndBefore"/> of the year series, <see cref="NarrativeReader.AfterClauseMark"/>
/// of the clause's reason word), a label's literal word ruled out by its first
/// character not in the label (<see cref="WordMask.MayHold"/>) instead of gathering the word's set first, and a span
/// formatted into one string (<see cref="SourceSpan.ToString"/>). These tests hold each against the plain answer it replaces.
/// </summary>
public sealed class SpeedSessionFortyOneTests
{
    /// <summary>Texts of sentence ends, commas, semicolons, digits and ideographs, for the searches' properties.</summary>
    private static readonly Gen<string> Texts = Gen.Elements("。", "\n", ",", ";", "，", "2024", "年", "1.5", "本年收入", " ", "由于")
        .ArrayOf().Select(parts => string.Concat(parts));

    /// <summary>What <see cref="NarrativeReader.SentenceEndBefore"/> replaced: a step per character.</summary>
    private static int PlainSentenceEnd(string text, int from, int limit)
    {
        var end = from;
        while (end < limit && text[end] is not ('。' or '\n'))
        {
            end++;
        }

        return end;
    }

    /// <summary>What <see cref="NarrativeReader.AfterClauseMark"/> replaced: a step per character.</summary>
    private static int PlainAfterClauseMark(string t, int p, int to)
    {
        while (p < to && t[p - 1] is not (',' or ';'))
        {
            p++;
        }

        return Math.Min(p, to);
    }

    [Theory]
    [InlineData("本年收入100万元。本年支出", 0, 14, 9)]
    [InlineData("本年收入100万元\n本年支出", 0, 14, 9)]
    [InlineData("本年收入100万元，本年支出", 0, 14, 14)]
    [InlineData("本年收入。", 5, 5, 5)]
    [InlineData("本年收入。", 4, 2, 4)]
    public void SentenceEndBefore_Examples(string text, int from, int limit, int expected)
        => Assert.Equal(expected, NarrativeReader.SentenceEndBefore(text, from, limit));

    /// <summary>Any start and limit within the text (a limit before the start too): the step's answer.</summary>
    [Property(MaxTest = 2000)]
    public Property SentenceEndBefore_IsThePlainStep()
    {
        var cases = from text in Texts
                    from from_ in Gen.Choose(0, text.Length)
                    from limit in Gen.Choose(0, text.Length)
                    select (text, from_, limit);
        return Prop.ForAll(cases.ToArbitrary(),
            c => NarrativeReader.SentenceEndBefore(c.text, c.from_, c.limit) == PlainSentenceEnd(c.text, c.from_, c.limit));
    }

    [Theory]
    [InlineData("减少5万元,由于项目减少", 1, 12, 6)]
    [InlineData("减少5万元;由于项目减少", 6, 12, 6)]
    [InlineData("减少5万元,由于项目减少", 7, 12, 12)]
    [InlineData("减少5万元", 1, 5, 5)]
    public void AfterClauseMark_Examples(string text, int p, int to, int expected)
        => Assert.Equal(expected, NarrativeReader.AfterClauseMark(text, p, to));

    /// <summary>Any place from 1 and any end within the text: the step's answer.</summary>
    [Property(MaxTest = 2000)]
    public Property AfterClauseMark_IsThePlainStep()
    {
        var cases = from text in Texts.Where(t => t.Length > 0)
                    from p in Gen.Choose(1, text.Length)
                    from to in Gen.Choose(0, text.Length)
                    select (text, p, to);
        return Prop.ForAll(cases.ToArbitrary(),
            c => NarrativeReader.AfterClauseMark(c.text, c.p, c.to) == PlainAfterClauseMark(c.text, c.p, c.to));
    }

    /// <summary>The reason word after a change is still found past several clauses; without a change before it, none is.</summary>
    [Fact]
    public void ClauseReasonWordAt_FindsTheReasonPastClauses()
    {
        const string Text = "本年支出100万元,比上年减少5万元,减少1.2%,由于项目减少";
        Assert.Equal(Text.IndexOf("由于", StringComparison.Ordinal),
            NarrativeReader.ClauseReasonWordAt(Text, 0, Text.Length, out var length));
        Assert.Equal(2, length);
        const string NoChangeBefore = "本年支出100万元,由于项目减少";
        Assert.Equal(-1, NarrativeReader.ClauseReasonWordAt(NoChangeBefore, 0, NoChangeBefore.Length, out _));
    }

    /// <summary>Masks of texts and words of a small alphabet (and of any 64 bits): the word's full set's answer.</summary>
    [Property(MaxTest = 3000)]
    public Property MayHold_IsMayOfTheWordsSet()
    {
        var chars = Gen.Elements('预', '算', '支', '出', '决', '(', ')', '2', 'a', '\u0040', '\u0080', '年');
        var words = chars.ArrayOf().Select(cs => new string(cs));
        var masks = Gen.OneOf(words.Select(w => WordMask.Of(w)), ArbMap.Default.GeneratorFor<ulong>());
        var cases = from mask in masks from word in words select (mask, word);
        return Prop.ForAll(cases.ToArbitrary(),
            c => WordMask.MayHold(c.mask, c.word) == WordMask.May(c.mask, WordMask.Of(c.word)));
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(12, 5, 12, 48)]
    [InlineData(9, 10, 99, 100)]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue)]
    public void SourceSpan_ToString_Examples(int startLine, int startColumn, int endLine, int endColumn)
    {
        var span = new SourceSpan(startLine, startColumn, endLine, endColumn);
        Assert.Equal(span.ToStringPlain(), span.ToString());
        Assert.Equal($"{startLine}:{startColumn}-{endLine}:{endColumn}", span.ToString());
    }

    [Fact]
    public void SourceSpan_ToString_OfTheDefaultSpan() => Assert.Equal("0:0-0:0", default(SourceSpan).ToString());

    /// <summary>Any span the constructor takes: the one string is the four numbers joined as before.</summary>
    [Property(MaxTest = 2000)]
    public Property SourceSpan_ToString_IsThePlainFormat()
    {
        var numbers = Gen.OneOf(Gen.Choose(1, 120), Gen.Choose(1, int.MaxValue));
        var spans = from startLine in numbers
                    from startColumn in numbers
                    from lines in Gen.Choose(0, 3)
                    from endColumn in numbers
                    let endLine = (int)Math.Min(int.MaxValue, (long)startLine + lines)
                    let column = endLine == startLine ? Math.Max(startColumn, endColumn) : endColumn
                    select new SourceSpan(startLine, startColumn, endLine, column);
        return Prop.ForAll(spans.ToArbitrary(), span => span.ToString() == span.ToStringPlain());
    }

    /// <summary>
    /// The neutral change word is still found at the label's end without the closure (SignedNeutralChange): "较上年变动-24.50
    /// 万元" is a decrease of 24.50; a negative figure after a word that names no change is no decrease.
    /// </summary>
    [Fact]
    public void SignedNeutralChange_StillReadsTheSign()
    {
        var (read, _) = Read("某县档案馆2024年度部门决算说明\n一、收入支出决算总体情况\n本年支出合计630.50万元，较上年变动-24.50万元。\n");
        Assert.Equal("decrease", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/direction"));
        Assert.Equal("24.50", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
    }
}
