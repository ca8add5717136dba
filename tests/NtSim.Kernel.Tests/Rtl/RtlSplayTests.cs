using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>Splay links: the macros, RtlSplay's rotations, RtlDelete and the in-order neighbours.</summary>
public sealed class RtlSplayTests
{
    private sealed class Node : RTL_SPLAY_LINKS
    {
        public Node(int key)
        {
            Key = key;
            RtlInitializeSplayLinks(this);
        }

        public int Key { get; }
    }

    /// <summary>Builds the binary search tree of <paramref name="keys"/> inserted in that order.</summary>
    private static Dictionary<int, Node> Tree(params int[] keys)
    {
        var nodes = keys.ToDictionary(k => k, k => new Node(k));
        var root = nodes[keys[0]];
        foreach (var key in keys.Skip(1))
        {
            var at = root;
            while (true)
            {
                var next = (Node?)(key < at.Key ? RtlLeftChild(at) : RtlRightChild(at));
                if (next is null)
                {
                    if (key < at.Key)
                    {
                        RtlInsertAsLeftChild(at, nodes[key]);
                    }
                    else
                    {
                        RtlInsertAsRightChild(at, nodes[key]);
                    }

                    break;
                }

                at = next;
            }
        }

        return nodes;
    }

    private static List<int> InOrder(RTL_SPLAY_LINKS? root)
    {
        var keys = new List<int>();
        Walk(root);
        return keys;

        void Walk(RTL_SPLAY_LINKS? node)
        {
            if (node is null)
            {
                return;
            }

            Assert.True(node.LeftChild is null || ReferenceEquals(node.LeftChild.Parent, node));
            Assert.True(node.RightChild is null || ReferenceEquals(node.RightChild.Parent, node));
            Walk(node.LeftChild);
            keys.Add(((Node)node).Key);
            Walk(node.RightChild);
        }
    }

    [Fact]
    public void Macros_LinkChildrenAndAnswerTheirQuestions()
    {
        var tree = Tree(5, 3, 8);
        Assert.True(RtlIsRoot(tree[5]));
        Assert.Same(tree[3], RtlLeftChild(tree[5]));
        Assert.Same(tree[8], RtlRightChild(tree[5]));
        Assert.Same(tree[5], RtlParent(tree[3]));
        Assert.True(RtlIsLeftChild(tree[3]));
        Assert.True(RtlIsRightChild(tree[8]));
        Assert.False(RtlIsRoot(tree[8]));
        Assert.False(RtlIsLeftChild(tree[5]));
    }

    [Fact]
    public void RtlSplay_MakesTheNodeTheRoot_AndKeepsTheOrder()
    {
        using var machine = MachineAssert.Boot();
        var tree = Tree(50, 30, 70, 20, 40, 60, 80, 10, 25, 35, 45);
        RTL_SPLAY_LINKS? root = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            root = RtlSplay(tree[35]);        // zig-zag then zig
            root = RtlSplay(tree[10]);        // zig-zig
        }));
        Assert.Same(tree[10], root);
        Assert.True(RtlIsRoot(tree[10]));
        Assert.Equal([10, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80], InOrder(root));
    }

    [Fact]
    public void RtlDelete_RemovesANodeWithTwoChildren_AndReturnsTheNewRoot()
    {
        using var machine = MachineAssert.Boot();
        var tree = Tree(50, 30, 70, 20, 40, 60, 80);
        RTL_SPLAY_LINKS? root = null, empty = tree[50];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            root = RtlDelete(tree[30]);
            root = RtlDelete(tree[50]);
            var single = new Node(1);
            empty = RtlDelete(single);
        }));
        Assert.NotNull(root);
        Assert.True(RtlIsRoot(root!));
        Assert.Equal([20, 40, 60, 70, 80], InOrder(root));
        Assert.Null(empty);
        Assert.True(RtlIsRoot(tree[30])); // a deleted node stands alone
    }

    [Fact]
    public void RtlDeleteNoSplay_FollowsANewRoot()
    {
        using var machine = MachineAssert.Boot();
        var tree = Tree(50, 30, 70);
        RTL_SPLAY_LINKS? root = tree[50];
        MachineAssert.Completed(machine, machine.Run(() => RtlDeleteNoSplay(tree[50], ref root)));
        Assert.Same(tree[30], root);
        Assert.Equal([30, 70], InOrder(root));
    }

    [Fact]
    public void Successors_AndPredecessors()
    {
        using var machine = MachineAssert.Boot();
        var tree = Tree(50, 30, 70, 20, 40, 60, 80);
        var answers = new List<int?>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            answers.Add(Key(RtlSubtreeSuccessor(tree[50])));
            answers.Add(Key(RtlSubtreePredecessor(tree[50])));
            answers.Add(Key(RtlSubtreeSuccessor(tree[40])));
            answers.Add(Key(RtlRealSuccessor(tree[40])));
            answers.Add(Key(RtlRealPredecessor(tree[60])));
            answers.Add(Key(RtlRealSuccessor(tree[80])));
            answers.Add(Key(RtlRealPredecessor(tree[20])));
        }));
        Assert.Equal([60, 40, null, 50, 50, null, null], answers);
    }

    private static int? Key(RTL_SPLAY_LINKS? links) => (links as Node)?.Key;
}
