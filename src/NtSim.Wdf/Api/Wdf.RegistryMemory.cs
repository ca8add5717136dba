using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfRegistryQueryMemory: the value's data in a new WDFMEMORY (PoolType, the driver's tag) and its type.</summary>
    public static NTSTATUS WdfRegistryQueryMemory(WDFKEY Key, UNICODE_STRING ValueName, POOL_TYPE PoolType, WDF_OBJECT_ATTRIBUTES? MemoryAttributes,
        out WDFMEMORY Memory, out uint ValueType, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryMemory);
        var status = RegKeyOf(thread, Key, nameof(WdfRegistryQueryMemory))
            .QueryMemory(thread, ValueName.ToString(), PoolType, MemoryAttributes, file, line, out var memory, out ValueType);
        Memory = new WDFMEMORY(memory);
        return status;
    }

    /// <summary>WdfRegistryAssignMemory: sets a value of ValueType from the memory (the window MemoryOffsets names,
    /// STATUS_INTEGER_OVERFLOW past the buffer).</summary>
    public static NTSTATUS WdfRegistryAssignMemory(WDFKEY Key, UNICODE_STRING ValueName, uint ValueType, WDFMEMORY Memory, WDFMEMORY_OFFSET? MemoryOffsets)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryAssignMemory);
        var key = RegKeyOf(thread, Key, nameof(WdfRegistryAssignMemory));
        var memory = FxHandles.Resolve<FxMemoryObject>(thread, Memory.Target, FxObjectType.Memory, nameof(WdfRegistryAssignMemory));
        return key.AssignMemory(ValueName.ToString(), ValueType, memory, MemoryOffsets);
    }
}
