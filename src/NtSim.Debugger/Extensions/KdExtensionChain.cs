using NtSim.Debugger.Engine;
using static NtSim.Debugger.Extensions.DbgEng;

namespace NtSim.Debugger.Extensions;

/// <summary>
/// A session's loaded extensions in search order. An extension command typed without its extension's name
/// (<c>!stats</c>) is looked up in the built-in commands first, then in the loaded extensions, the most recently
/// loaded first (dbgeng puts a loaded DLL at the head of its chain); a command that returns
/// DEBUG_EXTENSION_CONTINUE_SEARCH passes it to the next. docs/debugger.md, Extensions.
/// </summary>
internal sealed class KdExtensionChain
{
    private readonly List<KdExtension> _loaded = [];
    private volatile bool _interrupt;

    /// <summary>The loaded extensions, most recently loaded first.</summary>
    internal IReadOnlyList<KdExtension> Loaded => _loaded;

    /// <summary>Ctrl+C: the next CheckControlC answers true.</summary>
    internal void Interrupt() => _interrupt = true;

    /// <summary>Whether Ctrl+C was pressed since the last check (and forgets it).</summary>
    internal bool TakeInterrupt()
    {
        var interrupted = _interrupt;
        _interrupt = false;
        return interrupted;
    }

    /// <summary>The loaded extension named <paramref name="name"/> (ignoring case), or null.</summary>
    internal KdExtension? Find(string name) => _loaded.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>.load</c>: a path as typed (".dll" may be left out). Nothing printed on success, nor when an
    /// extension of that name is loaded already; WinDbg's error otherwise.</summary>
    internal void Load(KdContext context, string typed)
    {
        var path = Resolve(typed);
        if (path is null)
        {
            KdExtension.LoadLibraryFailed(context, typed, 2, "The system cannot find the file specified.");
            return;
        }

        if (Find(Path.GetFileNameWithoutExtension(path)) is not null)
        {
            return;
        }

        if (KdExtension.Load(context, typed, path) is { } extension)
        {
            _loaded.Insert(0, extension);
        }
    }

    /// <summary><c>.unload</c>: the extension named <paramref name="name"/>, or with none the head of the chain.
    /// False if there is no such extension.</summary>
    internal bool Unload(KdContext context, string? name)
    {
        var extension = name is null ? _loaded.FirstOrDefault() : Find(Path.GetFileNameWithoutExtension(name)) ?? Find(name);
        if (extension is null)
        {
            return false;
        }

        _loaded.Remove(extension);
        context.Line($"Unloading {extension.Name} extension DLL");
        extension.Unload(context);
        return true;
    }

    /// <summary>Runs <c>!ext.command</c> when <c>ext</c> is a loaded extension's name: false otherwise (the built-in
    /// commands then have it). The named extension's command runs; if it has none, dbgeng's "has no export".</summary>
    internal bool TryRunQualified(KdContext context, string name, string arguments)
    {
        var dot = name.LastIndexOf('.');
        if (!name.StartsWith('!') || dot <= 1 || dot == name.Length - 1 || Find(name[1..dot]) is not { } extension)
        {
            return false;
        }

        var function = name[(dot + 1)..].ToLowerInvariant();
        var status = extension.Call(context, this, function, arguments);
        if (status is null)
        {
            context.Error($"{extension.Name} has no {function} export");
            return true;
        }

        // A named extension that passes the command on hands it to the DLLs after it in the chain, as dbgeng does.
        if (status == DEBUG_EXTENSION_CONTINUE_SEARCH && !Search(context, _loaded.IndexOf(extension) + 1, function, arguments))
        {
            context.Error($"No export {function} found");
        }

        return true;
    }

    /// <summary>Runs <c>!command</c> (no extension named) in the loaded extensions: false if none handled it.</summary>
    internal bool TryRun(KdContext context, string name, string arguments) =>
        name.StartsWith('!') && name.Length > 1 && !name.Contains('.', StringComparison.Ordinal)
        && Search(context, 0, name[1..].ToLowerInvariant(), arguments);

    /// <summary><c>.unloadall</c>: every extension, head first.</summary>
    internal void UnloadAll(KdContext context)
    {
        while (_loaded.Count > 0)
        {
            Unload(context, null);
        }
    }

    private bool Search(KdContext context, int start, string function, string arguments)
    {
        foreach (var extension in _loaded.Skip(start).ToList())
        {
            if (extension.Call(context, this, function, arguments) is { } status && status != DEBUG_EXTENSION_CONTINUE_SEARCH)
            {
                return true;
            }
        }

        return false;
    }

    // WinDbg's .load takes a full path; NtSim also takes one relative to the current directory, with or without ".dll".
    private static string? Resolve(string typed)
    {
        try
        {
            var full = Path.GetFullPath(typed);
            if (File.Exists(full))
            {
                return full;
            }

            return Path.GetExtension(full).Length == 0 && File.Exists(full + ".dll") ? full + ".dll" : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
