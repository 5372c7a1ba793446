using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace PublicFinance.FinalAccounts.Classification
{
    /// <summary>How a name found in a document relates to the catalogue.</summary>
    public enum NameMatch
    {
        /// <summary>The code is not in the catalogue for that year (it may still be a valid code).</summary>
        UnknownCode = 0,

        /// <summary>The name is the catalogue name for that year (ignoring width of brackets and spaces).</summary>
        Exact = 1,

        /// <summary>The name is a known alias or a name the code had in another year.</summary>
        Alias = 2,

        /// <summary>The name differs from every known name of the code.</summary>
        Mismatch = 3,
    }

    /// <summary>
    /// A small, year-tagged catalogue of classification names (政府收支分类科目): the functional classes and the codes seen
    /// in published disclosures, and the departmental/government economic classification. It is embedded in the
    /// assembly; <see cref="Default"/> loads it once. Lookups are thread-safe.
    /// </summary>
    /// <remarks>
    /// The catalogue is deliberately partial (no machine-readable official catalogue is published): a code that is not
    /// here is still a valid code, and validation compares names leniently (aliases, other years, bracket width).
    /// </remarks>
    public sealed class ClassificationCatalogue
    {
        private static readonly Lazy<ClassificationCatalogue> DefaultInstance = new(LoadEmbedded);

        private readonly Dictionary<string, List<ClassificationEntry>> byCode;

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
            byCode = new Dictionary<string, List<ClassificationEntry>>(StringComparer.Ordinal);
            foreach (var entry in list)
            {
                var key = Key(entry.System, entry.Code);
                if (!byCode.TryGetValue(key, out var bucket))
                {
                    bucket = new List<ClassificationEntry>();
                    byCode.Add(key, bucket);
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
        /// <param name="fiscalYear">The fiscal year.</param>
        /// <param name="name">The name, or empty when unknown.</param>
        /// <returns>Whether the code is in the catalogue for that year.</returns>
        public bool TryGetName(FunctionalCode code, int fiscalYear, out string name)
            => TryGetName(ClassificationSystem.Functional, code.Value, fiscalYear, out name);

        /// <summary>Looks up the catalogue name of an economic code for a fiscal year.</summary>
        /// <param name="code">The code.</param>
        /// <param name="fiscalYear">The fiscal year.</param>
        /// <param name="name">The name, or empty when unknown.</param>
        /// <returns>Whether the code is in the catalogue for that year.</returns>
        public bool TryGetName(EconomicCode code, int fiscalYear, out string name)
            => TryGetName(ClassificationSystem.Economic, code.Value, fiscalYear, out name);

        /// <summary>Compares a document's name for a functional code with the catalogue.</summary>
        /// <param name="code">The code.</param>
        /// <param name="fiscalYear">The fiscal year of the document.</param>
        /// <param name="name">The name as the document writes it.</param>
        /// <returns>The kind of match.</returns>
        public NameMatch MatchName(FunctionalCode code, int fiscalYear, string name)
            => Match(ClassificationSystem.Functional, code.Value, fiscalYear, name);

        /// <summary>Compares a document's name for an economic code with the catalogue.</summary>
        /// <param name="code">The code.</param>
        /// <param name="fiscalYear">The fiscal year of the document.</param>
        /// <param name="name">The name as the document writes it.</param>
        /// <returns>The kind of match.</returns>
        public NameMatch MatchName(EconomicCode code, int fiscalYear, string name)
            => Match(ClassificationSystem.Economic, code.Value, fiscalYear, name);

        /// <summary>Finds the functional codes whose name (or alias) for the year equals <paramref name="name"/> (leniently).</summary>
        /// <param name="name">The name as written.</param>
        /// <param name="fiscalYear">The fiscal year.</param>
        /// <returns>The matching codes in catalogue order (several when a name repeats across levels).</returns>
        public IReadOnlyList<FunctionalCode> FindFunctionalByName(string name, int fiscalYear)
        {
            var wanted = NormalizeName(name ?? string.Empty);
            var result = new List<FunctionalCode>();
            foreach (var entry in Entries)
            {
                if (entry.System != ClassificationSystem.Functional || !entry.AppliesTo(fiscalYear))
                {
                    continue;
                }

                if (NormalizeName(entry.Name) == wanted || entry.Aliases.Count > 0 && ContainsNormalized(entry.Aliases, wanted))
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

        private static bool ContainsNormalized(IReadOnlyList<string> names, string wanted)
        {
            foreach (var n in names)
            {
                if (NormalizeName(n) == wanted)
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryGetName(ClassificationSystem system, string code, int fiscalYear, out string name)
        {
            if (byCode.TryGetValue(Key(system, code), out var bucket))
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

        private NameMatch Match(ClassificationSystem system, string code, int fiscalYear, string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (!byCode.TryGetValue(Key(system, code), out var bucket))
            {
                return NameMatch.UnknownCode;
            }

            var wanted = NormalizeName(name);
            var anyForYear = false;
            foreach (var entry in bucket)
            {
                if (entry.AppliesTo(fiscalYear))
                {
                    anyForYear = true;
                    if (NormalizeName(entry.Name) == wanted)
                    {
                        return NameMatch.Exact;
                    }
                }
            }

            foreach (var entry in bucket)
            {
                if (NormalizeName(entry.Name) == wanted || ContainsNormalized(entry.Aliases, wanted))
                {
                    return NameMatch.Alias;
                }
            }

            return anyForYear ? NameMatch.Mismatch : NameMatch.UnknownCode;
        }

        private static string Key(ClassificationSystem system, string code) => (system == ClassificationSystem.Functional ? "F" : "E") + code;

        private static ClassificationCatalogue LoadEmbedded()
        {
            var assembly = typeof(ClassificationCatalogue).Assembly;
            using var stream = assembly.GetManifestResourceStream("PublicFinance.FinalAccounts.Classification.catalogue.tsv")
                ?? throw new InvalidOperationException("The embedded classification catalogue is missing. 缺少内置科目目录。");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return new ClassificationCatalogue(ParseTsv(reader));
        }

        /// <summary>Reads catalogue entries from the TSV form used by the embedded data (see docs/design.md).</summary>
        /// <param name="reader">The text.</param>
        /// <returns>The entries.</returns>
        internal static IEnumerable<ClassificationEntry> ParseTsv(TextReader reader)
        {
            string? line;
            var lineNumber = 0;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var cells = line.Split('\t');
                if (cells.Length != 7)
                {
                    throw new InvalidDataException($"Catalogue line {lineNumber}: expected 7 columns. 科目目录第 {lineNumber} 行应有 7 列。");
                }

                var system = cells[0] == "functional" ? ClassificationSystem.Functional : ClassificationSystem.Economic;
                var valid = system == ClassificationSystem.Functional ? FunctionalCode.IsValid(cells[1]) : EconomicCode.IsValid(cells[1]);
                if (!valid)
                {
                    throw new InvalidDataException($"Catalogue line {lineNumber}: invalid code '{cells[1]}'. 科目目录第 {lineNumber} 行编码无效。");
                }

                yield return new ClassificationEntry
                {
                    System = system,
                    Code = cells[1],
                    Name = cells[2],
                    FromYear = cells[3].Length == 0 ? null : int.Parse(cells[3], CultureInfo.InvariantCulture),
                    ToYear = cells[4].Length == 0 ? null : int.Parse(cells[4], CultureInfo.InvariantCulture),
                    Aliases = cells[5].Length == 0 ? Array.Empty<string>() : cells[5].Split('|'),
                    Evidence = cells[6] switch { "S" => CatalogueEvidence.Sourced, "C" => CatalogueEvidence.Corroborated, _ => CatalogueEvidence.Inferred },
                };
            }
        }
    }
}
