using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 36's cuts of the narrative's work (issue 8, docs/performance.md "Session 36: reader speed, the narrative's
/// dispatch"): the label's dispatch asks a family of label questions only when the label's character set may hold its
/// trigger words, so the dispatch must never skip a family that would have answered yes; <c>HasAny</c> asks a short
/// text's character set first; <see cref="NarrativeReader.LabelOf"/> compares lengths first. The golden read results hold
/// the whole output identical; these properties hold each shortcut against the plain answer.
/// </summary>
public class NarrativeDispatchSessionThirtySixTests
{
    /// <summary>
    /// Pieces of labels: the families' own trigger words, parts of them, and for each trigger character the character 64
    /// code points beside it (bit 6 flipped: the same bit of the character set), so that labels the set cannot rule out
    /// come up beside labels it can.
    /// </summary>
    private static readonly string[] Pieces =
    [
        "预算", "决算", "支出决算", "决算支出", "预算)", "预算数)", "(", ")", "实际支出", "实际执行数为", "实际", "执行", "支出", "数", "为",
        "增加", "减少", "增长", "下降", "降低", "上升", "提高", "负增长", "少", "多", "少支出", "增幅", "减幅", "降幅", "涨幅", "幅", "了", "达",
        "与", "同", "上年", "2", "2010301", "205", "一般公共预算", "政府性基金预算", "预算绩效", "其中", " ",
        .. "预算决支出实际增减与同上提下降少多幅2()".Select(c => ((char)(c ^ 0x40)).ToString()),
    ];

    /// <summary>Labels of zero to six pieces, whole or cut in half.</summary>
    private static Gen<string> Labels =>
        from n in Gen.Choose(0, 6)
        from parts in Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Elements(Pieces).Select(p => p.Substring(0, (p.Length + 1) / 2))), n)
        select string.Concat(parts);

    /// <summary>Whether a label of the set <paramref name="label"/> passes a trigger of all characters.</summary>
    private static bool May(string label, ulong trigger) => WordMask.May(WordMask.Of(label), trigger);

    /// <summary>Whether a label passes a trigger of any one character.</summary>
    private static bool MayAny(string label, ulong chars) => (WordMask.Of(label) & chars) != 0;

    /// <summary>
    /// The dispatch never skips a family that would fire: for every label, a family whose trigger the label's set rules
    /// out answers no (or null) when asked anyway — <c>MentionsBudget</c> (预算), <c>ItemFinalLabel</c> (支出决算),
    /// <c>BracketedBudgetLabel</c> (预算)), <c>DirectionOf</c> (one of 增上提减下降少多幅), <c>MayNameFunctionalItem</c> ('(' or 2).
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property Dispatch_NeverSkipsAFamilyThatWouldFire()
        => Prop.ForAll(Labels.ToArbitrary(), label =>
        {
            var skippedYet = new List<string>();
            if (!May(label, NarrativeReader.BudgetTrigger) && NarrativeReader.MentionsBudget(label))
            {
                skippedYet.Add("MentionsBudget");
            }

            if (!May(label, NarrativeReader.ItemFinalTrigger) && NarrativeReader.ItemFinalLabel(label))
            {
                skippedYet.Add("ItemFinalLabel");
            }

            if (!May(label, NarrativeReader.BracketedBudgetTrigger) && NarrativeReader.BracketedBudgetLabel(label))
            {
                skippedYet.Add("BracketedBudgetLabel");
            }

            if (!MayAny(label, NarrativeReader.DirectionChars) && NarrativeReader.DirectionOf(label) is not null)
            {
                skippedYet.Add("DirectionOf");
            }

            if (!MayAny(label, NarrativeReader.FunctionalItemChars) && NarrativeReader.MayNameFunctionalItem(label))
            {
                skippedYet.Add("MayNameFunctionalItem");
            }

            return (skippedYet.Count == 0).Label($"\"{label}\": {string.Join(", ", skippedYet)}");
        });

    /// <summary>
    /// The two label questions that now ask the dispatch first answer as their plain definitions (the oracle, written out
    /// here): the final label ends with 决算数, 决算为, 决算支出, 支出决算 or 决算, or holds 决算数为; the actual spending label
    /// ends with a word of <c>ActualSpendingWords</c> (the first that matches) with at most one character before it.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property FinalAndActualLabels_AreThePlainDefinitions()
        => Prop.ForAll(Labels.ToArbitrary(), label =>
        {
            var reader = new NarrativeReader(new ReportBuilder(new SourceText(string.Empty)));
            var final = label.EndsWith("决算数", StringComparison.Ordinal) || label.EndsWith("决算为", StringComparison.Ordinal)
                || label.Contains("决算数为", StringComparison.Ordinal) || label.EndsWith("决算支出", StringComparison.Ordinal)
                || label.EndsWith("支出决算", StringComparison.Ordinal) || label.EndsWith("决算", StringComparison.Ordinal);
            var word = NarrativeReader.ActualSpendingWords.FirstOrDefault(w => label.EndsWith(w, StringComparison.Ordinal));
            var actual = word is not null && label.Length - word.Length <= 1;
            return (reader.IsFinalLabel(label) == final && reader.IsActualSpendingLabel(label) == actual)
                .Label($"\"{label}\" final={final} actual={actual}");
        });

    /// <summary>
    /// <c>HasAny</c> with the short text's character set asked first is the plain "contains one of", for short texts and for
    /// texts longer than the set is made for (searched as before), and for empty words.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property HasAny_IsThePlainSearch()
        => Prop.ForAll(Labels.ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), Gen.ArrayOf(Gen.Elements(Pieces.Append(""))).ToArbitrary(),
            (label, repeat, words) =>
            {
                var text = string.Concat(Enumerable.Repeat(label, repeat));
                var plain = words.Any(w => text.Contains(w, StringComparison.Ordinal));
                return (NarrativeReader.HasAny(text, words) == plain).Label($"\"{text}\" ({text.Length}) [{string.Join("|", words)}]");
            });

    /// <summary>
    /// A label is the trimmed stretch of its text, and a label read again among the last eight is the string read before
    /// (the comparison now tests the length and the first character first); labels of one length and first character
    /// that differ later are told apart.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property LabelOf_IsTheTrimmedStretch()
        => Prop.ForAll(Gen.ArrayOf(Gen.Elements(" 本年支出", "本年收入 ", "本年支出", "本年支付", "增长", " ", "", "本")).ToArbitrary(), labels =>
        {
            var reader = new NarrativeReader(new ReportBuilder(new SourceText(string.Empty)));
            var seen = new Dictionary<string, string>();
            foreach (var written in labels)
            {
                var text = "，" + written + "12";
                var label = reader.LabelOf(text, 1, 1 + written.Length);
                var trimmed = written.Trim();
                if (label != trimmed || seen.TryGetValue(trimmed, out var before) && label.Length > 0 && !ReferenceEquals(before, label))
                {
                    return false.Label($"\"{written}\" -> \"{label}\"");
                }

                seen[trimmed] = label;
            }

            return true.ToProperty();
        });
}
