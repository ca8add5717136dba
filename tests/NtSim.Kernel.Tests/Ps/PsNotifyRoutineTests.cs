using System.Reflection;
using NtSim.Tests.Services;
using static NtSim.Wdm;

namespace NtSim.Tests.Ps;

public sealed class PsNotifyRoutineTests
{
    [Fact]
    public void PsSetCreateProcessNotifyRoutineEx_CreationInTheCreatingThread_ExitInTheLastThreadOfTheProcess()
    {
        using var machine = MachineAssert.Boot();
        var events = new List<string>();
        PS_CREATE_NOTIFY_INFO? info = null;
        HANDLE creatorThread = default, exitContextProcess = default;
        PCREATE_PROCESS_NOTIFY_ROUTINE_EX routine = (process, processId, createInfo) =>
        {
            Assert.Equal(processId, PsGetProcessId(process));
            if (createInfo is not null)
            {
                info = createInfo;
                creatorThread = PsGetCurrentThreadId();
                events.Add($"create {KeGetCurrentIrql()}");
            }
            else
            {
                exitContextProcess = PsGetCurrentProcessId();
                events.Add($"exit {KeGetCurrentIrql()}");
            }
        };
        MachineAssert.Completed(machine, machine.Run(() => Assert.Equal(STATUS_SUCCESS, PsSetCreateProcessNotifyRoutineEx(routine, false))));

        var app = machine.StartProcess("notepad", _ => 3, "readme.txt");
        MachineAssert.Completed(machine, app.WaitForExit());
        MachineAssert.Completed(machine, machine.Run(() => Assert.Equal(STATUS_SUCCESS, PsSetCreateProcessNotifyRoutineEx(routine, true))));

        Assert.Equal(["create 0", "exit 0"], events);
        Assert.Equal(new HANDLE(4), info!.ParentProcessId);
        Assert.Equal(new HANDLE(4), info.CreatingThreadId.UniqueProcess);
        Assert.Equal(creatorThread, info.CreatingThreadId.UniqueThread);
        Assert.Equal("notepad", info.ImageFileName.ToString());
        Assert.Equal("notepad readme.txt", info.CommandLine.ToString());
        Assert.Equal(STATUS_SUCCESS, info.CreationStatus);
        Assert.Equal(new HANDLE((ulong)app.Id), exitContextProcess);
        Assert.Equal(3, app.ExitCode);
    }

    [Fact]
    public void CreationStatusSetByARoutine_StartProcessFailsWithThatStatus_AndTheProcessNeverRuns()
    {
        using var machine = MachineAssert.Boot();
        var ran = false;
        PCREATE_PROCESS_NOTIFY_ROUTINE_EX refuse = (_, _, createInfo) =>
        {
            if (createInfo is not null && createInfo.ImageFileName.ToString() == "malware")
            {
                createInfo.CreationStatus = STATUS_ACCESS_DENIED;
            }
        };
        MachineAssert.Completed(machine, machine.Run(() => PsSetCreateProcessNotifyRoutineEx(refuse, false)));

        var failure = Assert.Throws<ProcessCreationFailedException>(() => machine.StartProcess("malware", _ =>
        {
            ran = true;
            return 0;
        }));
        var allowed = machine.StartProcess("editor", _ => 0);
        MachineAssert.Completed(machine, allowed.WaitForExit());
        MachineAssert.Completed(machine, machine.RunUntilIdle());

        Assert.Equal(STATUS_ACCESS_DENIED, failure.Status);
        Assert.False(ran);
        Assert.True(allowed.HasExited);
    }

    [Fact]
    public void PsSetCreateProcessNotifyRoutine_TwiceIsInvalidParameter_64IsTheLimit_RemovingAnUnknownRoutineIsNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS twice = 0, sixtyFifth = 0, unknown = 0;
        var added = 0;
        var routines = Enumerable.Range(0, 65).Select(i => (PCREATE_PROCESS_NOTIFY_ROUTINE)((_, _, _) => GC.KeepAlive(i))).ToList();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            added = routines.Take(64).Count(r => PsSetCreateProcessNotifyRoutine(r, false) == STATUS_SUCCESS);
            twice = PsSetCreateProcessNotifyRoutine(routines[0], false);
            sixtyFifth = PsSetCreateProcessNotifyRoutine(routines[64], false);
            unknown = PsSetCreateProcessNotifyRoutine(routines[64], true);
            routines.Take(64).ToList().ForEach(r => Assert.Equal(STATUS_SUCCESS, PsSetCreateProcessNotifyRoutine(r, true)));
        }));
        Assert.Equal(64, added);
        Assert.Equal(STATUS_INVALID_PARAMETER, twice);
        Assert.Equal(STATUS_INVALID_PARAMETER, sixtyFifth);
        Assert.Equal(STATUS_PROCEDURE_NOT_FOUND, unknown);
    }

    [Fact]
    public void PsSetCreateProcessNotifyRoutine_LegacyRoutine_GetsParentAndCreateFlag()
    {
        using var machine = MachineAssert.Boot();
        var events = new List<(HANDLE Parent, HANDLE Process, bool Create)>();
        PCREATE_PROCESS_NOTIFY_ROUTINE routine = (parent, process, create) => events.Add((parent, process, create));
        MachineAssert.Completed(machine, machine.Run(() => PsSetCreateProcessNotifyRoutine(routine, false)));
        var app = machine.StartProcess("tool", _ => 0);
        MachineAssert.Completed(machine, app.WaitForExit());
        MachineAssert.Completed(machine, machine.Run(() => PsSetCreateProcessNotifyRoutine(routine, true)));

        var id = new HANDLE((ulong)app.Id);
        Assert.Equal([(new HANDLE(4), id, true), (new HANDLE(4), id, false)], events);
    }

    [Fact]
    public void PsSetCreateThreadNotifyRoutine_SystemThread_CreateInTheCreator_ExitInTheThreadItself()
    {
        using var machine = MachineAssert.Boot();
        var events = new List<string>();
        HANDLE creator = default, created = default;
        PCREATE_THREAD_NOTIFY_ROUTINE routine = (processId, threadId, create) =>
            events.Add($"{(create ? "create" : "exit")} {processId.Value} {(threadId == PsGetCurrentThreadId() ? "self" : "other")} {KeGetCurrentIrql()}");
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, PsSetCreateThreadNotifyRoutine(routine));
            creator = PsGetCurrentThreadId();
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, out var clientId, _ => { }, null);
            created = clientId.UniqueThread;
            ZwWaitForSingleObject(handle, false, null);
            ZwClose(handle);
            Assert.Equal(STATUS_SUCCESS, PsRemoveCreateThreadNotifyRoutine(routine));
            Assert.Equal(STATUS_PROCEDURE_NOT_FOUND, PsRemoveCreateThreadNotifyRoutine(routine));
        }));
        Assert.NotEqual(creator, created);
        Assert.Equal(["create 4 other 0", "exit 4 self 0"], events);
    }

    [Fact]
    public void PsSetCreateThreadNotifyRoutineEx_NonSystem_SeesUserThreadsOnTheNewThread_NotSystemThreads()
    {
        using var machine = MachineAssert.Boot();
        var events = new List<string>();
        PCREATE_THREAD_NOTIFY_ROUTINE routine = (processId, threadId, create) =>
            events.Add($"{(create ? "create" : "exit")} {(threadId == PsGetCurrentThreadId() ? "self" : "other")} {(processId == PsGetCurrentProcessId() ? "own" : "foreign")}");
        NTSTATUS badType = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, PsSetCreateThreadNotifyRoutineEx(PSCREATETHREADNOTIFYTYPE.PsCreateThreadNotifyNonSystem, routine));
            badType = PsSetCreateThreadNotifyRoutineEx((PSCREATETHREADNOTIFYTYPE)7, (_, _, _) => { });
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => { }, null);
            ZwWaitForSingleObject(handle, false, null);
            ZwClose(handle);
        }));
        var app = machine.StartProcess("worker", _ => 0);
        MachineAssert.Completed(machine, app.WaitForExit());
        MachineAssert.Completed(machine, machine.Run(() => PsRemoveCreateThreadNotifyRoutine(routine)));

        Assert.Equal(STATUS_INVALID_PARAMETER, badType);
        Assert.Equal(["create self own", "exit self own"], events);
    }

    [Fact]
    public void PsSetCreateThreadNotifyRoutine_65thRoutine_IsInsufficientResources()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS sixtyFifth = 0;
        var routines = Enumerable.Range(0, 65).Select(i => (PCREATE_THREAD_NOTIFY_ROUTINE)((_, _, _) => GC.KeepAlive(i))).ToList();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            routines.Take(64).ToList().ForEach(r => Assert.Equal(STATUS_SUCCESS, PsSetCreateThreadNotifyRoutine(r)));
            sixtyFifth = PsSetCreateThreadNotifyRoutine(routines[64]);
            routines.Take(64).ToList().ForEach(r => Assert.Equal(STATUS_SUCCESS, PsRemoveCreateThreadNotifyRoutine(r)));
        }));
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, sixtyFifth);
    }

    [Fact]
    public void PsSetLoadImageNotifyRoutine_DriverImageBeforeDriverEntry_AndTheProcessImageInTheNewProcess()
    {
        using var machine = MachineAssert.Boot();
        var images = new List<(string Name, HANDLE ProcessId, bool SystemMode, bool Mapped, ulong Base, HANDLE Context)>();
        PLOAD_IMAGE_NOTIFY_ROUTINE routine = (name, processId, info) =>
            images.Add((name.ToString(), processId, info.SystemModeImage, info.ImageMappedToAllPids, info.ImageBase.Address, PsGetCurrentProcessId()));
        NTSTATUS badFlags = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, PsSetLoadImageNotifyRoutine(routine));
            badFlags = PsSetLoadImageNotifyRoutineEx((_, _, _) => { }, 2);
        }));
        machine.Services.Install<NotifyingDriver>("Imaged");
        MachineAssert.Completed(machine, machine.Services.Start("Imaged"));
        var app = machine.StartProcess("viewer", _ => 0);
        MachineAssert.Completed(machine, app.WaitForExit());
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, PsRemoveLoadImageNotifyRoutine(routine));
            Assert.Equal(STATUS_PROCEDURE_NOT_FOUND, PsRemoveLoadImageNotifyRoutine(routine));
        }));
        machine.Services.Stop("Imaged");

        Assert.Equal(STATUS_INVALID_PARAMETER, badFlags);
        Assert.Equal(2, images.Count);
        Assert.Equal(@"\SystemRoot\System32\drivers\Imaged.sys", images[0].Name);
        Assert.Equal((HANDLE.NULL, true, true, TestDrivers.FirstImageBase), (images[0].ProcessId, images[0].SystemMode, images[0].Mapped, images[0].Base));
        Assert.Equal(("viewer", new HANDLE((ulong)app.Id), false), (images[1].Name, images[1].ProcessId, images[1].SystemMode));
        Assert.Equal(new HANDLE((ulong)app.Id), images[1].Context);
    }

    [Fact]
    public void DriverUnloadingWithANotifyRoutine_IsALeftover_AndTheNextThreadCreationBugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        NotifyingDriver.RemoveAtUnload = false;
        machine.Services.Install<NotifyingDriver>("Notifier");
        MachineAssert.Completed(machine, machine.Services.Start("Notifier"));

        var report = machine.Services.Stop("Notifier");
        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains("(PsSetCreateThreadNotifyRoutine)", item.Description, StringComparison.Ordinal);

        var status = machine.Run(() => PsCreateSystemThread(out _, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => { }, null));
        var method = typeof(NotifyingDriver).GetMethod(nameof(NotifyingDriver.OnThread), BindingFlags.NonPublic | BindingFlags.Static)!;
        var routine = TestDrivers.RoutineAddress(method, TestDrivers.FirstImageBase);
        MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine, 8, routine, 0);
    }

    [Fact]
    public void DriverRemovingItsRoutineAtUnload_LeavesNothingBehind()
    {
        using var machine = MachineAssert.Boot();
        NotifyingDriver.RemoveAtUnload = true;
        machine.Services.Install<NotifyingDriver>("Notifier");
        MachineAssert.Completed(machine, machine.Services.Start("Notifier"));

        Assert.Empty(machine.Services.Stop("Notifier").Items);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => { }, null);
            ZwWaitForSingleObject(handle, false, null);
            ZwClose(handle);
        }));
    }

    [Fact]
    public void PsSetCreateProcessNotifyRoutineEx_AtDispatchLevel_BugChecksC4_IrqlPsPassive()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            PsSetCreateProcessNotifyRoutineEx((_, _, _) => { }, false);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001C, 0, 0, 0);
    }

    public sealed class NotifyingDriver : IDriver
    {
        internal static bool RemoveAtUnload { get; set; } = true;

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = NotifyingUnload;
            return PsSetCreateThreadNotifyRoutine(OnThread);
        }

        internal static void OnThread(HANDLE ProcessId, HANDLE ThreadId, bool Create)
        {
        }

        private static void NotifyingUnload(DRIVER_OBJECT DriverObject)
        {
            if (RemoveAtUnload)
            {
                PsRemoveCreateThreadNotifyRoutine(OnThread);
            }
        }
    }
}
