using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdf
{
    /// <summary>The descriptor holds a buffer and its length (u.BufferType).</summary>
    public const WDF_MEMORY_DESCRIPTOR_TYPE WdfMemoryDescriptorTypeBuffer = WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeBuffer;
    /// <summary>The descriptor holds an MDL and its buffer length (u.MdlType).</summary>
    public const WDF_MEMORY_DESCRIPTOR_TYPE WdfMemoryDescriptorTypeMdl = WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeMdl;
    /// <summary>The descriptor holds a memory object and an optional window into it (u.HandleType).</summary>
    public const WDF_MEMORY_DESCRIPTOR_TYPE WdfMemoryDescriptorTypeHandle = WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeHandle;

    /// <summary>The type a DDI that takes only preallocated memory expects (FX_TYPE_MEMORY_PREALLOCATED, fxtypes.h).</summary>
    private const FxObjectType MemoryPreallocatedType = (FxObjectType)0x1022;

    /// <summary>WdfMemoryCreate: a buffer of <paramref name="BufferSize"/> bytes of <paramref name="PoolType"/>
    /// (tag <paramref name="PoolTag"/>, or the driver's when 0) behind a WDFMEMORY, parented to the
    /// driver unless the attributes say otherwise; freed when the object is deleted. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfMemoryCreate(WDF_OBJECT_ATTRIBUTES? Attributes, POOL_TYPE PoolType, uint PoolTag, ulong BufferSize,
        out WDFMEMORY Memory, out PVOID Buffer, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryCreate);
        Memory = default;
        Buffer = default;
        var globals = MemoryCallerGlobals(thread, nameof(WdfMemoryCreate));
        if (BufferSize == 0)
        {
            globals.Log.Error($"BufferSize == 0 not allowed, {NtNames.Format(Wdm.STATUS_INVALID_PARAMETER)}");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (PoolTypes.IsPaged(PoolType) && thread.Processor!.Irql > Wdm.APC_LEVEL)
        {
            // Paged memory is created at APC_LEVEL or below (FxVerifierCheckIrqlLevel).
            FxVerifierBreak.Report(thread, globals, $"WdfMemoryCreate: paged pool at IRQL {(int)thread.Processor.Irql}");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        var status = FxMemoryFromPool.Create(thread, globals, Attributes, PoolType, PoolTag, BufferSize, file, line, out var memory);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        Memory = new WDFMEMORY(memory);
        Buffer = memory!.Buffer;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfMemoryCreatePreallocated: a WDFMEMORY over the driver's own buffer, which the framework never frees. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfMemoryCreatePreallocated(WDF_OBJECT_ATTRIBUTES? Attributes, PVOID Buffer, ulong BufferSize, out WDFMEMORY Memory)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryCreatePreallocated);
        Memory = default;
        var globals = MemoryCallerGlobals(thread, nameof(WdfMemoryCreatePreallocated));
        if (Buffer.IsNull)
        {
            FxHandles.RequiredNull(thread, nameof(WdfMemoryCreatePreallocated), nameof(Buffer));
        }

        if (BufferSize == 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var memory = new FxMemoryPreallocated(globals, Buffer, BufferSize);
        var status = memory.Commit(thread, Attributes);
        if (Wdm.NT_SUCCESS(status))
        {
            Memory = new WDFMEMORY(memory);
        }

        return status;
    }

    /// <summary>WdfMemoryAssignBuffer: points preallocated memory at another buffer of the driver's. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer, ulong BufferSize)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryAssignBuffer);
        var memory = FxHandles.Resolve<FxMemoryPreallocated>(thread, Memory.Target, MemoryPreallocatedType, nameof(WdfMemoryAssignBuffer));
        if (Buffer.IsNull)
        {
            FxHandles.RequiredNull(thread, nameof(WdfMemoryAssignBuffer), nameof(Buffer));
        }

        if (BufferSize == 0)
        {
            memory.Globals.Log.Error($"Zero BufferSize not allowed, {NtNames.Format(Wdm.STATUS_INVALID_PARAMETER)}");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        memory.Assign(Buffer, BufferSize);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfMemoryGetBuffer: the buffer and (optionally) its size. Any IRQL.</summary>
    public static PVOID WdfMemoryGetBuffer(WDFMEMORY Memory, out ulong BufferSize)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryGetBuffer);
        var memory = FxHandles.Resolve<FxMemoryObject>(thread, Memory.Target, FxObjectType.Memory, nameof(WdfMemoryGetBuffer));
        if (memory is FxRequestMemory { IsStale: true } stale)
        {
            FxVerifierBreak.Report(thread, memory.Globals, $"WdfMemoryGetBuffer: WDFMEMORY 0x{memory.Handle:x} belongs to WDFREQUEST 0x{stale.Request.Handle:x}, which was completed");
        }

        BufferSize = memory.Length;
        return memory.Buffer;
    }

    /// <summary>WdfMemoryGetBuffer without the size.</summary>
    public static PVOID WdfMemoryGetBuffer(WDFMEMORY Memory) => WdfMemoryGetBuffer(Memory, out _);

    /// <summary>WdfMemoryCopyFromBuffer: <paramref name="NumBytesToCopyFrom"/> bytes into the memory at
    /// <paramref name="DestinationOffset"/>; STATUS_INVALID_BUFFER_SIZE if they do not fit. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory, ulong DestinationOffset, PVOID Buffer, ulong NumBytesToCopyFrom)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryCopyFromBuffer);
        var memory = FxHandles.Resolve<FxMemoryObject>(thread, DestinationMemory.Target, FxObjectType.Memory, nameof(WdfMemoryCopyFromBuffer));
        if (Buffer.IsNull)
        {
            FxHandles.RequiredNull(thread, nameof(WdfMemoryCopyFromBuffer), nameof(Buffer));
        }

        if (NumBytesToCopyFrom == 0)
        {
            memory.Globals.Log.Error($"Zero bytes to copy not allowed, {NtNames.Format(Wdm.STATUS_INVALID_PARAMETER)}");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return memory.CopyFrom(thread, DestinationOffset, Buffer, NumBytesToCopyFrom);
    }

    /// <summary>WdfMemoryCopyToBuffer: <paramref name="NumBytesToCopyTo"/> bytes from the memory at
    /// <paramref name="SourceOffset"/>; STATUS_BUFFER_TOO_SMALL if the memory has fewer. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, ulong SourceOffset, PVOID Buffer, ulong NumBytesToCopyTo)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryCopyToBuffer);
        var memory = FxHandles.Resolve<FxMemoryObject>(thread, SourceMemory.Target, FxObjectType.Memory, nameof(WdfMemoryCopyToBuffer));
        if (Buffer.IsNull)
        {
            FxHandles.RequiredNull(thread, nameof(WdfMemoryCopyToBuffer), nameof(Buffer));
        }

        if (NumBytesToCopyTo == 0)
        {
            memory.Globals.Log.Error($"Zero bytes to copy not allowed, {NtNames.Format(Wdm.STATUS_INVALID_PARAMETER)}");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return memory.CopyTo(SourceOffset, Buffer, NumBytesToCopyTo);
    }

    /// <summary>WdfLookasideListCreate: a list of <paramref name="BufferSize"/>-byte buffers that
    /// WdfMemoryCreateFromLookaside hands out with <paramref name="MemoryAttributes"/>. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfLookasideListCreate(WDF_OBJECT_ATTRIBUTES? LookasideAttributes, ulong BufferSize, POOL_TYPE PoolType,
        WDF_OBJECT_ATTRIBUTES? MemoryAttributes, uint PoolTag, out WDFLOOKASIDE Lookaside)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfLookasideListCreate);
        Lookaside = default;
        var globals = MemoryCallerGlobals(thread, nameof(WdfLookasideListCreate));
        if (BufferSize == 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var list = new FxLookasideList(globals, BufferSize, PoolType, PoolTag == 0 ? globals.PoolTag : PoolTag, MemoryAttributes);
        var status = list.Commit(thread, LookasideAttributes);
        if (Wdm.NT_SUCCESS(status))
        {
            Lookaside = new WDFLOOKASIDE(list);
        }

        return status;
    }

    /// <summary>WdfMemoryCreateFromLookaside: memory from the list; deleting it gives the buffer back. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfMemoryCreateFromLookaside(WDFLOOKASIDE Lookaside, out WDFMEMORY Memory)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfMemoryCreateFromLookaside);
        Memory = default;
        var list = FxHandles.Resolve<FxLookasideList>(thread, Lookaside.Target, FxObjectType.Lookaside, nameof(WdfMemoryCreateFromLookaside));
        var status = list.CreateMemory(thread, out var memory);
        if (Wdm.NT_SUCCESS(status))
        {
            Memory = new WDFMEMORY(memory);
        }

        return status;
    }

    /// <summary>WDF_MEMORY_DESCRIPTOR_INIT_BUFFER: a descriptor of a buffer and its length.</summary>
    public static void WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(out WDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer, uint BufferLength)
    {
        Descriptor = new WDF_MEMORY_DESCRIPTOR { Type = WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeBuffer };
        Descriptor.u.BufferType.Buffer = Buffer;
        Descriptor.u.BufferType.Length = BufferLength;
    }

    /// <summary>WDF_MEMORY_DESCRIPTOR_INIT_MDL: a descriptor of an MDL and its buffer's length.</summary>
    public static void WDF_MEMORY_DESCRIPTOR_INIT_MDL(out WDF_MEMORY_DESCRIPTOR Descriptor, MDL Mdl, uint BufferLength)
    {
        Descriptor = new WDF_MEMORY_DESCRIPTOR { Type = WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeMdl };
        Descriptor.u.MdlType.Mdl = Mdl;
        Descriptor.u.MdlType.BufferLength = BufferLength;
    }

    /// <summary>WDF_MEMORY_DESCRIPTOR_INIT_HANDLE: a descriptor of a memory object (and a window into it).</summary>
    public static void WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(out WDF_MEMORY_DESCRIPTOR Descriptor, WDFMEMORY Memory, WDFMEMORY_OFFSET? Offsets)
    {
        Descriptor = new WDF_MEMORY_DESCRIPTOR { Type = WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeHandle };
        Descriptor.u.HandleType.Memory = Memory;
        Descriptor.u.HandleType.Offsets = Offsets;
    }

    /// <summary>WDF_PTR_ADD_OFFSET: a pointer <paramref name="Offset"/> bytes further.</summary>
    public static PVOID WDF_PTR_ADD_OFFSET(PVOID Ptr, ulong Offset) => Ptr + Offset;

    /// <summary>The globals of the driver making the call (a create DDI with no handle to take them from).</summary>
    private static FxDriverGlobals MemoryCallerGlobals(KTHREAD thread, string ddi) =>
        FxLibrary.Of(thread.Machine).ClientOf(thread)
            ?? throw new InvalidOperationException($"{ddi}: the calling code is not a KMDF driver's (no WdfDriverCreate).");
}
