// === 0.1 right
double[] MyMseGradient(double[] predictions, double[] targets) =>
    predictions.Select((p, i) => 2 * (p - targets[i]) / predictions.Length).ToArray();
// === 0.1 wrong
double[] MyMseGradient(double[] predictions, double[] targets) =>
    predictions.Select((p, i) => 2 * (p - targets[i])).ToArray();
// === 0.2 right
double[] MySoftmaxSquaredErrorGradient(double[] logits, int label)
{
    double max = logits.Max();
    var e = logits.Select(z => Math.Exp(z - max)).ToArray();
    double sum = e.Sum();
    var p = e.Select(v => v / sum).ToArray();
    double weighted = p.Select((q, j) => q * (q - (j == label ? 1 : 0))).Sum();
    return p.Select((q, k) => 2 * q * ((q - (k == label ? 1 : 0)) - weighted)).ToArray();
}
// === 0.2 wrong
double[] MySoftmaxSquaredErrorGradient(double[] logits, int label)
{
    double max = logits.Max();
    var e = logits.Select(z => Math.Exp(z - max)).ToArray();
    double sum = e.Sum();
    return e.Select((v, k) => 2 * (v / sum - (k == label ? 1 : 0))).ToArray();   // the softmax's Jacobian forgotten
}
// === 0.3 right
double MySgdLearningRate() => 1.0;
// === 0.3 wrong
double MySgdLearningRate() => 0.01;
// === 0.4 right
int MyPredictedUpdates(int rows, int batchSize, int epochs) => epochs * ((rows + batchSize - 1) / batchSize);
// === 0.4 wrong
int MyPredictedUpdates(int rows, int batchSize, int epochs) => epochs * (rows / batchSize);
