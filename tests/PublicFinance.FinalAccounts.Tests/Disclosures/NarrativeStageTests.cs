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
}
