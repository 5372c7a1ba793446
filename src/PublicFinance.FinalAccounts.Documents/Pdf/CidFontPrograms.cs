using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
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
    /// uses it), so a damaged file reads as it would without this step.</remarks>
    public static int Hide(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        var descriptors = new HashSet<IndirectReference>();
        try
        {
            Collect(scanner, document.Structure.Catalog.CatalogDictionary, descriptors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An unreadable page tree: the descriptors found so far are still hidden; PdfPig meets the damage itself.
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

                if (without.Data.Count < descriptor.Data.Count)
                {
                    scanner.ReplaceToken(reference, without);
                    hidden++;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Left for PdfPig.
            }
        }

        return hidden;
    }

    /// <summary>
    /// Walks the page tree from the catalogue (every node, since <c>/Resources</c> is inherited) and collects the font
    /// descriptors of the CID fonts in its resources. Form XObjects are not opened (reading them means reading their
    /// streams, images among them): a CID font used only inside a form keeps its program, which costs time, not text.
    /// </summary>
    private static void Collect(IPdfTokenScanner scanner, DictionaryToken catalog, HashSet<IndirectReference> descriptors)
    {
        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<IToken>();
        if (catalog.TryGet(NameToken.Pages, out var root))
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            if (Resolve(scanner, pending.Pop(), seen) is not DictionaryToken node)
            {
                continue;
            }

            if (node.TryGet(NameToken.Kids, out var kids) && Resolve(scanner, kids, seen) is ArrayToken children)
            {
                foreach (var child in children.Data)
                {
                    pending.Push(child);
                }
            }

            if (node.TryGet(NameToken.Resources, out var resources) && Resolve(scanner, resources, null) is DictionaryToken dictionary
                && dictionary.TryGet(NameToken.Font, out var fonts) && Resolve(scanner, fonts, null) is DictionaryToken fontDictionary)
            {
                foreach (var font in fontDictionary.Data.Values)
                {
                    CollectFont(scanner, Resolve(scanner, font, null), descriptors);
                }
            }
        }
    }

    private static void CollectFont(IPdfTokenScanner scanner, IToken? token, HashSet<IndirectReference> descriptors)
    {
        if (token is not DictionaryToken font || !font.TryGet(NameToken.Subtype, out var subtype) || !NameToken.Type0.Equals(subtype)
            || !font.TryGet(NameToken.DescendantFonts, out var descendants) || Resolve(scanner, descendants, null) is not ArrayToken array)
        {
            return;
        }

        foreach (var item in array.Data)
        {
            if (Resolve(scanner, item, null) is DictionaryToken cid && IsCidFont(cid)
                && cid.TryGet(NameToken.FontDescriptor, out var descriptor) && descriptor is IndirectReferenceToken reference)
            {
                descriptors.Add(reference.Data);
            }
        }
    }

    /// <summary>The token itself, or the object an indirect reference points to (null when unreadable or, with
    /// <paramref name="seen"/>, already visited: a page tree with a cycle ends).</summary>
    private static IToken? Resolve(IPdfTokenScanner scanner, IToken token, HashSet<IndirectReference>? seen)
    {
        if (token is not IndirectReferenceToken reference)
        {
            return token;
        }

        return seen is not null && !seen.Add(reference.Data) ? null : scanner.Get(reference.Data)?.Data;
    }

    /// <summary>A descendant font of a Type0 font: <c>/Type /Font</c> with <c>/Subtype /CIDFontType0</c> or <c>/CIDFontType2</c>.</summary>
    private static bool IsCidFont(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Type, out var type) && NameToken.Font.Equals(type)
        && dictionary.TryGet(NameToken.Subtype, out var subtype)
        && (NameToken.CidFontType0.Equals(subtype) || NameToken.CidFontType2.Equals(subtype));
}
