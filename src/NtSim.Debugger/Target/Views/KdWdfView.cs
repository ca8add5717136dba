namespace NtSim.Debugger.Target.Views;

/// <summary>The KMDF framework as the wdfkd commands show it: its client drivers, and its live devices, queues and
/// requests by handle (what a handle typed at !wdfdevice, !wdfqueue or !wdfrequest names).</summary>
internal sealed record KdWdfView(IReadOnlyList<KdWdfDriverView> Drivers, IReadOnlyList<KdWdfDeviceView> Devices,
    IReadOnlyList<KdWdfQueueView> Queues, IReadOnlyList<KdWdfRequestView> Requests);

/// <summary>A KMDF client driver (!wdfdriverinfo): service, image, KMDF version, WDFDRIVER handle, FxDriverGlobals, its
/// KMDF verifier settings, its devices' handles, and its in-flight recorder as the framework renders it (!wdflogdump).</summary>
internal sealed record KdWdfDriverView(string ServiceName, string ImageName, string KmdfVersion, ulong Handle, ulong Globals,
    KdWdfVerifierView Verifier, IReadOnlyList<ulong> Devices, string Log);

/// <summary>A driver's KMDF verifier settings, as the framework read them from the registry.</summary>
internal sealed record KdWdfVerifierView(bool VerifierOn, bool VerboseOn, bool DbgBreakOnError, uint VerifierAllocateFailCount,
    uint LogPages, IReadOnlyList<string> TrackHandles);

/// <summary>A WDFDEVICE: its handle and the framework's own rendering of it (WdfDeviceInfo.Dump, what !wdfdevice prints).</summary>
internal sealed record KdWdfDeviceView(ulong Handle, string Dump);

/// <summary>A WDFQUEUE: its handle, its state line (dispatch type, power, state, level, scope), the requests it holds
/// (driver owned, then waiting) and its callbacks as wdfkd prints them (<c>(0xaddress) module!Routine</c>).</summary>
internal sealed record KdWdfQueueView(ulong Handle, string State, IReadOnlyList<KdWdfQueuedRequestView> DriverOwned,
    IReadOnlyList<KdWdfQueuedRequestView> Waiting, IReadOnlyList<KdWdfCallbackView> Callbacks);

/// <summary>A request a queue holds: its handle and its IRP's address.</summary>
internal sealed record KdWdfQueuedRequestView(ulong Request, ulong Irp);

/// <summary>A queue's callback: its name (EvtIoRead) and the routine as wdfkd prints it.</summary>
internal sealed record KdWdfCallbackView(string Name, string Routine);

/// <summary>A WDFREQUEST: its handle, its IRP, its queue (null if none), its state and origin in words, and the major
/// function of its IRP's current stack location (null without one).</summary>
internal sealed record KdWdfRequestView(ulong Handle, ulong Irp, ulong? Queue, string State, string Origin, string? MajorFunction);
