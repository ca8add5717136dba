using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class RegistryConcurrencyTests
{
    private const string Shared = CmTest.Services + @"\Shared";
    private const int Threads = 4;
    private const int KeysPerThread = 40;

    [Theory]
    [InlineData(ExecutionMode.Concurrent, 0)]
    [InlineData(ExecutionMode.Deterministic, 1)]
    [InlineData(ExecutionMode.Deterministic, 2)]
    public void ZwCreateKey_ManyThreadsOnOneParent_EveryKeyValueAndHandleAccountedFor(ExecutionMode mode, int seed)
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 4, Mode = mode, Seed = seed });
        machine.Registry.CreateKey(Shared);
        var status = machine.Run(() =>
        {
            var threads = new List<HANDLE>();
            for (var t = 0; t < Threads; t++)
            {
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var thread, THREAD_ALL_ACCESS, null, HANDLE.NULL, Worker, t));
                threads.Add(thread);
            }

            foreach (var thread in threads)
            {
                ZwWaitForSingleObject(thread, false, null);
                CmTest.Close(thread);
            }
        });
        MachineAssert.Completed(machine, status);

        // Each thread deleted every other key it made and counted its values into the survivors.
        var names = machine.Registry.GetSubKeyNames(Shared);
        Assert.Equal(Threads * KeysPerThread / 2, names.Count);
        Assert.Equal(names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), names);
        foreach (var name in names)
        {
            Assert.Equal(name, machine.Registry.GetValue(Shared + @"\" + name, "Name")!.String);
        }

        Assert.Equal(0, machine.Registry.GetKeyInfo(Shared).OpenKeyObjects);
        Assert.DoesNotContain(machine.ObjectManager.KernelHandles(), h => h.Entry.Object.Type == CmKeyObjectType);
    }

    [Fact]
    public void ZwCreateKey_ManyThreadsSameSeed_SameTraceAndSameRegistry()
    {
        var runs = new List<(ulong Hash, string Dump)>();
        for (var run = 0; run < 2; run++)
        {
            using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = 11 });
            machine.Registry.CreateKey(Shared);
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var a, THREAD_ALL_ACCESS, null, HANDLE.NULL, Worker, 0));
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var b, THREAD_ALL_ACCESS, null, HANDLE.NULL, Worker, 1));
                ZwWaitForSingleObject(a, false, null);
                ZwWaitForSingleObject(b, false, null);
                CmTest.Close(a);
                CmTest.Close(b);
            }));
            runs.Add((machine.Trace.Hash, machine.Registry.Dump(Shared)));
        }

        Assert.Equal(runs[0], runs[1]);
    }

    private static void Worker(object? context)
    {
        var t = (int)context!;
        Assert.Equal(STATUS_SUCCESS, CmTest.Open(Shared, out var parent));
        for (var i = 0; i < KeysPerThread; i++)
        {
            var name = $"K{t}-{i:D2}";
            var key = CmTest.Create(name, parent);
            CmTest.SetString(key, "Name", name);
            if (i % 2 == 1)
            {
                Assert.Equal(STATUS_SUCCESS, ZwDeleteKey(key));
            }

            CmTest.Close(key);
            // Enumerate while the others change the list: every entry seen is a whole key.
            var buffer = new byte[128];
            for (uint index = 0; ZwEnumerateKey(parent, index, KeyBasicInformation, buffer, out var length) == STATUS_SUCCESS; index++)
            {
                Assert.StartsWith("K", new KEY_BASIC_INFORMATION(buffer.AsSpan(0, (int)length)).Name, StringComparison.Ordinal);
            }
        }

        CmTest.Close(parent);
    }
}
