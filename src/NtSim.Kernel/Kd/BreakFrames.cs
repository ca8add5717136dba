using System.Diagnostics;
using System.Reflection;

namespace NtSim;

/// <summary>The frames of driver and client code on a stopping thread's stack (its NtSim and .NET frames left out, as
/// <see cref="Blame"/> leaves them out), and the depth of a frame counted from the bottom of the stack: the same for a
/// frame at every point while it is live, which is how a step by line knows the frame it stepped from.</summary>
internal static class BreakFrames
{
    /// <summary>"Module!Type.Method, File.cs:42" for each frame of driver or client code, innermost first.</summary>
    internal static IReadOnlyList<string> Of(StackTrace trace, ModuleList modules)
    {
        var frames = new List<string>();
        foreach (var frame in trace.GetFrames())
        {
            if (CodeOf(frame) is not { } method)
            {
                continue;
            }

            var location = $"{modules.For(method).Name}!{CodeNames.Of(method)}";
            frames.Add(frame.GetFileName() is { } file ? location + ", " + SourceSite.Format(file, frame.GetFileLineNumber()) : location);
        }

        return frames;
    }

    /// <summary>The innermost frame of driver or client code and its depth from the bottom of the stack, or null.</summary>
    internal static (MethodBase Method, int Depth)? Innermost(StackTrace trace)
    {
        var frames = trace.GetFrames();
        for (var i = 0; i < frames.Length; i++)
        {
            if (CodeOf(frames[i]) is { } method)
            {
                return (method, frames.Length - i);
            }
        }

        return null;
    }

    /// <summary>Whether the frame of <paramref name="method"/> at <paramref name="depth"/> is still on the stack.</summary>
    internal static bool Holds(StackTrace trace, MethodBase method, int depth)
    {
        var frames = trace.GetFrames();
        var i = frames.Length - depth;
        return i >= 0 && i < frames.Length && frames[i].GetMethod() == method;
    }

    private static MethodBase? CodeOf(StackFrame frame)
    {
        var method = frame.GetMethod();
        var assembly = method?.DeclaringType?.Assembly;
        return method is null || assembly is null || ModuleList.IsNtSim(assembly) || Blame.IsRuntime(assembly) ? null : method;
    }
}
