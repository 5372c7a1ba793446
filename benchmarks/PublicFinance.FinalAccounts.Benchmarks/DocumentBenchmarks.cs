using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using PublicFinance.FinalAccounts.Documents;
using UglyToad.PdfPig.Writer;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>
/// Reading published PDFs (PdfPig glyphs, ruling grids, tables, narrative): a 25-page 决算 (ONLYOFFICE, embedded CJK
/// subsets), a 35-page budget (many producers print like this) and a 105-page file made of three copies of it.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "documents");

    private byte[] finalAccounts = [];
    private byte[] budget = [];
    private byte[] budget105 = [];

    /// <summary>Loads the files and builds the 105-page PDF.</summary>
    [GlobalSetup]
    public void Setup()
    {
        finalAccounts = File.ReadAllBytes(Path.Combine(Folder, "shanghai-putuo-finance-bureau-2024.pdf"));
        budget = File.ReadAllBytes(Path.Combine(Folder, "sh-pt-wanli-2023-budget-dept.pdf"));
        budget105 = PdfMerger.Merge(new[] { budget, budget, budget }, null, PdfAStandard.None, null);
    }

    /// <summary>25-page 决算 PDF, tables and narrative.</summary>
    [Benchmark]
    public int FinalAccounts25Pages() => PublishedDocumentReader.Read(finalAccounts, "fa.pdf").Tables.Count;

    /// <summary>35-page budget PDF.</summary>
    [Benchmark(Baseline = true)]
    public int Budget35Pages() => PublishedDocumentReader.Read(budget, "b.pdf").Tables.Count;

    /// <summary>105 pages (three copies of the budget): time should be about three times the 35-page figure.</summary>
    [Benchmark]
    public int Budget105Pages() => PublishedDocumentReader.Read(budget105, "b105.pdf").Tables.Count;

    /// <summary>The whole disclosure: read, combine with the text reader, map the nine tables.</summary>
    [Benchmark]
    public int FinalAccountsDisclosure() => PublishedDocumentReader.ReadDisclosure(finalAccounts, "fa.pdf").TableSources.Count;
}
