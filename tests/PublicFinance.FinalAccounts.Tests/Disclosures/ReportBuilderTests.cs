using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.BuilderSteps;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 12's cheaper builder (issue 8), each against what it replaced: the container of the last walk remembered
/// (<see cref="ReportBuilder"/> walking every pointer from the root is the oracle), a look-up by parent and member
/// (the joined pointer's look-up is the oracle), and whether a note will be listed told before its text is made
/// (<see cref="ReportBuilder.Note"/> itself is the oracle).
/// </summary>
public class ReportBuilderTests
{
    /// <summary>Pointer tokens: object members, list indices, and a few that clash (a name where a list is).</summary>
    private static readonly string[] Tokens = ["a", "b", "c", "0", "1", "2", "3"];

    private static Gen<string> Pointers =>
        from depth in Gen.Choose(1, 4)
        from tokens in Gen.ArrayOf(Gen.Elements(Tokens), depth)
        select "/" + string.Join("/", tokens);

    /// <summary>One builder operation: 0 Set, 1 Set with a claim, 2 Put, 3 Append, 4 Has, 5 Set of another value.</summary>
    private static Gen<(int Op, string Pointer)> Operations =>
        from op in Gen.Choose(0, 5)
        from pointer in Pointers
        select (op, pointer);

    private static string Run(IReadOnlyList<(int Op, string Pointer)> operations, bool forget)
    {
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        var log = new List<string>();
        var line = 0;
        foreach (var (op, pointer) in operations)
        {
            line++;
            if (forget)
            {
                b.ForgetLastWalk();
            }

            var span = new SourceSpan(line, 1, line, 2);
            try
            {
                log.Add(op switch
                {
                    0 => b.Set(pointer, "x", span).ToString(),
                    1 => b.Set(pointer, "12.5", span, ClaimKind.Amount, "本年支出 12.5 万元").ToString(),
                    2 => Put(b, pointer),
                    3 => b.Append(pointer),
                    4 => b.Has(pointer).ToString() + Pair(b, pointer),
                    _ => b.Set(pointer, "13", span, ClaimKind.Amount, "本年支出 13 万元").ToString(),
                });
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException)
            {
                log.Add(ex.GetType().Name);
            }
        }

        Built(b, log);
        return string.Join("\n", log);
    }

    /// <summary>What a builder built, one item a line: the draft, claims, findings, notes and spans in their order.</summary>
    internal static void Built(ReportBuilder b, List<string> log)
    {
        log.Add(b.Root.ToJson());
        log.AddRange(b.Claims.Select(c => $"{c.Pointer} {c.Value} {c.Span}"));
        log.AddRange(b.Findings.Select(f => $"{f.RuleId} {f.MessageEn}"));
        log.AddRange(b.Notes.Select(n => n.MessageEn));
        log.AddRange(b.Spans.Select(p => $"{p.Key} {p.Value}"));
    }

    /// <summary>The member forms of the look-ups, which must agree with the pointer forms.</summary>
    private static string Pair(ReportBuilder b, string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        var (parent, member) = (pointer.Substring(0, slash), pointer.Substring(slash + 1));
        return b.Has(parent, member) == b.Has(pointer) && b.FindString(parent, member) == b.FindString(pointer) ? string.Empty : " differs";
    }

    /// <summary>
    /// Any sequence of sets, puts, appends and look-ups builds the same draft, claims, findings, notes and spans, and
    /// gives the same answers, whether the builder starts each walk from its last container or always from the root;
    /// and a look-up by parent and member answers what the look-up of the joined pointer answers.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property RememberedWalk_BuildsWhatAWalkFromTheRootBuilds()
        => Prop.ForAll((from count in Gen.Choose(0, 40) from ops in Gen.ArrayOf(Operations, count) select ops).ToArbitrary(), operations =>
        {
            var list = operations.ToList();
            var remembered = Run(list, forget: false);
            var walked = Run(list, forget: true);
            var agreed = remembered == walked && !remembered.Contains(" differs", StringComparison.Ordinal);
            return agreed.Label(string.Join(" ", list.Select(o => $"{o.Op}{o.Pointer}")));
        });

    /// <summary>
    /// <see cref="ReportBuilder.Lists"/> answers, before each note, whether that note is then listed (the notes grow by
    /// one) or only counted — for up to three messages repeated past <see cref="ReportBuilder.RepeatedNoteLimit"/>, and
    /// after the summary, when every note is listed.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Lists_TellsWhetherTheNoteIsListed()
        => Prop.ForAll((from count in Gen.Choose(0, 360) from m in Gen.ArrayOf(Gen.Choose(0, 2), count) select m).ToArbitrary(), messages =>
        {
            var b = new ReportBuilder(new SourceText("x"));
            var agreed = true;
            var i = 0;
            foreach (var m in messages)
            {
                if (i++ == messages.Length - 3)
                {
                    b.SummarizeRepeatedNotes();
                }

                var en = "message " + m;
                var lists = b.Lists(en);
                var before = b.Notes.Count;
                b.Note(new SourceSpan(1, 1, 1, 1), "消息" + m, en, "text");
                agreed &= lists == (b.Notes.Count == before + 1);
            }

            return agreed;
        });

    /// <summary>
    /// A clause repeated past the limit: the first hundred notes are listed with the clause's text, the rest counted in
    /// one summary note (the clauses' text is no longer made for them; the notes are what they were).
    /// </summary>
    [Fact]
    public void RepeatedUnplacedAmount_HundredListedWithTheirClause()
    {
        var text = string.Concat(Enumerable.Repeat("某某项目经费 12.5 万元。\n", 130));
        var notes = DisclosureReader.Read(text).Notes.Where(n => n.MessageEn.Contains("某某项目经费", StringComparison.Ordinal)).ToList();

        Assert.Equal(ReportBuilder.RepeatedNoteLimit + 1, notes.Count);
        Assert.All(notes.Take(ReportBuilder.RepeatedNoteLimit), n => Assert.Equal("某某项目经费 12.5 万元", n.Text));
        Assert.Equal(string.Empty, notes[^1].Text);
        Assert.Contains("30", notes[^1].MessageEn, StringComparison.Ordinal);
    }
}
