using System.Buffers;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 26 (issue 8, the narrative stage at a lower cost with identical output): the clause stops and the clause
/// signals tested one by one before the vectorised search (<see cref="NarrativeReader.NextClauseStop"/>,
/// <see cref="NarrativeReader.HasClauseSignalIn"/>), the reason markers' first characters by a set made once, and the
/// paragraph digest in four lanes (<see cref="ParagraphDigest"/>). Each is held to what it replaced: the vectorised
/// searches of the same sets and the one-chain digest's equalities (same characters but white space: same digest, length
/// and digit).
/// </summary>
public class NarrativeStageTests
{
    private const string Stops = "(“)”;:、。,";

    private static readonly SearchValues<char> StopValues = SearchValues.Create(Stops);

    [Fact]
    public void IsClauseStop_IsExactlyTheNineCharacters()
    {
        // Every UTF-16 unit: the bit test and the two ranges must agree with the set, and nothing else may pass (a
        // neighbour of each range — '‛' U+201B, '〃' U+3003, '+' before ',' — is a stop nowhere).
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(NarrativeReader.IsClauseStop((char)c) == Stops.Contains((char)c), $"U+{c:X4}");
        }

        Assert.False(NarrativeReader.IsClauseStop('\u201B'));
        Assert.False(NarrativeReader.IsClauseStop('\u3003'));
        Assert.True(NarrativeReader.IsClauseStop('。'));
    }

    /// <summary>Texts of stops, ideographs, digits and white space, long enough to pass the scalar probe (32).</summary>
    private static Gen<string> Texts =>
        from n in Gen.Choose(0, 120)
        from chars in Gen.ArrayOf(Gen.Elements("(“)”;:、。,支出万元1. 增\n‛〃+".ToCharArray()), n)
        from sparse in Gen.Elements(1, 3, 40)   // 40: a stop only now and then, so the search runs past the probe
        select new string(chars.Select((c, i) => i % sparse == 0 || !Stops.Contains(c) ? c : '支').ToArray());

    [Property(MaxTest = 400)]
    public Property NextClauseStop_AnswersAsTheVectorisedSearch()
        => Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), (text, a, b) =>
        {
            var from = Math.Min(a, text.Length);
            var to = Math.Min(Math.Max(b, from), text.Length);
            // The oracle: the first of the nine characters in [from, to), as an offset from `from`.
            var expected = text.AsSpan(from, to - from).IndexOfAny(StopValues);
            return (NarrativeReader.NextClauseStop(text, from, to) == expected).Label($"{text} [{from}, {to}) -> {expected}");
        });

    [Fact]
    public void NextClauseStop_FindsAStopBeyondTheProbe()
    {
        // 40 ideographs, then '，' (normalised ','): the stop is at offset 40, found by the vectorised search after the 32
        // characters tested one by one; from 5 it is at 35.
        var text = new string('支', 40) + "," + new string('出', 10);
        Assert.Equal(40, NarrativeReader.NextClauseStop(text, 0, text.Length));
        Assert.Equal(35, NarrativeReader.NextClauseStop(text, 5, text.Length));
        Assert.Equal(-1, NarrativeReader.NextClauseStop(text, 0, 40));   // the stretch ends before the stop
        Assert.Equal(-1, NarrativeReader.NextClauseStop(text, 41, text.Length));
    }

    /// <summary>The characters a clause must have one of to say anything (NarrativeReader.ClauseSignals).</summary>
    private const string Signals = "0123456789与持变保预增差未无零没全均";

    private static readonly SearchValues<char> SignalValues = SearchValues.Create(Signals);

    /// <summary>The first characters of the reason markers, as the reader's char[] had them.</summary>
    private static readonly char[] ReasonMarkerStarts = ['主', '原', '差', '系', '是', '变', '因'];

    [Fact]
    public void IsClauseSignal_IsExactlyTheSignals()
    {
        // Every UTF-16 unit against the set, as IsClauseStop above: '/' and ':' around the digits are not signals.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(NarrativeReader.IsClauseSignal((char)c) == Signals.Contains((char)c), $"U+{c:X4}");
        }
    }

    /// <summary>Clauses of ideographs with a signal now and then, up to three times the scalar probe.</summary>
    private static Gen<string> Clauses =>
        from n in Gen.Choose(0, 100)
        from chars in Gen.ArrayOf(Gen.Frequency(
            (40, Gen.Elements("支出合计万元本年上 ,/:".ToCharArray())), (1, Gen.Elements(Signals.ToCharArray()))), n)
        select new string(chars);

    [Property(MaxTest = 400)]
    public Property HasClauseSignalIn_AnswersAsTheVectorisedSearch()
        => Prop.ForAll(Clauses.ToArbitrary(), clause =>
            (NarrativeReader.HasClauseSignalIn(clause) == (clause.AsSpan().IndexOfAny(SignalValues) >= 0)).Label(clause));

    [Property(MaxTest = 300)]
    public Property ReasonMarkerStartIn_AnswersAsIndexOfAny()
        => Prop.ForAll(Clauses.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (text, a) =>
        {
            // Reason-marker starts planted among the clause's characters; the oracle is the char[] search the reader made.
            var t = text.Replace('本', '主').Replace('上', '因');
            var from = Math.Min(a, t.Length);
            var expected = t.IndexOfAny(ReasonMarkerStarts, from, t.Length - from);
            return (NarrativeReader.ReasonMarkerStartIn(t, from, t.Length) == expected).Label($"{t} from {from}");
        });

    /// <summary>Short texts from a small alphabet with white space, so that equal texts and texts equal but white space occur.</summary>
    private static Gen<string> Paragraphs =>
        from n in Gen.Choose(0, 24)
        from chars in Gen.ArrayOf(Gen.Elements("支出1 \u3000\n万".ToCharArray()), n)
        select new string(chars);

    private static string WithoutWhiteSpace(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Property(MaxTest = 1000)]
    public Property Digest_IsEqualExactlyWhenTheTextsAreEqualButWhiteSpace()
        => Prop.ForAll(Paragraphs.ToArbitrary(), Paragraphs.ToArbitrary(), (x, y) =>
        {
            var dx = ParagraphDigest.Of(x, out var lx, out var gx);
            var dy = ParagraphDigest.Of(y, out var ly, out var gy);
            var cx = WithoutWhiteSpace(x);
            var cy = WithoutWhiteSpace(y);
            // Length and digit are those of the text without white space; the digests agree when those texts do (and, on
            // this small domain, differ whenever they do not: a 64-bit collision here would be a broken fold).
            return (lx == cx.Length && gx == cx.Contains('1') && (dx == dy) == (cx == cy) && (ly == cy.Length && gy == cy.Contains('1')))
                .Label($"'{x}' '{y}'");
        });

    [Fact]
    public void Digest_TellsApartTextsThatDifferOnlyInOrder()
    {
        // The lanes are folded in order: the characters of one lane moved to another (a rotation by one) or two characters
        // four apart swapped must change the digest — a fold that forgot the lanes' order would not see either.
        var a = ParagraphDigest.Of("支出增加1万元，下降", out _, out _);
        Assert.NotEqual(a, ParagraphDigest.Of("出增加1万元，下降支", out _, out _));
        Assert.NotEqual(a, ParagraphDigest.Of("支出增加1万元，下降".Replace("支出增加1", "1出增加支"), out _, out _));
        Assert.Equal(a, ParagraphDigest.Of(" 支 出增加1 万元，\n下降　", out var length, out var digit));
        Assert.Equal(10, length);   // 支出增加1万元，下降: ten characters once the white space is out
        Assert.True(digit);
    }
}
