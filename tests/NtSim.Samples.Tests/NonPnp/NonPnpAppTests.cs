using NtSim.Samples.NonPnp;

namespace NtSim.Samples.Tests.NonPnp;

/// <summary>nonpnpapp against the nonpnp control device started as a legacy service: the four
/// transfer methods (the strings and byte counts each returns) and the write and read of its file.</summary>
public sealed class NonPnpAppTests
{
    [Fact]
    public void NonPnpApp_FourMethodsAndFileWriteRead_ExpectedOutputAndCleanStop() =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<NonPnpDriver>(NonPnpPublic.DRIVER_NAME);

            var app = machine.RunClient("nonpnpapp", NonPnpApp.Main);

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                "InputBuffer Pointer = 0000000000000000, BufLength = 200\n"
                + "OutputBuffer Pointer = 0000000000000000 BufLength = 100\n"
                + "\nCalling DeviceIoControl METHOD_BUFFERED:\n"
                + "    OutBuffer (38): this String is from Device Driver !!!\n"
                + "\nCalling DeviceIoControl METHOD_NEITHER\n"
                + "    OutBuffer (38): this String is from Device Driver !!!\n"
                + "\nCalling DeviceIoControl METHOD_IN_DIRECT\n"
                + "    Number of bytes transfered from OutBuffer: 100\n"
                + "\nCalling DeviceIoControl METHOD_OUT_DIRECT\n"
                + "    OutBuffer (38): this String is from Device Driver !!!\n"
                + "Write 42 bytes to file\n"
                + "Read 42 bytes from the same file\n"
                + "Read buffer matches the write buffer\n",
                app.Output);

            // The driver printed each method's input (and IN_DIRECT's second buffer) from where KMDF put it
            // (PrintChars: the string's NUL, and the zeros after the second buffer's text, as '.').
            var log = machine.DebugText();
            foreach (var method in new[] { "METHOD_BUFFERED", "METHOD_NEITHER", "METHOD_IN_DIRECT", "METHOD_OUT_DIRECT" })
            {
                Assert.Contains($"this String is from User Application; using {method}.\n", log, StringComparison.Ordinal);
            }

            Assert.Contains("This String is from User Application in OutBuffer; using METHOD_IN_DIRECT", log, StringComparison.Ordinal);
            Assert.Contains(@"NonPnp: file create \SystemRoot\temp\nonpnpsamp.log", log, StringComparison.Ordinal);
            // The "file" went with its handle: nothing of the driver's pool is left.
            Assert.Equal(0, machine.Pool.QueryTag("FILE").Outstanding);
            machine.StopDriverAndCheckMachine(NonPnpPublic.DRIVER_NAME);
        }, SampleHost.Iterations);
}
