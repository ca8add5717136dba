namespace NtSim;

/// <summary>WdfRequestProbeAndLockUserBufferForRead/ForWrite's memory: a user buffer probed and locked
/// in the caller's context and mapped into system space; deleted with its request (its parent),
/// which unlocks the pages and frees the MDL.</summary>
internal sealed class FxMemoryProbed(FxDriverGlobals globals, MDL mdl, PVOID systemAddress, ulong length, bool readOnly) : FxMemoryObject(globals)
{
    private MDL? _mdl = mdl;

    internal override PVOID Buffer => _mdl is null ? default : systemAddress;

    internal override ulong Length => _mdl is null ? 0 : length;

    internal override bool ReadOnly => readOnly;

    internal MDL? Mdl => _mdl;

    protected override void OnDispose(KTHREAD thread)
    {
        if (_mdl is { } locked && !Globals.Machine.IsHalted)
        {
            Wdm.MmUnlockPages(locked);
            Wdm.IoFreeMdl(locked);
        }

        _mdl = null;
    }
}
