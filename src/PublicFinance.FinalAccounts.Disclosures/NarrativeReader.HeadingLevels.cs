namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (headings49): heading levels numbered in the document's own styles. At session 47 a copy numbered "1." for
/// "一、" changed the reading of 35 texts and added 7 Errors, "第一部分" 14 texts and "（一）" 6: the reader knows its levels
/// by "一、" and "（一）" (<c>ShortSectionHeading</c>, <c>OneLineHeading</c>, <c>HeadingStaysInSection</c>…). The levels are
/// now inferred from the text itself (<see cref="HeadingNumbering.Infer"/>) and a heading of the top style is read as
/// "一、" (its sub-style, "1.1" under "1.", as "（一）"), its spans on the original mark.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The document's heading levels; null when it is read as written (it numbers its headings "一、").</summary>
    private HeadingNumbering? headingNumbering;

    /// <summary>Whether a heading's words name a section or an umbrella part (a section title).</summary>
    internal static readonly Func<string, bool> NamesSection = static words => SectionKeyIndex.FirstIn(words) >= 0 || OpensUmbrella(words);

    /// <summary>Infers the heading levels of the whole text (<see cref="Begin"/>).</summary>
    private void BeginHeadingLevels() => headingNumbering = HeadingNumbering.Infer(b.Text, NamesSection);

    /// <summary>
    /// <paramref name="block"/> with its heading mark written as the reader's level for it (a heading line, or a paragraph
    /// that opens with a section title); the block itself in a text read as written.
    /// </summary>
    private Block AtReaderLevel(Block block)
    {
        if (headingNumbering is not { } numbering || block.Kind is not (BlockKind.Heading or BlockKind.Prose or BlockKind.ListItem))
        {
            return block;
        }

        var content = numbering.Canonical(block.Content, block.Kind != BlockKind.Heading);
        return ReferenceEquals(content, block.Content) ? block : new Block(block.Kind, content, block.BlankCellsAfter, block.Continued);
    }
}
