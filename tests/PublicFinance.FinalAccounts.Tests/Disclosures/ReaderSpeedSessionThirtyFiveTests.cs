using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 35's cuts of the reader's time (issue 8, docs/performance.md "Session 35: reader speed"): each skips work whose
/// answer is known beforehand, so the output is the same; the golden read results (<see cref="ReadResultGoldenTests"/>)
/// hold the whole output identical, these tests hold the pre-tests sound.
/// </summary>
public class ReaderSpeedSessionThirtyFiveTests
{
    private const string Head = "某区某中心2023年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出";

    /// <summary>
    /// A sentence of budgets for the figure <paramref name="final"/>: the first basis, and a second one of the other kind
    /// when <paramref name="both"/>; the rates are not checked here (only the schema floor is).
    /// </summary>
    private static string Text(int final, int first, int second, bool initialFirst, bool both)
    {
        var (a, b) = initialFirst ? ("年初预算", "调整预算") : ("全年预算", "年初预算");
        var budgets = both ? $"{a}为{first}.00万元，{b}为{second}.00万元" : $"{a}为{first}.00万元";
        return $"{Head}{final}.00万元，{budgets}。\n";
    }

    /// <summary>
    /// The floor the reader writes (the walk for a second budget skipped when the draft had no <c>secondBudget</c> member)
    /// is the floor of the whole walk (<see cref="SchemaVersionFloor.Of(FinalAccountsReport)"/>), with one basis or
    /// two, in either order; two bases are 1.6 (schema 1.6 added the second comparison), one basis is below it.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property SchemaFloor_IsTheWholeWalksFloor(PositiveInt final, PositiveInt first, PositiveInt second, bool initialFirst,
        bool both)
    {
        var read = DisclosureReader.Read(Text(final.Get % 100000, first.Get % 100000, second.Get % 100000, initialFirst, both));
        var written = read.Report.SchemaVersion;
        var walked = SchemaVersionFloor.Of(read.Report);
        return (written == walked && (written == "1.6") == both).Label($"written={written} walked={walked} both={both}");
    }

    /// <summary>
    /// The draft's report says whether a <c>secondBudget</c> member was read: false for one basis (so the walk is skipped),
    /// true for two (the walk then finds it); and the flag is false whenever the walk finds nothing.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DraftRead_TellsWhetherASecondBudgetWasRead(bool both)
    {
        var source = new SourceText(Text(4990, 4800, 5200, initialFirst: true, both));
        var builder = new ReportBuilder(source);
        ReadingPipeline.Run(source, builder);
        builder.Put("/entity/name", "某区某中心");
        builder.Put("/schemaVersion", FinalAccountsReport.CurrentSchemaVersion);
        var report = DraftMaterializer.TryBuild(builder.Root, out var secondBudget);
        Assert.NotNull(report);
        Assert.Equal(both, secondBudget);
        Assert.Equal(both, SecondBudgetScan.AnyIn(report.Narrative));
    }

    /// <summary>A draft the direct path gives up on (a member the model does not have) says "maybe": the floor then walks.</summary>
    [Fact]
    public void DraftGivenUp_SaysMaybe()
    {
        var builder = new ReportBuilder(new SourceText(string.Empty));
        builder.Put("/entity/name", string.Empty);
        builder.Set("/narrative/income/unknownMember", "1", new SourceSpan(1, 1, 1, 1));
        Assert.Null(DraftMaterializer.TryBuild(builder.Root, out var secondBudget));
        Assert.True(secondBudget);
    }
    /// <summary>Texts over a few characters, two of them 64 apart (一 U+4E00 and 乀 U+4E40: the same bit of the character
    /// set), so that words the set cannot rule out come up beside words it can.</summary>
    private static Gen<string> SetTexts(int most) =>
        from n in Gen.Choose(0, most)
        from chars in Gen.ArrayOf(Gen.Elements('与', '上', '年', '一', '乀', '致', '持', '平', ',', ' '), n)
        select new string(chars);

    /// <summary>
    /// A clause's answer with its character set asked first (<see cref="ClauseView.Contains"/>) is the plain search's, for
    /// any stretch of a sentence and any word — also when one view is moved from clause to clause (the set is made again).
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property ClauseContains_IsThePlainSearch()
        => Prop.ForAll(SetTexts(24).ToArbitrary(), SetTexts(3).ToArbitrary(), Gen.Choose(0, 24).ToArbitrary(),
            (sentence, word, cut) =>
            {
                var fragment = new Fragment(sentence, OffsetMap.Shifted(0, sentence.Length), 0);
                var view = new ClauseView();
                var at = Math.Min(cut, sentence.Length);
                var answers = new List<bool>();
                foreach (var (start, end) in new[] { (0, sentence.Length), (0, at), (at, sentence.Length), (0, sentence.Length) })
                {
                    view.Reset(fragment, start, end);
                    answers.Add(view.Contains(word) == sentence.Substring(start, end - start).Contains(word, StringComparison.Ordinal));
                }

                return answers.All(a => a).Label($"[{sentence}] [{word}] {at}");
            });
}
