using System.Text;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// A generated method's body as lines indented by blocks, with the fields declared before it, for the generators of typed
/// walks (<see cref="CompiledSumsGenerator"/>, <see cref="CompiledChecksGenerator"/>): a block's closing brace is followed by
/// a blank line unless another closing brace or an <c>else</c> comes next; the generated lines stay within 140 characters.
/// </summary>
internal sealed class GeneratedCode
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder fields = new();
    private int depth = 2;
    private bool blank;

    /// <summary>The body's lines.</summary>
    public string Text => text.ToString();

    /// <summary>The fields declared before the method (each line indented one level), or empty.</summary>
    public string Fields => fields.Length == 0 ? string.Empty : fields + "\n";

    /// <summary>Declares a field line before the method.</summary>
    public void Field(string line) => fields.Append("\n    ").Append(line);

    /// <summary>A line at the current depth (after a blank line when one is pending).</summary>
    public GeneratedCode Line(string line)
    {
        if (blank && !line.StartsWith('}') && line != "else")
        {
            text.Append('\n');
        }

        blank = false;
        text.Append(' ', depth * 4).Append(line).Append('\n');
        return this;
    }

    /// <summary>A blank line before the next line (none before a closing brace).</summary>
    public GeneratedCode Blank()
    {
        blank = true;
        return this;
    }

    /// <summary>A call on one line, or one argument per line when that line would pass the limit of 140.</summary>
    public GeneratedCode Call(string method, params string[] arguments)
    {
        var flat = method + "(" + string.Join(", ", arguments) + ");";
        return (depth * 4) + flat.Length <= SourceLayout.MaxLineLength ? Line(flat) : CallPerLine(method, arguments);
    }

    /// <summary>A call with one argument per line.</summary>
    public GeneratedCode CallPerLine(string method, params string[] arguments)
    {
        Line(method + "(").Indent();
        for (var i = 0; i < arguments.Length; i++)
        {
            Line(arguments[i] + (i < arguments.Length - 1 ? "," : ");"));
        }

        return Outdent();
    }

    /// <summary>One level deeper.</summary>
    public GeneratedCode Indent()
    {
        depth++;
        return this;
    }

    /// <summary>One level shallower.</summary>
    public GeneratedCode Outdent()
    {
        depth--;
        return this;
    }

    /// <summary>Opens a block.</summary>
    public GeneratedCode Open()
    {
        Line("{");
        depth++;
        return this;
    }

    /// <summary>Closes a block; a blank line follows before the next line that is not a closing brace.</summary>
    public GeneratedCode Close()
    {
        depth--;
        blank = false;
        Line("}");
        blank = true;
        return this;
    }
}
