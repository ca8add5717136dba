namespace NtSim;

public static partial class Wdm
{
    // wdmsec.h: the default SDDL strings for device objects (IoCreateDeviceSecure, WdfDeviceInitAssignSDDLString).
    public static readonly UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY = new("D:P");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_INF_SUPPLIED = SDDL_DEVOBJ_KERNEL_ONLY;
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL = new("D:P(A;;GA;;;SY)");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL = new("D:P(A;;GA;;;SY)(A;;GA;;;BA)");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX = new("D:P(A;;GA;;;SY)(A;;GRGX;;;BA)");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R = new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R = new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)(A;;GR;;;RC)");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R = new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)");
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX =
        new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)");
}
