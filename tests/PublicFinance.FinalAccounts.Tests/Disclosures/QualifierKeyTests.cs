using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The qualifier key in one backward scan (issue 8, session 15): <see cref="Qualifiers.Key(string, int, int, int)"/>
/// must give what one <c>LastIndexOf</c> per word gave (the old code, kept here as the oracle; the named year by an
/// independent pattern) — on texts pieced together from the groups' words (which overlap and share first
/// characters: 收支/收入/收、支, 行政编制/行政, 上年/上一年), halves of them, years and noise, at random stretches.
/// </summary>
public class QualifierKeyTests
{
    /// <summary>The groups and words of the key (the reader's own table: the test is of the search, not of the words).</summary>
    private static readonly (string Group, string[] Words)[] Groups = Qualifiers.Groups;

    private static readonly string[] Pieces = Groups.SelectMany(g => g.Words)
        .Concat(["2023年", "2024年", "2022年", "12023年", "1999年", "年", "2", "万元", "，", "。", "比", "增加", "、", " ", "a"])
        .ToArray();

    private static Gen<(string Text, int Start, int End, int Year)> Cases =>
        from n in Gen.Choose(0, 40)
        from parts in Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Elements(Pieces).Select(p => p.Substring(p.Length / 2))), n)
        let text = string.Concat(parts)
        from a in Gen.Choose(-2, text.Length + 2)
        from b in Gen.Choose(-2, text.Length + 2)
        from year in Gen.Elements(0, 2023, 2024)
        select (text, Math.Min(a, b), Math.Max(a, b), year);

    [Property(MaxTest = 3000)]
    public Property Key_IsWhatASearchPerWordGave()
        => Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (text, start, end, year) = c;
            var key = Qualifiers.Key(text, start, end, year);
            return (key == KeyBySearch(text, start, end, year) && key == Qualifiers.Key(text, start, end, year))
                .Label($"\"{text}\" [{start}, {end}) {year}: {key} / {KeyBySearch(text, start, end, year)}");
        });

    [Fact]
    public void WorkedKeys()
    {
        Assert.Equal("flow=支出;scope=其中;item=运行;basis=上年;", Qualifiers.Key("其中机关运行支出比上年", 2023));   // 运行 ends later
        Assert.Equal("flow=收、支;", Qualifiers.Key("收、支", 0));
        Assert.Equal("staff=行政编制;", Qualifiers.Key("行政编制", 0));               // the longest word at one place (行政)
        Assert.Equal("basis=上一年;year=2022;", Qualifiers.Key("较2022年上一年", 2023));
        Assert.Equal("fund=一般公共预算;basis=预算;", Qualifiers.Key("一般公共预算", 0));   // a word inside another counts too
        Assert.Equal(string.Empty, Qualifiers.Key("2023年", 2023));                   // the document's own year is none
        Assert.Equal(string.Empty, Qualifiers.Key("收入", 1, 2, 0));                  // a word wholly within the stretch
        Assert.Equal(string.Empty, Qualifiers.Key("12023年", 0));                    // a fifth digit: no year
    }

    /// <summary>The old key: for each group the word whose last occurrence is latest (the longer at one place), then the
    /// last named year (here found by a pattern instead of the old step per character).</summary>
    private static string KeyBySearch(string text, int start, int end, int fiscalYear)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        if (end == start)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var (group, words) in Groups)
        {
            var best = -1;
            string? found = null;
            foreach (var word in words)
            {
                var at = text.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal);
                var fundNames = group == "basis" && word == FundNameBudget.BudgetWord;
                while (at >= 0 && fundNames && FundNameBudget.InFundName(text, start, at, end))
                {
                    // Session 46: the 预算 ending a fund's name before its money's words is no basis; one before it may be.
                    at = text.LastIndexOf(word, at, at + 1 - start, StringComparison.Ordinal);
                }

                if (at > best || at == best && at >= 0 && found is not null && word.Length > found.Length)
                {
                    best = at;
                    found = word;
                }
            }

            if (found is not null)
            {
                sb.Append(group).Append('=').Append(found).Append(';');
            }
        }

        // The named year by a pattern (four digits with no digit before them in the stretch, then 年): the last in range.
        var years = System.Text.RegularExpressions.Regex.Matches(text.Substring(start, end - start), "(?<![0-9])([0-9]{4})年")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Where(y => y is >= FiscalYearRange.First and <= FiscalYearRange.Last).ToList();
        if (years.Count > 0 && years[^1] != fiscalYear)
        {
            sb.Append("year=").Append(years[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
        }

        return sb.ToString();
    }
}
