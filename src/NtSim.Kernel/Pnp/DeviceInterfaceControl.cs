namespace NtSim;

/// <summary>The kernel side of the user-mode device interface queries (SetupDi, CM_Get_Device_Interface_List):
/// what NtPlugPlayControl(PlugPlayControlGetInterfaceDeviceList) answers to the PnP service.</summary>
internal static class DeviceInterfaceControl
{
    /// <summary>The interfaces of a class, as device paths (<c>\\?\ROOT#SYSTEM#0000#{class}</c>) with
    /// whether each is enabled; of one device if <paramref name="deviceInstance"/> is given
    /// (STATUS_NO_SUCH_DEVICE if no interface was ever registered for it).</summary>
    internal static NTSTATUS GetInterfaceDeviceList(KTHREAD thread, Guid classGuid, string? deviceInstance, bool includeNonActive,
        out IReadOnlyList<DeviceInterfaceInstance> interfaces)
    {
        var machine = thread.Machine;
        interfaces = [];
        if (deviceInstance is not null && machine.DeviceInterfaces.NodeOf(deviceInstance) is null)
        {
            return Wdm.STATUS_NO_SUCH_DEVICE;
        }

        interfaces = DeviceInterfaces.List(machine, classGuid, deviceInstance, includeNonActive);
        machine.Scheduler.SchedulingPoint(thread);
        return Wdm.STATUS_SUCCESS;
    }
}
