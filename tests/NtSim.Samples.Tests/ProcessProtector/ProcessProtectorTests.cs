using System.Runtime.InteropServices;
using NtSim.Samples.ProcessProtector;
using static NtSim.Samples.ProcessProtector.ProtectPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.ProcessProtector;

/// <summary>The process protector and its client: a protected process cannot be terminated through a
/// handle (PROCESS_TERMINATE stripped), then can once unprotected; bad IOCTL input; a clean unload.</summary>
public sealed class ProcessProtectorTests
{
    internal const string Service = "KProtect";

    /// <summary>A process that waits for ever on an event of its own, until it is terminated.</summary>
    private static UserProcess StartVictim(Machine machine) => machine.StartProcess("victim", _ =>
    {
        WaitForSingleObject(CreateEvent(null, true, false, null), INFINITE);
        return 0;
    });

    [Fact]
    public void Protect_AnotherProcess_KillIsDenied_ThenUnprotected_KillSucceeds() =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<ProtectorDriver>(Service);
            var victim = StartVictim(machine);
            var pid = victim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var add = machine.RunClient("protect", ProtectClient.Main, "add", pid);
            var denied = machine.RunClient("protect", ProtectClient.Main, "kill", pid, "5");
            Assert.False(victim.HasExited);
            var remove = machine.RunClient("protect", ProtectClient.Main, "remove", pid);
            var killed = machine.RunClient("protect", ProtectClient.Main, "kill", pid, "5");
            NtAssert.Completed(machine, victim.WaitForExit());

            Assert.Equal((0, $"Protected {pid}\n"), (add.ExitCode, add.Output));
            Assert.Equal((1, $"TerminateProcess({pid}) failed (error 5)\n"), (denied.ExitCode, denied.Output));
            Assert.Equal((0, $"Unprotected {pid}\n"), (remove.ExitCode, remove.Output));
            Assert.Equal((0, $"Process {pid} terminated\n"), (killed.ExitCode, killed.Output));
            Assert.Equal(5, victim.ExitCode);
            machine.StopDriverAndCheckMachine(Service);
            Assert.Empty(machine.ObjectCallbacks.Registrations);
        }, SampleHost.Iterations);

    [Fact]
    public void Tour_ProtectedItselfCannotTerminateItself_UnprotectedItCan()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<ProtectorDriver>(Service);

        var app = machine.RunClient("protect", ProtectClient.Main);

        Assert.Equal(0, app.ExitCode);
        Assert.Equal(
            $"Protected {app.Id}\n" +
            "TerminateProcess on myself: access denied\n" +
            $"Unprotected {app.Id}\n" +
            "Terminating myself\n", app.Output);
        machine.StopDriverAndCheckMachine(Service);
    }

    [Fact]
    public void BadInput_EmptyOrMisalignedBuffer_ZeroId_TooManyIds_UnknownCode_GetTheirStatuses()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<ProtectorDriver>(Service);
        var app = machine.RunClient("badinput", args =>
        {
            var device = CreateFile(DOS_DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            uint Error(uint code, byte[] input) => DeviceIoControl(device, code, input, (uint)input.Length, null, 0, out _, null) ? 0 : GetLastError();
            byte[] Ids(int count, uint first) => MemoryMarshal.AsBytes(Enumerable.Range(0, count).Select(i => first + (uint)i).ToArray().AsSpan()).ToArray();
            printf("%u %u %u %u %u %u", Error(IOCTL_PROCESS_PROTECT_BY_PID, []), Error(IOCTL_PROCESS_PROTECT_BY_PID, [1, 2, 3]),
                Error(IOCTL_PROCESS_PROTECT_BY_PID, Ids(1, 0)), Error(IOCTL_PROCESS_PROTECT_BY_PID, Ids(MaxPids + 1, 1000)),
                Error(IOCTL_PROCESS_PROTECT_BY_PID + 0x100, Ids(1, 1000)), Error(IOCTL_PROCESS_PROTECT_CLEAR, []));
            CloseHandle(device);
            return 0;
        });

        // STATUS_INVALID_BUFFER_SIZE twice, STATUS_INVALID_PARAMETER, STATUS_INSUFFICIENT_RESOURCES, STATUS_INVALID_DEVICE_REQUEST, success.
        Assert.Equal(
            $"{Win32Error.ERROR_INVALID_USER_BUFFER} {Win32Error.ERROR_INVALID_USER_BUFFER} {Win32Error.ERROR_INVALID_PARAMETER} " +
            $"{Win32Error.ERROR_NO_SYSTEM_RESOURCES} {Win32Error.ERROR_INVALID_FUNCTION} 0", app.Output);
        Assert.Equal(0, ProtectorDriver.g_Data.PidsCount);
        machine.StopDriverAndCheckMachine(Service);
    }

    [Fact]
    public void KernelHandles_ToAProtectedProcess_KeepProcessTerminate()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<ProtectorDriver>(Service);
        var victim = StartVictim(machine);
        machine.RunClient("protect", ProtectClient.Main, "add", victim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        uint granted = 0;
        machine.RunToCompletion(() =>
        {
            var process = (EPROCESS)((IObjectBody)UserProcess.FromId(machine, victim.Id)!.Process).ObjectHeader!.Body;
            Assert.Equal(STATUS_SUCCESS, ObOpenObjectByPointer(process, OBJ_KERNEL_HANDLE, null, PROCESS_TERMINATE, PsProcessType, KernelMode, out var handle));
            ObReferenceObjectByHandle(handle, 0, PsProcessType, KernelMode, out var body, out var information);
            ObDereferenceObject(body!);
            granted = information.GrantedAccess;
            ZwClose(handle);
        });

        Assert.Equal(PROCESS_TERMINATE, granted);
        machine.RunClient("protect", ProtectClient.Main, "kill", victim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(victim.HasExited);
        machine.RunClient("protect", ProtectClient.Main, "clear");
        machine.RunClient("protect", ProtectClient.Main, "kill", victim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        NtAssert.Completed(machine, victim.WaitForExit());
        machine.StopDriverAndCheckMachine(Service);
    }
}
