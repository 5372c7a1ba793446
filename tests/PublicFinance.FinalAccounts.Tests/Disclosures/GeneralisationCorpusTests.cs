using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The in-repo scorer of issue 8's generalisation (session 16): invented disclosure texts in the styles departments
/// across China use (<c>TestData/generalisation</c>, each with a hand-made truth in the dev corpus's format), read and
/// checked as <c>finacct check</c> does. Every text is arithmetically consistent, so every Error raised on it is false
/// (0 allowed, except the known gaps its truth names with their cause); each variant plants one error, which must be
/// reported by an Error or a Warning naming the planted figure and another figure of the check; and the figures read
/// (value presence in the report, as <c>score-corpus</c> counts them) may not fall below the floor measured per text.
/// </summary>
public partial class GeneralisationCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// The figures of each text's truth found in its report, measured in session 16 (01-14 in the first round, 15-20 in the
    /// second), session 17 (21-28) and session 18 (29-36); a regression fails.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["01-province-forestry-2019"] = 50,
        ["02-county-housing-2015"] = 19,
        ["03-town-2021-unnumbered"] = 23,
        ["04-school-2023-yuan"] = 20,
        ["05-hospital-2018"] = 24,
        ["06-web-one-line-2020"] = 18,
        ["07-traditional-fullwidth-2017"] = 19,
        ["08-city-pipe-table-2022"] = 17,
        ["09-district-tab-table-2016"] = 17,
        ["10-street-cell-per-line-2024"] = 17,
        ["11-province-fund-split-2024"] = 11,
        ["12-institution-2014-yi"] = 16,   // 17 before session 17's review: 1.28亿元 is coarser than the 万元, not placed
        ["13-county-other-matters-2025"] = 13,
        ["14-district-staff-budget-2020"] = 16,   // session 20: 行政编制 96 of 行政 96 + 事业 14 is no 编制数 (a note; intended)
        ["15-province-culture-funds-2017"] = 22,
        ["16-college-adjusted-budget-2022"] = 15,
        ["17-city-bureau-procurement-assets-2021"] = 22,
        ["18-township-yuan-performance-2020"] = 19,
        ["19-web-dotted-contents-2023"] = 14,
        ["20-county-parts-yi-qian-2019"] = 15,   // 12 in session 17 (3.86亿元 not placed, coarser); 15 with 千元 read (session 18)
        ["21-street-yuan-zero-items-2021"] = 25,
        ["22-police-2015-old-wording"] = 31,
        ["23-education-word-numbering-2019"] = 28,
        ["24-health-pdf-breaks-2023"] = 29,
        ["25-court-2025-new-wording"] = 36,
        ["26-township-space-columns-2017"] = 27,
        ["27-province-yi-qian-2022"] = 30,   // 27 in session 17 (three 亿元 figures not placed); 30 with 千元 read (session 18)
        ["28-institution-2014-old-terms"] = 16,
        ["29-party-office-2018"] = 27,
        ["30-civil-affairs-welfare-2020"] = 40,
        ["31-water-funds-none-2019"] = 37,
        ["32-institution-business-income-2016"] = 30,
        ["33-county-separate-reasons-2023"] = 26,
        ["34-excel-tab-qian-2021"] = 29,
        ["35-mirror-pinyin-traditional-2018"] = 17,
        ["36-district-assets-qian-2024"] = 30,
    };

    /// <summary>The keys of the truth that hold one stated figure (as in the dev corpus).</summary>
    private static readonly string[] TopKeys =
    [
        "income_total", "income_current_year", "income_fiscal_appropriation", "income_other", "expenditure_total",
        "expenditure_current_year", "expenditure_basic", "expenditure_project", "fiscal_appropriation_total",
        "general_public_budget_expenditure", "personnel_expenses", "public_expenses", "three_public_total", "outbound_travel",
        "vehicle_total", "vehicle_purchase", "vehicle_operation", "reception", "operating_expenses", "procurement_total",
        "procurement_goods", "procurement_works", "procurement_services",
    ];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "generalisation");

    /// <summary>Every text of the corpus by name.</summary>
    public static TheoryData<string> Names() => new(NameList());

    private static List<string> NameList() =>
        [.. Directory.GetFiles(Folder, "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)!).OrderBy(n => n, StringComparer.Ordinal)];

    /// <summary>Every planted-error variant by text name and variant index.</summary>
    public static TheoryData<string, int> Variants()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in NameList())
        {
            using var truth = Truth(name);
            if (truth.RootElement.TryGetProperty("variants", out var variants))
            {
                for (var i = 0; i < variants.GetArrayLength(); i++)
                {
                    data.Add(name, i);
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryTextHasATruthAndAPinnedFloor()
    {
        var names = NameList();
        Assert.True(names.Count >= 12, "at least twelve texts");
        Assert.Equal(RecallFloors.Keys.OrderBy(k => k, StringComparer.Ordinal), names);
        foreach (var name in names)
        {
            var bytes = new FileInfo(Path.Combine(Folder, name + ".txt")).Length;
            Assert.InRange(bytes, 1000, 4096);
            using var truth = Truth(name);
            Assert.NotEmpty(TruthFigures(truth.RootElement));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ConsistentText_RaisesNoErrorButItsKnownGaps(string name)
    {
        using var truth = Truth(name);
        var gaps = KnownGapRules(truth.RootElement);
        var (_, diagnostics) = TextReading.Read(Text(name));
        var errors = diagnostics.Where(d => d.Severity == Severity.Error && !gaps.Contains(d.RuleId))
            .Select(d => d.RuleId + " " + d.MessageEn).ToList();
        Assert.True(errors.Count == 0, name + ":\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FiguresRead_AreAtLeastThePinnedFloor(string name)
    {
        var figures = CorpusFolder.JsonTruthFigures(Path.Combine(Folder, name + ".truth.json"));
        var have = ReportFigures(TextReading.Read(Text(name)).Read.Report);
        AssertFloor(output, name, figures, have, RecallFloors[name]);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void PlantedError_IsReported(string name, int index)
    {
        using var truth = Truth(name);
        var variant = truth.RootElement.GetProperty("variants")[index];
        var replace = variant.GetProperty("replace");
        var (from, to) = (replace[0].GetString()!, replace[1].GetString()!);
        var (_, diagnostics) = TextReading.Read(CorpusFolder.ReplaceOnce(name, Text(name), from, to));

        var reported = Reports(variant.GetProperty("finding"), diagnostics);
        var shown = string.Join("\n", diagnostics.Select(d => d.RuleId + " " + d.Severity + " " + d.MessageEn));
        if (variant.TryGetProperty("known_gap", out var gap))
        {
            // A known gap is asserted as a gap: once it is reported, the truth's known_gap must go (this test fails until then).
            output.WriteLine($"{name} variant {index} (known gap: {gap.GetString()}): reported {reported}\n{shown}");
            Assert.False(reported, $"{name}: «{variant.GetProperty("name").GetString()}» is reported now: remove its known_gap");
            return;
        }

        Assert.True(reported, $"{name}: «{variant.GetProperty("name").GetString()}» not reported:\n{shown}");
    }

    private static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".txt"));

    private static JsonDocument Truth(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".truth.json")));

    /// <summary>The rule ids the truth lists as known gaps (a cause in code this role does not own), with their reason.</summary>
    internal static HashSet<string> KnownGapRules(JsonElement truth)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        if (truth.TryGetProperty("known_gap_errors", out var gaps))
        {
            foreach (var gap in gaps.EnumerateArray())
            {
                rules.Add(gap.GetProperty("rule").GetString()!);
            }
        }

        return rules;
    }

    /// <summary>
    /// Asserts that at least <paramref name="floor"/> of the truth's <paramref name="figures"/> are among the report's
    /// (<paramref name="have"/>), writing the count and every missed figure to the test output (shared by the corpus tests).
    /// </summary>
    internal static void AssertFloor(ITestOutputHelper output, string name, List<(string Label, decimal Value)> figures,
        HashSet<decimal> have, int floor)
    {
        var missed = figures.Where(f => !have.Contains(f.Value)).ToList();
        var found = figures.Count - missed.Count;
        output.WriteLine($"{name}: {found}/{figures.Count}");
        foreach (var (label, value) in missed)
        {
            output.WriteLine($"  missed {value} ({label})");
        }

        Assert.True(found >= floor, $"{name}: {found}/{figures.Count} figures read, the floor is {floor}");
    }

    /// <summary>The stated non-zero figures of a truth, each once by magnitude (as <c>score-corpus</c> counts them).</summary>
    internal static List<(string Label, decimal Value)> TruthFigures(JsonElement truth)
    {
        var list = new List<(string, decimal)>();
        var seen = new HashSet<decimal>();
        void Add(string label, JsonElement value)
        {
            if (Figure(value) is { } d && d != 0 && seen.Add(Math.Abs(d)))
            {
                list.Add((label, Math.Abs(d)));
            }
        }

        foreach (var key in TopKeys)
        {
            if (truth.TryGetProperty(key, out var v))
            {
                Add(key, v);
            }
        }

        if (truth.TryGetProperty("other_figures", out var others))
        {
            foreach (var p in others.EnumerateObject())
            {
                Add(p.Name, p.Value);
            }
        }

        if (truth.TryGetProperty("stated_changes", out var changes))
        {
            foreach (var c in changes.EnumerateArray())
            {
                var item = c.TryGetProperty("item", out var i) ? i.GetString() : "?";
                foreach (var member in new[] { "change_amount", "change_percent" })
                {
                    if (c.TryGetProperty(member, out var v))
                    {
                        Add(item + " " + member, v);
                    }
                }
            }
        }

        return list;
    }

    /// <summary>Every figure in the report's JSON, by magnitude.</summary>
    internal static HashSet<decimal> ReportFigures(FinalAccountsReport report)
    {
        using var json = JsonDocument.Parse(FinalAccountsJson.Serialize(report));
        var set = new HashSet<decimal>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray())
                    {
                        Walk(x);
                    }

                    break;
                default:
                    if (Figure(e) is { } d)
                    {
                        set.Add(Math.Abs(d));
                    }

                    break;
            }
        }

        Walk(json.RootElement);
        return set;
    }

    /// <summary>A figure as the truth or the report writes it (separators, %, 万元 and 元 dropped), or null.</summary>
    private static decimal? Figure(JsonElement value)
    {
        var s = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString()!,
            _ => null,
        };
        if (s is null)
        {
            return null;
        }

        s = s.Replace(",", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal)
            .Replace("万元", string.Empty, StringComparison.Ordinal).Replace("元", string.Empty, StringComparison.Ordinal).Trim();
        return PlainFigure().IsMatch(s) ? decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether an Error or a Warning among the diagnostics reports the variant's finding (<see cref="Hits"/>).</summary>
    internal static bool Reports(JsonElement finding, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity is Severity.Error or Severity.Warning)
            .Any(d => Hits(finding, NumbersIn(d.MessageEn + " " + d.MessageZh + " " + d.Stated + " " + d.Computed)));

    internal static HashSet<decimal> NumbersIn(string text)
    {
        // Full-width digits and point (２０２１, ５８．０９) as their ASCII forms, as the reader reads them.
        var ascii = string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] is >= '０' and <= '９' ? (char)(t[i] - '０' + '0') : t[i] == '．' ? '.' : t[i];
            }
        });
        var set = new HashSet<decimal>();
        foreach (Match m in NumberInText().Matches(ascii))
        {
            set.Add(Math.Abs(decimal.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)));
        }

        return set;
    }

    /// <summary>
    /// A finding reports the planted error when it names the planted (stated) figure and at least one other figure of the
    /// check: another stated one, the computed one, or one of the truth's computation (<c>score-corpus</c>'s rule) — a
    /// figure the finding writes with more decimals ("83.7728%" for the computed 83.77%) names it too.
    /// </summary>
    internal static bool Hits(JsonElement finding, HashSet<decimal> numbers)
    {
        HashSet<decimal> Parts(string member) =>
            finding.TryGetProperty(member, out var v) ? [.. NumbersIn(v.GetString() ?? string.Empty).Where(d => d != 0)] : [];
        bool Named(decimal figure) => numbers.Contains(figure) || numbers.Any(n => n.Scale > figure.Scale
            && Math.Round(n, figure.Scale, MidpointRounding.AwayFromZero) == figure);
        var stated = Parts("stated");
        var figures = new HashSet<decimal>(stated);
        figures.UnionWith(Parts("computed"));
        figures.UnionWith(Parts("computation"));
        return stated.Any(numbers.Contains) && figures.Count(Named) >= 2;
    }

    [GeneratedRegex(@"^[-+]?\d+(\.\d+)?$")]
    private static partial Regex PlainFigure();

    [GeneratedRegex(@"-?[0-9][0-9,]*(?:\.[0-9]+)?")]
    private static partial Regex NumberInText();
}
