using static NtSim.Tests.MachineAssert;
using static NtSim.Win32;

namespace NtSim.Tests.Ps;

public sealed class UserProcessExitTests
{
    [Fact]
    public void ThreadMain_SecondThreadThrowsWhileMainWaitsForIt_EndsTheProcessWithItsCode() =>
        Schedules.Explore(machine =>
        {
            var app = machine.StartProcess("app", args =>
            {
                var thread = CreateThread(null, 0, _ => throw new DivideByZeroException(), null, 0, out _);
                WaitForSingleObject(thread, INFINITE);
                return 0;
            });

            Completed(machine, app.WaitForExit());
            Assert.Equal(unchecked((int)0xC0000094), app.ExitCode);
            Assert.Contains("Unhandled exception 0xC0000094", app.Output);
            Assert.Null(machine.BugCheck);
        }, 20, ExplorationStrategy.Pct()).ThrowIfFailed();
}
