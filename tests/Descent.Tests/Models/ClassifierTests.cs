using Descent.Models;

namespace Descent.Tests.Models;

public class ClassifierTests
{
    [Fact]
    public void SoftmaxRegression_probabilities_sum_to_one_and_predict_argmax()
    {
        var model = new SoftmaxRegression(2, 3);
        var data = ModelData.Classification();
        var parameters = ModelData.RandomParameters(model.ParameterCount, seed: 3, scale: 2);
        foreach (var x in data.Features)
        {
            var p = model.PredictProbabilities(parameters, x);
            Assert.Equal(1, p.Sum(), 14);
            Assert.Equal(Array.IndexOf(p, p.Max()), model.Predict(parameters, x));
        }
    }

    [Fact]
    public void SoftmaxRegression_layout_is_row_per_class_then_biases()
    {
        var model = new SoftmaxRegression(2, 3);
        double[] parameters = [1, 2, 3, 4, 5, 6, 0.1, 0.2, 0.3];
        Assert.Equal([1 + 2 * 2 + 0.1, 3 + 4 * 2 + 0.2, 5 + 6 * 2 + 0.3], model.Logits(parameters, [1.0, 2.0]));
    }

    [Fact]
    public void Zero_parameters_give_uniform_probabilities_and_loss_log_K()
    {
        var model = new SoftmaxRegression(2, 3);
        var data = ModelData.Classification();
        Assert.Equal(Math.Log(3), model.Loss(new double[model.ParameterCount], data), 14);
        var mlp = new Mlp([2, 4, 3]);
        Assert.Equal(Math.Log(3), mlp.Loss(new double[mlp.ParameterCount], data), 14);
    }

    [Fact]
    public void Accuracy_counts_correct_rows()
    {
        var model = new SoftmaxRegression(1, 2);
        var data = Descent.Data.Dataset.Classification("signs", [[-2.0], [-1.0], [1.0], [3.0]], [0, 1, 1, 1], ["neg", "pos"]);
        double[] parameters = [-1, 1, 0, 0];          // class 1 iff x > 0
        Assert.Equal(0.75, model.Accuracy(parameters, data));
    }

    [Fact]
    public void Mlp_layout_and_forward_match_hand_computation()
    {
        var mlp = new Mlp([2, 2, 1], Activation.Relu);
        Assert.Equal(2 * 2 + 2 + 1 * 2 + 1, mlp.ParameterCount);
        Assert.Equal(0, mlp.Layout.WeightOffset(0));
        Assert.Equal(4, mlp.Layout.BiasOffset(0));
        Assert.Equal(6, mlp.Layout.WeightOffset(1));
        Assert.Equal(8, mlp.Layout.BiasOffset(1));

        // W₀ = [[1, −1], [2, 0]], b₀ = [0, −1]; W₁ = [[3, −2]], b₁ = [0.5]
        double[] parameters = [1, -1, 2, 0, 0, -1, 3, -2, 0.5];
        // x = (1, 2): z₀ = (−1, 1) → a₁ = (0, 1) → output 3·0 − 2·1 + 0.5 = −1.5
        Assert.Equal([-1.5], mlp.Output(parameters, [1.0, 2.0]));
        Assert.Equal(2, mlp.Weights(parameters, 0)[1, 0]);
        Assert.Equal(0.5, mlp.Biases(parameters, 1)[0]);
    }

    [Fact]
    public void Mlp_rejects_outputs_that_do_not_match_the_data()
    {
        var error = Assert.Throws<ArgumentException>(() => new Mlp([2, 4, 2]).Loss(new double[22], ModelData.Classification()));
        Assert.Contains("3", error.Message);
        var size = Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp([2, 0, 1]));
        Assert.Equal(0, size.ActualValue);
    }
}
