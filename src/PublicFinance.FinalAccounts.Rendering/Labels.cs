namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>Chinese display labels of the JSON contract's property names and enum values.</summary>
internal static class Labels
{
    private static readonly Dictionary<string, string> Properties = new(System.StringComparer.Ordinal)
    {
        ["schemaVersion"] = "数据格式版本", ["entity"] = "单位基本情况", ["unit"] = "金额单位", ["source"] = "来源文件",
        ["personnel"] = "人员情况", ["tables"] = "九张表", ["narrative"] = "情况说明", ["performance"] = "预算绩效",
        ["classifiedProjects"] = "涉密项目", ["glossary"] = "名词解释", ["notes"] = "其他需说明的事项",
        ["name"] = "名称", ["kind"] = "类型", ["fiscalYear"] = "决算年度", ["region"] = "地区", ["functions"] = "主要职能",
        ["units"] = "决算单位构成", ["role"] = "级次", ["note"] = "备注", ["internalDivisionCount"] = "内设机构数",
        ["internalDivisions"] = "内设科室", ["title"] = "标题", ["url"] = "网址", ["publishedOn"] = "发布日期",
        ["authorizedPositions"] = "编制数", ["total"] = "合计", ["active"] = "在职人员", ["retiredCadres"] = "离休人员",
        ["retired"] = "退休人员", ["count"] = "数量", ["change"] = "比上年增减", ["term"] = "名词", ["definition"] = "解释",
        ["budget"] = "与预算比较", ["executed"] = "执行数",
        ["overall"] = "收入支出决算总体情况", ["income"] = "收入", ["expenditure"] = "支出",
        ["appropriation"] = "财政拨款收入支出决算总体情况", ["generalBudget"] = "一般公共预算财政拨款",
        ["basicExpenditure"] = "一般公共预算财政拨款基本支出", ["governmentFund"] = "政府性基金预算财政拨款",
        ["stateCapital"] = "国有资本经营预算财政拨款", ["threePublic"] = "“三公”经费", ["operatingExpenses"] = "机关运行经费",
        ["procurement"] = "政府采购", ["assets"] = "国有资产占用",
        ["incomeGrandTotal"] = "收入总计", ["currentYearIncome"] = "本年收入", ["useOfNonAppropriationBalance"] = "使用非财政拨款结余",
        ["openingCarryOver"] = "年初结转和结余", ["expenditureGrandTotal"] = "支出总计", ["currentYearExpenditure"] = "本年支出",
        ["balanceDistribution"] = "结余分配", ["closingCarryOver"] = "年末结转和结余", ["fiscalAppropriation"] = "财政拨款收入",
        ["superiorSubsidy"] = "上级补助收入", ["serviceIncome"] = "事业收入", ["businessIncome"] = "经营收入",
        ["affiliatedRemittance"] = "附属单位上缴收入", ["otherIncome"] = "其他收入", ["basic"] = "基本支出", ["project"] = "项目支出",
        ["remittedToSuperior"] = "上缴上级支出", ["business"] = "经营支出", ["subsidyToAffiliates"] = "对附属单位补助支出",
        ["classes"] = "按功能分类（类）", ["items"] = "按功能分类科目", ["code"] = "科目编码", ["className"] = "类", ["sectionName"] = "款",
        ["emptyStatement"] = "空表说明", ["personnelItems"] = "人员经费包括", ["public"] = "公用经费", ["publicItems"] = "公用经费包括",
        ["overseasTravel"] = "因公出国（境）费", ["vehiclesSubtotal"] = "公务用车购置及运行（维护）费",
        ["vehiclePurchase"] = "公务用车购置费", ["vehicleOperation"] = "公务用车运行（维护）费", ["reception"] = "公务接待费",
        ["overseasDelegations"] = "因公出国（境）团组数", ["overseasPersonTrips"] = "因公出国（境）人次",
        ["vehiclesPurchased"] = "公务用车购置数", ["vehiclesHeld"] = "公务用车保有量",
        ["domesticReceptionBatches"] = "国内公务接待批次", ["domesticReceptionPersonTrips"] = "国内公务接待人次",
        ["foreignReceptionBatches"] = "外宾接待批次", ["foreignReceptionPersonTrips"] = "外宾接待人次",
        ["overseasTravelDescription"] = "因公出国（境）费开支内容", ["vehicleOperationDescription"] = "公务用车运行费开支内容",
        ["receptionDescription"] = "公务接待费开支内容", ["vehicleHoldingExplanation"] = "保有量说明",
        ["administrativeOperatingExpenses"] = "机关运行经费", ["institutionPublicExpenses"] = "事业单位公用经费",
        ["goods"] = "货物", ["works"] = "工程", ["services"] = "服务", ["smeContracts"] = "授予中小企业合同金额",
        ["microSmallContracts"] = "授予小微企业合同金额", ["smeReservedBudget"] = "面向中小企业预留采购项目预算",
        ["asOf"] = "截至日期", ["buildingArea"] = "房屋面积（平方米）", ["buildingValue"] = "房屋价值", ["vehicles"] = "车辆",
        ["largeEquipmentCount"] = "单价100万元以上设备（台/套）", ["largeEquipmentValue"] = "单价100万元以上设备价值",
        ["categories"] = "车辆类别", ["category"] = "类别", ["label"] = "名称", ["value"] = "数值",
        ["otherVehiclesDescription"] = "其他用车说明", ["amount"] = "金额", ["share"] = "占比", ["shareBasis"] = "占比基数",
        ["direction"] = "方向", ["rate"] = "增减率", ["rateDirection"] = "增减率方向", ["priorYearAmount"] = "上年数",
        ["reason"] = "主要原因", ["budgetAmount"] = "预算数", ["finalAmount"] = "决算数", ["completionRate"] = "完成率",
        ["varianceRate"] = "预决算差异率", ["difference"] = "差额", ["relation"] = "预决算关系",
        ["summary"] = "收入支出决算总表", ["appropriationSummary"] = "财政拨款收入支出决算总表",
        ["generalBudgetExpenditure"] = "一般公共预算财政拨款支出决算表", ["rows"] = "行", ["isEmpty"] = "空表",
        ["personnelTotal"] = "人员经费合计", ["publicTotal"] = "公用经费合计", ["final"] = "决算数",
        ["generalBudgetAppropriation"] = "一般公共预算财政拨款收入", ["governmentFundAppropriation"] = "政府性基金预算财政拨款收入",
        ["stateCapitalAppropriation"] = "国有资本经营预算财政拨款收入", ["currentYearTotal"] = "本年合计", ["grandTotal"] = "总计",
        ["expenditureTotal"] = "本年支出合计", ["evaluations"] = "绩效自评表", ["funds"] = "资金情况", ["indicators"] = "绩效指标",
        ["level1"] = "一级指标", ["level2"] = "二级指标", ["target"] = "指标值", ["actual"] = "实际完成值", ["targetBasis"] = "指标值设定依据",
        ["comparator"] = "指标性质", ["weight"] = "分值", ["score"] = "得分", ["grade"] = "自评等级", ["totalScore"] = "总分",
        ["totalWeight"] = "总分值", ["initialBudget"] = "年初预算数", ["fullYearBudget"] = "全年预算数", ["executionRate"] = "执行率",
        ["text"] = "原文", ["department"] = "主管部门", ["implementingUnit"] = "实施单位", ["expectedGoal"] = "预期目标",
        ["actualOutcome"] = "实际完成情况", ["achievements"] = "取得的成效", ["problems"] = "发现的问题及原因",
        ["improvements"] = "下一步改进措施", ["deviationNote"] = "偏差原因分析", ["overallBudget"] = "全年预算总额",
        ["overallExecuted"] = "实际执行总额", ["overallEvaluationCount"] = "部门整体自评数", ["projectBudget"] = "项目全年预算数",
        ["projectEvaluationCount"] = "项目自评数", ["projectExecuted"] = "项目全年执行数",
        ["generalEquipmentCount"] = "单价50万元以上通用设备（台/套）", ["specialEquipmentCount"] = "单价100万元以上专用设备（台/套）",
        ["smeGoods"] = "货物采购授予中小企业合同金额", ["smeWorks"] = "工程采购授予中小企业合同金额",
        ["smeServices"] = "服务采购授予中小企业合同金额", ["projectFunds"] = "自评项目涉及资金", ["selfEvaluationScore"] = "自评得分",
        ["generalBudgetIncome"] = "一般公共预算财政拨款本年收入", ["currentYearSurplus"] = "本年收支结余", ["institutionFund"] = "事业基金",
        ["components"] = "机关运行经费组成", ["totalValue"] = "资产总额", ["originalValue"] = "原值", ["netValue"] = "净值",
        ["byClass"] = "按功能分类科目", ["priorYearTotal"] = "上年小计",
    };

    private static readonly Dictionary<string, string> EnumValues = new(System.StringComparer.Ordinal)
    {
        ["increase"] = "增加", ["decrease"] = "减少", ["unchanged"] = "持平", ["initial"] = "年初预算", ["fullYear"] = "全年预算",
        ["finalAboveBudget"] = "决算数大于预算数", ["finalBelowBudget"] = "决算数小于预算数", ["finalEqualsBudget"] = "决算数等于预算数",
        ["department"] = "部门决算", ["unit"] = "单位决算", ["self"] = "本级", ["subordinate"] = "所属单位",
        ["wanYuan"] = "万元", ["yuan"] = "元", ["yiYuan"] = "亿元", ["qianYuan"] = "千元",
        ["departmentOverall"] = "部门整体支出", ["currentYearAppropriation"] = "当年财政拨款", ["priorYearCarryOver"] = "上年结转资金",
        ["superiorFunds"] = "上级资金", ["sameLevelFunds"] = "本级资金", ["otherFunds"] = "其他资金",
        ["greaterOrEqual"] = "≥", ["lessOrEqual"] = "≤", ["equal"] = "=", ["greater"] = "＞", ["less"] = "＜",
        ["excellent"] = "优", ["good"] = "良", ["fair"] = "中", ["poor"] = "差",
        ["seniorLeaders"] = "领导用车（副部级及以上）", ["principalLeaders"] = "主要负责人用车", ["confidentialCommunications"] = "机要通信用车",
        ["emergencySupport"] = "应急保障用车", ["lawEnforcement"] = "执法执勤用车", ["specialTechnical"] = "特种专业技术用车",
        ["retiredCadreService"] = "离退休干部服务用车", ["other"] = "其他用车",
        ["leadingCadres"] = "领导干部用车", ["generalOfficial"] = "一般公务用车",
        ["schoolBus"] = "校车", ["funeralVehicle"] = "殡葬车",
        ["buildings"] = "房屋及构筑物", ["generalEquipment"] = "通用设备", ["specialEquipment"] = "专用设备", ["land"] = "土地",
        ["culturalRelics"] = "文物和陈列品", ["booksAndArchives"] = "图书、档案", ["furniture"] = "家具、用具、装具及动植物",
        ["intangible"] = "无形资产", ["currentAssets"] = "流动资产", ["otherAssets"] = "其他资产", ["vehicles"] = "车辆",
    };

    private static readonly HashSet<string> EnumProperties = new(System.StringComparer.Ordinal)
    {
        "kind", "direction", "rateDirection", "relation", "role", "unit", "category", "comparator", "grade",
    };

    private static readonly HashSet<string> PercentProperties = new(System.StringComparer.Ordinal)
    {
        "share", "rate", "completionRate", "varianceRate", "executionRate",
    };

    private static readonly HashSet<string> TextProperties = new(System.StringComparer.Ordinal)
    {
        "code", "name", "title", "label", "text", "asOf", "publishedOn", "schemaVersion", "url",
    };

    /// <summary>The Chinese label of a property, or the property name itself when it has none.</summary>
    public static string Property(string name) => Properties.TryGetValue(name, out var label) ? label : name;

    /// <summary>The display text of a string value of the named property: enum values in Chinese, percentages with
    /// a % sign, figures grouped by thousands with every written decimal, other text unchanged (not escaped).</summary>
    public static string Value(string? property, string value)
    {
        if (property is not null && EnumProperties.Contains(property) && EnumValues.TryGetValue(value, out var label))
        {
            return label;
        }

        if (property is not null && TextProperties.Contains(property))
        {
            return value;
        }

        if (property is not null && PercentProperties.Contains(property) && Html.IsPlainDecimal(value))
        {
            return value + "%";
        }

        return Html.GroupDigits(value);
    }

    /// <summary>True when the property holds a percentage.</summary>
    public static bool IsPercent(string property) => PercentProperties.Contains(property);
}
