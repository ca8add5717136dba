using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>A user-mode client of the queue lab: overlapped reads it starts, and waits for.</summary>
internal static class LabClient
{
    public static HANDLE Open() =>
        CreateFile(QueueLab.Win32Path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);

    /// <summary>Starts a process that opens the lab, starts one overlapped read per entry of
    /// <paramref name="reads"/> (their statuses land there) and waits for all of them; the machine
    /// is then run until nothing moves.</summary>
    public static UserProcess StartReads(Machine machine, OVERLAPPED[] reads, Action<HANDLE>? then = null)
    {
        var app = machine.StartProcess("labclient", args =>
        {
            var h = Open();
            if (h == INVALID_HANDLE_VALUE)
            {
                return 1;
            }

            foreach (var read in reads)
            {
                ReadFile(h, new byte[8], 8, out _, read);
            }

            then?.Invoke(h);
            foreach (var read in reads)
            {
                GetOverlappedResult(h, read, out _, true);
            }

            CloseHandle(h);
            return 0;
        });
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        return app;
    }

    public static OVERLAPPED[] Overlapped(int count) => [.. Enumerable.Range(0, count).Select(_ => new OVERLAPPED())];

    /// <summary>Runs <paramref name="body"/> on a system thread of the machine (kernel-side steps of a test).</summary>
    public static void Kernel(Machine machine, Action body) => MachineAssert.Completed(machine, machine.Run(body));

    /// <summary>Lets the client finish and checks it did.</summary>
    public static void Finish(Machine machine, UserProcess app)
    {
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(0, app.ExitCode);
    }
}
