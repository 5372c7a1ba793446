using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Writes a <see cref="ConditionRelation"/> into <c>docs/rules/relations.json</c> (条件检查的 JSON 形式; spec §4.15).</summary>
internal static class ConditionRelationJson
{
    /// <summary>Writes the members after <c>ruleId</c>.</summary>
    /// <param name="w">The writer, inside the relation's object.</param>
    /// <param name="relation">The relation.</param>
    public static void Write(Utf8JsonWriter w, ConditionRelation relation)
    {
        w.WriteString("kind", "condition");
        w.WriteString("for", relation.For);
        if (relation.WhenAbsent != AbsentAnchor.CouldNotRun)
        {
            w.WriteString("whenAbsent", Camel(relation.WhenAbsent.ToString()));
        }

        if (relation.Figures.Count > 0)
        {
            w.WriteStartObject("figures");
            foreach (var figure in relation.Figures)
            {
                w.WriteStartObject(figure.Name);
                if (figure.IsSum)
                {
                    Terms(w, "sum", figure.Sum);
                }
                else
                {
                    Strings(w, "firstOf", figure.FirstOf);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("cases");
        foreach (var c in relation.Cases)
        {
            w.WriteStartObject();
            if (c.When is { } when)
            {
                w.WritePropertyName("when");
                Condition(w, when);
            }

            w.WritePropertyName("then");
            Outcome(w, c.Then);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Terms(Utf8JsonWriter w, string name, IReadOnlyList<ConditionTerm> terms)
    {
        w.WriteStartArray(name);
        foreach (var t in terms)
        {
            w.WriteStartObject();
            w.WriteString("pointer", t.Pointer);
            if (t.Weight != 1)
            {
                w.WriteNumber("weight", t.Weight);
            }

            if (t.When is { } when)
            {
                w.WritePropertyName("when");
                Condition(w, when);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Condition(Utf8JsonWriter w, Condition c)
    {
        w.WriteStartObject();
        if (c.AllOf.Count > 0 || c.AnyOf.Count > 0)
        {
            w.WriteStartArray(c.AllOf.Count > 0 ? "allOf" : "anyOf");
            foreach (var inner in c.AllOf.Count > 0 ? c.AllOf : c.AnyOf)
            {
                Condition(w, inner);
            }

            w.WriteEndArray();
        }
        else if (c.Not is { } not)
        {
            w.WritePropertyName("not");
            Condition(w, not);
        }
        else
        {
            w.WriteString(c.Option is null ? "pointer" : "option", c.Option ?? c.Pointer);
            w.WriteString("test", Camel(c.Test.ToString()));
            if (c.Value is { } value)
            {
                w.WriteString("value", value);
            }

            if (c.Other is { } other)
            {
                w.WriteString("other", other);
            }
        }

        w.WriteEndObject();
    }

    private static void Outcome(Utf8JsonWriter w, ConditionOutcome o)
    {
        switch (o.Kind)
        {
            case ConditionOutcomeKind.Passed or ConditionOutcomeKind.NotApplicable or ConditionOutcomeKind.Nothing:
                w.WriteStringValue(Camel(o.Kind.ToString()));
                return;
        }

        w.WriteStartObject();
        switch (o.Kind)
        {
            case ConditionOutcomeKind.Fail:
                Strings(w, "fail", o.Pointers);
                if (o.Difference.Count > 0)
                {
                    Strings(w, "difference", o.Difference);
                }

                break;
            case ConditionOutcomeKind.CouldNotRun:
                Strings(w, "couldNotRun", o.Pointers);
                break;
            case ConditionOutcomeKind.Sum:
                w.WriteStartObject("sum");
                w.WriteString("total", o.Checked);
                Terms(w, "items", o.Items);
                if (o.LowerBoundWhenPartial)
                {
                    w.WriteBoolean("lowerBoundWhenPartial", true);
                }

                w.WriteEndObject();
                break;
            case ConditionOutcomeKind.LessOrEqual:
                w.WriteStartObject("lessOrEqual");
                w.WriteString("lesser", o.Checked);
                w.WriteString("greater", o.Greater);
                w.WriteEndObject();
                break;
            case ConditionOutcomeKind.Ratio:
                w.WriteStartObject("ratio");
                w.WriteString("percent", o.Checked);
                Terms(w, "numerator", o.Items);
                Terms(w, "denominator", o.Denominator);
                if (o.Pointers.Count > 0)
                {
                    Strings(w, "pointers", o.Pointers);
                }

                w.WriteEndObject();
                break;
        }

        w.WriteEndObject();
    }
}
