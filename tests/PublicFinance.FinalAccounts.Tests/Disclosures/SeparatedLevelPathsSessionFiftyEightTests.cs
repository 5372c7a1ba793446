using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 58 (r55fix, blind round 55 t07's wording, our own invented 档案馆 texts): items named by their 类/款/项 path joined
/// with a separator — <c>社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出（2080505）：调整预算…万元，决算…万元</c>.
/// At the base (b035b99f) the whole path was the item's name and FA5003 warned that it was not the catalogue's 项 name
/// (three false Warnings in t07). Now the last part is the 项's name and the parts before it the 类 and 款 names, when they
/// are consistent with the code; a 类 part that names another 类 leaves the name whole (the mismatch is real).
/// </summary>
public sealed class SeparatedLevelPathsSessionFiftyEightTests
{
    /// <summary>The items: code, 类, 款, 项 name (the catalogue knows them all).</summary>
    private static readonly (string Code, string Class, string Section, string Name)[] Items =
    [
        ("2080505", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"),
        ("2101101", "卫生健康支出", "行政事业单位医疗", "行政单位医疗"),
        ("2210201", "住房保障支出", "住房改革支出", "住房公积金"),
    ];

    /// <summary>The separators the path may be written with (spaces around the dash too).</summary>
    private static readonly string[] Separators = ["-", "—", "－", "/", "／", " - ", "——", " — "];

    /// <summary>
    /// The text: a total, then one line per item, its name the path joined by <paramref name="separator"/> (three parts, or
    /// the 款 and 项 only when <paramref name="twoParts"/>); <paramref name="classOf0"/> replaces the first item's 类 part.
    /// </summary>
    private static string Text(string separator, long[] finals, bool twoParts = false, string? classOf0 = null)
    {
        var sb = new StringBuilder("某市档案馆2024年度部门决算说明\n\n二、一般公共预算财政拨款支出决算情况\n")
            .Append("2024年度一般公共预算财政拨款支出").Append(GroupedMoney(finals.Sum())).Append("万元。\n");
        for (var i = 0; i < Items.Length; i++)
        {
            var (code, cls, section, name) = Items[i];
            if (!twoParts)
            {
                sb.Append(i == 0 && classOf0 is not null ? classOf0 : cls).Append(separator);
            }

            sb.Append(section).Append(separator).Append(name).Append('（').Append(code).Append("）：调整预算")
                .Append(GroupedMoney(finals[i])).Append("万元，决算").Append(GroupedMoney(finals[i])).Append("万元，已全部执行。\n");
        }

        return sb.ToString();
    }

    private static readonly long[] Finals = [16_833, 7_462, 11_095];

    /// <summary>Every separator: each item is named by its 项 name, with its 类 and 款; no Warning, no Error.</summary>
    [Fact]
    public void DashJoinedPaths_AreReadAsLevels()
    {
        foreach (var separator in Separators)
        {
            var (read, diagnostics) = Read(Text(separator, Finals));

            Assert.Empty(Errors(diagnostics));
            Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003");
            for (var i = 0; i < Items.Length; i++)
            {
                var p = $"/narrative/generalBudget/items/{i}";
                Assert.Equal(Items[i].Code, JsonAt(read, p + "/code"));
                Assert.Equal(Items[i].Name, JsonAt(read, p + "/name"));
                Assert.Equal(Items[i].Class, JsonAt(read, p + "/className"));
                Assert.Equal(Items[i].Section, JsonAt(read, p + "/sectionName"));
                Assert.Equal(PlainMoney(Finals[i]), JsonAt(read, p + "/amount"));
            }
        }
    }

    /// <summary>A path of the 款 and the 项 only: the 款 name and the 项 name, no FA5003.</summary>
    [Fact]
    public void SectionAndItem_AreReadAsLevels()
    {
        var (read, diagnostics) = Read(Text("-", Finals, twoParts: true));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003");
        Assert.Equal("行政单位医疗", JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("行政事业单位医疗", JsonAt(read, "/narrative/generalBudget/items/1/sectionName"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1/className"));
    }

    /// <summary>
    /// A 类 part naming another 类 (教育支出 before a 208 code) is not the code's path: the name stays whole and FA5003 still
    /// warns of it (a true Warning), for that item only.
    /// </summary>
    [Fact]
    public void ClassPartOfAnotherClass_StaysWholeAndWarned()
    {
        var (read, diagnostics) = Read(Text("-", Finals, classOf0: "教育支出"));

        Assert.Equal("教育支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        var warned = Assert.Single(diagnostics, d => d.RuleId == "FA5003");
        Assert.Equal("/narrative/generalBudget/items/0/name", warned.Pointers[0]);
    }

    /// <summary>Property: any separator and amounts — the 项 names are read, no FA5003, no Error, the same read twice.</summary>
    [Property(MaxTest = 10)]
    public Property AnySeparatorAndAmounts_NoFalseNameWarning()
    {
        var gen =
            from separator in Gen.Elements(Separators)
            from finals in Gen.ArrayOf(Gen.Choose(100, 900_000).Select(v => (long)v), Items.Length)
            select (separator, finals);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = Text(t.separator, t.finals);
            var (read, diagnostics) = Read(text);
            var again = Read(text).Read;
            var ok = Errors(diagnostics).Length == 0 && !diagnostics.Any(d => d.RuleId == "FA5003");
            for (var i = 0; i < Items.Length; i++)
            {
                var p = $"/narrative/generalBudget/items/{i}";
                ok &= JsonAt(read, p + "/name") == Items[i].Name && JsonAt(read, p + "/amount") == PlainMoney(t.finals[i])
                    && JsonAt(again, p + "/name") == Items[i].Name;
            }

            return ok.Label(t.separator + " " + string.Join(",", t.finals));
        });
    }
}
