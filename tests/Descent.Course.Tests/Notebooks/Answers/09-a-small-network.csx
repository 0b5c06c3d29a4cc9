// === 9.1 right
double[] HiddenDelta(double[,] w2, double[] delta2, double[] a)
{
    var delta1 = new double[a.Length];
    for (int j = 0; j < a.Length; j++)
    {
        double sum = 0;
        for (int k = 0; k < delta2.Length; k++) sum += w2[k, j] * delta2[k];
        delta1[j] = sum * (1 - a[j] * a[j]);
    }
    return delta1;
}
// === 9.1 wrong
double[] HiddenDelta(double[,] w2, double[] delta2, double[] a)
{
    var delta1 = new double[a.Length];
    for (int j = 0; j < a.Length; j++)
    {
        double sum = 0;
        for (int k = 0; k < delta2.Length; k++) sum += w2[k, j] * delta2[k];
        delta1[j] = sum * (1 - a[j]);   // the slope of tanh is 1 − a², not 1 − a
    }
    return delta1;
}
// === 9.2 right
double PredictedMeanSquare(int fanIn, double bound, double inputMean, double inputVariance) =>
    fanIn * (bound * bound / 3) * (inputVariance + inputMean * inputMean);   // n_in · Var(w) · E[a²]; Var(U(−r, r)) = r²/3
// === 9.2 wrong
double PredictedMeanSquare(int fanIn, double bound, double inputMean, double inputVariance) =>
    fanIn * (bound * bound / 3) * inputVariance;                             // the inputs' variance where their mean square is meant
// === 9.3 right
(long Forward, long Backward) MultiplyAdds(int[] layerSizes)
{
    long forward = 0, backward = 0;
    for (int l = 0; l + 1 < layerSizes.Length; l++)
    {
        long weights = (long)layerSizes[l] * layerSizes[l + 1];
        forward += weights;
        backward += weights;                   // ∂W = δ aᵀ
        if (l > 0) backward += weights;        // Wᵀδ to the layer below
    }
    return (forward, backward);
}
// === 9.3 wrong
(long Forward, long Backward) MultiplyAdds(int[] layerSizes)
{
    long forward = 0;
    for (int l = 0; l + 1 < layerSizes.Length; l++) forward += (long)layerSizes[l] * layerSizes[l + 1];
    return (forward, 2 * forward);             // forgets that the first layer sends nothing down
}
