using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Writes <c>src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledSums.g.cs</c> from the catalogue's sums and the
/// contract's shapes (session 22, issue 13): for every sum (over fixed pointers or over lists) of one of the shapes — a
/// list's elements each with a total and terms below it (<see cref="SumShape.PerElement"/>: a row's members, or the lists
/// below an evaluation), or one fixed total and terms that are fixed figures or over lists from the root
/// (<see cref="SumShape.OneTotal"/>: an identity, a column) — a walk over the typed records that adds up the printed
/// values in the interpreter's order and decides the plain outcomes
/// (<c>CompiledSums.Terms</c>); anything else is left to the interpreter at run time. Keyed by the relation's data
/// (<c>CompiledSums.KeyOf</c>), never by a rule id.
/// </summary>
internal static class CompiledSumsGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledSums.g.cs";

    public const string UpdateVariable = "FINACCT_UPDATE_COMPILED_SUMS";

    private const string Wildcard = "/*";

    /// <summary>The shapes a sum is compiled for.</summary>
    internal enum SumShape
    {
        /// <summary>The total is a member below each element of a list; its terms are below the same element.</summary>
        PerElement,

        /// <summary>The total is one fixed figure; its terms are fixed figures or members of a list's elements.</summary>
        OneTotal,
    }

    /// <summary>The sums compiled: rule, method name and shape (for the tests and docs).</summary>
    public static IReadOnlyList<(string RuleId, string Method, SumShape Shape)> Compiled => Build().Compiled;

    public static string Generate() => Build().Text;

    private static (string Text, List<(string, string, SumShape)> Compiled) Build()
    {
        var file = new GeneratedWalkFile();
        var compiled = new List<(string, string, SumShape)>();
        foreach (var relation in RuleCatalogue.Relations)
        {
            var name = file.NameOf(relation);
            var method = new StringBuilder();
            if (relation is SumRelation sum && Method(method, sum, name) is { } shape
                && file.Add(CompiledSums.KeyOf(sum), name, method.ToString()))
            {
                compiled.Add((sum.RuleId, name, shape));
            }
        }

        var text = file.Write(
            nameof(CompiledSumsGenerator),
            UpdateVariable,
            nameof(CompiledSumsTests),
            ["PublicFinance.FinalAccounts.Model"],
            "CompiledSums",
            "The catalogue's sums over lists as typed walks (generated from their data and the contract's shapes): one walk",
            "per sum, found by the SHA-256 of the sum's JSON form (<see cref=\"KeyOf\"/>).");
        return (text, compiled);
    }

    /// <summary>The shape a sum is compiled for, or null when it has another (then it is not compiled).</summary>
    internal static SumShape? ShapeOf(SumRelation sum) => Method(new StringBuilder(), sum, "M");

    private static SumShape? Method(StringBuilder text, SumRelation sum, string name)
    {
        var scope = RelationEvaluator.Scope(new[] { sum.Total }.Concat(sum.Items.Select(i => i.Pointer)));
        if (ContractAccess.Below("report", typeof(FinalAccountsReport), scope) is not { } scopeAccess)
        {
            return null;
        }

        var code = new GeneratedCode();
        // An absent scope: not applicable or could not run, the scope's pointer as the missing one (no table is declared
        // empty on this path: RelationEvaluator.ScopeAbsent). When the scope is the list of a total per element, the same
        // test binds the list.
        var totalParts = sum.Total.Split(Wildcard);
        var list = totalParts.Length == 2 ? ContractAccess.Below("report", typeof(FinalAccountsReport), totalParts[0]) : null;
        var scopeIsList = list is { } l && l.Expression == scopeAccess.Expression;
        code.Line("if (" + scopeAccess.Expression + (scopeIsList ? " is not { } list)" : " is null)")).Open()
            .Line("return ScopeAbsent(context, \"" + scope + "\", " + (sum.WhenAbsent == AbsentFigures.NotApplicable ? "true" : "false")
                + ");").Close().Blank();
        code.Line("var passed = 0;").Line("var notApplicable = 0;");
        SumShape shape;
        if (totalParts.Length == 1)
        {
            shape = SumShape.OneTotal;
            if (!Terms(code, sum, "report", typeof(FinalAccountsReport), prefix: string.Empty)
                || !Total(code, sum, "report", typeof(FinalAccountsReport), sum.Total))
            {
                return null;
            }
        }
        else if (list is { } listAccess && ContractAccess.ElementOf(listAccess.Type) is { } element)
        {
            shape = SumShape.PerElement;
            if (!scopeIsList)
            {
                code.Line("if (" + listAccess.Expression + " is not { } list)").Open().Line("return false;").Close().Blank();
            }

            code.Line("for (var i = 0; i < list.Count; i++)").Open();
            code.Line("if (list[i] is not { } element)").Open().Line("return false;").Close().Blank();
            if (!Terms(code, sum, "element", element, prefix: totalParts[0] + Wildcard)
                || !Total(code, sum, "element", element, totalParts[1]))
            {
                return null;
            }

            code.Close();
        }
        else
        {
            return null;
        }

        code.Blank().Line("return Commit(context, passed, notApplicable);");
        text.Append("\n    /// <summary>").Append(sum.RuleId).Append(": <c>").Append(sum.Total).Append("</c> (")
            .Append(shape == SumShape.PerElement ? "a total per element" : "one total").Append(").</summary>\n")
            .Append("    private static bool ").Append(name).Append("(ValidationContext context, FinalAccountsReport report)\n    {\n")
            .Append(code.Text)
            .Append("    }\n");
        return shape;
    }

    /// <summary>
    /// The terms in order, added to <c>terms</c> (declared here): each a member path below the base (a fixed figure, or
    /// a member beside the total) or a list below the base and a member of each element; false for any other term.
    /// </summary>
    private static bool Terms(GeneratedCode code, SumRelation sum, string root, Type rootType, string prefix)
    {
        code.Line("var terms = default(Terms);");
        for (var k = 0; k < sum.Items.Count; k++)
        {
            var term = sum.Items[k];
            if (!term.Pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }

            var parts = term.Pointer.Substring(prefix.Length).Split(Wildcard);
            var subtract = term.Weight >= 0 ? "false" : "true";
            var filtered = term.Codes.Count > 0 || term.ExcludeCodes.Count > 0 || term.CodeLength != 0;
            if (parts.Length == 1)
            {
                // A member below the base: present or not (a code filter here would read the code of its parent record).
                if (filtered || ContractAccess.Below(root, rootType, parts[0]) is not { } member
                    || !ContractAccess.IsFigure(member.Type))
                {
                    return false;
                }

                if (term.ClosesList && root != "report")
                {
                    return false;   // a closing term below an element: the interpreter's (session 36)
                }

                Add(code, member, subtract, term.Optional, root == "report" ? k : -1, term.ClosesList);
                continue;
            }

            if (parts.Length != 2 || ContractAccess.Below(root, rootType, parts[0]) is not { } list
                || ContractAccess.ElementOf(list.Type) is not { } element)
            {
                return false;
            }

            var tokens = ContractAccess.TokensOf(parts[1]) ?? [""];
            if ((filtered && tokens.Length != 1) || ContractAccess.Below("row", element, tokens) is not { } value
                || !ContractAccess.IsFigure(value.Type))
            {
                // A filter reads the code of the record the figure is a member of: one token below the element.
                return false;
            }

            // A required term with no row accepted is missing (an optional one is only added up: no count kept).
            var accepted = "accepted" + k;
            if (!term.Optional)
            {
                code.Line("var " + accepted + " = 0;");
            }

            code.Line("if (" + list.Expression + " is { } list" + k + ")").Open();
            code.Line("for (var e = 0; e < list" + k + ".Count; e++)").Open();
            code.Line("if (list" + k + "[e] is not { } row)").Open().Line("return false;").Close().Blank();
            if (filtered && !Filter(code, term, element))
            {
                return false;
            }

            if (!term.Optional)
            {
                code.Line(accepted + "++;");
            }

            Add(code, value, subtract, term.Optional, -1);
            code.Close().Close().Blank();
            if (!term.Optional)
            {
                code.Line("terms.MissingList(" + accepted + " == 0);");
            }
        }

        return true;
    }

    /// <summary>The code filter of a list term, as <c>RelationEvaluator.Accepts</c>: the row's code as text.</summary>
    private static bool Filter(GeneratedCode code, SumTerm term, Type element)
    {
        if (ContractAccess.Below("row", element, ["code"]) is not { } codeAccess)
        {
            return false;
        }

        var conditions = new List<string> { "code is null" };
        if (term.CodeLength != 0)
        {
            conditions.Add("code.Length != " + term.CodeLength.ToString(CultureInfo.InvariantCulture));
        }

        if (term.Codes.Count > 0)
        {
            conditions.Add("code is not (" + string.Join(" or ", term.Codes.Select(Literal)) + ")");
        }

        if (term.ExcludeCodes.Count > 0)
        {
            conditions.Add("code is " + string.Join(" or ", term.ExcludeCodes.Select(Literal)));
        }

        var text = codeAccess.MayBeNull ? codeAccess.Expression + "?.ToString()" : codeAccess.Expression + ".ToString()";
        code.Line("var code = " + text + ";");
        code.Line("if (" + string.Join(" || ", conditions) + ")").Open().Line("continue;").Close().Blank();
        return true;
    }

    private static string Literal(string value) =>
        value.All(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            ? "\"" + value + "\""
            : throw new NotSupportedException("A code filter outside [0-9A-Za-z]: " + value);

    private static void Add(
        GeneratedCode code, ContractAccess.Access member, string subtract, bool optional, int position, bool closesList = false)
    {
        if (!member.MayBeNull)
        {
            code.Line("terms.Add(" + member.Expression + ", " + subtract + ");");
            return;
        }

        // Added when present; when absent, missing unless optional — a fixed term by its position, so that its pointer
        // (the template's) can be recorded without the index (CompiledSums.Terms.AddFixed).
        var flag = "optional: " + (optional ? "true" : "false");
        if (position >= 0)
        {
            var at = "position: " + position.ToString(CultureInfo.InvariantCulture);
            if (closesList)
            {
                // The term that closes its list (session 36): when present, the list is complete.
                code.Call("terms.AddFixed", member.Expression, subtract, flag, at, "closesList: true");
            }
            else
            {
                code.Call("terms.AddFixed", member.Expression, subtract, flag, at);
            }
        }
        else
        {
            code.Call("terms.Add", member.Expression, subtract, flag);
        }
    }

    /// <summary>The total: stated (passed when the terms' printed sum equals it), the default constant, or absent.</summary>
    private static bool Total(GeneratedCode code, SumRelation sum, string root, Type rootType, string path)
    {
        if (ContractAccess.Below(root, rootType, path) is not { } total || !ContractAccess.IsFigure(total.Type))
        {
            return false;
        }

        code.Line(total.MayBeNull ? "if (" + total.Expression + " is { } total)" : "var total = " + total.Expression + ";");
        if (total.MayBeNull)
        {
            code.Open();
        }

        var fixedTotal = root == "report";
        if (fixedTotal)
        {
            // One stated total with a fixed term missing: could not run, the missing terms' pointers (the interpreter's).
            code.Line("if (terms.Missing)").Open().Line("return terms.CouldNotRun(").Indent().Line("context,").Line("[").Indent();
            foreach (var item in sum.Items)
            {
                code.Line("\"" + item.Pointer + "\",");
            }

            code.Outdent().Line("]);").Outdent().Close().Blank();
        }

        if (!fixedTotal || sum.Items.Any(t => t.Pointer.Contains(Wildcard, StringComparison.Ordinal)))
        {
            if (sum.LowerBoundWhenPartial && sum.Items.All(t => t.Optional)
                && total.Type == typeof(PublicFinance.FinalAccounts.Values.Amount))
            {
                // A lower-bound sum whose terms are all optional, none stated (session 47, FA1216): the interpreter's
                // CheckLowerBound finds a positive total's interval wholly above the empty sum — not applicable — decided
                // here too (a zero total is handed back), so a report without the list builds no index.
                code.Line("if (!terms.AnyItem && total.Value > 0m)").Open().Line("notApplicable++;").Close()
                    .Line("else if (!terms.Passes(total))").Open().Line("return false;").Close().Line("else").Open()
                    .Line("passed++;").Close();
                if (!total.MayBeNull)
                {
                    return true;
                }

                code.Close().Line("else").Open();
                return TotalAbsentTail(code, sum, fixedTotal, path);
            }
        }

        code.Line("if (!terms.Passes(total))").Open();
        if (fixedTotal && sum.Items.All(t => !t.Pointer.Contains(Wildcard, StringComparison.Ordinal)
            && t.Codes.Count == 0 && t.ExcludeCodes.Count == 0 && t.CodeLength == 0))
        {
            // Every term fixed (FixedRelation's shape): the check recorded with the figures located at the templates' text.
            code.Line("return terms.FixedSum(").Indent().Line("context,")
                .Line("Located(context, total, \"" + path + "\"),").Line("[").Indent();
            foreach (var item in sum.Items)
            {
                code.Line("\"" + item.Pointer + "\",");
            }

            code.Outdent().Line(sum.LowerBoundWhenPartial ? "], lowerBound: true);" : "]);").Outdent();
        }
        else
        {
            code.Line("return false;");
        }

        code.Close().Blank().Line("passed++;");
        if (!total.MayBeNull)
        {
            return true;
        }

        code.Close().Line("else").Open();
        return TotalAbsentTail(code, sum, fixedTotal, path);
    }

    /// <summary>The branch of an unstated total: the default constant, could not run, or not applicable (and closes it).</summary>
    private static bool TotalAbsentTail(GeneratedCode code, SumRelation sum, bool fixedTotal, string path)
    {
        if (sum.TotalDefault is { } constant)
        {
            // §4.14: the unstated total is the exact constant.
            code.Line("if (!terms.PassesDefault(" + constant.ToString(CultureInfo.InvariantCulture) + "m))").Open()
                .Line("return false;").Close().Blank().Line("passed++;");
        }
        else if (sum.WhenAbsent == AbsentFigures.CouldNotRun)
        {
            code.Line(fixedTotal ? "return TotalAbsent(context, \"" + path + "\");" : "return false;");
        }
        else if (sum.WhenAbsent == AbsentFigures.NotApplicable)
        {
            code.Line("notApplicable++;");
        }
        else
        {
            // Default: could not run when a term held a figure (the interpreter records it), else not applicable.
            code.Line("if (terms.AnyItem)").Open()
                .Line(fixedTotal ? "return TotalAbsent(context, \"" + path + "\");" : "return false;").Close().Blank()
                .Line("notApplicable++;");
        }

        code.Close();
        return true;
    }
}
