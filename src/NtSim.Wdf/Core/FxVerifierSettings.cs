namespace NtSim;

/// <summary>
/// The KMDF verifier settings of one driver, read at WdfDriverCreate from
/// Services\&lt;service&gt;\Parameters\Wdf (registry-values-for-debugging-kmdf-drivers). VerifierOn
/// defaults to whether Driver Verifier verifies the image (on with any verifier flags here, as under
/// /standard); VerifyOn and DbgBreakOnError follow VerifierOn.
/// </summary>
internal sealed class FxVerifierSettings
{
    internal bool VerifierOn { get; init; }

    internal bool VerboseOn { get; init; }

    internal bool DbgBreakOnError { get; init; }

    internal uint VerifierAllocateFailCount { get; init; } = uint.MaxValue;

    internal uint EnhancedVerifierOptions { get; init; }

    internal bool VerifyDownLevel { get; init; }

    /// <summary>The in-flight recorder's size in pages (LogPages, default 1, at most 16).</summary>
    internal uint LogPages { get; init; } = 1;

    /// <summary>TrackHandles: the handle types whose references are tracked by tag ("*" for all).</summary>
    internal IReadOnlyList<string> TrackHandles { get; init; } = [];

    /// <summary>Counts one framework allocation for the driver; true when VerifierAllocateFailCount says it
    /// fails (with the verifier on, every allocation after the n-th; 0xFFFFFFFF, the default, never).</summary>
    internal bool FailsAllocation(ref int allocations)
    {
        if (!VerifierOn || VerifierAllocateFailCount == uint.MaxValue)
        {
            return false;
        }

        return (uint)Interlocked.Increment(ref allocations) > VerifierAllocateFailCount;
    }

    internal static string KeyPath(string service) => $@"\Registry\Machine\System\CurrentControlSet\Services\{service}\Parameters\Wdf";

    internal static FxVerifierSettings Read(KTHREAD thread, Machine machine, string service, FxVersion builtFor)
    {
        var key = KeyPath(service);
        uint? Dword(string name) => machine.Registry.GetValue(key, name) is { Type: Wdm.REG_DWORD } v ? v.Dword : null;

        // Driver Verifier turns the framework's verifier on for drivers built for KMDF 1.9 and later.
        var verifierOn = Dword("VerifierOn") is { } on ? on != 0 : machine.Verifier.Enabled && builtFor >= new FxVersion(1, 9);
        return new FxVerifierSettings
        {
            VerifierOn = verifierOn,
            VerboseOn = Dword("VerboseOn") is { } verbose && verbose != 0,
            DbgBreakOnError = Dword("DbgBreakOnError") is { } brk ? brk != 0 : verifierOn,
            VerifierAllocateFailCount = Dword("VerifierAllocateFailCount") ?? uint.MaxValue,
            EnhancedVerifierOptions = Dword("EnhancedVerifierOptions") ?? 0,
            VerifyDownLevel = Dword("VerifyDownLevel") is { } down && down != 0,
            LogPages = Math.Clamp(Dword("LogPages") ?? 1, 1, 16),
            TrackHandles = machine.Registry.GetValue(key, "TrackHandles") is { Type: Wdm.REG_MULTI_SZ } th ? th.MultiString : [],
        };
    }
}
