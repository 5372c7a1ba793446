using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The draft's member names cut out of pointers once per process (session 16): every name is the substring it stands for,
/// a name asked again is the same string, and many names asked at once from several threads are each right.
/// </summary>
public class DraftNamesTests
{
    /// <summary>Every stretch of a generated pointer comes back as its substring.</summary>
    [Property(MaxTest = 300)]
    public Property EveryName_IsTheSubstring()
    {
        var tokens = Gen.Elements("overall", "incomeGrandTotal", "change", "amount", "0", "12", "", "名称", "a/b", "x");
        var gen = tokens.ArrayOf().Select(t => "/" + string.Join("/", t));
        return Prop.ForAll(gen.ToArbitrary(), pointer =>
        {
            for (var start = 0; start <= pointer.Length; start++)
            {
                for (var end = start; end <= pointer.Length; end++)
                {
                    if (DraftNames.Of(pointer, start, end) != pointer.Substring(start, end - start))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    /// <summary>A name asked again is the string kept the first time; a whole pointer is itself (a cache of its own).</summary>
    [Fact]
    public void SameName_SameString_AndWholePointer_Itself()
    {
        var names = new DraftNames(DraftNames.Limit);
        var first = names.Name("/narrative/overall/amount", 11, 18);
        var second = names.Name("/income/overall", 8, 15);
        Assert.Equal("overall", first);
        Assert.Same(first, second);
        const string Whole = "performanceIndicatorName";
        Assert.Same(Whole, names.Name(Whole, 0, Whole.Length));
        Assert.Equal(1, names.Count);
    }

    /// <summary>A token longer than any member name is cut as before, not kept: a text cannot fill the cache with its labels.</summary>
    [Fact]
    public void LongName_IsCutEachTime()
    {
        var name = new string('名', DraftNames.MaxLength + 1);
        var pointer = "/a/" + name;
        var names = new DraftNames(DraftNames.Limit);
        var first = names.Name(pointer, 3, pointer.Length);
        Assert.Equal(name, first);
        Assert.NotSame(first, names.Name(pointer, 3, pointer.Length));
        Assert.Equal(0, names.Count);
    }

    /// <summary>
    /// Four threads asking 2 × 64 names each (overlapping) of a cache of 64: every name is right, the cache holds exactly its
    /// limit (more distinct names were asked than it keeps, and a slot is claimed before a name is added, so racing threads
    /// cannot overshoot it), and a name kept is given again as the same string.
    /// </summary>
    [Fact]
    public void ManyNames_FromThreads_AreEachRight_AndNeverOverTheLimit()
    {
        const int Limit = 64;
        var names = new DraftNames(Limit);
        var wrong = 0;
        Parallel.For(0, 4, t =>
        {
            for (var i = 0; i < Limit * 2; i++)
            {
                var name = "n" + ((i * 7) + t).ToString(CultureInfo.InvariantCulture);
                var pointer = "/list/" + name + "/value";
                if (names.Name(pointer, 6, 6 + name.Length) != name)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
        Assert.Equal(Limit, names.Count);
        var kept = Enumerable.Range(0, Limit * 14).Select(i => "n" + i.ToString(CultureInfo.InvariantCulture))
            .First(n => ReferenceEquals(names.Name("/" + n, 1, n.Length + 1), names.Name("/" + n + "/x", 1, n.Length + 1)));
        Assert.StartsWith("n", kept);
    }

    /// <summary>The shared cache gives the substring too (the readers' path).</summary>
    [Fact]
    public void Shared_GivesTheSubstring() => Assert.Equal("overall", DraftNames.Of("/narrative/overall/amount", 11, 18));
}
