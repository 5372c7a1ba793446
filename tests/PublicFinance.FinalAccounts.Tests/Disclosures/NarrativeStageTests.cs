using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 26 (issue 8, the narrative stage at a lower cost with identical output): the reason markers' first characters
/// found by a set made once (<see cref="NarrativeReader.ReasonMarkerStartIn"/>), held to the <c>char[]</c> search it
/// replaced — which built its set on every call.
/// </summary>
public class NarrativeStageTests
{
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

    /// <summary>An invented 三公 body with a figure, the same under every sub-heading below.</summary>
    private const string Body = "本年度该项支出决算数为12.50万元，比上年减少1.20万元。";

    private static int Repeats(string text)
        => DisclosureReader.Read(text).Notes.Count(n => n.MessageEn == DisclosureMessages.RepeatedParagraph.En);

    [Fact]
    public void Repeats_AreKeyedByTheLastSubheading_DigestedOnDemand()
    {
        // The sub-heading's digest is taken only when a body under it enters the set (NarrativeReader.LazyDigests.cs): the
        // answers must be those of a digest taken at once (the build before this change answered 0 and 1 on these texts).
        // Two lines without a figure or a digit are two sub-headings: the same body under each states two items (no
        // repeat); the same line again over the same body keys the body as before, so it is a repeat (one note).
        const string Head = "某某局2024年度部门决算说明\n七、“三公”经费支出决算情况说明\n";
        const string First = "以下为公务接待费的情况，说明如下：";
        const string Second = "以下为公务用车运行维护费的情况，说明如下：";
        Assert.Equal(0, Repeats(Head + First + "\n\n" + Body + "\n\n" + Second + "\n\n" + Body + "\n"));
        Assert.Equal(1, Repeats(Head + First + "\n\n" + Body + "\n\n" + First + "\n\n" + Body + "\n"));
    }
}
