using PublicFinance.FinalAccounts.Disclosures.Tokens;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The text checks' one pass over the normalised text (文本检查: placeholders FA8001, shares without % FA8002, 部门/单位
/// wording FA8004), made in steps: the reading pipeline advances it to the end of each block as the splitter hands the
/// block on, while that stretch of the text is still in the cache, instead of streaming the whole text from memory
/// again after the last block. The findings are kept, in text order, until <see cref="Finish"/> writes them where the
/// whole-text scan wrote them (after the statement checks); which of 本部门 and 本单位 is the wrong wording is known
/// only then (the narrative decides whether the text is a 单位 report), so the first of each is noted as the scan passes.
/// </summary>
internal sealed class TextScan
{
    /// <summary>The most findings reported for one placeholder word.</summary>
    private const int PlaceholderLimit = 50;

    private readonly SourceText source;
    private readonly string text;
    private readonly bool[]? blank;

    /// <summary>For each placeholder, where its next match may start (a match does not overlap the last one).</summary>
    private readonly int[] next = new int[TextChecks.Placeholders.Length];
    private readonly int[] reported = new int[TextChecks.Placeholders.Length];
    private readonly List<(int At, Diagnostic Finding)> findings = [];

    /// <summary>The token pass (its <see cref="TokenizedText.Words"/>: every place a word of <see cref="Lexicon"/> is
    /// written) whose words are the candidates, or null.</summary>
    private readonly TokenizedText? tokens;

    /// <summary>The next entry of the pass's words not yet looked at.</summary>
    private int wordIndex;

    /// <summary>The next candidate position not yet looked at (-1 when none is left); found at the first advance.</summary>
    private int candidate;
    private bool started;
    private int firstDepartment = -1;
    private int firstUnit = -1;

    /// <summary>Whether the text calls its issuer a unit in its own words (我单位, 我镇, 我院…): see <see cref="SelfAsUnitAt"/>.</summary>
    private bool selfAsUnit;

    /// <summary>A scan of <paramref name="source"/>'s normalised text, not yet advanced.</summary>
    public TextScan(SourceText source)
    {
        this.source = source;
        text = source.Text;
        blank = source.BlankChunks;
    }

    /// <summary>
    /// A scan of <paramref name="source"/> whose candidates are the places the token pass found a word of
    /// <see cref="Lexicon"/> (<paramref name="tokens"/>, a pass over <c>source.Text</c> with that lexicon) instead of a
    /// search of the text: the same candidates that matter — a candidate character where no word is written finds
    /// nothing, and none of them is ever part of a figure — so the same findings.
    /// </summary>
    public TextScan(SourceText source, TokenizedText tokens)
        : this(source)
    {
        this.tokens = tokens;
    }

    /// <summary>
    /// The words the scan looks at, for the token pass (词表): the placeholders, 占, 本部门, 本单位 and 我 (whose next
    /// characters <see cref="SelfAsUnitAt"/> reads).
    /// </summary>
    internal static TokenLexicon Lexicon { get; } = new([.. TextChecks.Placeholders, "占", "本部门", "本单位", "我"]);

    /// <summary>
    /// Looks at every candidate before <paramref name="upTo"/> (each one once, in text order; a match may read past
    /// <paramref name="upTo"/> — the whole text is there). The search for the next candidate may run past it too: that
    /// candidate is kept for the next advance, so the text is searched once in all.
    /// </summary>
    public void Advance(int upTo)
    {
        if (tokens is not null)
        {
            var words = tokens.Words;
            while (wordIndex < words.Length && words[wordIndex].Start < upTo)
            {
                var at = words[wordIndex].Start;
                Look(at);
                while (wordIndex < words.Length && words[wordIndex].Start == at)
                {
                    wordIndex++;   // the other words written at the same place: Look has compared them all
                }
            }

            return;
        }

        if (!started)
        {
            started = true;
            candidate = TextChecks.NextStart(text, 0, blank);
        }

        while (candidate >= 0 && candidate < upTo)
        {
            Look(candidate);
            candidate = TextChecks.NextStart(text, candidate + 1, blank);
        }
    }

    /// <summary>
    /// Scans the rest of the text and adds the findings to <paramref name="into"/> in text order, with the 部门/单位
    /// wording finding at the first 本单位 (a 部门 report) or 本部门 (a 单位 report, <paramref name="unitReport"/>).
    /// A 部门 report whose issuer is one unit — by its name (<paramref name="singleUnitName"/>: a hospital, a school,
    /// a town) or by its own words (我单位, 我镇…) — and that never says 本部门 speaks of itself as 本单位 as it should:
    /// no finding. One that also says 本部门 mixes the two wordings, and the first 本单位 is still reported. Session 39:
    /// neither is one with no evidence of being a department of several units (<paramref name="severalUnits"/> false: its
    /// kind not stated and no 所属单位 counted; see <see cref="TextChecks.Finish"/>).
    /// </summary>
    public void Finish(List<Diagnostic> into, bool unitReport, bool singleUnitName = false, bool severalUnits = true)
    {
        Advance(int.MaxValue);
        var oneUnit = firstDepartment < 0 && (singleUnitName || selfAsUnit || !severalUnits);
        var wrongAt = unitReport ? firstDepartment : oneUnit ? -1 : firstUnit;
        var k = 0;
        for (; k < findings.Count && (wrongAt < 0 || findings[k].At < wrongAt); k++)
        {
            into.Add(findings[k].Finding);
        }

        if (wrongAt >= 0)
        {
            var (zh, en) = DisclosureMessages.EntityWording(unitReport);
            into.Add(TextRules.Finding(TextRules.EntityWording, source.Span(wrongAt, wrongAt + 3), null, zh, en));
        }

        for (; k < findings.Count; k++)
        {
            into.Add(findings[k].Finding);
        }
    }

    /// <summary>
    /// Whether the whole text says 本单位 and never 本部门 (scanned to its end): only then does the evidence of a department
    /// of several units decide FA8004 (<see cref="Finish"/>).
    /// </summary>
    public bool UnitWordAlone
    {
        get
        {
            Advance(int.MaxValue);
            return firstUnit >= 0 && firstDepartment < 0;
        }
    }

    /// <summary>
    /// The candidate at <paramref name="at"/>: a share without % at 占; the first 本部门 and 本单位 noted; each placeholder
    /// word matched as <c>IndexOf</c> would find it — not overlapping itself — and reported at most 50 times.
    /// </summary>
    private void Look(int at)
    {
        var c = text[at];
        if (c == '占')
        {
            if (TextChecks.ShareWithoutPercent(source, text, at) is { } share)
            {
                findings.Add((at, share));
            }

            return;
        }

        // Every word looked for has two characters or more: the second one is compared before the whole word, so that
        // the frequent 本 and 增 of 本年 and 增长 cost a character each, not a string comparison per word.
        var second = at + 1 < text.Length ? text[at + 1] : '\0';
        if (c == '本')
        {
            if (firstDepartment < 0 && second == '部' && string.CompareOrdinal(text, at, "本部门", 0, 3) == 0)
            {
                firstDepartment = at;
            }
            else if (firstUnit < 0 && second == '单' && string.CompareOrdinal(text, at, "本单位", 0, 3) == 0)
            {
                firstUnit = at;
            }

            return;
        }

        if (c == '我')
        {
            selfAsUnit = selfAsUnit || SelfAsUnitAt(at);
            return;
        }

        var placeholders = TextChecks.Placeholders;
        for (var k = 0; k < placeholders.Length; k++)
        {
            var word = placeholders[k];
            if (word[0] != c || word[1] != second || at < next[k] || reported[k] >= PlaceholderLimit
                || string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                continue;
            }

            next[k] = at + word.Length;
            if (word is "XX" or "xx" && at > 0 && (char.IsLetterOrDigit(text[at - 1]) && text[at - 1] < 128))
            {
                continue;
            }

            var (zh, en) = DisclosureMessages.Placeholder(word);
            findings.Add((at, TextRules.Finding(TextRules.Placeholder, source.Span(at, at + word.Length), null, zh, en)));
            reported[k]++;
        }
    }

    /// <summary>
    /// Whether 我 at <paramref name="at"/> starts an issuer's word for itself as one unit: 我单位, 我镇, 我乡, 我院, 我校,
    /// 我所, 我站, 我馆, 我中心 (not 我国, 我省, 我市, 我县, 我局, 我部门 — a department or a jurisdiction).
    /// </summary>
    private bool SelfAsUnitAt(int at)
    {
        if (at + 1 >= text.Length)
        {
            return false;
        }

        return text[at + 1] switch
        {
            '镇' or '乡' or '院' or '校' or '所' or '站' or '馆' => true,
            '单' => at + 2 < text.Length && text[at + 2] == '位',
            '中' => at + 2 < text.Length && text[at + 2] == '心',
            _ => false,
        };
    }
}
