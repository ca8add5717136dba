using System.Globalization;

namespace NtSim;

/// <summary>
/// Enumerates choice sequences depth first. The first run takes the first choice everywhere; each
/// next schedule keeps the last run's choices up to the deepest one that has an untried sibling
/// within the bounds, takes that sibling, and takes the first choice after it. A scenario whose run
/// depends on its choices alone is thereby run under every schedule within the bounds exactly once.
/// </summary>
internal sealed class DepthFirstSearch(int maxPreemptions, int maxDepth) : ExplorationStrategy
{
    internal override IScheduleSource Begin(int firstSeed) => new Source(maxPreemptions, maxDepth);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"depth-first preemptions<={maxPreemptions} depth<={maxDepth}");

    private sealed class Source(int maxPreemptions, int maxDepth) : IScheduleSource
    {
        private List<int>? _next = [];

        public Schedule? Next(int iteration) => _next is null ? null : Schedule.FromChoices(_next);

        public void Ran(StepCounter run)
        {
            var made = ((ChoiceStrategy)run.Inner).Made;
            _next = Backtrack(made);
        }

        /// <summary>The next choice sequence after <paramref name="made"/>, or null when the space is exhausted.</summary>
        private List<int>? Backtrack(IReadOnlyList<(int Choice, int Count)> made)
        {
            var preemptions = new int[made.Count + 1];
            for (var i = 0; i < made.Count; i++)
            {
                preemptions[i + 1] = preemptions[i] + (made[i].Choice == 0 ? 0 : 1);
            }

            for (var i = Math.Min(made.Count, maxDepth) - 1; i >= 0; i--)
            {
                if (made[i].Choice + 1 < made[i].Count && preemptions[i] + 1 <= maxPreemptions)
                {
                    var next = new List<int>(i + 1);
                    for (var j = 0; j < i; j++)
                    {
                        next.Add(made[j].Choice);
                    }

                    next.Add(made[i].Choice + 1);
                    return next;
                }
            }

            return null;
        }
    }
}
