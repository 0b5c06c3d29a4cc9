// === 4.1 right
double[] MyWeightedBatchGradient(double[] theta, Dataset dataSet, int[] batch, double[] weights, double delta)
{
    int d = dataSet.FeatureCount;
    var gradient = new double[d + 1];
    double totalWeight = 0;
    for (int k = 0; k < batch.Length; k++)
    {
        double[] x = dataSet.Features[batch[k]];
        double residual = theta[d] - dataSet.Targets![batch[k]];
        for (int j = 0; j < d; j++) residual += theta[j] * x[j];
        double slope = Math.Abs(residual) <= delta ? residual : delta * Math.Sign(residual);   // h′(r)
        for (int j = 0; j < d; j++) gradient[j] += weights[k] * slope * x[j];
        gradient[d] += weights[k] * slope;
        totalWeight += weights[k];
    }
    return gradient.Select(g => g / totalWeight).ToArray();
}
// === 4.1 wrong
double[] MyWeightedBatchGradient(double[] theta, Dataset dataSet, int[] batch, double[] weights, double delta)
{
    // divides by the number of rows instead of the total weight
    int d = dataSet.FeatureCount;
    var gradient = new double[d + 1];
    for (int k = 0; k < batch.Length; k++)
    {
        double[] x = dataSet.Features[batch[k]];
        double residual = theta[d] - dataSet.Targets![batch[k]];
        for (int j = 0; j < d; j++) residual += theta[j] * x[j];
        double slope = Math.Abs(residual) <= delta ? residual : delta * Math.Sign(residual);
        for (int j = 0; j < d; j++) gradient[j] += weights[k] * slope * x[j];
        gradient[d] += weights[k] * slope;
    }
    return gradient.Select(g => g / batch.Length).ToArray();
}
// === 4.2 right
double MyBatchVariance(double sigmaSquared, int rows, int batchSize, bool withReplacement) =>
    withReplacement ? sigmaSquared / batchSize : sigmaSquared / batchSize * (rows - batchSize) / (rows - 1);
// === 4.2 wrong
double MyBatchVariance(double sigmaSquared, int rows, int batchSize, bool withReplacement) =>
    sigmaSquared / batchSize;                                   // forgets the finite-population correction
// === 4.3 right
double MyPredictedBreakingBatch(double learningRate, double largestEigenvalue) => 2 / (learningRate * largestEigenvalue);   // the sum's rate η·B reaches 2/λmax
// === 4.3 wrong
double MyPredictedBreakingBatch(double learningRate, double largestEigenvalue) => 1 / (learningRate * largestEigenvalue);   // forgets the 2 of the stability limit
