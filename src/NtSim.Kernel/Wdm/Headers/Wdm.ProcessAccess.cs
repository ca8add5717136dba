namespace NtSim;

public static partial class Wdm
{
    // The process-specific access rights (winnt.h), for OpenProcess, ZwOpenProcess and an ObjectPreCallback's DesiredAccess.
    /// <summary>Process right 0x0001: terminate the process.</summary>
    public const uint PROCESS_TERMINATE = 0x0001;
    /// <summary>Process right 0x0002: create a thread in the process.</summary>
    public const uint PROCESS_CREATE_THREAD = 0x0002;
    /// <summary>Process right 0x0004: set the process's session ID.</summary>
    public const uint PROCESS_SET_SESSIONID = 0x0004;
    /// <summary>Process right 0x0008: change the process's address space (allocate, protect).</summary>
    public const uint PROCESS_VM_OPERATION = 0x0008;
    /// <summary>Process right 0x0010: read the process's memory.</summary>
    public const uint PROCESS_VM_READ = 0x0010;
    /// <summary>Process right 0x0020: write the process's memory.</summary>
    public const uint PROCESS_VM_WRITE = 0x0020;
    /// <summary>Process right 0x0080: create a process with it as the parent.</summary>
    public const uint PROCESS_CREATE_PROCESS = 0x0080;
    /// <summary>Process right 0x0100: set the process's memory limits.</summary>
    public const uint PROCESS_SET_QUOTA = 0x0100;
    /// <summary>Process right 0x0200: set information of the process (e.g. its priority class).</summary>
    public const uint PROCESS_SET_INFORMATION = 0x0200;
    /// <summary>Process right 0x0400: query information of the process (e.g. its token and exit code).</summary>
    public const uint PROCESS_QUERY_INFORMATION = 0x0400;
    /// <summary>Process right 0x0800: suspend or resume the process.</summary>
    public const uint PROCESS_SUSPEND_RESUME = 0x0800;
    /// <summary>Process right 0x1000: query a limited part of the process's information.</summary>
    public const uint PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
    /// <summary>Process right 0x2000: set a limited part of the process's information.</summary>
    public const uint PROCESS_SET_LIMITED_INFORMATION = 0x2000;
}
