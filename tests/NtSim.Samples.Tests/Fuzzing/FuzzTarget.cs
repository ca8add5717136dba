namespace NtSim.Samples.Tests.Fuzzing;

/// <summary>A driver to fuzz: its service, the name an application opens, the control codes it
/// knows (the seeds the fuzzer mutates), and what kinds of request suit it.</summary>
/// <param name="SynchronousRequests">Requests may go through a synchronous handle: none of the
/// driver's requests waits for something only the application could do (a cancel-safe queue of
/// reads waits for a cancel, so the Cancel sample gets overlapped requests only).</param>
/// <param name="Inputs">Well-formed inputs of some control codes, which the fuzzer sends as they
/// are or with a few bytes flipped, so that requests get past the first length check.</param>
internal sealed record FuzzTarget(string Service, string Win32Name, uint[] Codes, bool SynchronousRequests = true, bool ReadsAndWrites = true,
    IReadOnlyDictionary<uint, Func<Random, byte[]>>? Inputs = null)
{
    public override string ToString() => Service;
}

/// <summary>How the fuzzer's requests ended.</summary>
internal sealed class FuzzCounts
{
    public int Succeeded { get; set; }

    public int Failed { get; set; }

    public int Waited { get; set; }

    public int Cancelled { get; set; }

    public int Abandoned { get; set; }

    public int Total => Succeeded + Failed + Waited + Cancelled + Abandoned;

    public void Count(bool ok)
    {
        if (ok)
        {
            Succeeded++;
        }
        else
        {
            Failed++;
        }
    }

    public override string ToString() =>
        $"{Total} requests: {Succeeded} succeeded, {Failed} failed, {Waited} pended and completed, {Cancelled} cancelled, {Abandoned} abandoned to a close";
}
