using System.Numerics;

namespace Descent.Optimizers;

/// <summary>
/// Different optimizers for different tensors of one layout, each with its own state (PyTorch's parameter groups),
/// e.g. Muon for the hidden weight matrices and AdamW for the biases and the output layer. Each step gathers a group's
/// tensors into a contiguous buffer, steps it with the group's optimizer and writes it back, so any optimizer works
/// unchanged inside a group.
/// </summary>
public sealed class OptimizerGroups
{
    private readonly (Optimizer Optimizer, ParameterTensor[] Tensors, ParameterLayout Layout)[] groups;

    /// <summary>
    /// Each tensor of <paramref name="layout"/> goes to the first group whose predicate accepts it; every tensor must
    /// go somewhere.
    /// </summary>
    public OptimizerGroups(ParameterLayout layout, params (Optimizer Optimizer, Func<ParameterTensor, bool> Accepts)[] groups)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(groups);
        Layout = layout;
        var members = groups.Select(_ => new List<ParameterTensor>()).ToArray();
        foreach (var tensor in layout.Tensors)
        {
            int g = Array.FindIndex(groups, group => group.Accepts(tensor));
            if (g < 0) throw new ArgumentException($"No group takes the tensor {tensor}.", nameof(groups));
            members[g].Add(tensor);
        }
        this.groups = groups.Select((group, g) =>
        {
            var builder = new ParameterLayout.Builder();
            foreach (var t in members[g])
                if (t.IsMatrix) builder.AddMatrix(t.Name, t.Rows, t.Columns);
                else builder.AddVector(t.Name, t.Count);
            return (group.Optimizer, members[g].ToArray(), builder.Build());
        }).ToArray();
    }

    /// <summary>
    /// Muon's authors' split: <paramref name="hiddenMatrices"/> for every weight matrix but the last (the output layer),
    /// <paramref name="rest"/> for the output layer and all vectors (biases).
    /// </summary>
    public static OptimizerGroups HiddenMatricesAndRest(ParameterLayout layout, Optimizer hiddenMatrices, Optimizer rest)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var output = layout.Tensors.LastOrDefault(t => t.IsMatrix);
        return new OptimizerGroups(layout, (hiddenMatrices, t => t.IsMatrix && t != output), (rest, _ => true));
    }

    /// <summary>The layout of all parameters.</summary>
    public ParameterLayout Layout { get; }

    /// <summary>The optimizer of group g.</summary>
    public Optimizer Optimizer(int group) => groups[group].Optimizer;

    /// <summary>The tensors of group g, in the order they are given to its optimizer.</summary>
    public IReadOnlyList<ParameterTensor> Tensors(int group) => groups[group].Tensors;

    /// <summary>Number of groups.</summary>
    public int Count => groups.Length;

    /// <summary>A fresh state for each group (each may be printed, cloned and resumed like any optimizer state).</summary>
    public OptimizerState<T>[] CreateStates<T>() where T : unmanaged, IFloatingPointIeee754<T> =>
        groups.Select(g => g.Optimizer.CreateState<T>(g.Layout)).ToArray();

    /// <summary>
    /// One step of every group. <paramref name="learningRateFactor"/> multiplies each group's own learning rate for this
    /// step (how a schedule drives groups with different rates, as PyTorch's schedulers scale every group).
    /// </summary>
    public void Step(Span<double> parameters, ReadOnlySpan<double> gradients, IReadOnlyList<OptimizerState<double>> states, double learningRateFactor = 1)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (parameters.Length != Layout.ParameterCount || gradients.Length != Layout.ParameterCount)
            throw new ArgumentException(
                $"parameters ({parameters.Length}) and gradients ({gradients.Length}) must have the layout's length {Layout.ParameterCount}.",
                nameof(parameters));
        if (states.Count != groups.Length)
            throw new ArgumentException($"states has {states.Count} entries for {groups.Length} groups.", nameof(states));
        Hyperparameter.NonNegative(learningRateFactor, nameof(learningRateFactor));

        for (int g = 0; g < groups.Length; g++)
        {
            var (optimizer, tensors, layout) = groups[g];
            var p = new double[layout.ParameterCount];
            var grad = new double[layout.ParameterCount];
            for (int i = 0; i < tensors.Length; i++)
            {
                tensors[i].Of(parameters).CopyTo(layout.Tensors[i].Of(p.AsSpan()));
                tensors[i].Of(gradients).CopyTo(layout.Tensors[i].Of(grad.AsSpan()));
            }
            optimizer.Step(p, grad, states[g], optimizer.LearningRate * learningRateFactor);
            for (int i = 0; i < tensors.Length; i++) layout.Tensors[i].Of((ReadOnlySpan<double>)p).CopyTo(tensors[i].Of(parameters));
        }
    }
}
