using System.Diagnostics;
using NtSim.RegistryWriter;

namespace NtSim.Tests.Cm;

/// <summary>
/// The registry on disk survives a kill at any instant (docs/registry-persistence.md): a child
/// process writes values in order, each flushed, and is killed after a random delay (seeded); a
/// machine booted on the folder then finds a prefix of what was written, each value complete.
/// </summary>
public sealed class RegistryCrashTests
{
    private const int Seed = 20261121;
    private const int Kills = 8;

    // Not a synchronisation delay: how long a step may take before the test reports it as hung.
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RegistryFolder_WriterKilledAtRandomMoments_LoadsACompletePrefix()
    {
        using var folder = new TemporaryFolder();
        var random = new Random(Seed);
        var stored = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var writer = StartWriter(folder.Path);
            // The point of the test: a kill at a moment nobody chose.
            // Early kills land while the writer starts and boots (load, compaction), later ones while it
            // writes: after its "ready" line, so that a slow start on a loaded host does not move them.
            if (kill >= Kills / 2)
            {
                var ready = writer.StandardOutput.ReadLineAsync();
                Assert.True(await Task.WhenAny(ready, Task.Delay(s_patience)) == ready, $"kill {kill}: the writer said nothing in {s_patience}");
                Assert.StartsWith("ready ", await ready, StringComparison.Ordinal);
            }

            await Task.Delay(kill < Kills / 2 ? random.Next(0, 500) : random.Next(100, 400));
            writer.Kill();
            Assert.True(writer.WaitForExit(s_patience), $"kill {kill}: the writer (pid {writer.Id}) still runs {s_patience} after Kill");

            var count = Verify(folder, kill);
            // A value written (and so in the OS's hands) before the kill is never lost by a later boot.
            Assert.True(count >= stored, $"kill {kill} (seed {Seed}): {count} values stored after {stored} before");
            stored = count;
        }

        Assert.True(stored > 0, $"the writer stored nothing in {Kills} runs (seed {Seed})");
    }

    private static Process StartWriter(string folder)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "NtSim.RegistryWriter.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(folder);
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {writer}");
    }

    /// <summary>Boots on the folder and checks what it holds: values 0..n-1, each as written, and every
    /// subkey with its value. Returns n.</summary>
    private static int Verify(TemporaryFolder folder, int kill)
    {
        using var machine = folder.Boot();
        if (!machine.Registry.KeyExists(WriterData.KeyPath))
        {
            return 0;
        }

        var values = machine.Registry.GetValues(WriterData.KeyPath);
        var indices = values.Select(v => WriterData.IndexOf(v.Name)).ToList();
        Assert.All(indices, index => Assert.True(index >= 0));
        // Values keep the order they were set in, so a prefix reads 0, 1, 2...
        Assert.Equal(Enumerable.Range(0, indices.Count), indices);
        foreach (var value in values)
        {
            Assert.True(WriterData.Payload(WriterData.IndexOf(value.Name)).AsSpan().SequenceEqual(value.Data),
                $"kill {kill} (seed {Seed}): {value.Name} holds {value.Data.Length} bytes that the writer did not write");
        }

        foreach (var name in machine.Registry.GetSubKeyNames(WriterData.KeyPath))
        {
            var index = int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(index < indices.Count, $"kill {kill}: {name} exists without its value V{index:D6}");
            Assert.Equal((uint)index, machine.Registry.GetValue(WriterData.KeyPath + "\\" + name, "N")?.Dword);
        }

        return indices.Count;
    }
}
