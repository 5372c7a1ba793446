using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 18 (issue 8): a 绩效自评表 row holds its members compactly (<see cref="DraftNode.NewRow"/>, set by
/// <see cref="ReportBuilder.SetInRow(DraftNode, ItemPointer, string, string, SourceSpan, ClaimKind?, string?)"/>) instead of
/// a value node each — checked against what it replaced: the same members set as nodes with
/// <see cref="ReportBuilder.SetIn(DraftNode, ItemPointer, string, DraftNode, SourceSpan, ClaimKind?, string?)"/> on an
/// ordinary item.
/// </summary>
public class CompactRowTests
{
    private const string List = "/performance/evaluations/0/indicators";

    /// <summary>Member names: those a row holds, one set twice in a sequence by chance.</summary>
    private static readonly string[] Names = ["level1", "name", "weight", "score", "target", "deviationNote"];

    /// <summary>
    /// Spans: the row's (two on one line), another line's (a continuation row's 偏差原因), one that does not pack into 64 bits.
    /// </summary>
    private static readonly SourceSpan[] Spans =
        [new(3, 1, 3, 40), new(3, 1, 3, 40), new(4, 1, 4, 12), new(70_000, 1, 70_000, 9)];

    /// <summary>
    /// 0 a string, 1 a claimed string (one of two values: a second claim of a member may conflict), 2 an indicator value,
    /// 3 a new qualifier key, 4 a look-up by pointer, 5 a member replaced by <see cref="ReportBuilder.Put(string, string)"/>,
    /// 6 a new row, 7 a value placed off its path (the map leaves the draft for dictionaries).
    /// </summary>
    private static Gen<(int Op, int Name, int Span, int Value)> Operations =>
        from op in Gen.Frequency((6, Gen.Constant(0)), (6, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)),
            (2, Gen.Constant(4)), (1, Gen.Constant(5)), (2, Gen.Constant(6)), (1, Gen.Constant(7)))
        from name in Gen.Choose(0, Names.Length - 1)
        from span in Gen.Choose(0, Spans.Length - 1)
        from value in Gen.Choose(0, 1)
        select (op, name, span, value);

    /// <summary>
    /// Any sequence of members set on rows — strings, claims (a member claimed twice with another value: a conflict),
    /// indicator values, members at another span (the row is made ordinary), qualifier keys changed, look-ups, members
    /// replaced, a map turned into dictionaries — builds the same draft (its JSON), claims, findings, notes, source map
    /// (pairs in order, each pointer's span and a pointer below it, the qualifier key of each member) and contract view of
    /// each row (names, kinds, values) as the same sequence set as value nodes on ordinary items: the old behaviour is the
    /// expected value, not a copy of a run.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property CompactRow_BuildsWhatValueNodesBuild()
        => Prop.ForAll(
            (from count in Gen.Choose(0, 24) from ops in Gen.ArrayOf(Operations, count) from room in Gen.Choose(0, 9)
             select (ops, room)).ToArbitrary(),
            input =>
            {
                var (ops, room) = input;
                var nodes = Run(ops, room, compact: false);
                var compact = Run(ops, room, compact: true);
                return (nodes == compact).Label(string.Join(" ", ops.Select(o => $"{o.Op}:{Names[o.Name]}@{o.Span}={o.Value}")));
            });

    /// <summary>Runs the operations on rows of one list, compactly or as value nodes, and logs everything the builder shows.</summary>
    private static string Run((int Op, int Name, int Span, int Value)[] operations, int room, bool compact)
    {
        var b = new ReportBuilder(new SourceText(string.Join("\n", Enumerable.Repeat("| 产出指标 | 数量指标 | 10 | 9.5 |", 6))));
        var rows = new List<(ItemPointer Item, DraftNode Node)>();
        var log = new List<string>();
        void NewRow()
        {
            var item = compact ? b.AppendItemWithRoom(List, out var row, room) : b.AppendItem(List, out row, 0);
            rows.Add((item, row));
        }

        NewRow();
        foreach (var (op, n, s, v) in operations)
        {
            var (item, row) = rows[rows.Count - 1];
            var (name, span) = (Names[n], Spans[s]);
            var pointer = item.Pointer + "/" + name;
            switch (op)
            {
                case 0:
                    log.Add(Set(b, row, item, name, v == 0 ? "产出指标" : "数量", span, null, compact));
                    break;
                case 1:
                    log.Add(Set(b, row, item, name, v == 0 ? "10" : "9.5", span, ClaimKind.Quantity, compact));
                    break;
                case 2:
                    var indicator = IndicatorValueText.Parse(v == 0 ? "≥90%" : "100人");
                    var set = compact
                        ? b.SetInRow(row, item, name, indicator, span)
                        : b.SetIn(row, item, name, DraftNode.Of(indicator), span);
                    log.Add(set.ToString());
                    break;
                case 3:
                    b.Context = v == 0 ? "k0" : "k1";
                    break;
                case 4:
                    log.Add($"{b.Has(pointer)} {b.FindString(pointer)} {b.ContextOf(pointer)}");
                    break;
                case 5:
                    b.Put(pointer, "p");
                    break;
                case 6:
                    NewRow();
                    break;
                default:
                    log.Add(b.Set(List + "/9/" + name, "off", span, ClaimKind.Amount, "t").ToString());
                    break;
            }
        }

        ReportBuilderTests.Built(b, log);
        log.AddRange(b.Claims.Select(c => $"{c.Kind} {c.Text} {c}"));
        log.Add("in draft " + b.Spans.InDraft + " " + b.Spans.Count);
        var map = new SourceMap((SourceMap.ISpanSource)b.Spans);
        foreach (var (item, row) in rows)
        {
            foreach (var name in Names)
            {
                var pointer = item.Pointer + "/" + name;
                log.Add(name + " " + Span(map, pointer) + " " + Span(map, pointer + "/x") + " " + b.ContextOf(pointer));
            }

            var view = (IContractNode)row;
            for (var i = 0; i < view.Count; i++)
            {
                var member = view.ItemAt(i);
                log.Add($"{view.NameAt(i)} {member.NodeKind} {member.Text} {member.Record}");
            }
        }

        return string.Join("\n", log);
    }

    private static string Set(ReportBuilder b, DraftNode row, ItemPointer item, string name, string value, SourceSpan span, ClaimKind? kind,
        bool compact)
        => (compact ? b.SetInRow(row, item, name, value, span, kind, "t") : b.SetIn(row, item, name, DraftNode.Of(value), span, kind, "t"))
            .ToString();

    private static string Span(SourceMap map, string pointer) => map.TryGetSpan(pointer, out var s) ? s.ToString() : "-";

    /// <summary>
    /// A row's members set at its own span stay compact (the row's entries are not nodes) and are mapped in order; one at
    /// another span makes the row an ordinary object whose member nodes carry what the compact members held: the span,
    /// the order, the claim's shared box, attached and mapped. Expected values written by hand.
    /// </summary>
    [Fact]
    public void Row_StaysCompactUntilAMemberDoesNotFit()
    {
        var b = new ReportBuilder(new SourceText("| a | 10 |\n| | 续 |"));
        var row1 = new SourceSpan(1, 1, 1, 10);
        var item = b.AppendItemWithRoom(List, out var row, 3);
        b.Context = "k";
        Assert.True(b.SetInRow(row, item, "name", "维修面积", row1));
        Assert.True(b.SetInRow(row, item, "weight", "20", row1, ClaimKind.Quantity, "| a | 10 |"));
        Assert.True(b.SetInRow(row, item, "score", "18", row1, ClaimKind.Quantity, "| a | 10 |"));
        Assert.True(row.IsCompactRow);
        Assert.Equal(3, row.Count);
        Assert.Equal(row1, row.RowSpan);
        Assert.Equal(3, b.Spans.Count);   // three pairs, all in the draft
        Assert.Equal(new[] { "name", "weight", "score" }, Enumerable.Range(0, 3).Select(row.NameAt));
        Assert.Equal(new[] { 0, 1, 2 }, Enumerable.Range(0, 3).Select(row.CompactOrder));

        // 偏差原因 from the continuation row (line 2): the row becomes ordinary, the new member a node at its own span.
        Assert.True(b.SetInRow(row, item, "deviationNote", "问卷回收少", new SourceSpan(2, 1, 2, 7)));
        Assert.False(row.IsCompactRow);
        var weight = row.At(1);
        Assert.Equal(("20", row1, 1, true, true), (weight.Text, weight.Span, weight.Order, weight.Mapped, weight.Attached));
        Assert.Same(weight.ContextHolder, row.At(2).ContextHolder);   // the two claims shared one box, as nodes do
        Assert.Null(row.At(0).ContextHolder);                          // no claim: no box
        Assert.Equal(3, row.At(3).Order);
        Assert.Equal("k", b.ContextOf(List + "/0/score"));
    }

    /// <summary>
    /// The contract's tree reader reads a compact row's members through views (one node per thread and kind, set to the
    /// member asked for): a view shows the member's value, and asking for the next member shows that one.
    /// </summary>
    [Fact]
    public void ItemAt_ViewsTheMemberAsked()
    {
        var b = new ReportBuilder(new SourceText("| a | 10 |"));
        var span = new SourceSpan(1, 1, 1, 10);
        var item = b.AppendItemWithRoom(List, out var row, 2);
        var target = IndicatorValueText.Parse("≥100平方米");
        b.SetInRow(row, item, "weight", "20", span, ClaimKind.Quantity, "t");
        b.SetInRow(row, item, "target", target, span);
        b.SetInRow(row, item, "score", "18", span, ClaimKind.Quantity, "t");
        var view = (IContractNode)row;

        Assert.Equal((ContractNodeKind.String, "20"), (view.ItemAt(0).NodeKind, view.ItemAt(0).Text));
        Assert.Equal(ContractNodeKind.Record, view.ItemAt(1).NodeKind);
        Assert.Same(target, view.ItemAt(1).Record);
        Assert.Equal("18", view.ItemAt(2).Text);
        Assert.True(row.IsCompactRow);   // read in place: nothing made ordinary
        Assert.Equal("{\"weight\":\"20\",\"target\":" + DraftNode.Of(target).ToJson() + ",\"score\":\"18\"}", row.ToJson());
    }

    /// <summary>
    /// The seed's 绩效自评表 rows are held compactly through the whole read (no member asked for as a node, no row with a
    /// 偏差原因 on a continuation row), and the report holds as many fund lines and indicators as the draft has rows.
    /// </summary>
    [Fact]
    public void SeedRows_StayCompact_AndReachTheReport()
    {
        var text = TestFiles.SampleText;
        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        ReadingPipeline.Run(source, builder);
        var evaluations = builder.Find("/performance/evaluations")!;
        var rows = 0;
        var compact = 0;
        for (var e = 0; e < evaluations.Count; e++)
        {
            foreach (var list in new[] { "funds", "indicators" })
            {
                var items = builder.Find($"/performance/evaluations/{e}/{list}");
                for (var i = 0; i < (items?.Count ?? 0); i++)
                {
                    rows++;
                    compact += items!.At(i).IsCompactRow ? 1 : 0;   // an array's item, not asked for as a node of the row
                }
            }
        }

        var report = DisclosureReader.Read(text).Report;
        Assert.True(rows > 0);
        Assert.Equal(rows, compact);
        Assert.Equal(rows, report.Performance!.Evaluations.Sum(e => e.Funds.Count + e.Indicators.Count));
    }
}
