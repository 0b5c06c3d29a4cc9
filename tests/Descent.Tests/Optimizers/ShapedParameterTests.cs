using Descent.Models;
using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class ShapedParameterTests
{
    [Fact]
    public void The_Mlp_layout_as_tensors_has_the_Mlp_offsets_and_shapes()
    {
        var mlp = new MlpLayout([4, 3, 2]);
        var layout = mlp.ToParameterLayout();
        Assert.Equal(mlp.ParameterCount, layout.ParameterCount);
        Assert.Equal(["W0", "b0", "W1", "b1"], layout.Tensors.Select(t => t.Name));
        for (int l = 0; l < mlp.LayerCount; l++)
        {
            var w = layout[$"W{l}"];
            var b = layout[$"b{l}"];
            Assert.Equal((mlp.WeightOffset(l), mlp.Sizes[l + 1], mlp.Sizes[l], true), (w.Offset, w.Rows, w.Columns, w.IsMatrix));
            Assert.Equal((mlp.BiasOffset(l), mlp.Sizes[l + 1], false), (b.Offset, b.Count, b.IsMatrix));
        }
        Assert.Equal("W0 [3 × 4], b0 [3], W1 [2 × 3], b1 [2]", layout.ToString());
    }

    [Fact]
    public void A_tensor_is_its_slice_of_the_flat_buffer()
    {
        var layout = new ParameterLayout.Builder().AddMatrix("W", 2, 3).AddVector("b", 2).Build();
        double[] buffer = [0, 1, 2, 3, 4, 5, 6, 7];
        Assert.Equal(new double[] { 6, 7 }, layout["b"].Of(buffer.AsSpan()).ToArray());
        Assert.Equal(5.0, layout["W"].Of(buffer.AsSpan())[1 * 3 + 2]);  // W[1, 2]
        var error = Assert.Throws<KeyNotFoundException>(() => layout["c"]);
        Assert.Contains("W, b", error.Message);
        Assert.Throws<ArgumentException>(() => new ParameterLayout.Builder().AddVector("b", 1).AddVector("b", 2));
    }

    [Fact]
    public void A_state_knows_its_layout_and_its_clones_keep_it()
    {
        var layout = new MlpLayout([3, 2]).ToParameterLayout();
        var state = new Adam().CreateState<double>(layout);
        Assert.Same(layout, state.Layout);
        Assert.Same(layout, state.Clone().Layout);
        Assert.Equal(8, state.ParameterCount);
    }

    [Fact]
    public void Elementwise_optimizers_ignore_the_shapes()
    {
        var adam = new Adam(0.1);
        var flat = adam.CreateState<double>(8);
        var shaped = adam.CreateState<double>(new MlpLayout([3, 2]).ToParameterLayout());
        var random = new Random(5);
        var x = Problems.Random(random, 8);
        var y = (double[])x.Clone();
        for (int t = 0; t < 10; t++)
        {
            var g = Problems.Random(random, 8);
            adam.Step(x, g, flat);
            adam.Step(y, g, shaped);
        }
        Assert.Equal(x, y);
    }

    [Fact]
    public void Groups_step_each_of_their_tensors_as_their_own_optimizer_would()
    {
        // Muon on W0 (the hidden matrix), AdamW on b0, W1 and b1: the same as each optimizer alone on its tensors.
        var layout = new MlpLayout([4, 3, 2]).ToParameterLayout();
        var muon = new Muon(0.05);
        var adamW = new AdamW(0.01);
        var groups = OptimizerGroups.HiddenMatricesAndRest(layout, muon, adamW);
        Assert.Equal(["W0"], groups.Tensors(0).Select(t => t.Name));
        Assert.Equal(["b0", "W1", "b1"], groups.Tensors(1).Select(t => t.Name));
        var states = groups.CreateStates<double>();

        var random = new Random(9);
        var x = Problems.Random(random, layout.ParameterCount);
        var w0 = layout["W0"].Of(x.AsSpan()).ToArray();
        var rest = groups.Tensors(1).SelectMany(t => t.Of(x.AsSpan()).ToArray()).ToArray();
        var muonState = muon.CreateState<double>(ParameterLayout.Matrix(3, 4));
        var adamWState = adamW.CreateState<double>(rest.Length);
        for (int t = 0; t < 5; t++)
        {
            var g = Problems.Random(random, layout.ParameterCount);
            groups.Step(x, g, states, learningRateFactor: 0.5);
            muon.Step(w0, layout["W0"].Of((ReadOnlySpan<double>)g), muonState, 0.05 * 0.5);
            adamW.Step(rest, groups.Tensors(1).SelectMany(tensor => tensor.Of((ReadOnlySpan<double>)g).ToArray()).ToArray(), adamWState, 0.01 * 0.5);
        }
        Assert.Equal(w0, layout["W0"].Of(x.AsSpan()).ToArray());
        Assert.Equal(rest, groups.Tensors(1).SelectMany(t => t.Of(x.AsSpan()).ToArray()).ToArray());
        Assert.Equal(muonState[BufferNames.Momentum], states[0][BufferNames.Momentum]);
        Assert.Equal(5, states[1].Step);
    }

    [Fact]
    public void Every_tensor_needs_a_group()
    {
        var layout = new MlpLayout([2, 2]).ToParameterLayout();
        var error = Assert.Throws<ArgumentException>(() => new OptimizerGroups(layout, (new Muon(), t => t.IsMatrix)));
        Assert.Contains("b0", error.Message);
    }
}
