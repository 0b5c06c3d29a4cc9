// === 10.1 right
double ClippedDistance(double rate, double momentum, double maxNorm, int steps) =>
    rate * maxNorm / (1 - momentum) * (steps - momentum * (1 - Math.Pow(momentum, steps)) / (1 - momentum));   // Σ_t η c (1 − μ^t) / (1 − μ)
// === 10.1 wrong
double ClippedDistance(double rate, double momentum, double maxNorm, int steps) =>
    rate * maxNorm * steps / (1 - momentum);                                                                    // the terminal velocity from the first step
// === 10.2 right
double[] Recall(double[,] confusionPredictedTrue)
{
    int classes = confusionPredictedTrue.GetLength(0);
    var recall = new double[classes];
    for (int d = 0; d < classes; d++)
    {
        double ofClass = 0;
        for (int p = 0; p < classes; p++) ofClass += confusionPredictedTrue[p, d];
        recall[d] = confusionPredictedTrue[d, d] / ofClass;
    }
    return recall;
}
// === 10.2 wrong
double[] Recall(double[,] confusionPredictedTrue)
{
    int classes = confusionPredictedTrue.GetLength(0);
    var recall = new double[classes];
    for (int d = 0; d < classes; d++)
    {
        double predictedAsD = 0;
        for (int t = 0; t < classes; t++) predictedAsD += confusionPredictedTrue[d, t];   // sums the row: that is precision
        recall[d] = confusionPredictedTrue[d, d] / predictedAsD;
    }
    return recall;
}
