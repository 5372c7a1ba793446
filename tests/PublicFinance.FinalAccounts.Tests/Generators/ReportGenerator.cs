using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Generators;

/// <summary>
/// Generates whole, internally consistent reports: the figures are drawn in exact 元 and every total, hierarchy
/// level, cross-table figure, share, change, budget comparison and score is derived from them exactly; then each
/// figure is rounded on its own to 万元 with two decimals (四舍五入), as a real disclosure is. A correct checker
/// therefore finds no error or warning — only rounding notes. Non-zero amounts are at least 10 万元 so that every
/// figure takes part in a relation whose rounding slack is small.
/// </summary>
public static class ReportGenerator
{
    private sealed record ItemSpec(string Code, string Name, long Basic, long Project);

    public static Gen<FinalAccountsReport> Consistent() =>
        from year in Gen.Choose(2015, 2025)
        from classCount in Gen.Choose(1, 3)
        from classes in Gen.Shuffle(["201", "205", "206", "208", "212", "221"])
        from items in Gen.ArrayOf(ItemGen(), 6)
        from otherIncome in ZeroOr(100_000, 10_000_000)
        from threePublic in Gen.ArrayOf(ZeroOr(100_000, 5_000_000), 8)
        from procurement in Gen.ArrayOf(ZeroOr(100_000, 50_000_000), 3)
        from priors in Gen.ArrayOf(Gen.Choose(100_000, 60_000_000), 6)
        from budgetFactor in Gen.Choose(50, 150)
        from smeShare in Gen.Choose(0, 100)
        from microShare in Gen.Choose(0, 100)
        from vehicles in Gen.ArrayOf(Gen.Choose(0, 20), 8)
        from weights in Gen.Piles(4, 90)
        from lostPoints in Gen.Choose(0, 3)
        select Build(
            year, [.. classes.Take(classCount)], items, otherIncome, threePublic, procurement, smeShare, microShare, vehicles, weights,
            lostPoints, priors, budgetFactor);

    private static Gen<int> ZeroOr(int min, int max) => Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(min, max)));

    private static Gen<(int Section, int Item, int Basic, int Project)> ItemGen() =>
        from section in Gen.Choose(1, 3)
        from item in Gen.Choose(1, 4)
        from basic in Gen.Choose(100_000, 500_000_000)
        from project in ZeroOr(100_000, 200_000_000)
        select (section, item, basic, project);

    /// <summary>The catalogue name of a code for the year, or a made-up name when the catalogue does not know it.</summary>
    private static string Name(string code, int year) =>
        ClassificationCatalogue.Default.TryGetName(FunctionalCode.FromDigits(code), year, out var name) ? name : "科目" + code;

    /// <summary>An exact amount in 元 rounded to 万元 with two decimals.</summary>
    private static Amount F(long yuan) => Amount.Round(yuan / 10_000m, 2);

    private static Percent? Share(long part, long whole) => whole == 0 ? null : Percent.FromRatio(part, whole, 2);

    /// <summary>A stated change from the exact prior-year figure, worded from the rounded amount as a document would be.</summary>
    private static YearOverYearChange Change(long current, long prior)
    {
        var amount = F(Math.Abs(current - prior));
        if (amount.Value == 0m)
        {
            return new YearOverYearChange { Direction = ChangeDirection.Unchanged };
        }

        return new YearOverYearChange
        {
            Direction = current > prior ? ChangeDirection.Increase : ChangeDirection.Decrease,
            Amount = amount,
            Rate = Percent.FromRatio(Math.Abs(current - prior), prior, 2),
            Reason = "业务调整。",
        };
    }

    private static BudgetComparison Budget(long final, long budget)
    {
        var f = F(final);
        var b = F(budget);
        var relation = f.Value > b.Value
            ? BudgetRelation.FinalAboveBudget
            : f.Value < b.Value ? BudgetRelation.FinalBelowBudget : BudgetRelation.FinalEqualsBudget;
        return new BudgetComparison
        {
            Kind = BudgetKind.Initial,
            BudgetAmount = b,
            FinalAmount = f,
            CompletionRate = Percent.FromRatio(final, budget, 2),
            VarianceRate = Percent.FromRatio(final - budget, budget, 2),
            Difference = F(Math.Abs(final - budget)),
            Relation = relation,
            Reason = relation == BudgetRelation.FinalEqualsBudget ? null : "年中调整预算。",
        };
    }

    private static FinalAccountsReport Build(
        int year, string[] classes, (int Section, int Item, int Basic, int Project)[] raw, long otherIncome,
        int[] threePublic, int[] procurement, int smeShare, int microShare, int[] vehicles, int[] weights, int lostPoints, int[] priors,
        int budgetFactor)
    {
        // Items: distinct 7-digit codes under the chosen classes.
        var specs = new List<ItemSpec>();
        for (var i = 0; i < raw.Length; i++)
        {
            var cls = classes[i % classes.Length];
            var code = cls + raw[i].Section.ToString("00") + raw[i].Item.ToString("00");
            if (specs.All(s => s.Code != code))
            {
                specs.Add(new ItemSpec(code, Name(code, year), raw[i].Basic, raw[i].Project));
            }
        }

        specs = [.. specs.OrderBy(s => s.Code, StringComparer.Ordinal)];

        // Other income finances extra project spending on the first item (outside the general budget).
        var extra = new Dictionary<string, long> { [specs[0].Code] = otherIncome };
        long Extra(string code)
            => specs.Where(s => s.Code.StartsWith(code, StringComparison.Ordinal)).Sum(s => extra.TryGetValue(s.Code, out var e) ? e : 0);
        long Basic(string prefix) => specs.Where(s => s.Code.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => s.Basic);
        long Project(string prefix) => specs.Where(s => s.Code.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => s.Project);

        var allCodes = specs.SelectMany(s => new[] { s.Code.Substring(0, 3), s.Code.Substring(0, 5), s.Code })
            .Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var gbBasic = Basic(string.Empty);
        var gbProject = Project(string.Empty);
        var gbTotal = gbBasic + gbProject;
        var totalIncome = gbTotal + otherIncome;
        var totalExpenditure = totalIncome;

        var t5 = new GeneralBudgetExpenditureTable
        {
            Title = "一般公共预算财政拨款支出决算表",
            Total = new BasicProjectColumns { Total = F(gbTotal), Basic = F(gbBasic), Project = F(gbProject) },
            Rows = allCodes.Select(c => new GeneralBudgetRow
            {
                Code = FunctionalCode.FromDigits(c), Name = Name(c, year),
                Total = F(Basic(c) + Project(c)), Basic = F(Basic(c)), Project = F(Project(c)),
            }).ToList(),
        };
        var t3 = new ExpenditureTable
        {
            Total = new ExpenditureColumns
            {
                Total = F(totalExpenditure), Basic = F(gbBasic), Project = F(gbProject + otherIncome), RemittedToSuperior = F(0),
                Business = F(0), SubsidyToAffiliates = F(0),
            },
            Rows = allCodes.Select(c => new ExpenditureRow
            {
                Code = FunctionalCode.FromDigits(c), Name = Name(c, year),
                Total = F(Basic(c) + Project(c) + Extra(c)), Basic = F(Basic(c)), Project = F(Project(c) + Extra(c)),
                RemittedToSuperior = F(0), Business = F(0), SubsidyToAffiliates = F(0),
            }).ToList(),
        };
        var t2 = new IncomeTable
        {
            Total = new IncomeColumns
            {
                Total = F(totalIncome), FiscalAppropriation = F(gbTotal), SuperiorSubsidy = F(0), ServiceIncome = F(0),
                BusinessIncome = F(0), AffiliatedRemittance = F(0), OtherIncome = F(otherIncome),
            },
            Rows = allCodes.Select(c => new IncomeRow
            {
                Code = FunctionalCode.FromDigits(c), Name = Name(c, year),
                Total = F(Basic(c) + Project(c) + Extra(c)), FiscalAppropriation = F(Basic(c) + Project(c)),
                SuperiorSubsidy = F(0), ServiceIncome = F(0), BusinessIncome = F(0), AffiliatedRemittance = F(0), OtherIncome = F(Extra(c)),
            }).ToList(),
        };
        var classCodes = allCodes.Where(c => c.Length == 3).ToList();
        var t1 = new IncomeExpenditureSummaryTable
        {
            Income = new SummaryIncomeSide
            {
                GeneralBudgetAppropriation = F(gbTotal), GovernmentFundAppropriation = F(0), StateCapitalAppropriation = F(0),
                SuperiorSubsidy = F(0), ServiceIncome = F(0), BusinessIncome = F(0), AffiliatedRemittance = F(0),
                OtherIncome = F(otherIncome),
                CurrentYearTotal = F(totalIncome), UseOfNonAppropriationBalance = F(0), OpeningCarryOver = F(0),
                GrandTotal = F(totalIncome),
            },
            Expenditure = new SummaryExpenditureSide
            {
                Classes = classCodes.Select(c => new FunctionalAmount
                {
                    Code = FunctionalCode.FromDigits(c), Name = Name(c, year), Amount = F(Basic(c) + Project(c) + Extra(c)),
                }).ToList(),
                CurrentYearTotal = F(totalExpenditure), BalanceDistribution = F(0), ClosingCarryOver = F(0),
                GrandTotal = F(totalExpenditure),
            },
        };
        FundColumns Funds(long general)
            => new() { Total = F(general), GeneralBudget = F(general), GovernmentFund = F(0), StateCapital = F(0) };
        var t4 = new AppropriationSummaryTable
        {
            Income = new AppropriationIncomeSide
            {
                GeneralBudget = F(gbTotal), GovernmentFund = F(0), StateCapital = F(0), CurrentYearTotal = F(gbTotal),
                OpeningCarryOver = Funds(0), GrandTotal = F(gbTotal),
            },
            Expenditure = new AppropriationExpenditureSide
            {
                Classes = classCodes.Select(c => new AppropriationRow
                {
                    Code = FunctionalCode.FromDigits(c), Name = Name(c, year), Total = F(Basic(c) + Project(c)),
                    GeneralBudget = F(Basic(c) + Project(c)), GovernmentFund = F(0), StateCapital = F(0),
                }).ToList(),
                CurrentYearTotal = Funds(gbTotal), ClosingCarryOver = Funds(0), GrandTotal = Funds(gbTotal),
            },
        };
        var personnel = gbBasic * 7 / 10;
        var publicExpenses = gbBasic - personnel;
        var salary = personnel * 2 / 3;
        var office = publicExpenses / 2;
        var t6 = new BasicExpenditureTable
        {
            Rows = new[]
            {
                new EconomicRow { Code = EconomicCode.FromDigits("301"), Name = "工资福利支出", Amount = F(personnel) },
                new EconomicRow { Code = EconomicCode.FromDigits("30101"), Name = "基本工资", Amount = F(salary) },
                new EconomicRow { Code = EconomicCode.FromDigits("30102"), Name = "津贴补贴", Amount = F(personnel - salary) },
                new EconomicRow { Code = EconomicCode.FromDigits("302"), Name = "商品和服务支出", Amount = F(publicExpenses) },
                new EconomicRow { Code = EconomicCode.FromDigits("30201"), Name = "办公费", Amount = F(office) },
                new EconomicRow { Code = EconomicCode.FromDigits("30299"), Name = "其他商品和服务支出", Amount = F(publicExpenses - office) },
            },
            PersonnelTotal = F(personnel), PublicTotal = F(publicExpenses), Total = F(gbBasic),
        };
        ThreePublicColumns Three(int o) => new()
        {
            Total = F(threePublic[o] + threePublic[o + 1] + threePublic[o + 2] + threePublic[o + 3]),
            OverseasTravel = F(threePublic[o]), VehiclesSubtotal = F(threePublic[o + 1] + threePublic[o + 2]),
            VehiclePurchase = F(threePublic[o + 1]), VehicleOperation = F(threePublic[o + 2]), Reception = F(threePublic[o + 3]),
        };
        var t7 = new ThreePublicTable { Budget = Three(4), Final = Three(0) };
        var finalThree = (long)threePublic[0] + threePublic[1] + threePublic[2] + threePublic[3];

        var procurementTotal = (long)procurement[0] + procurement[1] + procurement[2];
        var sme = procurementTotal * smeShare / 100;
        var micro = sme * microShare / 100;
        // The eight categories of the 2017 rules (the first eight values); the two earlier ones (schema 1.3) are not drawn,
        // so that the generated stream stays what it was.
        var categoryCounts = Enum.GetValues<VehicleCategory>().Take(vehicles.Length)
            .Select((c, i) => new VehicleCategoryCount { Category = c, Count = vehicles[i] }).ToList();

        var indicatorWeights = weights.Select(w => w).ToArray();
        var indicators = indicatorWeights.Select((w, i) => new PerformanceIndicator
        {
            Level1 = i < 2 ? "产出指标" : "效益指标",
            Level2 = i < 2 ? "数量指标" : "社会效益指标",
            Name = "指标" + i,
            Target = PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(">=" + (10 + i) + "次"),
            Actual = PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(
                "=" + (10 + i - (i == 0 && lostPoints > 0 ? 1 : 0)) + "次"),
            Weight = Quantity.FromDecimal(w),
            Score = Quantity.FromDecimal(i == 0 ? Math.Max(0, w - lostPoints) : w),
        }).ToList();
        var scoreTotal = 10 + indicators.Sum(i => i.Score!.Value.Value);

        return new FinalAccountsReport
        {
            Entity = new ReportingEntity
            {
                Name = "生成的部门", FiscalYear = year, Units = new[] { new ConstituentUnit { Name = "生成的部门", Role = UnitRole.Self } },
            },
            Personnel = new Personnel
            {
                Total = new PersonnelCount { Count = 100, Change = -5 }, Active = new PersonnelCount { Count = 100 },
            },
            Tables = new DisclosureTables
            {
                Summary = t1, Income = t2, Expenditure = t3, AppropriationSummary = t4, GeneralBudgetExpenditure = t5,
                BasicExpenditure = t6, ThreePublic = t7,
                GovernmentFund = new FundAppropriationTable { IsEmpty = true, Note = "本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。" },
                StateCapital = new FundAppropriationTable { IsEmpty = true, Note = "本单位本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。" },
            },
            Narrative = new NarrativeSections
            {
                Overall = new OverallStatement
                {
                    IncomeGrandTotal = new StatedFigure { Amount = F(totalIncome) },
                    ExpenditureGrandTotal = new StatedFigure { Amount = F(totalExpenditure) },
                },
                Income = new IncomeStatement
                {
                    Total = new StatedFigure { Amount = F(totalIncome), Change = Change(totalIncome, priors[0]) },
                    FiscalAppropriation = new StatedFigure { Amount = F(gbTotal), Share = Share(gbTotal, totalIncome) },
                    OtherIncome = new StatedFigure { Amount = F(otherIncome), Share = Share(otherIncome, totalIncome) },
                },
                Expenditure = new ExpenditureStatement
                {
                    Total = new StatedFigure { Amount = F(totalExpenditure) },
                    Basic = new StatedFigure { Amount = F(gbBasic), Share = Share(gbBasic, totalExpenditure) },
                    Project = new StatedFigure
                    {
                        Amount = F(gbProject + otherIncome), Share = Share(gbProject + otherIncome, totalExpenditure),
                    },
                },
                GeneralBudget = new GeneralBudgetStatement
                {
                    Total = new StatedFigure
                    {
                        Amount = F(gbTotal), Share = Share(gbTotal, totalExpenditure), ShareBasis = "本年支出合计",
                        Change = Change(gbTotal, priors[1]), Budget = Budget(gbTotal, gbTotal / 100 * budgetFactor),
                    },
                    Classes = classCodes.Select(c => new FunctionalFigure
                    {
                        Code = FunctionalCode.FromDigits(c), Name = Name(c, year), Amount = F(Basic(c) + Project(c)),
                        Share = Share(Basic(c) + Project(c), gbTotal),
                    }).ToList(),
                },
                BasicExpenditure = new BasicExpenditureStatement
                {
                    Total = new StatedFigure { Amount = F(gbBasic) }, Personnel = new StatedFigure { Amount = F(personnel) },
                    Public = new StatedFigure { Amount = F(publicExpenses) },
                },
                ThreePublic = new ThreePublicStatement
                {
                    Total = new StatedFigure { Amount = F(finalThree), Change = Change(finalThree, priors[2] + priors[3] + priors[4]) },
                    OverseasTravel = new StatedFigure
                    {
                        Amount = F(threePublic[0]), Share = Share(threePublic[0], finalThree), Change = Change(threePublic[0], priors[2]),
                    },
                    VehiclesSubtotal = new StatedFigure
                    {
                        Amount = F(threePublic[1] + threePublic[2]),
                        Share = Share(threePublic[1] + threePublic[2], finalThree),
                        Change = Change(threePublic[1] + threePublic[2], priors[3]),
                    },
                    VehiclePurchase = new StatedFigure { Amount = F(threePublic[1]) },
                    VehicleOperation = new StatedFigure { Amount = F(threePublic[2]) },
                    Reception = new StatedFigure
                    {
                        Amount = F(threePublic[3]), Share = Share(threePublic[3], finalThree), Change = Change(threePublic[3], priors[4]),
                    },
                    VehiclesHeld = vehicles.Sum(),
                },
                Procurement = new ProcurementStatement
                {
                    Total = new StatedFigure { Amount = F(procurementTotal) },
                    Goods = new StatedFigure { Amount = F(procurement[0]) }, Works = new StatedFigure { Amount = F(procurement[1]) },
                    Services = new StatedFigure { Amount = F(procurement[2]) },
                    SmeContracts = new StatedFigure { Amount = F(sme), Share = Share(sme, procurementTotal), ShareBasis = "政府采购支出总额" },
                    MicroSmallContracts = new StatedFigure
                    {
                        Amount = F(micro), Share = Share(micro, procurementTotal), ShareBasis = "政府采购支出总额",
                    },
                },
                Assets = new AssetsStatement { Vehicles = new VehicleHoldings { Count = vehicles.Sum(), Categories = categoryCounts } },
            },
            Performance = new PerformanceStatement
            {
                ProjectEvaluationCount = 1,
                ProjectBudget = F(gbProject + otherIncome),
                ProjectExecuted = F(gbProject + otherIncome),
                Evaluations = new[]
                {
                    new PerformanceEvaluation
                    {
                        Kind = EvaluationKind.Project, Name = "生成的项目",
                        Funds = new[]
                        {
                            new FundLine
                            {
                                Kind = FundLineKind.Total, Label = "年度资金总额", FullYearBudget = F(gbProject + otherIncome),
                                Executed = F(gbProject + otherIncome), Weight = Quantity.FromDecimal(10),
                                ExecutionRate = (gbProject + otherIncome) == 0 ? null : Percent.Round(100m, 2),
                                Score = Quantity.FromDecimal(10),
                            },
                            new FundLine
                            {
                                Kind = FundLineKind.CurrentYearAppropriation, Label = "本年财政拨款", FullYearBudget = F(gbProject),
                                Executed = F(gbProject),
                            },
                            new FundLine
                            {
                                Kind = FundLineKind.OtherFunds, Label = "其他资金", FullYearBudget = F(otherIncome), Executed = F(otherIncome),
                            },
                        },
                        Indicators = indicators,
                        TotalWeight = Quantity.FromDecimal(100),
                        TotalScore = Quantity.FromDecimal(scoreTotal),
                    },
                },
            },
        };
    }
}
