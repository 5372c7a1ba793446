using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 29 (issue 8): the reader's schema floor skips the walk of every narrative record for a second budget comparison
/// (<c>secondBudget</c>, schema 1.6) when the draft's own walk (<see cref="ReportBuilder.DropChangesWithoutDirection()"/>)
/// met no member of that name. The version written must be the one the full walk gives
/// (<see cref="SchemaVersionFloor.Of(PublicFinance.FinalAccounts.Model.FinalAccountsReport)"/>, the oracle). The texts are
/// invented: 支出 499.20 万元 against 年初预算 480.00 and 全年预算 520.00 (499.20 / 480.00 = 104.00 %, 499.20 / 520.00 =
/// 96.00 %), so a sentence naming both bases opens <c>secondBudget</c> and one naming a single basis does not.
/// </summary>
public class SchemaFloorWalkTests
{
    private const string Head = "某县某局2024年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n";

    /// <summary>Both bases of one figure: a second comparison, so 1.6.</summary>
    private const string TwoBases = "2024年度一般公共预算财政拨款支出499.20万元，年初预算为480.00万元，全年预算为520.00万元，完成年初预算的104.00%，完成全年预算的96.00%。\n";

    /// <summary>One basis only: no second comparison.</summary>
    private const string OneBasis = "2024年度一般公共预算财政拨款支出499.20万元，年初预算为480.00万元，完成年初预算的104.00%。\n";

    /// <summary>A sentence of the income section with a change (no budget at all).</summary>
    private const string Income = "一、收入决算情况说明\n2024年度收入合计600.00万元，比上年增加100.00万元，增长20.00%。\n";

    /// <summary>A vehicle category of the 2017 reform's predecessors (1.3's member): the floor's other tests still run.</summary>
    private const string OldVehicles = "五、国有资产占有使用情况\n截至2024年12月31日，共有车辆2辆，其中：一般公务用车2辆。\n";

    /// <summary>A text with both bases is 1.6 (the walk is made: the draft names secondBudget), as the oracle says.</summary>
    [Fact]
    public void BothBases_StillVersionSixteen()
    {
        var read = DisclosureReader.Read(Head + TwoBases);
        Assert.NotNull(read.Report.Narrative!.GeneralBudget!.Total!.SecondBudget);
        Assert.Equal("1.6", read.Report.SchemaVersion);
        Assert.Equal(SchemaVersionFloor.Of(read.Report), read.Report.SchemaVersion);
    }

    /// <summary>One basis: the walk is skipped and the answer is the oracle's (not 1.6).</summary>
    [Fact]
    public void OneBasis_SameAsTheFullWalk()
    {
        var read = DisclosureReader.Read(Head + OneBasis);
        Assert.NotNull(read.Report.Narrative!.GeneralBudget!.Total!.Budget);
        Assert.Null(read.Report.Narrative.GeneralBudget.Total.SecondBudget);
        Assert.NotEqual("1.6", read.Report.SchemaVersion);
        Assert.Equal(SchemaVersionFloor.Of(read.Report), read.Report.SchemaVersion);
    }

    /// <summary>
    /// Any mix of the invented paragraphs, in any order and repeated (so repeats, conflicts and both answers of the walk
    /// occur): the version written is the full walk's.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property AnyMix_SameAsTheFullWalk()
    {
        var pieces = new[] { TwoBases, OneBasis, Income, OldVehicles };
        var mixes = from n in Gen.Choose(1, 6) from picks in Gen.ArrayOf(Gen.Elements(0, 1, 2, 3), n) select picks;
        return Prop.ForAll(mixes.ToArbitrary(), picks =>
        {
            var read = DisclosureReader.Read(Head + string.Concat(picks.Select(i => pieces[i])));
            var oracle = SchemaVersionFloor.Of(read.Report);
            return (read.Report.SchemaVersion == oracle).Label(string.Join(",", picks) + " → " + oracle);
        });
    }

    /// <summary>
    /// The builder's flag: true before its walk (nothing is known, the floor walks), false after a walk of a draft without the
    /// member, true after one whose member sits deep in a list of objects.
    /// </summary>
    [Fact]
    public void Flag_FollowsTheDraft()
    {
        var without = new ReportBuilder(new SourceText("x"));
        without.Put("/narrative/generalBudget/total/budget/budgetAmount", "480.00");
        Assert.True(without.NamesSecondBudget);   // no walk yet: the floor must walk
        without.DropChangesWithoutDirection();
        Assert.False(without.NamesSecondBudget);

        var with = new ReportBuilder(new SourceText("x"));
        with.Put("/narrative/generalBudget/items/0/name", "教育支出");
        with.Put("/narrative/generalBudget/items/1/secondBudget/budgetAmount", "520.00");
        with.DropChangesWithoutDirection();
        Assert.True(with.NamesSecondBudget);
    }

    /// <summary>The public floor is the full walk: told nothing, it looks (a report with a second comparison is 1.6).</summary>
    [Fact]
    public void PublicFloor_Unchanged()
    {
        var read = DisclosureReader.Read(Head + TwoBases);
        Assert.Equal("1.6", SchemaVersionFloor.Of(read.Report));
        Assert.Equal("1.6", SchemaVersionFloor.Of(read.Report, mayHoldSecondBudget: true));
        Assert.NotEqual("1.6", SchemaVersionFloor.Of(read.Report, mayHoldSecondBudget: false));   // told wrongly, it trusts the producer
    }
}
