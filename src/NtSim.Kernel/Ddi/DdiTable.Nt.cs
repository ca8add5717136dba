namespace NtSim;

// The DDI table: the system services an application's Win32 calls enter the kernel by. They are
// called from user mode, at PASSIVE_LEVEL, so they have no IRQL rule to check; their rows give
// them a name for the trace, call counts and breakpoints (bp nt!NtDeviceIoControlFile).
internal static partial class DdiTable
{
    internal static readonly Ddi NtCreateFile = Service(nameof(NtCreateFile));
    internal static readonly Ddi NtReadFile = Service(nameof(NtReadFile));
    internal static readonly Ddi NtWriteFile = Service(nameof(NtWriteFile));
    internal static readonly Ddi NtDeviceIoControlFile = Service(nameof(NtDeviceIoControlFile));
    internal static readonly Ddi NtFlushBuffersFile = Service(nameof(NtFlushBuffersFile));
    internal static readonly Ddi NtCancelIoFile = Service(nameof(NtCancelIoFile));
    internal static readonly Ddi NtCancelIoFileEx = Service(nameof(NtCancelIoFileEx));
    internal static readonly Ddi NtClose = Service(nameof(NtClose));
    internal static readonly Ddi NtCreateEvent = Service(nameof(NtCreateEvent));
    internal static readonly Ddi NtSetEvent = Service(nameof(NtSetEvent));
    internal static readonly Ddi NtResetEvent = Service(nameof(NtResetEvent));
    internal static readonly Ddi NtWaitForSingleObject = Service(nameof(NtWaitForSingleObject));
    internal static readonly Ddi NtWaitForMultipleObjects = Service(nameof(NtWaitForMultipleObjects));
    internal static readonly Ddi NtDelayExecution = Service(nameof(NtDelayExecution));
    internal static readonly Ddi NtCreateThreadEx = Service(nameof(NtCreateThreadEx));

    // SetupDi and CM_ routines reach the PnP manager through this service.
    internal static readonly Ddi NtPlugPlayControl = Service(nameof(NtPlugPlayControl));

    private static Ddi Service(string name) => new(name, Wdm.HIGH_LEVEL);

    // Named objects: kernel32's CreateEvent/OpenEvent enter here.
    internal static readonly Ddi NtOpenEvent = Service(nameof(NtOpenEvent));
    internal static readonly Ddi NtPulseEvent = Service(nameof(NtPulseEvent));
    internal static readonly Ddi NtCreateSemaphore = Service(nameof(NtCreateSemaphore));
    internal static readonly Ddi NtOpenSemaphore = Service(nameof(NtOpenSemaphore));
    internal static readonly Ddi NtReleaseSemaphore = Service(nameof(NtReleaseSemaphore));
    internal static readonly Ddi NtCreateMutant = Service(nameof(NtCreateMutant));
    internal static readonly Ddi NtOpenMutant = Service(nameof(NtOpenMutant));
    internal static readonly Ddi NtReleaseMutant = Service(nameof(NtReleaseMutant));
}

// APCs: kernel32's QueueUserAPC enters by NtQueueApcThread; SleepEx by NtDelayExecution and the Ex waits
// by NtWaitForSingleObject/NtWaitForMultipleObjects, alertable.
internal static partial class DdiTable
{
    internal static readonly Ddi NtQueueApcThread = Service(nameof(NtQueueApcThread));
}

// Processes: kernel32's OpenProcess, TerminateProcess and GetExitCodeProcess enter here.
internal static partial class DdiTable
{
    internal static readonly Ddi NtOpenProcess = Service(nameof(NtOpenProcess));
    internal static readonly Ddi NtTerminateProcess = Service(nameof(NtTerminateProcess));
}

// Threads and priorities: OpenThread, Set/GetThreadPriority, Set/GetPriorityClass.
internal static partial class DdiTable
{
    internal static readonly Ddi NtOpenThread = Service(nameof(NtOpenThread));
    internal static readonly Ddi NtSetInformationThread = Service(nameof(NtSetInformationThread));
    internal static readonly Ddi NtQueryInformationThread = Service(nameof(NtQueryInformationThread));
    internal static readonly Ddi NtSetInformationProcess = Service(nameof(NtSetInformationProcess));
    internal static readonly Ddi NtQueryInformationProcess = Service(nameof(NtQueryInformationProcess));
}

// Handle duplication: kernel32's DuplicateHandle enters here.
internal static partial class DdiTable
{
    internal static readonly Ddi NtDuplicateObject = Service(nameof(NtDuplicateObject));
}

// I/O completion ports: kernel32's CreateIoCompletionPort, PostQueuedCompletionStatus, GetQueuedCompletionStatus(Ex) and
// SetFileCompletionNotificationModes enter here (the association and the notification modes are NtSetInformationFile classes).
internal static partial class DdiTable
{
    internal static readonly Ddi NtCreateIoCompletion = Service(nameof(NtCreateIoCompletion));
    internal static readonly Ddi NtSetIoCompletion = Service(nameof(NtSetIoCompletion));
    internal static readonly Ddi NtRemoveIoCompletion = Service(nameof(NtRemoveIoCompletion));
    internal static readonly Ddi NtRemoveIoCompletionEx = Service(nameof(NtRemoveIoCompletionEx));
    internal static readonly Ddi NtSetInformationFile = Service(nameof(NtSetInformationFile));
}
