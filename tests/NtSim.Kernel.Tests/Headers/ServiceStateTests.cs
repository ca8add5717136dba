using System.Text.RegularExpressions;
using NtSim.Tests.Headers.CHeaders;

namespace NtSim.Tests.Headers;

/// <summary>The ServiceState values against SERVICE_STOPPED ... SERVICE_RUNNING of winsvc.h.</summary>
public sealed partial class ServiceStateTests
{
    [Fact]
    public void ServiceState_Values_MatchWinsvcH()
    {
        var path = Path.Combine(MingwHeaders.SearchedDirectory, "winsvc.h");
        if (!File.Exists(path))
        {
            // As the other header checks: a failure in CI, skipped where the headers are not installed.
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), $"{path} is missing: install mingw-w64-common");
            return;
        }

        var defines = Define().Matches(File.ReadAllText(path)).ToDictionary(m => m.Groups[1].Value, m => Convert.ToUInt32(m.Groups[2].Value, 16));
        Assert.Equal((uint)ServiceState.Stopped, defines["SERVICE_STOPPED"]);
        Assert.Equal((uint)ServiceState.StartPending, defines["SERVICE_START_PENDING"]);
        Assert.Equal((uint)ServiceState.StopPending, defines["SERVICE_STOP_PENDING"]);
        Assert.Equal((uint)ServiceState.Running, defines["SERVICE_RUNNING"]);
    }

    [GeneratedRegex(@"#define\s+(SERVICE_(?:STOPPED|START_PENDING|STOP_PENDING|RUNNING))\s+0x([0-9A-Fa-f]+)")]
    private static partial Regex Define();
}
