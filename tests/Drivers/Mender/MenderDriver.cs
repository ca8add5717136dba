using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// Mender: a driver with a bug and its fix, for driver replacement (.kdfiles). DriverEntry allocates one
/// 64-byte block tagged 'Mend' and prints which build it is; the buggy build's DriverUnload forgets the
/// block (a leak at unload), the fixed build's (compiled with FIXED) frees it.
/// </summary>
public sealed class MenderDriver : IDriver
{
    private static readonly uint Tag = TAG("Mend");
    private static PVOID s_block;

#if FIXED
    private const string Build = "fixed";
#else
    private const string Build = "buggy";
#endif

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Mender: DriverEntry (%s build)\n", Build);
        s_block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
        if (s_block.IsNull)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        DriverObject.DriverUnload = MenderUnload;
        return STATUS_SUCCESS;
    }

    private static void MenderUnload(DRIVER_OBJECT DriverObject)
    {
#if FIXED
        ExFreePoolWithTag(s_block, Tag);
        s_block = PVOID.NULL;
#endif
    }
}
