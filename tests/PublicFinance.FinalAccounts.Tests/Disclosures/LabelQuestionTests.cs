using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A label's questions asked of its characters first (issue 8, session 15): <see cref="WordMask"/> only ever rules a
/// word out when it cannot be written, and the label decisions that use it — the label tables'
/// <c>Resolve</c>, <c>StripDirection</c>, <c>OnlyDirection</c>, <c>MentionsBudget</c> and the reader's
/// contains/starts/ends questions — answer what the old searches and <c>Replace</c> chains (kept here as the oracle)
/// answered, on labels pieced together from the lexicon's own words, their characters and noise.
/// </summary>
public class LabelQuestionTests
{
    /// <summary>Pieces labels are made of: every key of the label tables, the words the decisions name, and noise.</summary>
    private static readonly string[] Pieces = NarrativeReader.Labels.Values.SelectMany(t => t).SelectMany(row => row.Keys)
        .Concat(NarrativeReader.Directions)
        .Concat(["了", "比上年", "较上年", "同比", "决算", "预算", "预算数", "预算为", "决算数", "决算为", "年初", "全年", "调整", "一般公共预算",
            "政府性基金预算", "国有资本经营预算", "预算财政拨款", "预算绩效", "上年", "去年", "上一年", "比", "较", "占", "占比", "的", "率", "差异",
            "结转", "结余", "少", "多", " ", "\"", "“", "”", "2023年", "(", ")", "（", "）", "收", "支", "预", "增", "减", "a", "A"])
        .Distinct().ToArray();

    private static Gen<string> Labels =>
        from n in Gen.Choose(0, 6)
        from parts in Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Elements(Pieces).Select(p => p.Substring(0, (p.Length + 1) / 2))), n)
        select string.Concat(parts);

    private static readonly Section[] Sections = Enum.GetValues<Section>();

    [Property(MaxTest = 2000)]
    public Property WordMask_NeverRulesOutAWordThatIsWritten()
        => Prop.ForAll(Labels.ToArbitrary(), Gen.Elements(Pieces).ToArbitrary(), (label, word) =>
        {
            var written = label.Contains(word, StringComparison.Ordinal);
            return (!written || WordMask.May(WordMask.Of(label), WordMask.Of(word))).Label($"\"{label}\" / \"{word}\"");
        });

    [Property(MaxTest = 2000)]
    public Property Resolve_IsTheFirstKeyASearchFinds()
        => Prop.ForAll(Labels.ToArbitrary(), Gen.Elements(Sections).ToArbitrary(), (label, section) =>
            (NarrativeReader.Resolve(section, label) == ResolveBySearch(section, label)).Label($"{section} \"{label}\""));

    [Property(MaxTest = 2000)]
    public Property LabelWords_TakenOutAsByReplace()
        => Prop.ForAll(Labels.ToArbitrary(), label =>
            (NarrativeReader.StripDirection(label) == StripDirectionByReplace(label)
                && NarrativeReader.OnlyDirection(label) == OnlyDirectionByReplace(label)
                && NarrativeReader.MentionsBudget(label) == MentionsBudgetByReplace(label)).Label($"\"{label}\""));

    [Property(MaxTest = 1000)]
    public Property LabelQuestions_AnswerAsTheStringDoes()
        => Prop.ForAll(Gen.ArrayOf(Labels, 6).ToArbitrary(), Gen.Elements(Pieces).ToArbitrary(), (labels, word) =>
        {
            // One reader asked about several labels in turn (and the same label again): the mask follows the label.
            var reader = new NarrativeReader(new ReportBuilder(new SourceText(string.Empty)));
            var same = true;
            foreach (var label in labels.Concat(labels.Reverse()))
            {
                same &= reader.LabelHas(label, word) == label.Contains(word, StringComparison.Ordinal)
                    && reader.LabelStarts(label, word) == label.StartsWith(word, StringComparison.Ordinal)
                    && reader.LabelEnds(label, word) == label.EndsWith(word, StringComparison.Ordinal);
            }

            return same.Label($"[{string.Join(" | ", labels)}] \"{word}\"");
        });

    [Fact]
    public void WorkedLabels()
    {
        Assert.Equal("income/fiscalAppropriation", NarrativeReader.Resolve(Section.Income, "其中：财政拨款收入"));
        Assert.Equal("overall/*grand", NarrativeReader.Resolve(Section.Overall, "收 、支总计"));   // spaces are not compared
        Assert.Equal("threePublic/reception", NarrativeReader.Resolve(Section.ThreePublic, "“公务接待”费"));   // nor quotes
        Assert.Null(NarrativeReader.Resolve(Section.Personnel, "本年收入"));
        Assert.Equal("收入", NarrativeReader.StripDirection("收入比上年增加"));
        Assert.Equal(string.Empty, NarrativeReader.StripDirection("减增加少"));   // a word formed by taking one out goes too, as by Replace
        Assert.True(NarrativeReader.OnlyDirection("增长了"));
        Assert.False(NarrativeReader.OnlyDirection("收入增长"));
        Assert.True(NarrativeReader.MentionsBudget("较年初预算数"));
        Assert.False(NarrativeReader.MentionsBudget("一般公共预算财政拨款支出"));
        Assert.True(NarrativeReader.MentionsBudget("预一般公共预算算"));   // "预算" formed by taking a word out counts
    }

    /// <summary>The old <c>Resolve</c>: one search per key, the keys in order.</summary>
    private static string? ResolveBySearch(Section section, string label)
    {
        if (!NarrativeReader.Labels.TryGetValue(section, out var table))
        {
            return null;
        }

        var compact = label.IndexOfAny([' ', '"', '“', '”']) >= 0
            ? label.Replace(" ", string.Empty).Replace("\"", string.Empty).Replace("“", string.Empty).Replace("”", string.Empty) : label;
        foreach (var (keys, target) in table)
        {
            foreach (var k in keys)
            {
                if (compact.Contains(k, StringComparison.Ordinal))
                {
                    return target;
                }
            }
        }

        return null;
    }

    private static string StripDirectionByReplace(string label)
    {
        foreach (var d in NarrativeReader.Directions)
        {
            label = label.Replace(d, string.Empty);
        }

        return label.Replace("比上年", string.Empty).Replace("较上年", string.Empty).Replace("同比", string.Empty).Replace("决算", string.Empty);
    }

    private static bool OnlyDirectionByReplace(string label)
    {
        var rest = label;
        foreach (var d in NarrativeReader.Directions)
        {
            rest = rest.Replace(d, string.Empty);
        }

        rest = rest.Replace("了", string.Empty).Trim();
        return rest.Length == 0 && rest != label.Trim();
    }

    private static bool MentionsBudgetByReplace(string label) =>
        label.Contains("预算", StringComparison.Ordinal)
            && label.Replace("一般公共预算", string.Empty).Replace("政府性基金预算", string.Empty).Replace("国有资本经营预算", string.Empty)
                .Replace("预算财政拨款", string.Empty).Replace("预算绩效", string.Empty).Contains("预算");
}
