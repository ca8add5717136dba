using System.Runtime.InteropServices;
using NtSim.Samples.ProcessProtector;
using NtSim.Samples.SysMon;
using Xunit.Abstractions;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Fuzzing;

/// <summary>The fuzzer of <see cref="SampleFuzzTests"/> against SysMon (reads of every length while
/// the fuzzing process's own events fill its list) and the process protector (its IOCTLs with random
/// ids, the fuzzing process's own among them): no bug check, and nothing left at unload.</summary>
public sealed class NotifySampleFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 2000;

    public static TheoryData<string, int> Targets() => new() { { "SysMon", 1 }, { "SysMon", 2 }, { "KProtect", 1 }, { "KProtect", 2 } };

    [Theory]
    [MemberData(nameof(Targets))]
    public void NotifySample_RandomRequests_NoBugCheckAndNothingLeftAtUnload(string service, int seed)
    {
        var (target, driver) = service == "SysMon"
            ? (new FuzzTarget("SysMon", SysMonPublic.DOS_DEVICE_NAME, [CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)]), typeof(SysMonDriver))
            : (new FuzzTarget("KProtect", ProtectPublic.DOS_DEVICE_NAME,
                [ProtectPublic.IOCTL_PROCESS_PROTECT_BY_PID, ProtectPublic.IOCTL_PROCESS_UNPROTECT_BY_PID, ProtectPublic.IOCTL_PROCESS_PROTECT_CLEAR],
                ReadsAndWrites: false,
                Inputs: new Dictionary<uint, Func<Random, byte[]>>
                {
                    [ProtectPublic.IOCTL_PROCESS_PROTECT_BY_PID] = Ids,
                    [ProtectPublic.IOCTL_PROCESS_UNPROTECT_BY_PID] = Ids,
                }), typeof(ProtectorDriver));
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = seed, MemoryMegabytes = 256 });
        machine.Services.Install(service, driver);
        NtAssert.Completed(machine, machine.Services.Start(service));

        var fuzzer = new RequestFuzzer(target, seed, Requests);
        var app = machine.StartProcess("fuzz", _ => fuzzer.Main(target.Win32Name));
        var status = app.WaitForExit();
        Assert.True(status == RunStatus.Completed && machine.BugCheck is null && fuzzer.Escaped is null,
            $"{target} seed {seed} ended {status}: {machine.BugCheck?.Account ?? fuzzer.Escaped?.ToString()}{Environment.NewLine}{fuzzer.Recent}");

        machine.StopDriverAndCheckMachine(service);
        output.WriteLine($"{service} seed {seed}: {fuzzer.Counts}");
    }

    /// <summary>1 to 300 small process ids (the table holds 256).</summary>
    private static byte[] Ids(Random random) =>
        MemoryMarshal.AsBytes(Enumerable.Range(0, random.Next(1, 301)).Select(_ => (uint)random.Next(1, 200)).ToArray().AsSpan()).ToArray();
}
