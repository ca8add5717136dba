using System.Diagnostics;

namespace NtSim;

/// <summary>
/// DEVICE_RELATIONS, as C lays it out in pool: a ULONG Count, then Count pointers to device objects
/// from offset 8. A driver answering IRP_MN_QUERY_DEVICE_RELATIONS allocates it from paged pool,
/// references each object it lists, and puts its address in IoStatus.Information; whoever receives
/// it (a filter above, or the PnP manager) frees it. This is a view over that memory:
/// <code>
/// var relations = new DEVICE_RELATIONS(ExAllocatePool2(POOL_FLAG_PAGED, DEVICE_RELATIONS.SizeFor(n), Tag));
/// relations.Count = n; relations[0] = pdo; ObReferenceObject(pdo);
/// Irp.IoStatus.Information = relations.Address;
/// </code>
/// </summary>
[DebuggerDisplay("DEVICE_RELATIONS @{Address,h}")]
public readonly struct DEVICE_RELATIONS
{
    /// <summary>FIELD_OFFSET(DEVICE_RELATIONS, Objects) on x64.</summary>
    public const int ObjectsOffset = 8;

    /// <summary>A view of the relations at <paramref name="memory"/>.</summary>
    public DEVICE_RELATIONS(PVOID memory)
    {
        Memory = memory;
    }

    /// <summary>The relations whose address a driver put in IoStatus.Information (NULL gives a null view).</summary>
    public static DEVICE_RELATIONS FromInformation(ulong information) => new(new PVOID(information));

    /// <summary>sizeof(DEVICE_RELATIONS) + (count - 1) * sizeof(PDEVICE_OBJECT): the bytes for <paramref name="count"/> objects.</summary>
    public static ulong SizeFor(uint count) => ObjectsOffset + (8UL * Math.Max(count, 1));

    /// <summary>The relations' memory.</summary>
    public PVOID Memory { get; }

    /// <summary>The relations' address (0 for a null view): what goes in IoStatus.Information.</summary>
    public ulong Address => Memory.Address;

    /// <summary>The view is over NULL (no relations).</summary>
    public bool IsNull => Memory.IsNull;

    /// <summary>The number of device objects in Objects.</summary>
    public uint Count
    {
        get => Memory.Read<uint>();
        set => Memory.As<uint>() = value;
    }

    /// <summary>Objects[index]: the device object whose address is stored there.</summary>
    public DEVICE_OBJECT? this[uint index]
    {
        get
        {
            var address = (Memory + ObjectsOffset + (8UL * index)).Read<ulong>();
            return address == 0 ? null : KTHREAD.Current?.Machine?.ObjectManager.FindObject(address)?.Body as DEVICE_OBJECT;
        }

        set => (Memory + ObjectsOffset + (8UL * index)).As<ulong>() = value?.Address ?? 0;
    }

    /// <summary>The raw pointer stored in Objects[index] (which may not be a device object at all).</summary>
    internal ulong PointerAt(uint index) => (Memory + ObjectsOffset + (8UL * index)).Read<ulong>();
}
