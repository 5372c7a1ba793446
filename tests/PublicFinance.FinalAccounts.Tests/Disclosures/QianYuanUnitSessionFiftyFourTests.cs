using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 54 (model54, blind round 49's t06): 千元 (<see cref="AmountUnit.QianYuan"/>, schema 1.14) is a unit of the model. The
/// value type parses (千元, 仟元), formats and converts it exactly; a text whose amounts are all in 千元 is read and reported in
/// 千元 as written (<c>/unit</c> = qianYuan), and every check runs on its figures as on a 万元 text's. At the base (a3df8a2b) the
/// unit did not exist (these tests do not compile there), and <c>finacct extract</c> of the invented text below wrote
/// <c>"unit": "wanYuan"</c> and 1126.0 for 11,260千元 (run the base CLI on <see cref="Text"/>'s output to see it).
/// </summary>
public sealed class QianYuanUnitSessionFiftyFourTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>千元 and 仟元, with or without a space, grouped or not, are read as 千元 with the written decimals.</summary>
    [Theory]
    [InlineData("28,930千元", "28930")]
    [InlineData("1,286.4 千元", "1286.4")]
    [InlineData("56.20仟元", "56.20")]
    [InlineData("０.５千元", "0.5")]
    public void QianYuan_IsParsedWithItsUnit(string text, string value)
    {
        Assert.True(Amount.TryParse(text.AsSpan(), out var amount, out var unit));
        Assert.Equal(AmountUnit.QianYuan, unit);
        Assert.Equal(value, amount.ToString());
    }

    /// <summary>千 without 元 is no unit ("5千" is a number word, "5千人" a count): refused, never read as 千元.</summary>
    [Theory]
    [InlineData("5千")]
    [InlineData("5千人")]
    [InlineData("5仟")]
    public void QianWithoutYuan_IsNoUnit(string text)
        => Assert.Throws<FormatException>(() => Amount.ParseWithUnit(text, AmountUnit.WanYuan));

    /// <summary>The unit's factor, exponent and label; conversions move the precision with the unit, exactly.</summary>
    [Fact]
    public void QianYuan_ConvertsExactly()
    {
        Assert.Equal(1_000m, AmountUnit.QianYuan.YuanPerUnit());
        Assert.Equal(3, AmountUnit.QianYuan.Exponent());
        Assert.Equal("千元", AmountUnit.QianYuan.ToChineseLabel());
        Assert.Equal("28,930 千元", Amount.Parse("28930", Inv).Format(AmountUnit.QianYuan));
        Assert.Equal("2893.0", Amount.Parse("28930", Inv).ConvertUnit(AmountUnit.QianYuan, AmountUnit.WanYuan).ToString());
        Assert.Equal("28930", Amount.Parse("2893.0", Inv).ConvertUnit(AmountUnit.WanYuan, AmountUnit.QianYuan).ToString());
        Assert.Equal("1234", Amount.Parse("1.234", Inv).ConvertUnit(AmountUnit.QianYuan, AmountUnit.Yuan).ToString());
        Assert.Equal("3653.3", Amount.ParseWithUnit("36,533千元", AmountUnit.WanYuan).ToString());
        Assert.Equal("3", ((int)AmountUnit.QianYuan).ToString(Inv));   // appended: the other units keep their numbers
    }

    /// <summary>Property: parse ∘ format is the identity for any amount in 千元 (value, written decimals and unit).</summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool FormatThenParse_IsTheIdentity(Amount amount)
    {
        var text = amount.Format(AmountUnit.QianYuan);
        return Amount.TryParse(text.AsSpan(), out var back, out var unit) && unit == AmountUnit.QianYuan && back == amount
            && back.Decimals == amount.Decimals && Amount.ParseWithUnit(text, AmountUnit.QianYuan) == amount;
    }

    /// <summary>
    /// Property: 千元 → 万元 → 千元 gives the amount back, and 千元 → 元 is the value times a thousand exactly (a tenth of a 万元,
    /// a thousand 元: nothing rounded either way).
    /// </summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Conversion_IsExact(Amount amount)
    {
        var wan = amount.ConvertUnit(AmountUnit.QianYuan, AmountUnit.WanYuan);
        return wan.ConvertUnit(AmountUnit.WanYuan, AmountUnit.QianYuan) == amount && wan.Value * 10m == amount.Value
            && wan.Decimals == amount.Decimals + 1 && amount.ToYuan(AmountUnit.QianYuan) == amount.Value * 1_000m;
    }

    /// <summary>An invented 千元 text: every amount in 千元 (integers, grouped), a unit-price threshold in 万元 beside them.</summary>
    private static string Text(int basic = 11260, string declaration = "（金额单位：千元）", string otherIncome = "500千元")
        => "青溪县地方志编纂中心2020年度单位决算说明\n" + declaration + "\n\n"
            + "一、收入支出决算总体情况\n2020年度收入总计15,620千元，支出总计15,620千元。本年收入14,880千元；本年支出14,710千元；"
            + "年初结转和结余740千元，年末结转和结余910千元。\n\n"
            + $"二、收入决算情况\n本年收入14,880千元，其中：财政拨款收入14,380千元，占96.64%；其他收入{otherIncome}，占3.36%。\n\n"
            + $"三、支出决算情况\n本年支出14,710千元，其中：基本支出{basic.ToString("#,0", Inv)}千元，占76.55%；"
            + "项目支出3,450千元，占23.45%。\n\n"
            + "四、“三公”经费财政拨款支出情况\n2020年度“三公”经费财政拨款支出74千元，其中：公务用车运行维护费52千元，公务接待费22千元。\n\n"
            + "五、其他重要事项\n2020年度政府采购支出1,930千元，其中货物1,210千元、服务720千元。单价50万元以上通用设备2台。\n";

    /// <summary>
    /// A 千元 text is reported in 千元: the unit, each figure as written (no conversion Info), schema 1.14, and no Error on
    /// consistent figures.
    /// </summary>
    [Fact]
    public void AQianYuanText_IsReportedInQianYuan_AsWritten()
    {
        var (read, diagnostics) = Read(Text());
        Assert.Equal(AmountUnit.QianYuan, read.Report.Unit);
        Assert.Equal("1.14", read.Report.SchemaVersion);
        Assert.Equal("15620", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("11260", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("3450", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("74", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("52", JsonAt(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("1930", JsonAt(read, "/narrative/procurement/total/amount"));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.MessageZh.Contains("已换算", StringComparison.Ordinal));
    }

    /// <summary>The checks run on 千元 figures as on 万元 ones: a basic expenditure 100千元 too large is an Error of the sum.</summary>
    [Fact]
    public void AWrongSumInQianYuan_IsAnError()
    {
        var (read, diagnostics) = Read(Text(basic: 11360));
        Assert.Equal(AmountUnit.QianYuan, read.Report.Unit);
        Assert.Contains(diagnostics, d => d.RuleId == "FA1203" && d.Severity == FinalAccounts.Validation.Severity.Error
            && d.MessageEn.Contains("14810", StringComparison.Ordinal));
    }

    /// <summary>
    /// Near misses stay 万元 documents, each 千元 converted exactly (one decimal more): an amount in 万元 among them (not a
    /// unit-price threshold), or a declaration of 万元.
    /// </summary>
    [Theory]
    [InlineData("（金额单位：千元）", "50.00万元", "1126.0")]
    [InlineData("（金额单位：万元）", "500千元", "1126.0")]
    [InlineData("（单位：元）", "500千元", "1126.0")]
    public void ATextWithAnotherUnit_StaysWanYuan_AndConverts(string declaration, string otherIncome, string basic)
    {
        var (read, _) = Read(Text(declaration: declaration, otherIncome: otherIncome));
        Assert.Equal(AmountUnit.WanYuan, read.Report.Unit);
        Assert.Equal(basic, JsonAt(read, "/narrative/expenditure/basic/amount"));
    }

    /// <summary>Two 千元 amounts are not enough to make a 千元 document (more likely a slip in a 万元 one): converted.</summary>
    [Fact]
    public void TwoQianYuanAmounts_StayConverted()
    {
        var (read, _) = Read("某局2021年度部门决算说明\n机关运行经费支出情况\n2021年度机关运行经费支出1,286.4千元，比上年减少63.6千元。\n");
        Assert.Equal(AmountUnit.WanYuan, read.Report.Unit);
        Assert.Equal("128.64", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
    }

    /// <summary>A 千元 table in a 千元 document is in the report's unit: its cells are kept as written.</summary>
    [Fact]
    public void AQianYuanTable_InAQianYuanText_IsKeptAsWritten()
    {
        var (read, diagnostics) = Read("某中心2021年度单位决算说明\n（单位：千元）\n一、支出决算情况\n本年支出8,120千元，其中：基本支出6,000千元，"
            + "项目支出2,120千元。\n四、“三公”经费支出情况\n2021年度“三公”经费支出98千元。\n"
            + "“三公”经费支出决算表\n单位：千元\t\t\t\n项目\t预算数\t决算数\t\t\n合计\t120\t98\t\t\n公务用车运行维护费\t70\t62\t\t\n"
            + "公务接待费\t50\t36\t\t\n");
        Assert.Equal(AmountUnit.QianYuan, read.Report.Unit);
        Assert.Equal("62", JsonAt(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("120", JsonAt(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Property: for any figures, the 千元 text reads every amount as written in a 千元 report, each the exact 千元 form of the
    /// amount its 万元 twin (each figure ÷ 10, one decimal) reads; neither gives an Error.
    /// </summary>
    [Property(MaxTest = 10)]
    public Property AnyQianYuanText_IsReadAsWritten_AndAgreesWithItsWanYuanTwin()
    {
        var figures =
            from basic in Gen.Choose(10000, 60000)
            from project in Gen.Choose(1000, 20000)
            from purchase in Gen.Choose(300, 9000)
            select (basic, project, purchase);
        return Prop.ForAll(figures.ToArbitrary(), f =>
        {
            string Text(Func<int, string> amount, string unit) => "青溪县史志馆2021年度单位决算说明\n" + $"（金额单位：{unit}）\n\n"
                + $"一、支出决算情况\n本年支出{amount(f.basic + f.project)}{unit}，其中：基本支出{amount(f.basic)}{unit}；"
                + $"项目支出{amount(f.project)}{unit}。\n\n二、其他重要事项\n2021年度政府采购支出{amount(f.purchase)}{unit}。\n";
            var (qian, qianDiagnostics) = Read(Text(v => v.ToString("#,0", Inv), "千元"));
            var (wan, wanDiagnostics) = Read(Text(v => (v / 10m).ToString("0.0", Inv), "万元"));
            var pointers = new[]
            {
                "expenditure/total/amount", "expenditure/basic/amount", "expenditure/project/amount", "procurement/total/amount",
            };
            var values = new[] { f.basic + f.project, f.basic, f.project, f.purchase };
            return (qian.Report.Unit == AmountUnit.QianYuan && wan.Report.Unit == AmountUnit.WanYuan
                    && pointers.Select((p, i) => JsonAt(qian, "/narrative/" + p) == values[i].ToString(Inv)).All(static ok => ok)
                    && pointers.All(p => Amount.Parse(JsonAt(wan, "/narrative/" + p)!, Inv)
                        .ConvertUnit(AmountUnit.WanYuan, AmountUnit.QianYuan) == Amount.Parse(JsonAt(qian, "/narrative/" + p)!, Inv))
                    && Errors(qianDiagnostics).Length == 0 && Errors(wanDiagnostics).Length == 0)
                .Label($"{f}");
        });
    }

    /// <summary>
    /// Property (near miss): one amount in 万元 (not a threshold) among any 千元 figures keeps the text a 万元 document, each 千元
    /// converted (÷ 10, one decimal more).
    /// </summary>
    [Property(MaxTest = 10)]
    public Property OneWanYuanAmount_KeepsAnyTextWanYuan()
    {
        var figures = from basic in Gen.Choose(10000, 60000) from other in Gen.Choose(1, 999) select (basic, other);
        return Prop.ForAll(figures.ToArbitrary(), f =>
        {
            var (read, _) = Read(Text(basic: f.basic, otherIncome: $"{f.other.ToString(Inv)}.00万元"));
            return (read.Report.Unit == AmountUnit.WanYuan
                    && JsonAt(read, "/narrative/expenditure/basic/amount") == (f.basic / 10m).ToString("0.0", Inv))
                .Label($"{f}");
        });
    }

    /// <summary>A report in 千元 round-trips through the JSON contract at 1.14 ("qianYuan"); a 1.13 document still reads.</summary>
    [Fact]
    public void AQianYuanReport_RoundTrips()
    {
        var report = new FinalAccountsReport
        {
            SchemaVersion = "1.14",
            Unit = AmountUnit.QianYuan,
            Entity = new ReportingEntity { Name = "测试中心", FiscalYear = 2021 },
            Narrative = new NarrativeSections
            {
                Expenditure = new ExpenditureStatement { Total = new StatedFigure { Amount = Amount.Parse("8120", Inv) } },
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"unit\":\"qianYuan\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.14");
        const string Old = "{\"schemaVersion\":\"1.13\",\"entity\":{\"name\":\"测试单位\",\"fiscalYear\":2023},\"unit\":\"yuan\"}";
        Assert.Equal(AmountUnit.Yuan, FinalAccountsJson.Deserialize(Old).Unit);
    }
}
