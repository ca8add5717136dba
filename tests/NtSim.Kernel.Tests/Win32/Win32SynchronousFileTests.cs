using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>A file opened for synchronous I/O takes one request at a time (the file object lock).</summary>
public sealed class Win32SynchronousFileTests
{
    [Fact]
    public void DeviceIoControl_SynchronousFileBusy_SecondRequestWaitsForTheFirst() =>
        Schedules.Explore(machine =>
        {
            var echo = new EchoDevice();
            Completed(machine, machine.Run(echo.Load));
            string[] beforeRelease = [];
            var app = machine.StartProcess("app", args =>
            {
                var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                var first = CreateThread(null, 0, _ => DeviceIoControl(h, EchoDevice.IOCTL_PEND, null, 0, new byte[4], 4, out uint _, null) ? 1u : 0u,
                    null, 0, out _);
                while (!Seen(echo, $"ioctl {EchoDevice.IOCTL_PEND:X}"))
                {
                    Sleep(1);
                }

                var second = CreateThread(null, 0, _ => DeviceIoControl(h, EchoDevice.IOCTL_ECHO, new byte[4], 4, new byte[4], 4, out uint _, null) ? 1u : 0u,
                    null, 0, out _);
                Sleep(20);
                lock (echo.Seen)
                {
                    beforeRelease = [.. echo.Seen];
                }

                var other = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                Assert.True(DeviceIoControl(other, EchoDevice.IOCTL_RELEASE, null, 0, null, 0, out _, null));
                Assert.Equal(WAIT_OBJECT_0, WaitForMultipleObjects(2, [first, second], true, INFINITE));
                return 0;
            });
            Completed(machine, app.WaitForExit());

            Assert.Equal(0, app.ExitCode);
            Assert.DoesNotContain($"ioctl {EchoDevice.IOCTL_ECHO:X}", beforeRelease);
            Assert.Equal([$"ioctl {EchoDevice.IOCTL_PEND:X}", $"ioctl {EchoDevice.IOCTL_RELEASE:X}", $"ioctl {EchoDevice.IOCTL_ECHO:X}"],
                echo.Seen.Where(s => s.StartsWith("ioctl", StringComparison.Ordinal)));
            Assert.Null(machine.BugCheck);
        }, 20).ThrowIfFailed();

    private static bool Seen(EchoDevice echo, string what)
    {
        lock (echo.Seen)
        {
            return echo.Seen.Contains(what);
        }
    }
}
