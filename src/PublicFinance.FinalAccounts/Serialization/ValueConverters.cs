using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Serialization
{
    /// <summary>Shared reading of the strict JSON string forms of figures and codes.</summary>
    internal static class JsonText
    {
        public const string NumberPattern = "^-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,12})?$";

        public static string ReadString(ref Utf8JsonReader reader, string what, string example)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected {what} as a JSON string such as \"{example}\", found {Describe(reader.TokenType)}. 应为字符串形式的{ChineseName(what)}，例如 \"{example}\"。");
            }

            return reader.GetString()!;
        }

        public static (decimal Value, int Decimals) ReadNumber(ref Utf8JsonReader reader, string what, string example)
        {
            var text = ReadString(ref reader, what, example);
            if (!DecimalFigure.TryParseJson(text.AsSpan(), out var value, out var decimals, out var beyondContract))
            {
                if (beyondContract)
                {
                    throw new JsonException($"Expected {what} with at most 16 integer digits and 12 decimals (the numeric contract), found \"{text}\". {ChineseName(what)}“{text}”超出数值约定（整数部分最多 16 位，小数最多 12 位）。");
                }


                throw new JsonException($"Expected {what} in plain decimal notation such as \"{example}\" (no grouping, no unit, no exponent), found \"{text}\". {ChineseName(what)}应为普通十进制写法，例如 \"{example}\"。");
            }

            return (value, decimals);
        }

        private static string ChineseName(string what) => what switch
        {
            "an amount" => "金额",
            "a percentage" => "百分比",
            "a quantity" => "数量",
            "a functional code" => "功能分类科目编码",
            _ => "经济分类科目编码",
        };

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.Number => "a number",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => token.ToString(),
        };
    }

    /// <summary>Reads and writes <see cref="Amount"/> as a JSON string in plain decimal notation keeping the written decimals ("3653.30").</summary>
    public sealed class AmountJsonConverter : JsonConverter<Amount>
    {
        /// <inheritdoc/>
        public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var (value, decimals) = JsonText.ReadNumber(ref reader, "an amount", "3653.30");
            return Amount.FromDecimal(value, decimals);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            writer.WriteStringValue(value.ToString());
        }
    }

    /// <summary>Reads and writes <see cref="Percent"/> as a JSON string of percentage points keeping the written decimals ("98.37").</summary>
    public sealed class PercentJsonConverter : JsonConverter<Percent>
    {
        /// <inheritdoc/>
        public override Percent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var (value, _) = JsonText.ReadNumber(ref reader, "a percentage", "98.37");
            return Percent.FromDecimal(value);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, Percent value, JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            writer.WriteStringValue(DecimalFigure.FormatPlain(value.Value, value.Decimals));
        }
    }

    /// <summary>Reads and writes <see cref="Quantity"/> as a JSON string keeping the written decimals ("6055.90").</summary>
    public sealed class QuantityJsonConverter : JsonConverter<Quantity>
    {
        /// <inheritdoc/>
        public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var (value, _) = JsonText.ReadNumber(ref reader, "a quantity", "6055.90");
            return Quantity.FromDecimal(value);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            writer.WriteStringValue(value.ToString());
        }
    }

    /// <summary>Reads and writes <see cref="FunctionalCode"/> as a JSON string of digits ("2010301").</summary>
    public sealed class FunctionalCodeJsonConverter : JsonConverter<FunctionalCode>
    {
        /// <inheritdoc/>
        public override FunctionalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = JsonText.ReadString(ref reader, "a functional code", "2010301");
            return FunctionalCode.IsValid(text)
                ? FunctionalCode.FromDigits(text)
                : throw new JsonException($"Expected a functional code of 3, 5 or 7 digits starting with 2, found \"{text}\". 应为以 2 开头的 3、5 或 7 位支出功能分类科目编码。");
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, FunctionalCode value, JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            if (value.IsDefault)
            {
                throw new JsonException("Cannot write default(FunctionalCode): it is not a code. 无法写出空的功能分类科目编码。");
            }

            writer.WriteStringValue(value.Value);
        }
    }

    /// <summary>Reads and writes <see cref="EconomicCode"/> as a JSON string of digits ("30101").</summary>
    public sealed class EconomicCodeJsonConverter : JsonConverter<EconomicCode>
    {
        /// <inheritdoc/>
        public override EconomicCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = JsonText.ReadString(ref reader, "an economic code", "30101");
            return EconomicCode.IsValid(text)
                ? EconomicCode.FromDigits(text)
                : throw new JsonException($"Expected an economic code of 3 or 5 digits starting with 3 or 5, found \"{text}\". 应为以 3 或 5 开头的 3 或 5 位支出经济分类科目编码。");
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            if (value.IsDefault)
            {
                throw new JsonException("Cannot write default(EconomicCode): it is not a code. 无法写出空的经济分类科目编码。");
            }

            writer.WriteStringValue(value.Value);
        }
    }


    /// <summary>The source-generated serialization metadata of the report model.</summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = new[]
        {
            typeof(AmountJsonConverter), typeof(PercentJsonConverter), typeof(QuantityJsonConverter),
            typeof(FunctionalCodeJsonConverter), typeof(EconomicCodeJsonConverter),
            typeof(CamelCaseEnumConverter<AmountUnit>), typeof(CamelCaseEnumConverter<ReportKind>),
            typeof(CamelCaseEnumConverter<UnitRole>), typeof(CamelCaseEnumConverter<ChangeDirection>),
            typeof(CamelCaseEnumConverter<BudgetKind>), typeof(CamelCaseEnumConverter<BudgetRelation>),
            typeof(CamelCaseEnumConverter<VehicleCategory>), typeof(CamelCaseEnumConverter<EvaluationKind>),
            typeof(CamelCaseEnumConverter<FundLineKind>), typeof(CamelCaseEnumConverter<Comparator>),
            typeof(CamelCaseEnumConverter<PerformanceGrade>),
        })]
    [JsonSerializable(typeof(FinalAccountsReport))]
    internal sealed partial class FinalAccountsJsonContext : JsonSerializerContext
    {
    }
}
