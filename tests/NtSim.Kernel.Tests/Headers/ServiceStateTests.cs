using System.Text.RegularExpressions;
using NtSim.Tests.Headers.CHeaders;

namespace NtSim.Tests.Headers;

/// <summary>The ServiceState values against SERVICE_STOPPED ... SERVICE_RUNNING of winsvc.h.</summary>
public sealed partial class ServiceStateTests
{
    [HeadersFact]
    public void ServiceState_Values_MatchWinsvcH()
    {
        // Skipped where the headers are not installed; in CI a missing header fails here.
        var path = Path.Combine(MingwHeaders.SearchedDirectory, "winsvc.h");
        Assert.True(File.Exists(path), $"{path} is missing: install mingw-w64-common");

        var defines = Define().Matches(File.ReadAllText(path)).ToDictionary(m => m.Groups[1].Value, m => Convert.ToUInt32(m.Groups[2].Value, 16));
        Assert.Equal((uint)ServiceState.Stopped, defines["SERVICE_STOPPED"]);
        Assert.Equal((uint)ServiceState.StartPending, defines["SERVICE_START_PENDING"]);
        Assert.Equal((uint)ServiceState.StopPending, defines["SERVICE_STOP_PENDING"]);
        Assert.Equal((uint)ServiceState.Running, defines["SERVICE_RUNNING"]);
    }

    [GeneratedRegex(@"#define\s+(SERVICE_(?:STOPPED|START_PENDING|STOP_PENDING|RUNNING))\s+0x([0-9A-Fa-f]+)")]
    private static partial Regex Define();
}
