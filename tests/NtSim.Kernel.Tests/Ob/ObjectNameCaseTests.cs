using static NtSim.Tests.Ob.ObTest;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Ob;

/// <summary>How object names match case: OBJ_CASE_INSENSITIVE, the ObCaseInsensitive default and the
/// object types kernel32 names case-sensitively (events, mutexes, semaphores).</summary>
public sealed class ObjectNameCaseTests
{
    [Fact]
    public void CreateEvent_NamesDifferingInCase_AreTwoEvents()
    {
        using var machine = MachineAssert.Boot();
        uint openError = 0, secondError = 1;
        bool openedNull = false;
        uint firstAfterSet = 0, secondAfterSet = 0;
        var app = machine.StartProcess("app", args =>
        {
            var upper = CreateEvent(null, true, false, "CaseName");
            var opened = OpenEvent(EVENT_ALL_ACCESS, false, "casename");
            openedNull = opened.IsNull;
            openError = GetLastError();
            var lower = CreateEvent(null, true, false, "casename");
            secondError = GetLastError();
            SetEvent(upper);
            firstAfterSet = WaitForSingleObject(upper, 0);
            secondAfterSet = WaitForSingleObject(lower, 0);
            CloseHandle(upper);
            CloseHandle(lower);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());

        Assert.True(openedNull);
        Assert.Equal(ERROR_FILE_NOT_FOUND, openError);
        Assert.Equal(0u, secondError);
        Assert.Equal(WAIT_OBJECT_0, firstAfterSet);
        Assert.Equal(WAIT_TIMEOUT, secondAfterSet);
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
    }

    [Fact]
    public void ZwOpenEvent_OtherCase_FoundOnlyWithObjCaseInsensitive()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS exact = 0, sensitive = 0, insensitive = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwCreateEvent(out var h, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\MixedCase", OBJ_KERNEL_HANDLE), NotificationEvent, false);
            exact = ZwOpenEvent(out var h1, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\MixedCase", OBJ_KERNEL_HANDLE));
            sensitive = ZwOpenEvent(out _, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\mixedcase", OBJ_KERNEL_HANDLE));
            insensitive = ZwOpenEvent(out var h2, EVENT_ALL_ACCESS, Attributes(@"\BASENAMEDOBJECTS\MIXEDCASE", OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE));
            ZwClose(h);
            ZwClose(h1);
            ZwClose(h2);
        }));

        Assert.Equal(STATUS_SUCCESS, exact);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, sensitive);
        Assert.Equal(STATUS_SUCCESS, insensitive);
    }

    [Fact]
    public void ZwOpenDirectoryObject_OtherCase_FollowsObCaseInsensitive()
    {
        NTSTATUS DefaultMachine(uint attributes)
        {
            using var machine = MachineAssert.Boot();
            NTSTATUS status = 0;
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                status = OpenDirectory(@"\basenamedobjects", out var h, attributes);
                if (NT_SUCCESS(status))
                {
                    ZwClose(h);
                }
            }));
            return status;
        }

        NTSTATUS SensitiveMachine(uint attributes)
        {
            using var machine = Machine.Boot(new MachineOptions { ObCaseInsensitive = false });
            NTSTATUS status = 0;
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                status = OpenDirectory(@"\basenamedobjects", out var h, attributes);
                if (NT_SUCCESS(status))
                {
                    ZwClose(h);
                }
            }));
            return status;
        }

        // ObCaseInsensitive (the default): a directory matches in any case, with or without the flag.
        Assert.Equal(STATUS_SUCCESS, DefaultMachine(OBJ_KERNEL_HANDLE));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, SensitiveMachine(OBJ_KERNEL_HANDLE));
        Assert.Equal(STATUS_SUCCESS, SensitiveMachine(OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE));
    }
}
