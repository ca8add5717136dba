using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// The machine's debug print channel and its filter, as the kernel debugger sees it. Each
/// component has a mask (Kd_&lt;Component&gt;_Mask); the system-wide WIN2000 mask, 1 by default, is
/// ORed into every one, so ERROR-level messages always show. A Level of 0-31 means the bit
/// 1 &lt;&lt; Level; a larger Level is itself the mask. DbgPrint and KdPrint are component DEFAULT at
/// INFO level, so by default they are recorded but not shown (as on Windows since Vista).
/// Source: "Reading and Filtering Debugging Messages" (WDK debugger docs).
/// </summary>
public sealed partial class DebugOutput
{
    // Each call transmits at most 512 bytes (DbgPrint documentation).
    private const int MaximumMessageLength = 512;

    private readonly Lock _lock = new();
    private readonly List<DebugMessage> _messages = [];
    private readonly Dictionary<uint, uint> _masks = [];
    private uint _win2000Mask = 1;

    internal DebugOutput()
    {
    }

    /// <summary>Called for every message the filter shows (the console prints them).</summary>
    public event Action<DebugMessage>? Shown;

    /// <summary>Called for every message as it is recorded, shown or filtered (a test's output takes them
    /// all). The handler runs on the simulated thread that printed and must not throw.</summary>
    public event Action<DebugMessage>? Recorded;

    /// <summary>Every message, shown or filtered, oldest first.</summary>
    public IReadOnlyList<DebugMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The text of the messages the filter showed, in order.</summary>
    public IReadOnlyList<string> ShownText
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages.Where(m => m.Shown).Select(m => m.Text)];
            }
        }
    }

    /// <summary>Sets Kd_&lt;Component&gt;_Mask, as `ed nt!Kd_IHVDRIVER_Mask 0xF` does.</summary>
    public void SetComponentMask(uint componentId, uint mask)
    {
        lock (_lock)
        {
            _masks[componentId] = mask;
        }
    }

    /// <summary>Sets the WIN2000 mask ORed into every component (1 by default).</summary>
    public void SetSystemMask(uint mask)
    {
        lock (_lock)
        {
            _win2000Mask = mask;
        }
    }

    internal bool IsEnabled(uint componentId, uint level)
    {
        var importance = ToImportance(level);
        lock (_lock)
        {
            var mask = _masks.GetValueOrDefault(componentId) | _win2000Mask;
            return (importance & mask) != 0;
        }
    }

    internal void SetState(uint componentId, uint level, bool state)
    {
        var importance = ToImportance(level);
        lock (_lock)
        {
            var mask = _masks.GetValueOrDefault(componentId);
            _masks[componentId] = state ? mask | importance : mask & ~importance;
        }
    }

    internal DebugMessage Add(long time, int processor, int threadId, string module, uint componentId, uint level, string text)
    {
        if (text.Length > MaximumMessageLength)
        {
            text = text[..MaximumMessageLength];
        }

        var message = new DebugMessage(time, processor, threadId, module, componentId, level, text, IsEnabled(componentId, level));
        lock (_lock)
        {
            _messages.Add(message);
        }

        Recorded?.Invoke(message);
        if (message.Shown)
        {
            Shown?.Invoke(message);
        }

        return message;
    }

    /// <summary>The messages the filter showed, one a line as the console prints them, and how many
    /// it held back.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var filtered = 0;
        lock (_lock)
        {
            foreach (var message in _messages)
            {
                if (message.Shown)
                {
                    text.AppendLine(message.ToString());
                }
                else
                {
                    filtered++;
                }
            }
        }

        if (filtered > 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"({filtered} filtered)"));
        }

        return text.ToString();
    }

    private static uint ToImportance(uint level) => level <= 31 ? 1u << (int)level : level & ~Wdm.DPFLTR_MASK;
}
