namespace NtSim;

public static partial class Wdm
{
    // wdmsec.h: the default SDDL strings for device objects (IoCreateDeviceSecure, WdfDeviceInitAssignSDDLString).
    /// <summary>"D:P": kernel-mode code only; no user-mode caller may open the device.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY = new("D:P");
    /// <summary>"D:P", the same as SDDL_DEVOBJ_KERNEL_ONLY, for a device whose INF supplies its security settings.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_INF_SUPPLIED = SDDL_DEVOBJ_KERNEL_ONLY;
    /// <summary>"D:P(A;;GA;;;SY)": the system has all access; nobody else may open the device.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL = new("D:P(A;;GA;;;SY)");
    /// <summary>System and administrators have all access.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL = new("D:P(A;;GA;;;SY)(A;;GA;;;BA)");
    /// <summary>The system has all access; administrators may read and execute.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX = new("D:P(A;;GA;;;SY)(A;;GRGX;;;BA)");
    /// <summary>System all access; administrators read, write and execute; everyone read.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R = new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)");
    /// <summary>System all access; administrators read, write and execute; everyone and restricted code read.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R = new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)(A;;GR;;;RC)");
    /// <summary>System all access; administrators read, write and execute; everyone read and write; restricted code read.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R = new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)");
    /// <summary>System all access; administrators, everyone and restricted code read, write and execute.</summary>
    public static readonly UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX =
        new("D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)");
}
