namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A JSON Pointer (RFC 6901, JSON 指针): a sequence of reference tokens held unescaped, written with <c>~0</c> for
/// <c>~</c> and <c>~1</c> for <c>/</c>. The one place where the validator parses, escapes, appends and takes parents of
/// pointers, instead of string concatenation and <c>LastIndexOf('/')</c> walks. Immutable.
/// </summary>
internal readonly struct JsonPointer : IEquatable<JsonPointer>
{
    private readonly string[]? tokens;

    private JsonPointer(string[] tokens) => this.tokens = tokens;

    /// <summary>The whole document (empty pointer).</summary>
    public static JsonPointer Root => default;

    /// <summary>The unescaped reference tokens.</summary>
    public IReadOnlyList<string> Tokens => tokens ?? [];

    /// <summary>Whether this is the whole document.</summary>
    public bool IsRoot => tokens is null || tokens.Length == 0;

    /// <summary>The pointer one level up; the root's parent is the root.</summary>
    public JsonPointer Parent
    {
        get
        {
            if (IsRoot)
            {
                return this;
            }

            var up = new string[tokens!.Length - 1];
            Array.Copy(tokens, up, up.Length);
            return new JsonPointer(up);
        }
    }

    /// <summary>The last token, or the empty string at the root.</summary>
    public string Last => IsRoot ? string.Empty : tokens![tokens.Length - 1];

    /// <summary>Parses a pointer (the empty string, or <c>/</c>-separated escaped tokens).</summary>
    /// <param name="text">Pointer text.</param>
    /// <param name="pointer">The pointer when valid.</param>
    /// <returns>Whether the text is a valid pointer (starts with <c>/</c> unless empty; every <c>~</c> is followed by 0 or 1).</returns>
    public static bool TryParse(string? text, out JsonPointer pointer)
    {
        pointer = default;
        if (text is null || (text.Length > 0 && text[0] != '/'))
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        var raw = text.Substring(1).Split('/');
        for (var i = 0; i < raw.Length; i++)
        {
            if (!TryUnescape(raw[i], out var token))
            {
                return false;
            }

            raw[i] = token;
        }

        pointer = new JsonPointer(raw);
        return true;
    }

    /// <summary>Parses a pointer.</summary>
    /// <param name="text">Pointer text.</param>
    /// <returns>The pointer.</returns>
    /// <exception cref="FormatException">The text is not a JSON Pointer.</exception>
    public static JsonPointer Parse(string text) => TryParse(text, out var p) ? p
        : throw new FormatException(ValidationMessages.NotAPointer(text));

    /// <summary>The pointer with one more token.</summary>
    /// <param name="token">Unescaped token (member name).</param>
    /// <returns>The child pointer.</returns>
    public JsonPointer Append(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        var current = tokens ?? [];
        var next = new string[current.Length + 1];
        Array.Copy(current, next, current.Length);
        next[next.Length - 1] = token;
        return new JsonPointer(next);
    }

    /// <summary>The pointer with a list index appended.</summary>
    /// <param name="index">Zero-based index.</param>
    /// <returns>The element pointer.</returns>
    public JsonPointer Append(int index) => Append(index.ToString(CultureInfo.InvariantCulture));

    /// <summary>Escapes one reference token (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    /// <param name="token">Unescaped token.</param>
    /// <returns>The escaped token (the same instance when nothing needs escaping).</returns>
    public static string Escape(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        return token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");
    }

    /// <summary>Unescapes one reference token (<c>~1</c> → <c>/</c>, then <c>~0</c> → <c>~</c>).</summary>
    /// <param name="token">Escaped token.</param>
    /// <param name="unescaped">The token when valid.</param>
    /// <returns>False when a <c>~</c> is not followed by <c>0</c> or <c>1</c>.</returns>
    public static bool TryUnescape(string token, out string unescaped)
    {
        unescaped = token;
        if (token.IndexOf('~') < 0)
        {
            return true;
        }

        var sb = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c != '~')
            {
                sb.Append(c);
                continue;
            }

            if (i + 1 >= token.Length || (token[i + 1] != '0' && token[i + 1] != '1'))
            {
                return false;
            }

            sb.Append(token[++i] == '0' ? '~' : '/');
        }

        unescaped = sb.ToString();
        return true;
    }

    /// <summary>The parent of a pointer given as text (everything before its last <c>/</c>); the root's parent is the root.</summary>
    /// <param name="pointer">Pointer text.</param>
    /// <returns>The parent's text.</returns>
    public static string ParentOf(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer.Substring(0, slash);
    }

    /// <summary>The text of a pointer with one (unescaped) member appended.</summary>
    /// <param name="pointer">Pointer text.</param>
    /// <param name="member">Unescaped member name.</param>
    /// <returns>The child's text.</returns>
    public static string Child(string pointer, string member) => pointer + "/" + Escape(member);

    /// <summary>The text of a pointer with a list index appended.</summary>
    /// <param name="pointer">Pointer text of a list.</param>
    /// <param name="index">Zero-based index.</param>
    /// <returns>The element's text.</returns>
    public static string Element(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an array index token strictly (digits, no leading zero except "0").</summary>
    /// <param name="token">The token.</param>
    /// <param name="index">The index.</param>
    /// <returns>Whether the token is an array index.</returns>
    public static bool TryParseIndex(ReadOnlySpan<char> token, out int index)
    {
        index = 0;
        if (token.Length == 0 || token.Length > 10 || (token.Length > 1 && token[0] == '0'))
        {
            return false;
        }

        long value = 0;
        foreach (var c in token)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (value > int.MaxValue)
        {
            return false;
        }

        index = (int)value;
        return true;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (IsRoot)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var t in tokens!)
        {
            sb.Append('/').Append(Escape(t));
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public bool Equals(JsonPointer other) =>
        Tokens.Count == other.Tokens.Count && System.Linq.Enumerable.SequenceEqual(Tokens, other.Tokens, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JsonPointer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
