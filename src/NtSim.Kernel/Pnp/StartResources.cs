namespace NtSim;

/// <summary>
/// The raw and translated CM_RESOURCE_LISTs of IRP_MN_START_DEVICE, built in paged pool from the resources assigned
/// to the device (machine.Hardware.AssignResources) and freed by the PnP manager once the IRP is back: a driver copies
/// what it needs. One full descriptor (Internal bus 0); x64 translates ports to ports and memory to the same physical
/// addresses, so both lists hold the same descriptors.
/// </summary>
internal static class StartResources
{
    private static readonly uint Tag = PoolTag.FromString("PnpR");

    /// <summary>The list at a new pool block, or 0 when the device has no resources (both parameters NULL, as for a root device).</summary>
    internal static ulong Build(KTHREAD thread, IReadOnlyList<HardwareResource> resources)
    {
        if (resources.Count == 0)
        {
            return 0;
        }

        var size = (ulong)(CM_RESOURCE_LIST.ListOffset + CM_FULL_RESOURCE_DESCRIPTOR.PartialDescriptorsOffset + (resources.Count * CM_PARTIAL_RESOURCE_DESCRIPTOR.Size));
        var list = thread.Machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.PagedPool, zero: true), size, Tag, "", 0, "IRP_MN_START_DEVICE");
        if (list.IsNull)
        {
            return 0;
        }

        list.As<CM_RESOURCE_LIST>().Count = 1;
        var full = CM_RESOURCE_LIST.FirstFullDescriptor(list);
        ref var header = ref full.As<CM_FULL_RESOURCE_DESCRIPTOR>();
        header.InterfaceType = INTERFACE_TYPE.Internal;
        header.PartialResourceList.Version = 1;
        header.PartialResourceList.Revision = 1;
        header.PartialResourceList.Count = (uint)resources.Count;
        for (var i = 0; i < resources.Count; i++)
        {
            ref var d = ref CM_FULL_RESOURCE_DESCRIPTOR.PartialDescriptor(full, (uint)i).As<CM_PARTIAL_RESOURCE_DESCRIPTOR>();
            var r = resources[i];
            d.Type = r.Type;
            d.ShareDisposition = Wdm.CmResourceShareDeviceExclusive;
            d.Flags = r.Type == Wdm.CmResourceTypePort ? Wdm.CM_RESOURCE_PORT_IO : Wdm.CM_RESOURCE_MEMORY_READ_WRITE;
            d.u.Port.Start = new LARGE_INTEGER((long)r.Start);
            d.u.Port.Length = r.Length;
        }

        return list.Address;
    }
}
