namespace NtSim;

internal sealed partial class ProcessNotifications
{
    /// <summary>A new process, in the creating thread: every process routine, until an Ex routine
    /// refuses it through CreationStatus; returns that status (STATUS_SUCCESS: go on).</summary>
    internal NTSTATUS ProcessCreated(KTHREAD creator, EPROCESS process, string commandLine)
    {
        var info = new PS_CREATE_NOTIFY_INFO
        {
            ParentProcessId = creator.Process.UniqueProcessId,
            CreatingThreadId = new CLIENT_ID { UniqueProcess = creator.Process.UniqueProcessId, UniqueThread = new HANDLE((ulong)creator.Id) },
            ImageFileName = new UNICODE_STRING(process.ImageFileName),
            CommandLine = new UNICODE_STRING(commandLine),
        };
        foreach (var routine in Volatile.Read(ref _process))
        {
            Call(creator, routine, () => Invoke(routine, process, info.ParentProcessId, info));
            if (!Wdm.NT_SUCCESS(info.CreationStatus))
            {
                return info.CreationStatus;
            }
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>A process's last thread is ending it: every process routine, in that thread.</summary>
    internal void ProcessExited(KTHREAD thread, EPROCESS process, HANDLE parentId)
    {
        foreach (var routine in Volatile.Read(ref _process))
        {
            Call(thread, routine, () => Invoke(routine, process, parentId, null));
        }
    }

    /// <summary>A new thread, in the creating thread (routines registered for the new thread are
    /// called by <see cref="ThreadStarting"/>).</summary>
    internal void ThreadCreated(KTHREAD creator, KTHREAD created)
    {
        foreach (var routine in Volatile.Read(ref _thread))
        {
            if (!routine.OnNewThread)
            {
                Call(creator, routine, () => ((PCREATE_THREAD_NOTIFY_ROUTINE)routine.Routine)(created.Process.UniqueProcessId, Id(created), true));
            }
        }
    }

    /// <summary>A new user thread about to run: the PsCreateThreadNotifyNonSystem routines, on it.</summary>
    internal void ThreadStarting(KTHREAD thread)
    {
        foreach (var routine in Volatile.Read(ref _thread))
        {
            if (routine.OnNewThread)
            {
                Call(thread, routine, () => ((PCREATE_THREAD_NOTIFY_ROUTINE)routine.Routine)(thread.Process.UniqueProcessId, Id(thread), true));
            }
        }
    }

    /// <summary>A thread ending, in its own context.</summary>
    internal void ThreadExiting(KTHREAD thread)
    {
        foreach (var routine in Volatile.Read(ref _thread))
        {
            if (!routine.OnNewThread || thread.Kind == ThreadKind.User)
            {
                Call(thread, routine, () => ((PCREATE_THREAD_NOTIFY_ROUTINE)routine.Routine)(thread.Process.UniqueProcessId, Id(thread), false));
            }
        }
    }

    /// <summary>An image mapped: a driver's (ProcessId 0) before its DriverEntry, or a process's main
    /// image in the new process's first thread.</summary>
    internal void ImageLoaded(KTHREAD thread, string fullImageName, HANDLE processId, IMAGE_INFO imageInfo)
    {
        var name = new UNICODE_STRING(fullImageName);
        foreach (var routine in Volatile.Read(ref _image))
        {
            Call(thread, routine, () => ((PLOAD_IMAGE_NOTIFY_ROUTINE)routine.Routine)(name, processId, imageInfo));
        }
    }

    private static HANDLE Id(KTHREAD thread) => new((ulong)thread.Id);

    private static void Invoke(NotifyRoutine routine, EPROCESS process, HANDLE parentId, PS_CREATE_NOTIFY_INFO? info)
    {
        switch (routine.Routine)
        {
            case PCREATE_PROCESS_NOTIFY_ROUTINE_EX ex:
                ex(process, process.UniqueProcessId, info);
                break;
            case PCREATE_PROCESS_NOTIFY_ROUTINE legacy:
                legacy(parentId, process.UniqueProcessId, info is not null);
                break;
        }
    }
}

internal sealed partial class ProcessNotifications
{
    // NtSim maps no file for a process image: a fixed user address stands for its base.
    private const ulong ProcessImageBase = 0x0000_7FF7_0000_0000;

    /// <summary>A driver image mapped, before its DriverEntry: ProcessId 0, a system-mode image mapped to every process.</summary>
    internal static void DriverImageLoaded(KTHREAD thread, string serviceName, KernelModule module) =>
        thread.Machine.ProcessNotifications.ImageLoaded(thread, $@"\SystemRoot\System32\drivers\{serviceName}.sys", HANDLE.NULL, new IMAGE_INFO
        {
            SystemModeImage = true,
            ImageMappedToAllPids = true,
            ImageBase = new PVOID(module.ImageBase),
            ImageSize = (nuint)module.ImageSize,
        });

    /// <summary>A process's main image, in its first thread ("the load-image notify routine runs in the context of the new process").</summary>
    internal void ProcessImageLoaded(KTHREAD thread, EPROCESS process) =>
        ImageLoaded(thread, process.ImageFileName, process.UniqueProcessId, new IMAGE_INFO { ImageBase = new PVOID(ProcessImageBase), ImageSize = 0x10000 });
}
