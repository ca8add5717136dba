namespace NtSim.Debugger.Target.Views;

/// <summary>Driver Verifier as !verifier shows it: the <c>verifier /flags</c> in force, and the verified drivers (every
/// loaded driver while the verifier is on; none when it is off) with the pool each holds.</summary>
internal sealed record KdVerifierView(uint Flags, IReadOnlyList<KdVerifiedDriverView> Drivers);

/// <summary>A verified driver: its module name and its outstanding pool allocations, oldest first.</summary>
internal sealed record KdVerifiedDriverView(string Module, IReadOnlyList<KdPoolAllocationView> Pool);

/// <summary>One tracked pool block: its address, size, tag, whether it is paged, and the driver's line that allocated it.</summary>
internal sealed record KdPoolAllocationView(ulong Address, ulong Size, uint Tag, bool Paged, string Location);
