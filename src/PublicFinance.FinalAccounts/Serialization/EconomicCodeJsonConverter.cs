using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="EconomicCode"/> as a JSON string of digits ("30101").</summary>
public sealed class EconomicCodeJsonConverter : ClassificationCodeJsonConverter<EconomicCode>
{
    /// <summary>Initializes a new instance of the <see cref="EconomicCodeJsonConverter"/> class.</summary>
    public EconomicCodeJsonConverter()
        : base(CodeScheme.Economic)
    {
    }

    private protected override EconomicCode FromDigits(CodeDigits digits) => new(digits);

    private protected override string DigitsOf(EconomicCode code) => code.Value;

    private protected override bool IsDefault(EconomicCode code) => code.IsDefault;
}
