using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36's family F, its last case): "年末结转和结余 1.52 万元，为一般预算财政拨款结余。" as a
/// sentence of its own after the 三公 paragraph of a text without headings. The sections that hold a closing balance (the
/// overview, 收入, 支出, 财政拨款 and the funds') read it by their labels; in a section that holds none (三公, 机关运行经费,
/// 政府采购, 资产, other matters, none yet) it was "an amount the reader could not place". There the bare name opening its
/// sentence — nothing before it, no fund or other qualifier in the label — is the department's <c>overall/closingCarryOver</c>,
/// while that member is not held. A qualified name (三公经费年末结转, 财政拨款年末结转和结余) stays the note it was.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The bare names of the closing balance.</summary>
    private static readonly string[] LoneClosingNames = ["年末结转和结余", "年末结转结余"];

    /// <summary>
    /// Places an amount labelled by the bare closing balance's name that opens its sentence in a section holding no closing
    /// balance (see the type's summary). True when placed.
    /// </summary>
    private bool LoneClosingCarryOver(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section is not (Section.ThreePublic or Section.OperatingExpenses or Section.Procurement or Section.Assets
            or Section.Other or Section.None))
        {
            return false;
        }

        var name = compact.Length > 0 && compact[compact.Length - 1] is '为' or '是' or ':'
            ? compact.Substring(0, compact.Length - 1) : compact;
        if (!IsOneOf(name.AsSpan(), LoneClosingNames) || !SentenceOpensWith(name) || b.Has(N + "overall/closingCarryOver/amount"))
        {
            return false;
        }

        b.Set(N + "overall/closingCarryOver/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        subject = N + "overall/closingCarryOver";
        subjectSentence = sentenceStart;
        budget = null;
        return true;
    }

    /// <summary>Whether the sentence being read opens with <paramref name="word"/> (after white space).</summary>
    private bool SentenceOpensWith(string word)
    {
        var from = currentSentenceFrom;
        while (from < currentSentenceTo && WhiteSpace.Is(currentSentence[from]))
        {
            from++;
        }

        return Scanner.Starts(currentSentence, from, word, currentSentenceTo);
    }
}
