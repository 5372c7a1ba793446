using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 49 (prose49): blind round 45's prose families, as our own invented texts — the further parts of a list opened by
/// 其中 ("其中门诊收入…、住院收入…") are never the income total; a title with a bracketed note ("…说明（摘要）") before a 单位概况
/// paragraph still gives the issuer, and a table's lead-in ("2022年度本年收入决算情况见下表：") gives none; quoted projects'
/// scores written one after another ("“X”项目自评得分 N 分") are the projects' evaluations.
/// </summary>
public sealed class ProseSessionFortyNineTests
{
    private const string HospitalTitle = "某县人民医院2022年度单位决算说明\n\n（一）收入决算情况\n";

    /// <summary>
    /// "其中门诊收入 A 万元、住院收入 B 万元": B, the list's next part, is not the income total (before: B was read as 本年收入, a
    /// false FA1202 against the sources).
    /// </summary>
    [Fact]
    public void NextPartOfListAfterQizhong_IsNotTheIncomeTotal()
    {
        var (read, diagnostics) = Read(HospitalTitle
            + "2022年度财政拨款收入800.00万元，事业收入4200.00万元。\n\n"
            + "本年收入中事业收入占比最大，其中门诊收入1800.00万元、住院收入2300.00万元。\n");

        Assert.NotEqual("2300.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>Near miss: a 、 list not opened by 其中 ("本年收入5000.00万元、…") keeps its total.</summary>
    [Fact]
    public void TotalInListWithoutQizhong_StaysTheTotal()
    {
        var (read, _) = Read(HospitalTitle + "2022年度本年收入5000.00万元、本年支出4800.00万元。\n");

        Assert.Equal("5000.00", JsonAt(read, "/narrative/income/total/amount"));
    }

    /// <summary>
    /// Invariant: a list of two or three parts after 其中, each a kind the income section has no field for, never changes the
    /// income total stated before it, and gives no Error.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property PartsListedAfterQizhong_NeverChangeTheTotal()
    {
        string[] names = ["门诊收入", "住院收入", "培训收入", "检测收入", "租赁收入", "科研收入"];
        var entries =
            from count in Gen.Choose(2, 3)
            from first in Gen.Choose(0, names.Length - 1)
            from amounts in Gen.ArrayOf(Gen.Choose(1, 1999), count)
            select amounts.Select((a, i) => names[(first + i) % names.Length]
                + a.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".00万元").ToArray();
        var colon = Gen.Elements(string.Empty, "：");
        return Prop.ForAll(entries.ToArbitrary(), colon.ToArbitrary(), (list, lead) =>
        {
            var parts = string.Join("、", list);
            var (read, diagnostics) = Read(HospitalTitle
                + "2022年度本年收入5000.00万元，其中财政拨款收入800.00万元，事业收入4200.00万元。\n\n"
                + $"事业收入中，其中{lead}{parts}。\n");
            return JsonAt(read, "/narrative/income/total/amount") == "5000.00"
                && !diagnostics.Any(d => d.Severity == Severity.Error);
        });
    }

    /// <summary>
    /// A title ending in a note in brackets ("（摘要）") before a 单位概况 paragraph: the title line was prose, joined to the
    /// paragraph across the blank line, and the issuer was lost (the entity's name empty).
    /// </summary>
    [Fact]
    public void TitleWithBracketedNote_BeforeOverview_GivesTheIssuer()
    {
        var (read, _) = Read("某县中医院2022年度单位决算说明（摘要）\n\n"
            + "单位概况：某县中医院是县卫生健康局所属公益二类事业单位，承担全县中医诊疗和基层指导任务。本决算为医院本级决算。\n\n"
            + "一、收入支出决算总体情况\n2022年度收入总计5000.00万元，支出总计5000.00万元。\n");

        Assert.Equal("某县中医院", JsonAt(read, "/entity/name"));
    }

    /// <summary>
    /// No title: a table's lead-in ("2022年度本年收入决算情况见下表（单位：万元）：") has a year, 决算 and no figure, but its subject
    /// (本年收入) is no issuer — no issuer rather than a wrong one.
    /// </summary>
    [Fact]
    public void TableLeadIn_IsNoIssuer()
    {
        var (read, _) = Read("单位概况：某县中医院是县卫生健康局所属公益二类事业单位，承担全县中医诊疗和基层指导任务。本单位决算为医院本级"
            + "决算。以下各表金额均为万元。\n\n（一）收入决算情况\n2022年度本年收入决算情况见下表（单位：万元）：\n"
            + "| 项目 | 2022年决算数 | 2021年决算数 |\n| --- | --- | --- |\n| 财政拨款收入 | 800.00 | 700.00 |\n"
            + "| 合计 | 800.00 | 700.00 |\n");

        Assert.NotEqual("本年收入", JsonAt(read, "/entity/name"));
    }

    private const string PerformanceText = "某县林业局2022年度部门决算说明\n\n六、预算绩效管理情况\n"
        + "本部门对2022年度5个项目开展绩效自评，涉及资金300.00万元，平均得分90.5分；其中“森林防火巡护”项目自评得分93.0分，"
        + "“林木种苗培育”项目因天气原因自评得分85.5分。\n";

    /// <summary>
    /// Quoted projects' scores one after another: each an evaluation with its name and total score (before: none was read); the
    /// average is not one of them.
    /// </summary>
    [Fact]
    public void QuotedProjectScores_AreEvaluations()
    {
        var (read, diagnostics) = Read(PerformanceText);

        Assert.Equal("93.0", JsonAt(read, "/performance/evaluations/0/totalScore"));
        Assert.Equal("森林防火巡护项目", JsonAt(read, "/performance/evaluations/0/name"));
        Assert.Equal("85.5", JsonAt(read, "/performance/evaluations/1/totalScore"));
        Assert.Null(JsonAt(read, "/performance/evaluations/2/totalScore"));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>
    /// Near misses: an unquoted project after a clause break ("…项目因会议延期，自评得分 N 分") and the department's whole score are
    /// no project's evaluation.
    /// </summary>
    [Fact]
    public void UnquotedOrWholeScores_AreNoProjectEvaluation()
    {
        var (read, _) = Read("某县林业局2022年度部门决算说明\n\n六、预算绩效管理情况\n"
            + "本部门对2022年度5个项目开展绩效自评，部门整体支出绩效自评得分91.4分；护林员培训项目因会议延期，自评得分82.5分。\n");

        Assert.Null(JsonAt(read, "/performance/evaluations/0/totalScore"));
    }

    /// <summary>
    /// Invariant: for two or three quoted projects with generated scores, the evaluations read are exactly those scores, in
    /// order, and the department's own score is never one of them.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property QuotedScores_ReadInOrder()
    {
        var lists =
            from count in Gen.Choose(2, 3)
            from tenths in Gen.ArrayOf(Gen.Choose(600, 1000), count)
            select tenths.Select(n => (n / 10m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string[] names = ["森林防火巡护", "林木种苗培育", "湿地保护修复"];
        return Prop.ForAll(lists.ToArbitrary(), list =>
        {
            var entries = string.Join("，", list.Select((s, i) => $"“{names[i]}”项目自评得分{s}分"));
            var (read, _) = Read("某县林业局2022年度部门决算说明\n\n六、预算绩效管理情况\n"
                + $"本部门对2022年度6个项目开展绩效自评，涉及资金300.00万元；{entries}。\n");
            return list.Select((s, i) => JsonAt(read, $"/performance/evaluations/{i}/totalScore") == s).All(ok => ok)
                && JsonAt(read, $"/performance/evaluations/{list.Length}/totalScore") is null
                && JsonAt(read, "/performance/selfEvaluationScore") is null;
        });
    }
}
