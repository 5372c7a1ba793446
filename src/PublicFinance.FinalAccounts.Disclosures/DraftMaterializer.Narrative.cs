using System.Collections.Generic;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The narrative sections (情况说明) of <see cref="DraftMaterializer"/>.</summary>
internal sealed partial class DraftMaterializer
{
    private NarrativeSections? Narrative(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var sections = new NarrativeSections();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            sections = node.NameAt(i) switch
            {
                "overall" => sections with { Overall = Overall(v) },
                "income" => sections with { Income = Income(v) },
                "expenditure" => sections with { Expenditure = Expenditure(v) },
                "appropriation" => sections with { Appropriation = Appropriation(v) },
                "generalBudget" => sections with { GeneralBudget = GeneralBudget(v) },
                "basicExpenditure" => sections with { BasicExpenditure = Basic(v) },
                "governmentFund" => sections with { GovernmentFund = Appropriation(v) },
                "stateCapital" => sections with { StateCapital = Appropriation(v) },
                "threePublic" => sections with { ThreePublic = ThreePublic(v) },
                "operatingExpenses" => sections with { OperatingExpenses = Operating(v) },
                "procurement" => sections with { Procurement = Procurement(v) },
                "assets" => sections with { Assets = Assets(v) },
                _ => Fail<NarrativeSections>() ?? sections,
            };
        }

        return sections;
    }

    private OverallStatement? Overall(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new OverallStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "incomeGrandTotal" => s with { IncomeGrandTotal = Figure(v) },
                "currentYearIncome" => s with { CurrentYearIncome = Figure(v) },
                "useOfNonAppropriationBalance" => s with { UseOfNonAppropriationBalance = Figure(v) },
                "openingCarryOver" => s with { OpeningCarryOver = Figure(v) },
                "expenditureGrandTotal" => s with { ExpenditureGrandTotal = Figure(v) },
                "currentYearExpenditure" => s with { CurrentYearExpenditure = Figure(v) },
                "balanceDistribution" => s with { BalanceDistribution = Figure(v) },
                "closingCarryOver" => s with { ClosingCarryOver = Figure(v) },
                "change" => s with { Change = Change(v) },
                "budget" => s with { Budget = Budget(v) },
                _ => Fail<OverallStatement>() ?? s,
            };
        }

        return s;
    }

    private IncomeStatement? Income(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new IncomeStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "total" => s with { Total = Figure(v) },
                "fiscalAppropriation" => s with { FiscalAppropriation = Figure(v) },
                "superiorSubsidy" => s with { SuperiorSubsidy = Figure(v) },
                "serviceIncome" => s with { ServiceIncome = Figure(v) },
                "businessIncome" => s with { BusinessIncome = Figure(v) },
                "affiliatedRemittance" => s with { AffiliatedRemittance = Figure(v) },
                "otherIncome" => s with { OtherIncome = Figure(v) },
                _ => Fail<IncomeStatement>() ?? s,
            };
        }

        return s;
    }

    private ExpenditureStatement? Expenditure(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new ExpenditureStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "total" => s with { Total = Figure(v) },
                "basic" => s with { Basic = Figure(v) },
                "project" => s with { Project = Figure(v) },
                "remittedToSuperior" => s with { RemittedToSuperior = Figure(v) },
                "business" => s with { Business = Figure(v) },
                "subsidyToAffiliates" => s with { SubsidyToAffiliates = Figure(v) },
                _ => Fail<ExpenditureStatement>() ?? s,
            };
        }

        return s;
    }

    private AppropriationStatement? Appropriation(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new AppropriationStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "incomeGrandTotal" => s with { IncomeGrandTotal = Figure(v) },
                "openingCarryOver" => s with { OpeningCarryOver = Figure(v) },
                "currentYearIncome" => s with { CurrentYearIncome = Figure(v) },
                "expenditureGrandTotal" => s with { ExpenditureGrandTotal = Figure(v) },
                "closingCarryOver" => s with { ClosingCarryOver = Figure(v) },
                "currentYearExpenditure" => s with { CurrentYearExpenditure = Figure(v) },
                "change" => s with { Change = Change(v) },
                "budget" => s with { Budget = Budget(v) },
                "items" => s with { Items = List(v, Functional)! },
                "emptyStatement" => s with { EmptyStatement = Str(v) },
                _ => Fail<AppropriationStatement>() ?? s,
            };
        }

        return s;
    }

    private GeneralBudgetStatement? GeneralBudget(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new GeneralBudgetStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "total" => s with { Total = Figure(v) },
                "classes" => s with { Classes = List(v, Functional)! },
                "items" => s with { Items = List(v, Functional)! },
                _ => Fail<GeneralBudgetStatement>() ?? s,
            };
        }

        return s;
    }

    private BasicExpenditureStatement? Basic(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new BasicExpenditureStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "total" => s with { Total = Figure(v) },
                "personnel" => s with { Personnel = Figure(v) },
                "personnelItems" => s with { PersonnelItems = Strings(v)! },
                "public" => s with { Public = Figure(v) },
                "publicItems" => s with { PublicItems = Strings(v)! },
                _ => Fail<BasicExpenditureStatement>() ?? s,
            };
        }

        return s;
    }

    private ThreePublicStatement? ThreePublic(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new ThreePublicStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "total" => s with { Total = Figure(v) },
                "overseasTravel" => s with { OverseasTravel = Figure(v) },
                "vehiclesSubtotal" => s with { VehiclesSubtotal = Figure(v) },
                "vehiclePurchase" => s with { VehiclePurchase = Figure(v) },
                "vehicleOperation" => s with { VehicleOperation = Figure(v) },
                "reception" => s with { Reception = Figure(v) },
                "overseasDelegations" => s with { OverseasDelegations = Count(v) },
                "overseasPersonTrips" => s with { OverseasPersonTrips = Count(v) },
                "vehiclesPurchased" => s with { VehiclesPurchased = Count(v) },
                "vehiclesHeld" => s with { VehiclesHeld = Count(v) },
                "domesticReceptionBatches" => s with { DomesticReceptionBatches = Count(v) },
                "domesticReceptionPersonTrips" => s with { DomesticReceptionPersonTrips = Count(v) },
                "foreignReceptionBatches" => s with { ForeignReceptionBatches = Count(v) },
                "foreignReceptionPersonTrips" => s with { ForeignReceptionPersonTrips = Count(v) },
                "overseasTravelDescription" => s with { OverseasTravelDescription = Str(v) },
                "vehicleOperationDescription" => s with { VehicleOperationDescription = Str(v) },
                "receptionDescription" => s with { ReceptionDescription = Str(v) },
                "vehicleHoldingExplanation" => s with { VehicleHoldingExplanation = Str(v) },
                _ => Fail<ThreePublicStatement>() ?? s,
            };
        }

        return s;
    }

    private OperatingExpensesStatement? Operating(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new OperatingExpensesStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "administrativeOperatingExpenses" => s with { AdministrativeOperatingExpenses = Figure(v) },
                "institutionPublicExpenses" => s with { InstitutionPublicExpenses = Figure(v) },
                _ => Fail<OperatingExpensesStatement>() ?? s,
            };
        }

        return s;
    }

    private ProcurementStatement? Procurement(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new ProcurementStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "total" => s with { Total = Figure(v) },
                "goods" => s with { Goods = Figure(v) },
                "works" => s with { Works = Figure(v) },
                "services" => s with { Services = Figure(v) },
                "smeContracts" => s with { SmeContracts = Figure(v) },
                "microSmallContracts" => s with { MicroSmallContracts = Figure(v) },
                "smeReservedBudget" => s with { SmeReservedBudget = Figure(v) },
                _ => Fail<ProcurementStatement>() ?? s,
            };
        }

        return s;
    }

    private AssetsStatement? Assets(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new AssetsStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "asOf" => s with { AsOf = Str(v) },
                "buildingArea" => s with { BuildingArea = Qty(v) },
                "buildingValue" => s with { BuildingValue = Amt(v) },
                "vehicles" => s with { Vehicles = Vehicles(v) },
                "largeEquipmentCount" => s with { LargeEquipmentCount = Count(v) },
                "largeEquipmentValue" => s with { LargeEquipmentValue = Amt(v) },
                _ => Fail<AssetsStatement>() ?? s,
            };
        }

        return s;
    }

    private VehicleHoldings? Vehicles(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        int? count = null;
        Amount? value = null;
        IReadOnlyList<VehicleCategoryCount>? categories = null;
        string? other = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "count":
                    count = Count(v);
                    break;
                case "value":
                    value = Amt(v);
                    break;
                case "categories":
                    categories = List(v, Category);
                    break;
                case "otherVehiclesDescription":
                    other = Str(v);
                    break;
                default:
                    return Fail<VehicleHoldings>();
            }
        }

        return new VehicleHoldings { Count = count, Value = value, Categories = categories!, OtherVehiclesDescription = other };
    }

    private VehicleCategoryCount? Category(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        VehicleCategory? category = null;
        int? count = null;
        string? label = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "category":
                    category = EnumValue<VehicleCategory>(v);
                    break;
                case "count":
                    count = Count(v);
                    break;
                case "label":
                    label = NonEmpty(v);
                    break;
                default:
                    return Fail<VehicleCategoryCount>();
            }
        }

        return category is { } c && count is { } n
            ? new VehicleCategoryCount { Category = c, Count = n, Label = label }
            : Fail<VehicleCategoryCount>();
    }
}
