using PublicFinance.FinalAccounts.Disclosures.Tokens;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The narrative's word tests over word places (session 23): the words of its most asked tests (directions, budget
/// relations, the words of a clause without figures, 三公 items, the subjects that infer a section, 单位, 持平, the fund
/// words) found once per paragraph (<see cref="WordPlaces"/>), so that "is one of these words written in this stretch"
/// walks the places of the stretch instead of searching it once per word. Off unless the pipeline hands the reader a
/// <see cref="WordPlaces"/> (<see cref="ReadingPipeline.OverNarrativeWords"/>); a test on any other string than the
/// paragraph's is a search, as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The word places the paragraph being read is filled into (null: every word test searches, as before). Set by the
    /// pipeline; the reader fills it when a paragraph or a body starts.
    /// </summary>
    internal WordPlaces? Words { get; set; }

    /// <summary>
    /// The places of the paragraph being read on this thread: the static word tests (<see cref="HasAnyIn"/> is called from
    /// static helpers) read them when their text is the one filled — a reference test, so another read's or a stale
    /// fill is never used for a different string.
    /// </summary>
    [ThreadStatic]
    private static WordPlaces? currentWords;

    /// <summary>
    /// Makes <paramref name="text"/> the one whose places <see cref="Words"/> finds when a word test first asks about it (a
    /// paragraph no test asks about is not passed over).
    /// </summary>
    private void ExpectWords(string text)
    {
        if (Words is not { } words)
        {
            return;
        }

        words.Expect(text);
        currentWords = words;
    }

    /// <summary>The places of <paramref name="text"/> when they are filled on this thread; null otherwise.</summary>
    private static WordPlaces? PlacesOf(string text) => currentWords is { } words && words.Holds(text) ? words : null;

    /// <summary>
    /// The places of <paramref name="text"/> when they are filled on this thread and [<paramref name="start"/>,
    /// <paramref name="end"/>) is a stretch of it (any other stretch is searched, so that it fails as the search does).
    /// </summary>
    private static WordPlaces? PlacesOf(string text, int start, int end)
        => 0 <= start && start <= end && end <= text.Length ? PlacesOf(text) : null;

    /// <summary>
    /// <see cref="HasAnyIn"/> over the places: true, false, or null when <paramref name="text"/> has none filled or
    /// <paramref name="words"/> is not one of the lexicon's sets.
    /// </summary>
    private static bool? AnyPlaced(string text, int start, int end, string[] words)
        => NarrativeWords.SetOf(words) is { } set && PlacesOf(text, start, end) is { } places ? places.AnyIn(start, end, set) : null;

    /// <summary>
    /// Where word <paramref name="id"/> of <see cref="NarrativeWords"/> is first written wholly within [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="text"/>, or −1 (an ordinal <c>IndexOf</c> of the word there).
    /// </summary>
    private static int WordIndexIn(string text, int from, int to, int id)
        => PlacesOf(text, from, to) is { } places
            ? places.IndexOf(id, from, to)
            : text.IndexOf(NarrativeWords.Lexicon[id], from, to - from, StringComparison.Ordinal);

    /// <summary>Whether word <paramref name="id"/> of <see cref="NarrativeWords"/> is written in <paramref name="text"/>.</summary>
    private static bool HasWord(string text, int id) => WordIndexIn(text, 0, text.Length, id) >= 0;

    /// <summary>
    /// The lexicon of the narrative's word tests (词表): the word lists they ask about, and single words, each with an id.
    /// Made from the lists themselves, so a word added to a list is in the lexicon (a nested class: made on first use,
    /// after the lists).
    /// </summary>
    internal static class NarrativeWords
    {
        /// <summary>The lists asked about as sets (<see cref="HasAnyIn"/>, <see cref="HasAny"/>, <see cref="ContainsAny"/>).</summary>
        private static readonly string[][] Lists =
            [Directions, BudgetRelationWords, NoFigureWords, ThreePublicItemWords, ReasonStopSubjects];

        /// <summary>Single words asked about by id.</summary>
        private static readonly string[] Singles =
            ["单位", "决算", "三公", "机关运行经费", "政府采购", "收支总计", "收、支总计", "收入总计", "行政编制", "事业编制", "持平",
                "政府性基金", "国有资本经营"];

        /// <summary>Every word once, in order of first appearance.</summary>
        public static readonly TokenLexicon Lexicon = new([.. Lists.SelectMany(l => l).Concat(Singles).Distinct(StringComparer.Ordinal)]);

        private static readonly bool[][] Sets = [.. Lists.Select(l => WordPlaces.Set(Lexicon, l))];

        /// <summary>The id of <paramref name="word"/> (it must be in the lexicon).</summary>
        private static int Id(string word)
        {
            for (var id = 0; id < Lexicon.Count; id++)
            {
                if (string.Equals(Lexicon[id], word, StringComparison.Ordinal))
                {
                    return id;
                }
            }

            throw new ArgumentException(word, nameof(word));
        }

        /// <summary>单位 (a unit declaration's word).</summary>
        public static readonly int Unit = Id("单位");

        /// <summary>决算.</summary>
        public static readonly int FinalAccounts = Id("决算");

        /// <summary>三公.</summary>
        public static readonly int ThreePublic = Id("三公");

        /// <summary>机关运行经费.</summary>
        public static readonly int OperatingExpenses = Id("机关运行经费");

        /// <summary>政府采购.</summary>
        public static readonly int Procurement = Id("政府采购");

        /// <summary>收支总计.</summary>
        public static readonly int GrandTotal = Id("收支总计");

        /// <summary>收、支总计.</summary>
        public static readonly int GrandTotalListed = Id("收、支总计");

        /// <summary>收入总计.</summary>
        public static readonly int IncomeGrandTotal = Id("收入总计");

        /// <summary>行政编制.</summary>
        public static readonly int AdministrativeStaff = Id("行政编制");

        /// <summary>事业编制.</summary>
        public static readonly int InstitutionStaff = Id("事业编制");

        /// <summary>持平 (unchanged).</summary>
        public static readonly int Flat = Id("持平");

        /// <summary>政府性基金.</summary>
        public static readonly int GovernmentFund = Id("政府性基金");

        /// <summary>国有资本经营.</summary>
        public static readonly int StateCapital = Id("国有资本经营");

        /// <summary>
        /// The set of ids of <paramref name="words"/> when it is one of the lexicon's lists (by reference); null otherwise.
        /// </summary>
        public static bool[]? SetOf(string[] words)
        {
            for (var k = 0; k < Lists.Length; k++)
            {
                if (ReferenceEquals(Lists[k], words))
                {
                    return Sets[k];
                }
            }

            return null;
        }
    }
}
