using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Win32;

/// <summary>OpenProcess, TerminateProcess and GetExitCodeProcess: ids, granted access and exit codes.</summary>
public sealed class ProcessWin32Tests
{
    [Fact]
    public void OpenProcess_UnknownIdleOrSystemProcess_FailsWithTheDocumentedErrors()
    {
        using var machine = MachineAssert.Boot();
        var app = machine.StartProcess("opener", _ =>
        {
            var unknown = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, 0x7FF0);
            var unknownError = GetLastError();
            var idle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, 0);
            var idleError = GetLastError();
            var system = OpenProcess(PROCESS_TERMINATE, false, 4);
            var systemError = GetLastError();
            printf("%d %u %d %u %d %u", unknown.IsNull ? 1 : 0, unknownError, idle.IsNull ? 1 : 0, idleError, system.IsNull ? 1 : 0, systemError);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());

        Assert.Equal($"1 {ERROR_INVALID_PARAMETER} 1 {ERROR_INVALID_PARAMETER} 1 {ERROR_ACCESS_DENIED}", app.Output);
    }

    [Fact]
    public void TerminateProcess_WithoutProcessTerminate_IsAccessDenied_WithIt_EndsTheProcessWithTheCode()
    {
        using var machine = MachineAssert.Boot();
        var victim = machine.StartProcess("victim", _ =>
        {
            Sleep(INFINITE);
            return 0;
        });
        var killer = machine.StartProcess("killer", args =>
        {
            var query = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, (uint)victim.Id);
            var denied = !TerminateProcess(query, 1) && GetLastError() == ERROR_ACCESS_DENIED;
            var terminate = OpenProcess(PROCESS_TERMINATE, false, (uint)victim.Id);
            var noQuery = !GetExitCodeProcess(terminate, out _) && GetLastError() == ERROR_ACCESS_DENIED;
            var killed = TerminateProcess(terminate, 42);
            var again = !TerminateProcess(terminate, 43) && GetLastError() == ERROR_ACCESS_DENIED;
            CloseHandle(terminate);
            while (GetExitCodeProcess(query, out var code) && code == STILL_ACTIVE)
            {
                Sleep(1);
            }

            GetExitCodeProcess(query, out var exitCode);
            CloseHandle(query);
            return denied && noQuery && killed && again && exitCode == 42 ? 0 : 1;
        });
        MachineAssert.Completed(machine, killer.WaitForExit());
        MachineAssert.Completed(machine, victim.WaitForExit());

        Assert.Equal(0, killer.ExitCode);
        Assert.Equal(42, victim.ExitCode);
    }

    [Fact]
    public void TerminateProcess_OfTheCallingProcess_DoesNotReturn_AndTheProcessExitsWithTheCode()
    {
        using var machine = MachineAssert.Boot();
        var app = machine.StartProcess("quitter", _ =>
        {
            puts("before");
            TerminateProcess(GetCurrentProcess(), 9);
            puts("after");
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());

        Assert.Equal(9, app.ExitCode);
        Assert.Equal("before\n", app.Output);
    }
}
