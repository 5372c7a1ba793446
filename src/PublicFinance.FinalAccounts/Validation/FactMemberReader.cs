namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Reads every readable member of a record, in the contract's order, into the fact index (成员读取器): each member's value
/// boxed as the contract's getter boxes it (a nullable value type's value, or null) goes to
/// <see cref="FactMemberSink.Add"/> with its position. Generated per record type (<see cref="FactMemberReaders"/>) so that
/// the index reads a record with one call and typed property reads instead of one boxed contract getter per member.
/// </summary>
/// <param name="record">The record (its declared type, or a type derived from it).</param>
/// <param name="members">Where the members go: the index's room for this record's members.</param>
internal delegate void FactMemberReader(object record, ref FactMemberSink members);
