using System;
using System.Collections.Generic;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>
/// Keeps PdfPig from parsing the glyph programs embedded for composite (CID, Type0) fonts (嵌入的 CID 字体程序).
/// </summary>
/// <remarks>
/// PdfPig parses an embedded font program in full when the font is first used: every glyph's charstring of a CFF
/// program, every outline of a TrueType one. Some producers embed a whole CJK font (a 4.4 MB Noto Sans KR with 65,535
/// glyphs for four characters in one ONLYOFFICE 决算 PDF: ≈ 1.5 s of its 2.2 s), and even subsets cost a fifth of the
/// reading time of a typical file. Nothing this reader uses comes from a composite font's program: the text comes from
/// the font's <c>/ToUnicode</c> or its registry's UCS-2 CMap (PdfPig's <c>Type0Font</c> never asks the program), the
/// advance (the baseline start and end) from the CID font's <c>/W</c> widths, the size from the text state. The
/// program gives only each glyph's ink box, which the layout does not use (it takes the advance and the point size;
/// the box height is a fallback for an implausible point size, and the descriptor's <c>/FontBBox</c> stands in then).
/// So before any page is parsed, every font descriptor of a CID font is replaced — in the token scanner's
/// overwrite table, the file is not touched — by a copy without <c>/FontFile</c>, <c>/FontFile2</c> and
/// <c>/FontFile3</c>. Simple fonts (Type1, TrueType with an encoding) keep their programs: their text may come from
/// the program's glyph names or cmap.
/// </remarks>
internal static class CidFontPrograms
{
    private static readonly NameToken[] FontFileKeys = [NameToken.FontFile, NameToken.FontFile2, NameToken.FontFile3];

    /// <summary>Hides the embedded programs of the document's CID fonts; returns how many descriptors were replaced.</summary>
    /// <remarks>Best effort: an object that cannot be read is left alone (PdfPig reports it, if at all, when a page
    /// uses it), so a damaged file reads exactly as it would without this step.</remarks>
    public static int Hide(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        var descriptors = new HashSet<IndirectReference>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            try
            {
                if (scanner.Get(reference)?.Data is DictionaryToken font && IsCidFont(font)
                    && font.TryGet(NameToken.FontDescriptor, out var token) && token is IndirectReferenceToken descriptor)
                {
                    descriptors.Add(descriptor.Data);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Unreadable object: PdfPig meets it (or not) when a page needs it.
            }
        }

        var hidden = 0;
        foreach (var reference in descriptors)
        {
            try
            {
                if (scanner.Get(reference)?.Data is not DictionaryToken descriptor)
                {
                    continue;
                }

                var without = descriptor;
                foreach (var key in FontFileKeys)
                {
                    without = without.Without(key);
                }

                if (!ReferenceEquals(without, descriptor) && without.Data.Count < descriptor.Data.Count)
                {
                    scanner.ReplaceToken(reference, without);
                    hidden++;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // As above: left for PdfPig.
            }
        }

        return hidden;
    }

    /// <summary>A descendant font of a Type0 font: <c>/Type /Font</c> with <c>/Subtype /CIDFontType0</c> or <c>/CIDFontType2</c>.</summary>
    private static bool IsCidFont(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Type, out var type) && NameToken.Font.Equals(type)
        && dictionary.TryGet(NameToken.Subtype, out var subtype)
        && (NameToken.CidFontType0.Equals(subtype) || NameToken.CidFontType2.Equals(subtype));
}
