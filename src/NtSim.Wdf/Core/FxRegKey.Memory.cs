namespace NtSim;

// WdfRegistryQueryMemory / WdfRegistryAssignMemory (fxregistryapi.cpp): a value of any type read into, or
// written from, a WDFMEMORY.
internal sealed partial class FxRegKey
{
    /// <summary>The value's data in a new WDFMEMORY of exactly its length (the driver's tag) and its type;
    /// the value's absence is STATUS_OBJECT_NAME_NOT_FOUND, as ZwQueryValueKey says.</summary>
    internal NTSTATUS QueryMemory(KTHREAD thread, string valueName, POOL_TYPE poolType, WDF_OBJECT_ATTRIBUTES? attributes, string file, int line,
        out FxMemoryObject? memory, out uint valueType)
    {
        memory = null;
        var status = Query(valueName, 0, out valueType, out var length, out _);
        if (status != Wdm.STATUS_BUFFER_OVERFLOW && !Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        status = Query(valueName, (int)length, out valueType, out length, out var data);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        status = FxMemoryFromPool.Create(thread, Globals, attributes, poolType, Globals.PoolTag, Math.Max(length, 1), file, line, out var created);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        created!.Buffer.AsSpan(data.Length).Clear();
        data.CopyTo(created.Buffer.AsSpan(data.Length));
        memory = created;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>Sets the value from the memory's window (all of it when <paramref name="offsets"/> is null).</summary>
    internal NTSTATUS AssignMemory(string valueName, uint valueType, FxMemoryObject memory, WDFMEMORY_OFFSET? offsets)
    {
        var status = memory.ValidateOffsets(offsets);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var (buffer, length) = memory.Window(offsets);
        return Set(valueName, valueType, buffer.AsReadOnlySpan((int)length));
    }
}
