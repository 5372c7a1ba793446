using System.Reflection;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 35: the narrative reader's five reason-marker lists come from one table (<c>ReasonMarkerTable</c>). These tests pin
/// each list's words as they were written before the table (the expected arrays are those lists, in their old order) and the
/// one order every list needs: a marker before any marker that is its prefix, so that the first marker written at a place is
/// the longest (each reader takes the first of its list that matches there).
/// </summary>
public class ReasonMarkerTableTests
{
    public static TheoryData<string, string[]> Lists => new()
    {
        {
            "ReasonMarkers",
            [
                "主要原因是:", "主要原因是", "主要原因为:", "主要原因:", "原因是:", "原因为:", "差异原因是:", "差异原因:",   // session 46: "决算数与预算数的差异原因：…"
                "原因是", "原因为", "主要是", "主要用于", "主要系", "系因", "主要由于", "是由于",
                "主要原因如下:", "原因如下:", "原因主要是:", "原因主要是", "原因主要为", "变动原因是:", "变动原因是", "变动原因:",
                "变化原因是", "变化原因:", "原因系", "原因在于", "主要原因一是", "原因一是", "原因,一是", "原因:",
            ]
        },
        { "WeakReasonMarkers", ["主要是", "主要用于", "主要系", "系因", "主要由于", "是由于", "原因:"] },
        {
            "SentenceReasonMarkers",
            [
                "主要原因是:", "主要原因是", "主要原因为:", "主要原因为", "主要原因:", "原因是:", "原因是", "原因为:", "原因为", "原因:",
                "主要是由于", "主要是因为", "主要是", "主要系", "主要由于", "是由于",
            ]
        },
        { "LeadingReasonMarkers", ["主要是由于", "主要是因为", "主要是", "主要系", "主要由于", "是由于", "系因"] },
        { "DifferenceReasonMarkers", ["主要是由于", "主要是因为", "主要是", "主要系", "主要由于", "是由于"] },
        { "PurposeMarkers", ["主要用于"] },   // session 39: a purpose, never a change's reason
        {
            "ExplicitReasonMarkers",   // session 39: the markers that name a cause in words (原因, 由于, 因为)
            [
                "主要原因是:", "主要原因是", "主要原因为:", "主要原因为", "主要原因:", "原因是:", "原因为:", "差异原因是:", "差异原因:", "原因是", "原因为",
                "主要是由于", "主要是因为", "主要由于", "是由于", "主要原因如下:", "原因如下:", "原因主要是:", "原因主要是", "原因主要为",
                "变动原因是:", "变动原因是", "变动原因:", "变化原因是", "变化原因:", "原因系", "原因在于", "主要原因一是", "原因一是", "原因,一是", "原因:",
            ]
        },
    };

    /// <summary>Each list holds the same words as before the table, none twice.</summary>
    [Theory]
    [MemberData(nameof(Lists))]
    public void EachList_HoldsItsWords(string field, string[] words)
    {
        var list = ListOf(field);
        Assert.Equal(list.Length, list.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(words.Order(StringComparer.Ordinal), list.Order(StringComparer.Ordinal));
    }

    /// <summary>In each list a marker comes before every marker that is its prefix ("主要是由于" before "主要是").</summary>
    [Theory]
    [MemberData(nameof(Lists))]
    public void EachList_PutsTheLongerBeforeItsPrefix(string field, string[] words)
    {
        _ = words;
        var list = ListOf(field);
        for (var i = 0; i < list.Length; i++)
        {
            for (var j = i + 1; j < list.Length; j++)
            {
                Assert.False(list[j].StartsWith(list[i], StringComparison.Ordinal), list[i] + " before its extension " + list[j]);
            }
        }
    }

    /// <summary>The reason markers inside a sentence fit the scan's bit mask (one bit of a ulong each; session 43 widened it
    /// from an int when the list reached 31).</summary>
    [Fact]
    public void InSentenceMarkers_FitTheScansMask() => Assert.InRange(ListOf("ReasonMarkers").Length, 1, 64);

    private static string[] ListOf(string field)
    {
        var type = typeof(DisclosureReader).Assembly.GetType("PublicFinance.FinalAccounts.Disclosures.NarrativeReader", true)!;
        var info = type.GetField(field, BindingFlags.NonPublic | BindingFlags.Static);
        Assert.NotNull(info);
        return (string[])info.GetValue(null)!;
    }
}
