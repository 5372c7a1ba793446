using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 24 (issue 8, the reader's hot spots): the repeat check's digests in a pooled table (<see cref="DigestSet"/>) in
/// place of a <c>HashSet</c> of tuples. The <c>HashSet</c> is the oracle: every <see cref="DigestSet.Add"/> answers as its
/// <c>Add</c> does. The allocation itself is measured by a probe, not here: in the test host (parallel tests, tiered code,
/// static switches other tests set) a read of the seed allocated 709,512 B against 447,144 B in a process of its own
/// (docs/performance.md "Reader, session 24: the hot spots").
/// </summary>
public class DigestSetTests
{
    /// <summary>Keys from a small domain, so that repeats, keys differing in one part and keys sharing a home slot all occur.</summary>
    private static Gen<(Section, ulong, int, ulong)> Keys =>
        from section in Gen.Elements(Section.None, Section.Income, Section.Expenditure, Section.ThreePublic)
        from sub in Gen.Elements(0UL, 1UL, 14695981039346656037UL, ulong.MaxValue)
        from length in Gen.Choose(0, 6)
        from digest in Gen.OneOf(Gen.Choose(0, 40).Select(d => (ulong)d), Gen.Choose(0, 3).Select(d => (ulong)d << 57))
        select (section, sub, length, digest);

    /// <summary>Up to 600 keys and 0–3 further rounds of the same keys after a release.</summary>
    private static Gen<((Section, ulong, int, ulong)[] Keys, int Rounds)> Cases =>
        from n in Gen.Choose(0, 600)
        from keys in Gen.ArrayOf(Keys, n)
        from rounds in Gen.Choose(0, 3)
        select (keys, rounds);

    [Property(MaxTest = 200)]
    public Property Add_AnswersAsAHashSet_ThroughGrowthAndReuse()
        => Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (keys, rounds) = c;
            // The same set released and used again (rounds + 1 times) must answer as a fresh HashSet each time; up to
            // 4 × 7 × 4 × 44 distinct keys, so the first table (128 slots, grown at half full) grows several times.
            var set = new DigestSet();
            var same = true;
            for (var r = 0; r <= rounds; r++)
            {
                var oracle = new HashSet<(Section, ulong, int, ulong)>();
                foreach (var (section, sub, length, digest) in keys)
                {
                    same &= set.Add(section, sub, length, digest) == oracle.Add((section, sub, length, digest));
                }

                same &= set.Count == oracle.Count;
                set.Release();
            }

            return same.Label($"{keys.Length} keys, {rounds + 1} rounds");
        });

    [Fact]
    public void Add_KeysDifferingInOnePart_AreDistinct()
    {
        var set = new DigestSet();
        Assert.True(set.Add(Section.Income, 7, 12, 99));
        Assert.False(set.Add(Section.Income, 7, 12, 99));   // the same four parts: held
        Assert.True(set.Add(Section.Expenditure, 7, 12, 99));   // another section
        Assert.True(set.Add(Section.Income, 8, 12, 99));   // another sub-heading
        Assert.True(set.Add(Section.Income, 7, 13, 99));   // another length
        Assert.True(set.Add(Section.Income, 7, 12, 100));   // another digest
        Assert.Equal(5, set.Count);
        set.Release();
        Assert.Equal(0, set.Count);
        Assert.True(set.Add(Section.Income, 7, 12, 99));   // released: empty again
    }

    [Fact]
    public void Add_ManyKeys_GrowsPastTheFirstTable()
    {
        // 1,000 distinct digests (eight times the first table) then each again: every first Add is new, every second held.
        var set = new DigestSet();
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(set.Add(Section.Income, 0, 20, (ulong)i * 1099511628211UL));
        }

        for (var i = 0; i < 1000; i++)
        {
            Assert.False(set.Add(Section.Income, 0, 20, (ulong)i * 1099511628211UL));
        }

        Assert.Equal(1000, set.Count);
        set.Release();
    }

    [Fact]
    public void RepeatedParagraph_UnderTheSameHeading_IsReadOnce_AfterAnotherRead()
    {
        // Invented text: the same 三公 paragraph twice under one heading is one repeat (a note, figures read once); a read
        // before it on the same thread (the pooled table given back and rented again) changes nothing.
        const string Paragraph = "2024年度“三公”经费支出决算数为12.50万元，比上年减少1.20万元。";
        var text = "某某局2024年度部门决算说明\n七、“三公”经费支出决算情况说明\n" + Paragraph + "\n\n" + Paragraph + "\n";
        var first = DisclosureReader.Read(text);
        DisclosureReader.Read("某某局2024年度部门决算说明\n一、收入支出决算总体情况说明\n收入总计100.00万元。\n");
        var second = DisclosureReader.Read(text);
        Assert.Single(first.Notes, n => n.MessageEn == DisclosureMessages.RepeatedParagraph.En);
        Assert.Equal(first.Notes.Select(n => n.ToString()), second.Notes.Select(n => n.ToString()));
        Assert.Equal(first.Claims.Select(c => c.ToString()), second.Claims.Select(c => c.ToString()));
    }
}
