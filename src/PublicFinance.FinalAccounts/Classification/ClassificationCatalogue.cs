using System.Threading;

namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// A small, year-tagged catalogue of classification names (政府收支分类科目): the functional classes and the codes seen
/// in published disclosures, and the departmental/government economic classification. It is embedded in the
/// assembly; <see cref="Default"/> loads it once. Lookups are thread-safe.
/// </summary>
/// <remarks>
/// The built-in catalogue is deliberately partial (no machine-readable official catalogue is published): a code that
/// is not here, or not here for the year, is still a valid code, and validation compares names leniently (aliases,
/// bracket width). A name that belongs to the code in another year only is <see cref="NameMatch.OtherYear"/>. A fuller
/// list (e.g. the official 《政府收支分类科目》 converted to CSV) is read with <see cref="Load"/> and given to validation as
/// <c>ValidationOptions.Catalogue</c>; the built-in list is published as <c>docs/classification/catalogue.v1.csv</c>.
/// </remarks>
public sealed partial class ClassificationCatalogue
{
    private static readonly Lazy<ClassificationCatalogue> DefaultInstance = new(LoadEmbedded);

    // One dictionary per system, keyed by the code's digits: a lookup makes no key string.
    private readonly Dictionary<string, List<ClassificationEntry>> functionalByCode;
    private readonly Dictionary<string, List<ClassificationEntry>> economicByCode;

    /// <summary>Creates a catalogue from entries (for tests or a fuller, official list).</summary>
    /// <param name="entries">The entries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public ClassificationCatalogue(IEnumerable<ClassificationEntry> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        var list = new List<ClassificationEntry>(entries);
        Entries = list.AsReadOnly();
        functionalByCode = new Dictionary<string, List<ClassificationEntry>>(StringComparer.Ordinal);
        economicByCode = new Dictionary<string, List<ClassificationEntry>>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            var byCode = ByCode(entry.System);
            if (!byCode.TryGetValue(entry.Code, out var bucket))
            {
                bucket = new List<ClassificationEntry>();
                byCode.Add(entry.Code, bucket);
            }

            bucket.Add(entry);
        }
    }

    /// <summary>The embedded catalogue.</summary>
    public static ClassificationCatalogue Default => DefaultInstance.Value;

    /// <summary>All entries, in catalogue order.</summary>
    public IReadOnlyList<ClassificationEntry> Entries { get; }

    /// <summary>Looks up the catalogue name of a functional code for a fiscal year.</summary>
    /// <param name="code">The code.</param>
    /// <param name="fiscalYear">The fiscal year, or null when unknown (the first entry of any year answers).</param>
    /// <param name="name">The name, or empty when unknown.</param>
    /// <returns>Whether the code is in the catalogue for that year.</returns>
    public bool TryGetName(FunctionalCode code, int? fiscalYear, out string name)
        => TryGetName(ClassificationSystem.Functional, code.Value, fiscalYear, out name);

    /// <summary>Looks up the catalogue name of an economic code for a fiscal year.</summary>
    /// <param name="code">The code.</param>
    /// <param name="fiscalYear">The fiscal year, or null when unknown (the first entry of any year answers).</param>
    /// <param name="name">The name, or empty when unknown.</param>
    /// <returns>Whether the code is in the catalogue for that year.</returns>
    public bool TryGetName(EconomicCode code, int? fiscalYear, out string name)
        => TryGetName(ClassificationSystem.Economic, code.Value, fiscalYear, out name);

    /// <summary>Compares a document's name for a functional code with the catalogue.</summary>
    /// <param name="code">The code.</param>
    /// <param name="fiscalYear">
    /// The fiscal year of the document, or null when unknown: then a name of any year matches, and
    /// <see cref="NameMatch.Mismatch"/> means the name is the code's name in no year.
    /// </param>
    /// <param name="name">The name as the document writes it.</param>
    /// <returns>The kind of match.</returns>
    public NameMatch MatchName(FunctionalCode code, int? fiscalYear, string name)
        => Match(ClassificationSystem.Functional, code.Value, fiscalYear, name);

    /// <summary>Compares a document's name for an economic code with the catalogue.</summary>
    /// <param name="code">The code.</param>
    /// <param name="fiscalYear">
    /// The fiscal year of the document, or null when unknown: then a name of any year matches, and
    /// <see cref="NameMatch.Mismatch"/> means the name is the code's name in no year.
    /// </param>
    /// <param name="name">The name as the document writes it.</param>
    /// <returns>The kind of match.</returns>
    public NameMatch MatchName(EconomicCode code, int? fiscalYear, string name)
        => Match(ClassificationSystem.Economic, code.Value, fiscalYear, name);

    /// <summary>Finds the functional codes whose name (or alias) for the year equals <paramref name="name"/> (leniently).</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="fiscalYear">The fiscal year, or null when unknown (names of every year count).</param>
    /// <returns>The matching codes in catalogue order (several when a name repeats across levels).</returns>
    public IReadOnlyList<FunctionalCode> FindFunctionalByName(string name, int? fiscalYear)
    {
        var wanted = name ?? string.Empty;
        if (!FunctionalNames.TryGetValue(IsNormalized(wanted) ? wanted : NormalizeName(wanted), out var indexes))
        {
            return NoCodes;
        }

        if (indexes.Length == 1)
        {
            // Most names name one entry: its one-code answer is made once per catalogue, not per look-up.
            var index = indexes[0];
            return Entries[index].AppliesTo(fiscalYear) ? SingleCode(index) : NoCodes;
        }

        var result = new List<FunctionalCode>(indexes.Length);
        foreach (var index in indexes)
        {
            var entry = Entries[index];
            if (!entry.AppliesTo(fiscalYear))
            {
                continue;
            }

            var code = FunctionalCode.FromDigits(entry.Code);
            if (!result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>
    /// <see cref="FindFunctionalByName"/> as it was before the names were indexed: every entry compared in turn. Kept as
    /// the oracle of the tests (the same codes in the same order for any name and year).
    /// </summary>
    internal IReadOnlyList<FunctionalCode> FindFunctionalByNameByScan(string name, int? fiscalYear)
    {
        var wanted = name ?? string.Empty;
        var result = new List<FunctionalCode>();
        foreach (var entry in Entries)
        {
            if (entry.System != ClassificationSystem.Functional || !entry.AppliesTo(fiscalYear))
            {
                continue;
            }

            if (NormalizedEquals(entry.Name, wanted) || entry.Aliases.Count > 0 && ContainsNormalized(entry.Aliases, wanted))
            {
                var code = FunctionalCode.FromDigits(entry.Code);
                if (!result.Contains(code))
                {
                    result.Add(code);
                }
            }
        }

        return result.AsReadOnly();
    }

    private static readonly IReadOnlyList<FunctionalCode> NoCodes = new List<FunctionalCode>().AsReadOnly();

    /// <summary>The one-code answers of <see cref="FindFunctionalByName"/> by entry index, made when first asked.</summary>
    private IReadOnlyList<FunctionalCode>?[]? singleCodes;

    /// <summary>
    /// The read-only list of the one code of entry <paramref name="index"/>. Threads racing on an empty slot each make an
    /// equal list and one of them stays; every caller gets a list equal to the others.
    /// </summary>
    private IReadOnlyList<FunctionalCode> SingleCode(int index)
    {
        var lists = Volatile.Read(ref singleCodes);
        if (lists is null)
        {
            Interlocked.CompareExchange(ref singleCodes, new IReadOnlyList<FunctionalCode>?[Entries.Count], null);
            lists = singleCodes!;
        }

        return Volatile.Read(ref lists[index])
            ?? (lists[index] = new List<FunctionalCode>(1) { FunctionalCode.FromDigits(Entries[index].Code) }.AsReadOnly());
    }

    /// <summary>
    /// The functional entries by normalised name and alias (<see cref="NormalizeName"/>): the positions in
    /// <see cref="Entries"/> of every entry that has the name, ascending (catalogue order), each once. Built on the
    /// first by-name look-up (a reader asks for a name per classification clause; a validation never does). Two
    /// threads racing to build it build the same index; either one is kept.
    /// </summary>
    private Dictionary<string, int[]> FunctionalNames
    {
        get
        {
            var index = functionalNames;
            if (index is null)
            {
                index = IndexFunctionalNames();
                functionalNames = index;
            }

            return index;
        }
    }

    private volatile Dictionary<string, int[]>? functionalNames;

    private Dictionary<string, int[]> IndexFunctionalNames()
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            if (entry.System != ClassificationSystem.Functional)
            {
                continue;
            }

            Add(entry.Name, i);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, i);
            }
        }

        var index = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            index.Add(pair.Key, pair.Value.ToArray());
        }

        return index;

        void Add(string name, int position)
        {
            var key = NormalizeName(name);
            if (!lists.TryGetValue(key, out var positions))
            {
                positions = new List<int>();
                lists.Add(key, positions);
            }

            if (positions.Count == 0 || positions[positions.Count - 1] != position)
            {
                positions.Add(position);   // a name that is also its own alias: the entry once
            }
        }
    }

    /// <summary>Whether <see cref="NormalizeName"/> would return <paramref name="name"/> unchanged.</summary>
    private static bool IsNormalized(string name)
    {
        foreach (var c in name)
        {
            if (c is '（' or '）' or '［' or '］' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Normalises a name for lenient comparison: full-width brackets and parentheses to half-width, whitespace removed.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The normalised name.</returns>
    public static string NormalizeName(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            switch (c)
            {
                case '（': sb.Append('('); break;
                case '）': sb.Append(')'); break;
                case '［': sb.Append('['); break;
                case '］': sb.Append(']'); break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether some name equals <paramref name="wanted"/> once both are normalised (<see cref="NormalizeName"/>).</summary>
    private static bool ContainsNormalized(IReadOnlyList<string> names, string wanted)
    {
        foreach (var n in names)
        {
            if (NormalizedEquals(n, wanted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two names are equal once normalised (<see cref="NormalizeName"/>: whitespace skipped, full-width brackets
    /// as half-width), compared in place without making the normalised strings.
    /// </summary>
    private static bool NormalizedEquals(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (HalfWidth(a[i++]) != HalfWidth(b[j++]))
            {
                return false;
            }
        }
    }

    private static char HalfWidth(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '［' => '[',
        '］' => ']',
        _ => c,
    };

    private bool TryGetName(ClassificationSystem system, string code, int? fiscalYear, out string name)
    {
        if (ByCode(system).TryGetValue(code, out var bucket))
        {
            foreach (var entry in bucket)
            {
                if (entry.AppliesTo(fiscalYear))
                {
                    name = entry.Name;
                    return true;
                }
            }
        }

        name = string.Empty;
        return false;
    }

    private NameMatch Match(ClassificationSystem system, string code, int? fiscalYear, string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (!ByCode(system).TryGetValue(code, out var bucket))
        {
            return NameMatch.UnknownCode;
        }

        var wanted = WithoutLevelMark(name, code.Length);   // session 43: "住房保障支出（类）" names 221 (LevelMarks)
        var anyForYear = false;
        var alias = false;
        foreach (var entry in bucket)
        {
            if (entry.AppliesTo(fiscalYear))
            {
                anyForYear = true;
                if (NormalizedEquals(entry.Name, wanted))
                {
                    return NameMatch.Exact;
                }

                alias |= ContainsNormalized(entry.Aliases, wanted);
            }
        }

        if (alias)
        {
            return NameMatch.Alias;
        }

        if (!anyForYear)
        {
            // The catalogue does not know the code's name in this year: nothing can be judged.
            return NameMatch.UnknownCode;
        }

        foreach (var entry in bucket)
        {
            if (NormalizedEquals(entry.Name, wanted) || ContainsNormalized(entry.Aliases, wanted))
            {
                return NameMatch.OtherYear;
            }
        }

        return NameMatch.Mismatch;
    }

    /// <summary>
    /// Reads a catalogue from its CSV or TSV form (see <c>docs/classification/README.md</c>): a header line naming the
    /// columns (<c>system,code,name,fromYear,toYear,aliases,evidence,note</c>, or the Chinese 科目编码/科目名称…; only
    /// code and name are required), then one entry a line. A list without year columns (such as one year's official
    /// 《政府收支分类科目》) applies to <paramref name="fiscalYear"/>, or to every year when that is null; a missing system
    /// column is inferred from the code (2xx functional, 3xx/5xx economic).
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="fiscalYear">The year of a list without year columns, or null.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CatalogueFormatException">The text is not a valid catalogue; the message gives line and column.</exception>
    public static ClassificationCatalogue Load(TextReader reader, int? fiscalYear = null)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return new ClassificationCatalogue(CatalogueCsv.Read(reader, fiscalYear));
    }

    /// <summary>Reads a catalogue from a CSV or TSV file (UTF-8, with or without BOM); see <see cref="Load"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="fiscalYear">The year of a list without year columns, or null.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="CatalogueFormatException">The file is not a valid catalogue; the message gives the file, line and
    /// column.</exception>
    public static ClassificationCatalogue LoadFile(string path, int? fiscalYear = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return Load(reader, fiscalYear);
        }
        catch (CatalogueFormatException ex)
        {
            throw new CatalogueFormatException(path + ": " + ex.Message, ex);
        }
    }

    /// <summary>Writes the catalogue as CSV in the published layout (comma-separated, UTF-8, LF line ends, header first).</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCsv(TextWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        CatalogueCsv.Write(writer, Entries);
    }

    /// <summary>The catalogue as CSV text in the published layout (see <see cref="WriteCsv"/>).</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer);
        return writer.ToString();
    }

    private Dictionary<string, List<ClassificationEntry>> ByCode(ClassificationSystem system) =>
        system == ClassificationSystem.Functional ? functionalByCode : economicByCode;

    private static ClassificationCatalogue LoadEmbedded()
    {
        var assembly = typeof(ClassificationCatalogue).Assembly;
        using var stream = assembly.GetManifestResourceStream("PublicFinance.FinalAccounts.Classification.catalogue.tsv")
            ?? throw new InvalidOperationException(Messages.EmbeddedCatalogueMissing);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}
