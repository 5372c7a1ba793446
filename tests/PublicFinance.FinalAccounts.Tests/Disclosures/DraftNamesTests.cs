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

    [Fact]
    public void SameName_SameString_AndWholePointer_Itself()
    {
        var first = DraftNames.Of("/narrative/overall/amount", 11, 18);
        var second = DraftNames.Of("/income/overall", 8, 15);
        Assert.Equal("overall", first);
        Assert.Same(first, second);
        const string Whole = "performanceIndicatorName";
        Assert.Same(Whole, DraftNames.Of(Whole, 0, Whole.Length));
    }

    /// <summary>A token longer than any member name is cut as before, not kept: a text cannot fill the cache with its labels.</summary>
    [Fact]
    public void LongName_IsCutEachTime()
    {
        var name = new string('名', DraftNames.MaxLength + 1);
        var pointer = "/a/" + name;
        var first = DraftNames.Of(pointer, 3, pointer.Length);
        Assert.Equal(name, first);
        Assert.NotSame(first, DraftNames.Of(pointer, 3, pointer.Length));
    }

    [Fact]
    public void ManyNames_FromThreads_AreEachRight()
    {
        var wrong = 0;
        Parallel.For(0, 4, t =>
        {
            for (var i = 0; i < DraftNames.Limit * 2; i++)
            {
                var name = "n" + ((i * 7) + t).ToString(CultureInfo.InvariantCulture);
                var pointer = "/list/" + name + "/value";
                if (DraftNames.Of(pointer, 6, 6 + name.Length) != name)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }
}
