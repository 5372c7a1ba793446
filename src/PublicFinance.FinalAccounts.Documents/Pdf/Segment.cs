namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>A horizontal or vertical ruling line in top-down page coordinates: <c>At</c> is y (horizontal) or x (vertical),
/// <c>From</c>..<c>To</c> its extent.</summary>
internal readonly record struct Segment(bool Horizontal, double At, double From, double To);
