using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>A process as <c>!process</c> lists it: its EPROCESS address, client id, handle count and image.</summary>
[DebuggerDisplay("{Image,nq} {Cid}")]
internal sealed record KdProcessView(ulong Address, ulong Cid, int HandleCount, string Image);

/// <summary>
/// A thread as <c>!thread</c>, <c>!process</c> and <c>k</c> read it: its KTHREAD address, <c>T12 (Name)</c> as the
/// kernel names it (a bug check records that name), its process, its state (<c>Waiting</c>, <c>Running</c> ... with the
/// wait's reason, mode and alertability, the processor it runs on), what it waits on, its IRPs, its priorities and
/// its known stack frames, innermost first.
/// </summary>
[DebuggerDisplay("{Name,nq}")]
internal sealed record KdThreadView(ulong Address, string Name, ulong Id, bool Idle, KdProcessView Process, KdProcessView? Attached,
    string State, string WaitReason, bool UserModeWait, bool Alertable, int? Processor, int Priority, int BasePriority,
    IReadOnlyList<KdWaitView> Waits, IReadOnlyList<KdThreadIrpView> Irps, IReadOnlyList<KdFrameView> Frames)
{
    /// <summary>True if the thread has ended (!process leaves it out).</summary>
    public bool Terminated => State == "Terminated";
}

/// <summary>A dispatcher object a thread waits on, with its kind as WinDbg names it (<c>SynchronizationEvent</c>,
/// <c>Mutant - owning thread ...</c>).</summary>
internal sealed record KdWaitView(ulong Address, string Kind);

/// <summary>An IRP on a thread's IRP list: its address, type, size, flags and MDL address.</summary>
internal sealed record KdThreadIrpView(ulong Address, ushort Type, ushort Size, uint Flags, ulong Mdl);

/// <summary>One frame of a thread's stack: <c>Module!Type.Method+0x0</c> and its source (<c>ZeroDriver.cs @ 72</c>), or a
/// kernel routine (<c>nt!KeWaitForSingleObject</c>) without one.</summary>
internal sealed record KdFrameView(string Symbol, string? Source)
{
    /// <summary>"Symbol [File.cs @ 42]", as WinDbg writes a frame with source.</summary>
    public override string ToString() => Source is null ? Symbol : $"{Symbol} [{Source}]";
}

/// <summary>What a small dump keeps of the crash, as a Windows minidump keeps the crashing processor's PRCB, the
/// current process and thread and its stack: the processor that bug checked (or the session's first, for <c>.dump /m</c>
/// of a machine that has not), the thread the debugger stands on there, and its process.</summary>
internal sealed record KdCrashView(KdProcessorView Processor, KdThreadView Thread);
