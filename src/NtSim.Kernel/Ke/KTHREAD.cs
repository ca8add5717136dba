using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// KTHREAD (here also ETHREAD): a simulated thread. It is backed by a real .NET thread, which runs
/// kernel code only while the simulated thread holds a processor. The thread object is signaled
/// when the thread terminates. Wait fields are guarded by the dispatcher lock.
/// </summary>
[DebuggerDisplay("{Name,nq} {State}")]
public sealed partial class KTHREAD : DispatcherObject, IObjectBody
{
    [ThreadStatic]
    private static KTHREAD? t_current;

    private WaitBlock[] _waitBlocks;

    internal KTHREAD(Machine machine, int id, string name, ThreadKind kind, KernelModule module)
    {
        base.Machine = machine;
        Id = id;
        Name = name;
        Kind = kind;
        Module = module;
        CurrentModule = module;
        Address = machine.AllocateObjectAddress(0x30 + 0x480) + 0x30;
        WaitTimer = new KTIMER { Machine = machine, Address = Address + 0x100, TimeoutThread = this };
        _waitBlocks = [new WaitBlock(this), new WaitBlock(this), new WaitBlock(this)];
    }

    /// <summary>The machine the thread belongs to, from its construction (a dispatcher object in
    /// general is bound to a machine only by its Ke*Initialize* routine).</summary>
    internal new Machine Machine => base.Machine!;

    /// <summary>The simulated thread running on the calling .NET thread, or null on a host thread.</summary>
    internal static KTHREAD? Current => t_current;

    /// <summary>Thread id (multiples of 4, as Windows hands them out).</summary>
    public int Id { get; }

    /// <summary>The thread's name ("Poller", "PnP"), as traces and reports show it.</summary>
    public string Name { get; }

    /// <summary>Whether the thread is ready, running, waiting or terminated.</summary>
    public ThreadState State { get; internal set; }

    internal ThreadKind Kind { get; }

    /// <summary>The module that created the thread (whose start routine it runs).</summary>
    internal KernelModule Module { get; }

    /// <summary>The module whose code is running now (changes for the length of a DPC, say).</summary>
    internal KernelModule CurrentModule { get; set; }

    internal Thread? HostThread { get; set; }

    /// <summary>Released to let the .NET thread run (it was chosen, or the machine halted).</summary>
    internal SemaphoreSlim Go { get; } = new(0);

    internal Processor? Processor { get; set; }

    /// <summary>The IRQL the thread had when it left its processor, restored when it returns.</summary>
    internal KIRQL SavedIrql { get; set; }

    // Waits.
    internal int WaitCount { get; set; }
    internal WAIT_TYPE WaitType { get; set; }
    internal NTSTATUS WaitStatus { get; set; }
    internal bool WaitAlertable { get; set; }
    internal KPROCESSOR_MODE WaitMode { get; set; }

    /// <summary>Why the thread waits (KTHREAD.WaitReason): the reason a driver passed to KeWaitForXxx, or the
    /// one the kernel records for its own waits (WrQueue, WrResource, DelayExecution ...). Kept after the wait.</summary>
    internal KWAIT_REASON WaitReason { get; set; }

    internal bool Alerted { get; set; }
    internal KTIMER WaitTimer { get; }
    internal KSPIN_LOCK? SpinningOn { get; set; }
    internal long QuantumStart { get; set; }

    // APC disabling: KeEnterCriticalRegion counts KernelApcDisable down, KeEnterGuardedRegion counts
    // SpecialApcDisable down; both are zero when APCs are enabled.
    internal short KernelApcDisable { get; set; }
    internal short SpecialApcDisable { get; set; }

    internal List<KMUTEX> OwnedMutexes { get; } = [];
    /// <summary>The spin lock the thread took last of those it holds; each links to the one taken
    /// before it (<see cref="KSPIN_LOCK.HeldBefore"/>).</summary>
    internal KSPIN_LOCK? LastHeldSpinLock { get; set; }

    /// <summary>How many spin locks the thread holds.</summary>
    internal int SpinLocksHeld { get; set; }

    /// <summary>The <see cref="Ddi.Index"/> of the last DDI the thread entered, or -1: an integer, so
    /// the gate's store needs no GC write barrier.</summary>
    internal int LastDdiIndex = -1;

    /// <summary>The last DDI the thread entered ("KeWaitForSingleObject"), for a report when a run stops.</summary>
    internal string? LastDdi => LastDdiIndex < 0 ? null : Ddi.At(LastDdiIndex).Name;
    internal NTSTATUS ExitStatus { get; set; }

    /// <summary>The tracker's handle while a thread a driver created runs, or -1.</summary>
    internal int TrackHandle { get; set; } = -1;
    internal Action? StartRoutine { get; set; }

    /// <summary>Simulated address of the driver's start routine (Win32StartAddress), for 0xCE.</summary>
    internal ulong StartAddress { get; set; }

    internal override string KindName => "KTHREAD";

    /// <summary>The Thread object's header (Ps gives one to the threads it creates; Ob adopts others).</summary>
    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal WaitBlock[] EnsureWaitBlocks(int count)
    {
        if (_waitBlocks.Length < count)
        {
            var blocks = new WaitBlock[count];
            for (var i = 0; i < count; i++)
            {
                blocks[i] = i < _waitBlocks.Length ? _waitBlocks[i] : new WaitBlock(this);
            }

            _waitBlocks = blocks;
        }

        return _waitBlocks;
    }

    internal WaitBlock[] WaitBlocks => _waitBlocks;

    internal static void SetCurrent(KTHREAD? thread) => t_current = thread;

    /// <summary>Runs as <paramref name="module"/> until the scope is disposed.</summary>
    internal ModuleScope EnterModule(KernelModule module) => new(this, module);

    /// <summary>"T12 (Name)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"T{Id} ({Name})");
}
