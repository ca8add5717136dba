namespace NtSim;

/// <summary>PsCreateSystemThread at its core: a Ke thread that is also a Thread object, with a
/// kernel handle for the creator and a reference of its own that it drops when it ends.</summary>
internal static class SystemThreads
{
    // PROCESS_CREATE_THREAD (winnt.h): the access PsCreateSystemThread needs to a ProcessHandle.
    private const uint ProcessCreateThread = 0x0002;

    internal static NTSTATUS Create(KTHREAD creator, uint desiredAccess, OBJECT_ATTRIBUTES? attributes, HANDLE processHandle,
        KSTART_ROUTINE startRoutine, object? startContext, string? file, int line, out HANDLE handle, out CLIENT_ID clientId)
    {
        var machine = creator.Machine;
        var objects = machine.ObjectManager;
        handle = HANDLE.NULL;
        clientId = default;

        // Vista and later: the handle is a kernel handle whatever the attributes say.
        var handleAttributes = Wdm.OBJ_KERNEL_HANDLE;
        if (attributes is { } objectAttributes)
        {
            var status = objects.Capture(objectAttributes, Wdm.KernelMode, nameof(Wdm.PsCreateSystemThread), out var captured);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            objects.Release(captured);
            // OBJ_PERMANENT, OBJ_EXCLUSIVE and OBJ_OPENIF are not valid for a thread object; threads have no names.
            if ((captured.Attributes & (Wdm.OBJ_PERMANENT | Wdm.OBJ_EXCLUSIVE | Wdm.OBJ_OPENIF)) != 0 || !captured.IsUnnamed)
            {
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            handleAttributes |= captured.Attributes & Wdm.OBJ_INHERIT;
        }

        var process = machine.SystemProcess;
        if (!processHandle.IsNull)
        {
            var status = objects.ReferenceByHandle(processHandle, ProcessCreateThread, ObjectTypes.Process, Wdm.KernelMode, out var processHeader, out _);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            process = (EPROCESS)processHeader!.Body;
            objects.Dereference(processHeader);
        }

        // PspCreateThread readies the thread only once its handle exists: the thread waits for the gate.
        var started = new StartBlock(startRoutine, startContext);
        var module = machine.Modules.For(startRoutine);
        var thread = machine.Scheduler.CreateThread(CodeNames.ThreadName(startRoutine), ThreadKind.System, module, started.Run);
        thread.StartAddress = module.AddressOf(startRoutine.Method);
        try
        {
            var header = objects.AdoptThread(thread, creator.CurrentModule, file, line);
            started.Header = header;
            thread.TrackHandle = machine.Tracking.Track(ResourceKind.Thread, creator.CurrentModule, thread.Address, 0, 0, default, file ?? "", line,
                $"system thread {thread} running {CodeNames.Of(startRoutine.Method)}");
            handle = objects.CreateHandle(header, desiredAccess, handleAttributes, creator.CurrentModule, file, line);
            clientId = new CLIENT_ID { UniqueProcess = process.UniqueProcessId, UniqueThread = new HANDLE((ulong)thread.Id) };
            if (machine.ProcessNotifications.HasThreadRoutines)
            {
                // "When a thread is created, the thread-notify routine runs in the context of the thread that created the new thread."
                machine.ProcessNotifications.ThreadCreated(creator, thread);
            }
        }
        finally
        {
            started.Open();
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The start of a system thread: wait for the creator, run the start routine, and drop
    /// the thread's reference to itself when it ends (PspExitThread).</summary>
    private sealed class StartBlock(KSTART_ROUTINE routine, object? context)
    {
        // Opened by the creator; in deterministic mode it is open before the thread first runs.
        private readonly object _gate = new();
        private bool _open;

        internal ObjectHeader? Header { get; set; }

        internal void Open()
        {
            lock (_gate)
            {
                _open = true;
                Monitor.PulseAll(_gate);
            }
        }

        internal void Run()
        {
            var thread = KTHREAD.Current!;
            lock (_gate)
            {
                while (!_open)
                {
                    Monitor.Wait(_gate);
                }
            }

            thread.Machine.ThrowIfHalted();
            try
            {
                routine(context);
            }
            finally
            {
                if (!thread.Machine.IsHalted && thread.Machine.ProcessNotifications.HasThreadRoutines)
                {
                    // "When a thread is deleted, the thread-notify routine runs in the context of this thread when the thread exits."
                    thread.Machine.ProcessNotifications.ThreadExiting(thread);
                }

                if (!thread.Machine.IsHalted && Header is not null)
                {
                    thread.Machine.ObjectManager.Dereference(Header);
                }
            }
        }
    }
}
