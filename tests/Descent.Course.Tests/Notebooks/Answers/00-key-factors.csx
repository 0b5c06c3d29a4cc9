// === 0.1 right
double[] MyMseGradient(double[] predictions, double[] targets) =>
    predictions.Select((p, i) => 2 * (p - targets[i]) / predictions.Length).ToArray();
// === 0.1 wrong
double[] MyMseGradient(double[] predictions, double[] targets) =>
    predictions.Select((p, i) => 2 * (p - targets[i])).ToArray();
// === 0.2 right
double[] MyCrossEntropyGradient(double[] logits, int label)
{
    double max = logits.Max();
    var e = logits.Select(z => Math.Exp(z - max)).ToArray();
    double sum = e.Sum();
    return e.Select((v, k) => v / sum - (k == label ? 1 : 0)).ToArray();
}
// === 0.2 wrong
double[] MyCrossEntropyGradient(double[] logits, int label)
{
    double max = logits.Max();
    var e = logits.Select(z => Math.Exp(z - max)).ToArray();
    double sum = e.Sum();
    return e.Select((v, k) => (k == label ? 1 : 0) - v / sum).ToArray();
}
// === 0.3 right
double MySgdLearningRate() => 1.0;
// === 0.3 wrong
double MySgdLearningRate() => 0.01;
// === 0.4 right
int MyPredictedUpdates() => 5 * ((300 + 7 - 1) / 7);
// === 0.4 wrong
int MyPredictedUpdates() => 5 * (300 / 7);
