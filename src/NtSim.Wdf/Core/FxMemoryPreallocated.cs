namespace NtSim;

/// <summary>WdfMemoryCreatePreallocated's memory (FxMemoryBufferPreallocated): the driver's own
/// buffer, which the framework never frees; WdfMemoryAssignBuffer points it elsewhere.</summary>
internal sealed class FxMemoryPreallocated(FxDriverGlobals globals, PVOID buffer, ulong length) : FxMemoryObject(globals)
{
    private PVOID _buffer = buffer;
    private ulong _length = length;

    internal override PVOID Buffer => _buffer;

    internal override ulong Length => _length;

    internal void Assign(PVOID buffer, ulong length)
    {
        _buffer = buffer;
        _length = length;
    }
}
