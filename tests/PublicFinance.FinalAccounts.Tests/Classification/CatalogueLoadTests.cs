using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Tests.Classification;

/// <summary>The loadable catalogue (CSV/TSV), its year-aware names and the published CSV.</summary>
public class CatalogueLoadTests
{
    private static readonly ClassificationCatalogue Catalogue = ClassificationCatalogue.Default;

    [Theory]
    // Functional class renames: 210 医疗卫生与计划生育支出 (2014–2018) → 卫生健康支出 (2019–); 207 and 215 renamed in 2019.
    [InlineData("210", 2016, "医疗卫生与计划生育支出", NameMatch.Exact)]
    [InlineData("210", 2024, "医疗卫生与计划生育支出", NameMatch.OtherYear)]
    [InlineData("210", 2016, "卫生健康支出", NameMatch.OtherYear)]
    [InlineData("210", 2024, "卫生健康支出", NameMatch.Exact)]
    [InlineData("207", 2016, "文化体育与传媒支出", NameMatch.Exact)]
    [InlineData("207", 2024, "文化体育与传媒支出", NameMatch.OtherYear)]
    [InlineData("215", 2016, "资源勘探信息等支出", NameMatch.Exact)]
    [InlineData("215", 2024, "资源勘探信息等支出", NameMatch.OtherYear)]
    // 215 is not known for 2014–2015 (the catalogue does not state those names): nothing is judged.
    [InlineData("215", 2015, "资源勘探工业信息等支出", NameMatch.UnknownCode)]
    // 20139 社会工作事务 is new in 2024 (read in the 2024 Putuo 社会工作部 disclosure); unknown before.
    [InlineData("20139", 2024, "社会工作事务", NameMatch.Exact)]
    [InlineData("2013999", 2024, "其他社会工作事务支出", NameMatch.Exact)]
    [InlineData("20139", 2023, "社会工作事务", NameMatch.UnknownCode)]
    [InlineData("21201", 2024, "城乡社区管理事务", NameMatch.Exact)]
    [InlineData("2200150", 2024, "事业运行", NameMatch.Exact)]
    public void FunctionalNames_AreYearAware(string code, int year, string name, NameMatch expected) =>
        Assert.Equal(expected, Catalogue.MatchName(FunctionalCode.FromDigits(code), year, name));

    [Theory]
    // The 2018 economic classification reform (财预〔2017〕98号): 309 基本建设支出 → 资本性支出（基本建设）; 30311 住房公积金 → 代缴社会保险费.
    [InlineData("309", 2016, "基本建设支出", NameMatch.Exact)]
    [InlineData("309", 2024, "基本建设支出", NameMatch.OtherYear)]
    [InlineData("309", 2024, "资本性支出（基本建设）", NameMatch.Exact)]
    [InlineData("309", 2016, "资本性支出（基本建设）", NameMatch.OtherYear)]
    [InlineData("310", 2016, "其他资本性支出", NameMatch.Exact)]
    [InlineData("30104", 2016, "社会保障缴费", NameMatch.Exact)]
    [InlineData("30104", 2024, "社会保障缴费", NameMatch.UnknownCode)]
    [InlineData("30311", 2016, "住房公积金", NameMatch.Exact)]
    [InlineData("30311", 2024, "住房公积金", NameMatch.OtherYear)]
    [InlineData("30113", 2016, "住房公积金", NameMatch.UnknownCode)]
    public void EconomicNames_FollowThe2018Reform(string code, int year, string name, NameMatch expected) =>
        Assert.Equal(expected, Catalogue.MatchName(EconomicCode.FromDigits(code), year, name));

    [Fact]
    public void BuiltIn_HasNoOverlappingYearsForACode_AndEveryRangeIsOrdered()
    {
        foreach (var group in Catalogue.Entries.GroupBy(e => (e.System, e.Code)))
        {
            var list = group.ToList();
            Assert.All(list, e => Assert.True(e.FromYear is null || e.ToYear is null || e.FromYear <= e.ToYear, e.Code));
            for (var year = 2007; year <= 2026; year++)
            {
                Assert.True(list.Count(e => e.AppliesTo(year)) <= 1, $"{group.Key.Code} has two names in {year}");
            }
        }
    }

    [Fact]
    public void Load_ReadsTheDocumentedCsvLayout()
    {
        const string Csv = "\uFEFF# a comment\n" +
            "system,code,name,fromYear,toYear,aliases,evidence,note\n" +
            "functional,210,卫生健康支出,2019,,,S,\"domain §3.4, T1 rows\"\n" +
            "functional,210,医疗卫生与计划生育支出,2014,2018,医疗卫生支出|卫生支出,I,\n" +
            "economic,30101,\"基本工资\",,,,C,\"quoted \"\"note\"\"\"\n";
        var catalogue = ClassificationCatalogue.Load(new StringReader(Csv));
        Assert.Equal(3, catalogue.Entries.Count);
        var old = catalogue.Entries[1];
        Assert.Equal(
            (ClassificationSystem.Functional, "210", 2014, 2018, CatalogueEvidence.Inferred),
            (old.System, old.Code, old.FromYear, old.ToYear, old.Evidence));
        Assert.Equal(new[] { "医疗卫生支出", "卫生支出" }, old.Aliases);
        Assert.Equal("domain §3.4, T1 rows", catalogue.Entries[0].Note);
        Assert.Equal("quoted \"note\"", catalogue.Entries[2].Note);
        Assert.Equal(NameMatch.Alias, catalogue.MatchName(FunctionalCode.FromDigits("210"), 2016, "卫生支出"));
    }

    [Fact]
    public void Load_ReadsAnOfficialListConvertedToTsv_WithChineseHeaders_ForOneYear()
    {
        // One year's 《政府收支分类科目》 saved from Excel as tab-separated text: only 科目编码 and 科目名称; the system comes from the code.
        const string Tsv = "科目编码\t科目名称\t说明\n2130101\t行政运行\t农业农村\n30101\t基本工资\t\n";
        var catalogue = ClassificationCatalogue.Load(new StringReader(Tsv), 2025);
        Assert.Equal(ClassificationSystem.Functional, catalogue.Entries[0].System);
        Assert.Equal(ClassificationSystem.Economic, catalogue.Entries[1].System);
        Assert.True(catalogue.TryGetName(FunctionalCode.FromDigits("2130101"), 2025, out var name));
        Assert.Equal("行政运行", name);
        Assert.False(catalogue.TryGetName(FunctionalCode.FromDigits("2130101"), 2024, out _));   // the list is for 2025 only
        Assert.Equal(CatalogueEvidence.Sourced, catalogue.Entries[0].Evidence);
    }

    [Theory]
    [InlineData("code,name\n20101,人大事务\n2010,残缺编码\n", 3, 1, "2010")]
    [InlineData("code,name,fromYear\n20101,人大事务,二〇一九\n", 2, 3, "fromYear")]
    [InlineData("code,name,fromYear,toYear\n20101,人大事务,2020,2019\n", 2, 4, "2019")]
    [InlineData("code,name,evidence\n20101,人大事务,X\n", 2, 3, "evidence")]
    [InlineData("code,name\n20101,\"人大事务\n", 2, 2, "quoted")]
    [InlineData("code,name\n20101,人大事务,多余\n", 2, 3, "cells")]
    [InlineData("system,code,name\nincome,101,税收收入\n", 2, 1, "income")]
    [InlineData("code,名称以外\n20101,人大事务\n", 1, 0, "header")]
    [InlineData("# only a comment\n", 1, 0, "empty")]
    [InlineData("code,name\n20101,\n", 2, 2, "name")]
    public void Load_RejectsBadInput_WithLineAndColumn(string text, int line, int column, string mentioned)
    {
        var ex = Assert.Throws<CatalogueFormatException>(() => ClassificationCatalogue.Load(new StringReader(text)));
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
        Assert.Contains("科目目录", ex.Message, StringComparison.Ordinal);   // bilingual
    }

    [Fact]
    public void LoadFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "catalogue-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "code,name\n201x,坏编码\n");
        try
        {
            var ex = Assert.Throws<CatalogueFormatException>(() => ClassificationCatalogue.LoadFile(path));
            Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
            Assert.Equal(2, Assert.IsType<CatalogueFormatException>(ex.InnerException).Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BuiltIn_RoundTripsThroughItsCsv()
    {
        var again = ClassificationCatalogue.Load(new StringReader(Catalogue.ToCsv()));
        Assert.Equal(Catalogue.Entries, again.Entries);
    }

    /// <summary>The built-in catalogue is published as docs/classification/catalogue.v1.csv; the file must match the code.</summary>
    [Fact]
    public void PublishedCsv_IsUpToDate() =>
        GeneratedFile.Check(Path.Combine("docs", "classification", "catalogue.v1.csv"), Catalogue.ToCsv(), "FINACCT_UPDATE_DOCS");

    private static readonly Gen<string> NameText =
        from chars in Gen.ArrayOf(Gen.Elements('中', '文', '（', '）', ',', '"', ' ', 'a', '|', '科'))
        let s = new string(chars).Replace("|", "").Trim()
        where s.Length > 0
        select s;

    /// <summary>Any entry written as CSV reads back equal: quotes, commas and brackets in names survive.</summary>
    [Property(MaxTest = 300)]
    public Property AnyEntry_RoundTripsThroughCsv()
    {
        var entries =
            from name in NameText
            from alias in NameText
            from first in Gen.Choose(2007, 2026)
            from span in Gen.Choose(-1, 5)
            from evidence in Gen.Elements(CatalogueEvidence.Sourced, CatalogueEvidence.Corroborated, CatalogueEvidence.Inferred)
            from note in NameText
            select new ClassificationEntry
            {
                System = ClassificationSystem.Functional, Code = "2010301", Name = name,
                FromYear = first, ToYear = span < 0 ? null : first + span,
                Aliases = new[] { alias }, Evidence = evidence, Note = note,
            };
        return Prop.ForAll(entries.ToArbitrary(), entry =>
        {
            var catalogue = new ClassificationCatalogue(new[] { entry });
            var again = ClassificationCatalogue.Load(new StringReader(catalogue.ToCsv()));
            return again.Entries.Count == 1 && again.Entries[0] == entry;
        });
    }
}
