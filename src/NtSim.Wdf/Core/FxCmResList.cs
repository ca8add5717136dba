using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A hardware resource list (FxCmResList, WDFCMRESLIST): the framework's copy of a CM_RESOURCE_LIST's partial
/// descriptors. A device owns two (raw and translated), rebuilt from IRP_MN_START_DEVICE's lists at each start
/// (FxPkgPnp::PnpMatchResources) and kept until the next one, so EvtDeviceReleaseHardware still sees them.
/// </summary>
[DebuggerDisplay("WDFCMRESLIST 0x{Handle,x} Count = {Count}")]
internal sealed class FxCmResList : FxObject
{
    private readonly List<CM_PARTIAL_RESOURCE_DESCRIPTOR> _descriptors = [];
    private readonly List<PVOID> _clones = [];
    private readonly object _listLock = new();

    internal FxCmResList(FxDriverGlobals globals)
        : base(globals, FxObjectType.CmResList)
    {
    }

    /// <summary>The framework makes and deletes these lists; WdfObjectDelete on one is a misuse.</summary>
    internal override bool DriverMayDelete => false;

    internal uint Count
    {
        get
        {
            lock (_listLock)
            {
                return (uint)_descriptors.Count;
            }
        }
    }

    /// <summary>Replaces the contents with every partial descriptor of every full descriptor of the WDM list at
    /// <paramref name="resourceList"/> (FxCmResList::BuildFromWdmList); a NULL list leaves the list empty.</summary>
    internal NTSTATUS BuildFromWdmList(KTHREAD thread, PVOID resourceList)
    {
        var read = new List<CM_PARTIAL_RESOURCE_DESCRIPTOR>();
        if (!resourceList.IsNull)
        {
            var full = CM_RESOURCE_LIST.FirstFullDescriptor(resourceList);
            var fullCount = resourceList.Read<CM_RESOURCE_LIST>().Count;
            for (var f = 0u; f < fullCount; f++)
            {
                var partialCount = full.Read<CM_FULL_RESOURCE_DESCRIPTOR>().PartialResourceList.Count;
                for (var i = 0u; i < partialCount; i++)
                {
                    read.Add(CM_FULL_RESOURCE_DESCRIPTOR.PartialDescriptor(full, i).Read<CM_PARTIAL_RESOURCE_DESCRIPTOR>());
                }

                full = CM_FULL_RESOURCE_DESCRIPTOR.PartialDescriptor(full, partialCount);
            }
        }

        FreeClones(thread);
        lock (_listLock)
        {
            _descriptors.Clear();
            _descriptors.AddRange(read);
        }

        return AllocateClones(thread, read.Count);
    }

    /// <summary>FxCmResList::GetDescriptor: a fresh copy of descriptor <paramref name="index"/> in the
    /// framework's memory (a change the driver makes to it is not kept), or NULL past the end.</summary>
    internal PVOID GetDescriptor(uint index)
    {
        PVOID clone;
        CM_PARTIAL_RESOURCE_DESCRIPTOR descriptor;
        lock (_listLock)
        {
            if (index >= (uint)_descriptors.Count)
            {
                return PVOID.NULL;
            }

            clone = _clones[(int)index];
            descriptor = _descriptors[(int)index];
        }

        clone.Write(descriptor);
        return clone;
    }

    /// <summary>FxResourceCollection::AddAt on a list built from the start IRP (FxResourceNoAccess): the
    /// recorder line, the verifier's break, STATUS_ACCESS_DENIED; the list is unchanged.</summary>
    internal NTSTATUS AddAt(KTHREAD thread, uint index)
    {
        FxVerifierBreak.Report(thread, Globals, $"Adds not allowed on handle 0x{Handle:x}, add at index {index} failed");
        return Wdm.STATUS_ACCESS_DENIED;
    }

    /// <summary>FxResourceCollection::RemoveAndDelete on such a list: the recorder line and the verifier's break;
    /// nothing is removed.</summary>
    internal void RemoveAt(KTHREAD thread, uint index) =>
        FxVerifierBreak.Report(thread, Globals, $"Removes not allowed on handle 0x{Handle:x}, remove at index {index} failed");

    protected override void OnDestroy(KTHREAD thread) => FreeClones(thread);

    private NTSTATUS AllocateClones(KTHREAD thread, int count)
    {
        var clones = new List<PVOID>(count);
        for (var i = 0; i < count; i++)
        {
            var clone = Globals.Machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: true),
                (ulong)CM_PARTIAL_RESOURCE_DESCRIPTOR.Size, Globals.PoolTag, "", 0, "FxResourceCm");
            if (clone.IsNull)
            {
                lock (_listLock)
                {
                    _clones.AddRange(clones);
                    _descriptors.Clear();
                }

                FreeClones(thread);
                return Wdm.STATUS_INSUFFICIENT_RESOURCES;
            }

            clones.Add(clone);
        }

        lock (_listLock)
        {
            _clones.AddRange(clones);
        }

        return Wdm.STATUS_SUCCESS;
    }

    private void FreeClones(KTHREAD thread)
    {
        PVOID[] clones;
        lock (_listLock)
        {
            clones = [.. _clones];
            _clones.Clear();
        }

        if (Globals.Machine.IsHalted)
        {
            return;
        }

        foreach (var clone in clones)
        {
            Globals.Machine.Pool.Free(thread, clone.Address, Globals.PoolTag, checkTag: false, "FxResourceCm");
        }
    }
}
