namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>Maps JSON Pointers to HTML ids and back to their parents.</summary>
internal static class Anchors
{
    /// <summary>
    /// The element id of a JSON Pointer: <c>at</c> followed by the pointer with <c>/</c> written as <c>-</c> and every
    /// character outside <c>[A-Za-z0-9]</c> as <c>_xxxx</c> (hex), so the id is injective, valid in CSS and URLs
    /// (<c>/tables/income/rows/0/total</c> → <c>at-tables-income-rows-0-total</c>; the root → <c>at</c>).
    /// </summary>
    public static string Id(string pointer)
    {
        var sb = new StringBuilder("at", pointer.Length + 2);
        foreach (char c in pointer)
        {
            if (c == '/')
            {
                sb.Append('-');
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    /// <summary>The parent pointer (<c>/a/b</c> → <c>/a</c>, <c>/a</c> → the root ""), or null for the root.</summary>
    public static string? Parent(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        int slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer.Substring(0, slash);
    }

    /// <summary>Appends an escaped pointer token (RFC 6901: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    public static string Child(string pointer, string token) => pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Appends an array index.</summary>
    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
