using Descent.Models;

namespace Descent.Tests.Models;

public class MetricsTests
{
    [Fact]
    public void Accuracy_is_the_fraction_of_matching_labels()
    {
        Assert.Equal(0.75, Metrics.Accuracy([0, 1, 2, 2], [0, 1, 2, 0]));
        Assert.Equal(0.0, Metrics.Accuracy([1, 1], [0, 0]));
    }

    [Fact]
    public void Accuracy_rejects_lengths_that_differ_or_nothing_to_score()
    {
        var e = Assert.Throws<ArgumentException>(() => Metrics.Accuracy([0, 1, 2], [0, 1]));
        Assert.Equal("predictions", e.ParamName);
        Assert.Contains("3 predictions for 2 labels", e.Message);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Metrics.Accuracy([], [])).ParamName);
    }
}
