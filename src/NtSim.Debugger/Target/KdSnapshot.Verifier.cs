using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>Driver Verifier's options and the verified drivers with their pool (!verifier).</summary>
    [KdSection("verifier")]
    internal KdVerifierView Verifier => Section("verifier", CaptureVerifier, new KdVerifierView(0, []));

    private static KdVerifierView CaptureVerifier(Machine machine) => new((uint)machine.Verifier.Flags, !machine.Verifier.Enabled ? []
        : [.. machine.Modules.Loaded().Where(m => m != machine.Modules.Kernel).Select(m => new KdVerifiedDriverView(m.Name,
            [.. machine.Tracking.Outstanding(m, ResourceKind.PoolAllocation)
                .Select(p => new KdPoolAllocationView(p.Address.Address, p.Size, p.Tag, PoolTypes.IsPaged(p.PoolType), p.Location))]))]);
}
