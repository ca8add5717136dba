using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>A driver object as <c>!drvobj</c> shows it: its devices (NextDevice order), its entry points and its
/// MajorFunction table, each routine with the address and name KdSymbols gave it when the view was taken.</summary>
[DebuggerDisplay("{Name,nq}")]
internal sealed record KdDriverView(ulong Address, string Name, IReadOnlyList<ulong> Devices, KdRoutineView? DriverInit,
    KdRoutineView? DriverStartIo, KdRoutineView? DriverUnload, KdRoutineView? AddDevice, IReadOnlyList<KdRoutineView> MajorFunctions);


/// <summary>A device object as <c>!devobj</c> and <c>!devstack</c> show it. Addresses of 0 stand for NULL (no current
/// IRP, no extension, no device node, nothing attached); <see cref="QueuedIrps"/> are the IRPs waiting in its device queue.</summary>
[DebuggerDisplay("{Name,nq} ({DriverName,nq})")]
internal sealed record KdDeviceView(ulong Address, string? Name, ulong Driver, string DriverName, ulong CurrentIrp, int ReferenceCount,
    uint DeviceType, uint Flags, uint Characteristics, ulong Extension, ulong DevNode, bool DeletePending, ulong AttachedDevice, ulong AttachedTo,
    bool QueueBusy, IReadOnlyList<ulong> QueuedIrps);

/// <summary>A device node, in the tree's preorder with its <see cref="Depth"/> (the root is 0): what <c>!devnode</c> prints.</summary>
[DebuggerDisplay("{InstancePath,nq}")]
internal sealed record KdDevNodeView(ulong Address, ulong Pdo, int Depth, string InstancePath, string? Service, DeviceNodeState State,
    DeviceNodeState? PreviousState, uint Problem, uint ProblemStatus);
