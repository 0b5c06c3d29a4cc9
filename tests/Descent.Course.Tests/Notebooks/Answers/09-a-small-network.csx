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
double PredictedSecondLayerMeanSquare()
{
    double r = Math.Sqrt(6.0 / (16 + 16));     // Xavier uniform bound for 16 → 16
    return 16 * (r * r / 3) * a1MeanSquare;    // fan-in × Var(w) × mean square of the inputs
}
// === 9.2 wrong
double PredictedSecondLayerMeanSquare()
{
    double r = Math.Sqrt(6.0 / (16 + 16));
    return 16 * (r * r) * a1MeanSquare;        // used r² as the variance instead of r²/3
}
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
