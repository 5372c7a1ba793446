using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 18 (issue 8), each against what it replaced: the builder's claims in an array rented from the shared pool
/// (<see cref="ClaimList"/>, was a <see cref="List{T}"/>), the claimed spans asked by binary search in a pooled sorted
/// array (<see cref="ClaimedSpans"/>, was a <see cref="HashSet{T}"/>), and the 绩效自评表 reader keeping a block's text
/// and a table-row bit (was the whole block).
/// </summary>
public class PooledClaimsTests
{
    /// <summary>Spans from a small grid, so that the same span is met again (and the four numbers tie in every way).</summary>
    private static readonly Gen<SourceSpan> Spans =
        from line in Gen.Choose(1, 4)
        from column in Gen.Choose(1, 4)
        from lines in Gen.Choose(0, 1)
        from end in Gen.Choose(1, 4)
        select new SourceSpan(line, column, line + lines, lines == 0 ? Math.Max(column, end) : end);

    private static Claim At(SourceSpan span, int i)
        => new()
        {
            Kind = ClaimKind.Amount, Pointer = "/p/" + i, Span = span, Text = "t",
            Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>
    /// Whatever claims are added, and whatever spans are asked, the claimed spans answer what a set of the claims' spans
    /// answers — the claims added after they were made are not among them, as they were not in the set (made first).
    /// </summary>
    [Property(MaxTest = 500)]
    public Property ClaimedSpans_AnswerWhatASetAnswers()
        => Prop.ForAll(
            (from before in Gen.ListOf(Spans) from after in Gen.ListOf(Spans) from asked in Gen.ListOf(Spans)
             select (before, after, asked)).ToArbitrary(),
            input =>
            {
                var (before, after, asked) = input;
                var claims = new ClaimList();
                foreach (var span in before)
                {
                    claims.Add(At(span, claims.Count));
                }

                var set = new HashSet<SourceSpan>(before);
                var claimed = new ClaimedSpans(claims);
                try
                {
                    foreach (var span in after)
                    {
                        claims.Add(At(span, claims.Count));   // made after: not asked about
                    }

                    return asked.Concat(after).All(span => claimed.Contains(span) == set.Contains(span));
                }
                finally
                {
                    claimed.Return();
                }
            });

    /// <summary>
    /// A claim list holds the claims added, in order, through its indexer, its enumerator and LINQ, as a list does; after
    /// <see cref="ClaimList.Release"/> it is empty and can be filled again.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property ClaimList_HoldsWhatAListHolds()
        => Prop.ForAll(Gen.ListOf(Spans).ToArbitrary(), spans =>
        {
            var list = new List<Claim>();
            var claims = new ClaimList();
            for (var round = 0; round < 2; round++)
            {
                list.Clear();
                claims.Release();
                foreach (var span in spans)
                {
                    var claim = At(span, list.Count);
                    list.Add(claim);
                    claims.Add(claim);
                }

                var enumerated = new List<Claim>();
                foreach (var claim in claims)
                {
                    enumerated.Add(claim);
                }

                if (claims.Count != list.Count || !enumerated.SequenceEqual(list) || !claims.SequenceEqual(list)
                    || !Enumerable.Range(0, list.Count).All(i => ReferenceEquals(claims[i], list[i])))
                {
                    return false;
                }
            }

            return true;
        });

    /// <summary>Past its last claim the indexer throws, as a list's does.</summary>
    [Fact]
    public void ClaimList_IndexPastTheEnd_Throws()
    {
        var claims = new ClaimList();
        claims.Add(At(new SourceSpan(1, 1, 1, 2), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => claims[1]);
        claims.Release();
        Assert.Empty(claims);
        Assert.Throws<ArgumentOutOfRangeException>(() => claims[0]);
    }

    /// <summary>
    /// A table row whose text would read as a 绩效自评表 title ("| 项目支出绩效自评表 |", shorter than 40 characters) is kept as a
    /// row, and read as one, when reading is deferred: it starts no second evaluation, as it does not when each block is
    /// read as it comes (the pipeline's list-based oracle). One title, so one evaluation, either way.
    /// </summary>
    [Fact]
    public void KeptTableRow_ThatLooksLikeATitle_IsReadAsARow()
    {
        var text = string.Join("\n",
            "# 测试局2024年度部门决算公开说明",
            "项目支出绩效自评表",
            "| 项目名称 | 办公楼维修 |",
            "| 项目支出绩效自评表 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 维修面积 | ≥100平方米 | 120平方米 | 20 | 20 |");
        var source = new SourceText(text);
        var streamed = new ReportBuilder(source);
        ReadingPipeline.Run(source, streamed);
        var listSource = new SourceText(text);
        var listed = new ReportBuilder(listSource);
        ReadingPipeline.RunOnList(listSource, listed);

        Assert.Equal(1, streamed.Count("/performance/evaluations"));
        Assert.Equal(1, listed.Count("/performance/evaluations"));
        Assert.Equal(listed.Root.ToJson(), streamed.Root.ToJson());
        Assert.Equal("办公楼维修", streamed.FindString("/performance/evaluations/0/name"));
        Assert.Equal(1, streamed.Count("/performance/evaluations/0/indicators"));
    }
}
