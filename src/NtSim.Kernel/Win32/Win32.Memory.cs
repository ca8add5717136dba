namespace NtSim;

public static partial class Win32
{
    /// <summary>VirtualAlloc: committed pages in the process's address space (the address is
    /// chosen by the system; lpAddress must be NULL).</summary>
    public static PVOID VirtualAlloc(PVOID lpAddress, ulong dwSize, uint flAllocationType, uint flProtect)
    {
        var thread = Current(out var process);
        if (!lpAddress.IsNull || dwSize == 0 || (flAllocationType & Wdm.MEM_COMMIT) == 0)
        {
            thread.Win32State.LastError = Win32Error.ERROR_INVALID_PARAMETER;
            return PVOID.NULL;
        }

        var address = process.Process.AddressSpace.Allocate(dwSize, flProtect);
        thread.Win32State.LastError = address.IsNull ? Win32Error.ERROR_NOT_ENOUGH_MEMORY : 0;
        return address;
    }

    /// <summary>VirtualFree with Wdm.MEM_RELEASE: the whole allocation goes.</summary>
    public static bool VirtualFree(PVOID lpAddress, ulong dwSize, uint dwFreeType)
    {
        var thread = Current(out var process);
        if (dwFreeType != Wdm.MEM_RELEASE || dwSize != 0 || !process.Process.AddressSpace.Free(lpAddress))
        {
            thread.Win32State.LastError = Win32Error.ERROR_INVALID_PARAMETER;
            return false;
        }

        return true;
    }
}
