using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (issue 8, docs/performance.md "Session 44: …"): a figure-dense text's answers made once instead of at every
/// sentence — a conflict's pointer, pointer list and first place, the narrative's subject pointers and change-label
/// subjects (<see cref="RecentAnswers{TKey, TValue}"/>), the held value found by parent and name
/// (<see cref="ReportBuilder.FindMember"/>), no phrase cut out to learn it has no 预算, a claim's clause text cut only
/// when kept. These tests hold each against the plain answer it replaces.
/// </summary>
public sealed class SpeedSessionFortyFourTests
{
    /// <summary>Keys of a small alphabet, so that a sequence asks the same key again, soon and late.</summary>
    private static readonly Gen<string> Keys = Gen.Elements("income/total", "income/fiscalAppropriation", "expenditure/total",
        "overall/currentYearIncome", "threePublic/total", "");

    /// <summary>What a caller's function gives: a new string each time (so sharing is seen only as equal values).</summary>
    private static string Plain(string key) => string.Concat("/narrative/", key);

    /// <summary>Any sequence of asks, any capacity: every answer is the function's for that key, equal in value.</summary>
    [Property(MaxTest = 2000)]
    public Property RecentAnswers_GiveTheFunctionsAnswer()
    {
        var cases = from capacity in Gen.Choose(0, 5)
                    from asks in Keys.ArrayOf()
                    select (capacity, asks);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var answers = new RecentAnswers<string, string>(c.capacity);
            return c.asks.All(key => answers.Get(key, Plain) == Plain(key));
        });
    }

    /// <summary>An answer is kept only for a key asked, with the function's value; the key asked last is always kept.</summary>
    [Property(MaxTest = 2000)]
    public Property RecentAnswers_KeepOnlyKeysAsked()
    {
        var cases = from capacity in Gen.Choose(1, 5)
                    from asks in Keys.NonEmptyListOf().Select(l => l.ToArray())
                    from probe in Keys
                    select (capacity, asks, probe);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var answers = new RecentAnswers<string, string>(c.capacity);
            foreach (var key in c.asks)
            {
                answers.Get(key, Plain);
            }

            var kept = answers.TryGet(c.probe, out var value);
            var last = answers.TryGet(c.asks[^1], out var lastValue);
            return (!kept || c.asks.Contains(c.probe) && value == Plain(c.probe)) && last && lastValue == Plain(c.asks[^1]);
        });
    }

    [Fact]
    public void RecentAnswers_ShareTheStringMadeOnce()
    {
        var answers = new RecentAnswers<string, string>(2);
        var first = answers.Get("income/total", Plain);
        Assert.Same(first, answers.Get("income/total", Plain));
        answers.Get("a", Plain);
        answers.Get("b", Plain);   // the first is the oldest of three: replaced
        Assert.False(answers.TryGet("income/total", out _));
        Assert.Equal(first, answers.Get("income/total", Plain));
    }

    /// <summary>The shortcut of AfterComparedBudget: a phrase without 预算 never mentions a budget.</summary>
    [Property(MaxTest = 2000)]
    public Property MentionsBudget_NeedsTheWord()
    {
        var parts = Gen.Elements("预", "算", "一般公共", "政府性基金", "比", "较", "上年", "年初", "数", "决", "1.5", "万元", "，");
        var phrases = parts.ArrayOf().Select(p => string.Concat(p));
        return Prop.ForAll(phrases.ToArbitrary(),
            phrase => phrase.Contains("预算", StringComparison.Ordinal) || !NarrativeReader.MentionsBudget(phrase));
    }

    /// <summary>Pointers set from a small alphabet, then any parent and member: the node of the joined pointer.</summary>
    [Property(MaxTest = 500)]
    public Property FindMember_IsFindOfTheJoinedPointer()
    {
        var tokens = Gen.Elements("narrative", "income", "total", "amount", "change");   // members only: no array shapes
        var pointers = tokens.NonEmptyListOf().Select(t => "/" + string.Join("/", t));
        var cases = from set in pointers.ListOf()
                    from parent in Gen.OneOf(pointers, Gen.Constant(string.Empty))
                    from member in Gen.OneOf(tokens, Gen.Constant(string.Empty))
                    select (set, parent, member);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var b = new ReportBuilder(new SourceText("x"));
            var span = new SourceSpan(1, 1, 1, 1);
            foreach (var pointer in c.set.Where(p => !c.set.Any(q => q.StartsWith(p + "/", StringComparison.Ordinal))))
            {
                b.Set(pointer, "1", span);   // leaves only: a value is never asked to hold members
            }

            var joined = c.member.Length > 0 ? b.Find(c.parent + "/" + c.member) : b.Find(c.parent);
            return ReferenceEquals(b.FindMember(c.parent, c.member), joined);
        });
    }

    /// <summary>
    /// A figure stated again and again with other values, two fields in turn: every FA8003 names its own field and the first
    /// figure's place, as when each finding joined its pointer and formatted the place itself.
    /// </summary>
    [Fact]
    public void RepeatedConflicts_NameTheirFieldAndTheFirstPlace()
    {
        const string Text = "某区文化馆2023年度部门决算说明\n二、收入决算情况说明\n"
            + "本年收入 10.50 万元，其中：财政拨款收入 8.00 万元。本年收入 11.50 万元，其中：财政拨款收入 9.00 万元。"
            + "本年收入 12.50 万元，其中：财政拨款收入 9.00 万元。本年收入 13.50 万元。\n";
        var read = DisclosureReader.Read(Text);
        var conflicts = read.TextFindings.Where(f => f.RuleId == "FA8003").ToList();
        Assert.Equal(
            [
                "/narrative/income/total/amount 11.50 here, 10.50 before.",
                "/narrative/income/fiscalAppropriation/amount 9.00 here, 8.00 before.",
                "/narrative/income/total/amount 12.50 here, 10.50 before.",
                "/narrative/income/fiscalAppropriation/amount 9.00 here, 8.00 before.",
                "/narrative/income/total/amount 13.50 here, 10.50 before.",
            ],
            conflicts.Select(f => Assert.Single(f.Pointers) + " " + Tail(f.MessageEn)));
        Assert.All(conflicts.Where(f => f.Pointers[0].EndsWith("total/amount", StringComparison.Ordinal)),
            f => Assert.Contains("（3:6-3:13）", f.MessageZh, StringComparison.Ordinal));
        Assert.Equal("10.50", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("本年收入 10.50 万元", Assert.Single(read.Claims, c => c.Pointer == "/narrative/income/total/amount").Text);

        static string Tail(string message) => message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
    }

    /// <summary>A near miss: the same figure stated again with its value is no finding, and its claim keeps the first text.</summary>
    [Fact]
    public void RepeatedEqualFigure_IsNoConflict()
    {
        const string Text = "某区文化馆2023年度部门决算说明\n二、收入决算情况说明\n本年收入 10.50 万元。本年收入 10.50 万元。\n";
        var read = DisclosureReader.Read(Text);
        Assert.DoesNotContain(read.TextFindings, f => f.RuleId == "FA8003");
        Assert.Equal("本年收入 10.50 万元", Assert.Single(read.Claims, c => c.Pointer == "/narrative/income/total/amount").Text);
    }
}
