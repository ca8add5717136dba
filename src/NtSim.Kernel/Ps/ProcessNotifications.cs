namespace NtSim;

/// <summary>
/// The process, thread and image notify routines of a machine (PspCreateProcessNotifyRoutine and its
/// siblings): at most 64 of each kind (PsSetCreateProcessNotifyRoutine: "the system can register up
/// to 64 process-creation callback routines"), called at PASSIVE_LEVEL in the order of registration.
/// </summary>
internal sealed partial class ProcessNotifications
{
    /// <summary>The limit of each kind of routine.</summary>
    internal const int MaximumRoutines = 64;

    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private NotifyRoutine[] _process = [];
    private NotifyRoutine[] _thread = [];
    private NotifyRoutine[] _image = [];

    internal ProcessNotifications(Machine machine)
    {
        _machine = machine;
    }

    internal bool HasProcessRoutines => Volatile.Read(ref _process).Length != 0;

    internal bool HasThreadRoutines => Volatile.Read(ref _thread).Length != 0;

    internal bool HasImageRoutines => Volatile.Read(ref _image).Length != 0;

    /// <summary>PsSetCreateProcessNotifyRoutine(Ex) with Remove FALSE: STATUS_INVALID_PARAMETER for a routine
    /// already registered or when 64 are.</summary>
    internal NTSTATUS AddProcessRoutine(KTHREAD thread, Delegate routine, string ddi, string file, int line) =>
        Add(ref _process, thread, routine, ddi, file, line, Wdm.STATUS_INVALID_PARAMETER, Wdm.STATUS_INVALID_PARAMETER);

    internal NTSTATUS AddThreadRoutine(KTHREAD thread, Delegate routine, bool onNewThread, string ddi, string file, int line) =>
        Add(ref _thread, thread, routine, ddi, file, line, Wdm.STATUS_INVALID_PARAMETER, Wdm.STATUS_INSUFFICIENT_RESOURCES, onNewThread);

    internal NTSTATUS AddImageRoutine(KTHREAD thread, Delegate routine, string ddi, string file, int line) =>
        Add(ref _image, thread, routine, ddi, file, line, Wdm.STATUS_INVALID_PARAMETER, Wdm.STATUS_INSUFFICIENT_RESOURCES);

    /// <summary>Removes a routine: STATUS_PROCEDURE_NOT_FOUND if it is not registered.</summary>
    internal NTSTATUS RemoveProcessRoutine(Delegate routine) => Remove(ref _process, routine);

    internal NTSTATUS RemoveThreadRoutine(Delegate routine) => Remove(ref _thread, routine);

    internal NTSTATUS RemoveImageRoutine(Delegate routine) => Remove(ref _image, routine);

    private NTSTATUS Add(ref NotifyRoutine[] list, KTHREAD thread, Delegate routine, string ddi, string file, int line, NTSTATUS duplicate,
        NTSTATUS full, bool onNewThread = false)
    {
        lock (_lock)
        {
            if (list.Any(r => r.Routine.Equals(routine)))
            {
                return duplicate;
            }

            if (list.Length == MaximumRoutines)
            {
                return full;
            }

            var handle = _machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, _machine.AllocateObjectAddress(0x10), 0, 0, default, file, line,
                $"notify routine {CodeNames.Of(routine.Method)} ({ddi})");
            Volatile.Write(ref list, [.. list, new NotifyRoutine(routine, _machine.Modules.For(routine), handle, onNewThread)]);
        }

        return Wdm.STATUS_SUCCESS;
    }

    private NTSTATUS Remove(ref NotifyRoutine[] list, Delegate routine)
    {
        NotifyRoutine? found;
        lock (_lock)
        {
            found = list.FirstOrDefault(r => r.Routine.Equals(routine));
            if (found is null)
            {
                return Wdm.STATUS_PROCEDURE_NOT_FOUND;
            }

            Volatile.Write(ref list, [.. list.Where(r => r != found)]);
        }

        _machine.Tracking.Untrack(found.TrackHandle);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>Calls one routine in its driver's module; a routine of an unloaded driver faults (0xCE).</summary>
    private void Call(KTHREAD thread, NotifyRoutine routine, Action call)
    {
        using (thread.EnterModule(routine.Module))
        {
            if (routine.Module.IsUnloaded)
            {
                UnloadedCode.Raise(_machine, routine.Module, routine.Routine.Method, "notify routine");
            }

            call();
        }
    }
}
