using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The search that tests a few characters one by one before the vectorised search (session 15,
/// <see cref="CharSearch"/>), as used by normalisation (<see cref="SourceText.NextCandidate"/>) and the text checks
/// (<see cref="TextChecks.NextStart"/>): whatever the distance to the next character of the set — inside the scalar
/// probe, at its edge, far beyond it, none — it finds what a loop over every character finds.
/// </summary>
public class CharSearchTests
{
    private static readonly char[] Set = ['，', '增', '本', 'X', '\r'];

    private static readonly bool[] Table = CharSearch.Table(Set);

    private static readonly System.Buffers.SearchValues<char> Values = System.Buffers.SearchValues.Create(Set);

    /// <summary>
    /// Random texts of characters in and out of the set (runs of plain characters of random length, so that the next
    /// character of the set lies at every distance from the start), searched from random starts to random ends.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property IndexOf_AsALoopOverEveryCharacter()
    {
        var piece = Gen.OneOf(
            Gen.Elements(Set).Select(c => c.ToString()),
            Gen.Choose(0, 40).Select(n => new string('年', n)),
            Gen.Elements("a", "支出", "12.34", "\n", "万元"));
        var gen = piece.ArrayOf().Select(string.Concat)
            .SelectMany(text => Gen.Choose(0, text.Length).ArrayOf(2).Select(ends => (text, ends)));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (text, ends) = t;
            var (from, end) = (Math.Min(ends[0], ends[1]), Math.Max(ends[0], ends[1]));
            return (Search(text, from, end) == Loop(text, from, end)).Label($"{text} [{from}, {end})");
        });
    }

    /// <summary>The next character of the set at each distance 0 … 40 from the start: inside, at and past the probe.</summary>
    [Fact]
    public void IndexOf_AtEveryDistanceAroundTheProbe()
    {
        for (var distance = 0; distance <= 40; distance++)
        {
            var text = new string('年', distance) + "增" + new string('年', 5);
            Assert.Equal(distance, Search(text, 0, text.Length));
            Assert.Equal(text.Length, Search(text, distance + 1, text.Length));
            Assert.Equal(distance, Search(text, 0, distance));   // the set's character just past the end: none found
        }
    }

    /// <summary>The table holds exactly the characters given.</summary>
    [Fact]
    public void Table_HoldsExactlyTheCharactersGiven()
    {
        Assert.Equal(Set.Length, Table.Count(flag => flag));
        Assert.All(Set, c => Assert.True(Table[c]));
    }

    private static int Search(string text, int from, int end) => CharSearch.IndexOf(text, from, end, Table, Values);

    private static int Loop(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (Array.IndexOf(Set, text[i]) >= 0)
            {
                return i;
            }
        }

        return end;
    }
}
