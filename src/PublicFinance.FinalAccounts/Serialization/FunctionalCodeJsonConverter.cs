using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="FunctionalCode"/> as a JSON string of digits ("2010301").</summary>
public sealed class FunctionalCodeJsonConverter : ClassificationCodeJsonConverter<FunctionalCode>
{
    /// <summary>Initializes a new instance of the <see cref="FunctionalCodeJsonConverter"/> class.</summary>
    public FunctionalCodeJsonConverter()
        : base(CodeScheme.Functional)
    {
    }

    private protected override FunctionalCode FromDigits(CodeDigits digits) => new(digits);

    private protected override string DigitsOf(FunctionalCode code) => code.Value;

    private protected override bool IsDefault(FunctionalCode code) => code.IsDefault;
}
