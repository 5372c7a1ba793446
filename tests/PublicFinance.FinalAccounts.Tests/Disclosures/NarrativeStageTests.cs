using System.Buffers;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 26 (issue 8, the narrative stage at a lower cost with identical output): the clause stops tested one by one
/// before the vectorised search (<see cref="NarrativeReader.NextClauseStop"/>) and the reason markers' first characters
/// found by a set made once (<see cref="NarrativeReader.ReasonMarkerStartIn"/>). Each is held to what it replaced: the
/// searches of the same sets as the reader made them.
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

    /// <summary>Characters a reason marker may start with, found now and then among a clause's.</summary>
    private const string Signals = "0123456789与持变保预增差未无零没全均";

    /// <summary>The first characters of the reason markers, as the reader's char[] had them.</summary>
    private static readonly char[] ReasonMarkerStarts = ['主', '原', '差', '系', '是', '变', '因'];

    /// <summary>Clauses of ideographs with a rarer character now and then, up to three times the scalar probe.</summary>
    private static Gen<string> Clauses =>
        from n in Gen.Choose(0, 100)
        from chars in Gen.ArrayOf(Gen.Frequency(
            (40, Gen.Elements("支出合计万元本年上 ,/:".ToCharArray())), (1, Gen.Elements(Signals.ToCharArray()))), n)
        select new string(chars);

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
}
