using static NtSim.Wdm;

namespace NtSim.Samples.ProcessProtector;

/// <summary>The protected process ids, guarded by a fast mutex (the pre-operation routine runs at
/// PASSIVE_LEVEL in whatever thread opens a process handle; the IOCTLs in the client's).</summary>
internal sealed class Globals
{
    public readonly FAST_MUTEX Lock = new();
    public readonly uint[] Pids = new uint[ProtectPublic.MaxPids];
    public int PidsCount;

    /// <summary>The ObRegisterCallbacks registration, for ObUnRegisterCallbacks at unload.</summary>
    public object? RegHandle;

    public void Init()
    {
        ExInitializeFastMutex(Lock);
        Array.Clear(Pids);
        PidsCount = 0;
        RegHandle = null;
    }

    /// <summary>Whether <paramref name="pid"/> is protected.</summary>
    public bool FindProcess(uint pid)
    {
        ExAcquireFastMutex(Lock);
        var found = Array.IndexOf(Pids, pid, 0, ProtectPublic.MaxPids) >= 0 && pid != 0;
        ExReleaseFastMutex(Lock);
        return found;
    }

    /// <summary>Protects <paramref name="pid"/> (already protected: nothing to do); false when the table is full.</summary>
    public bool AddProcess(uint pid)
    {
        ExAcquireFastMutex(Lock);
        var added = true;
        if (Array.IndexOf(Pids, pid) < 0)
        {
            var free = Array.IndexOf(Pids, 0u);
            if (free < 0)
            {
                added = false;
            }
            else
            {
                Pids[free] = pid;
                PidsCount++;
            }
        }

        ExReleaseFastMutex(Lock);
        return added;
    }

    public void RemoveProcess(uint pid)
    {
        ExAcquireFastMutex(Lock);
        var index = Array.IndexOf(Pids, pid);
        if (index >= 0)
        {
            Pids[index] = 0;
            PidsCount--;
        }

        ExReleaseFastMutex(Lock);
    }

    public void Clear()
    {
        ExAcquireFastMutex(Lock);
        Array.Clear(Pids);
        PidsCount = 0;
        ExReleaseFastMutex(Lock);
    }
}
