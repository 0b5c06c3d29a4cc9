// === 6.1 right
double[] NextPoint(double[] theta, double[] previousTheta, double[] gradient, double[] previousGradient, double alpha, double beta, bool useNesterov)
{
    var next = new double[theta.Length];
    for (int i = 0; i < theta.Length; i++)
        next[i] = useNesterov
            ? theta[i] + beta * (theta[i] - previousTheta[i]) - alpha * (1 + beta) * gradient[i] + alpha * beta * previousGradient[i]
            : theta[i] + beta * (theta[i] - previousTheta[i]) - alpha * gradient[i];
    return next;
}
// === 6.1 wrong
double[] NextPoint(double[] theta, double[] previousTheta, double[] gradient, double[] previousGradient, double alpha, double beta, bool useNesterov)
{
    // Nesterov without the previous gradient's correction term
    var next = new double[theta.Length];
    for (int i = 0; i < theta.Length; i++)
        next[i] = useNesterov
            ? theta[i] + beta * (theta[i] - previousTheta[i]) - alpha * (1 + beta) * gradient[i]
            : theta[i] + beta * (theta[i] - previousTheta[i]) - alpha * gradient[i];
    return next;
}
// === 6.2 right
(double Momentum, double Rate) BestMomentum(double smallest, double largest, double learningRate)
{
    // the smallest band of complex roots that holds both ends: (1 − √β)² ≤ αμ and αL ≤ (1 + √β)²
    double rootBeta = Math.Max(1 - Math.Sqrt(learningRate * smallest), Math.Sqrt(learningRate * largest) - 1);
    return (rootBeta * rootBeta, rootBeta);
}
// === 6.2 wrong
(double Momentum, double Rate) BestMomentum(double smallest, double largest, double learningRate)
{
    // only the slow end brought into the band, as in the lesson's sweep: wrong when the stiff end lies past the band
    double rootBeta = 1 - Math.Sqrt(learningRate * smallest);
    return (rootBeta * rootBeta, rootBeta);
}
// === 6.3 right
double PredictedNesterovContraction(double alphaLambda, double beta)
{
    // eₜ = zᵗ: z² − (1+β)(1−αλ) z + β(1−αλ) = 0; the larger |z| of the two roots
    double p = (1 + beta) * (1 - alphaLambda), q = beta * (1 - alphaLambda);
    var root = System.Numerics.Complex.Sqrt(p * p - 4 * q);
    return Math.Max(((p + root) / 2).Magnitude, ((p - root) / 2).Magnitude);
}
// === 6.3 wrong
double PredictedNesterovContraction(double alphaLambda, double beta)
{
    // the heavy ball's polynomial z² − (1+β−αλ) z + β instead of Nesterov's
    double p = 1 + beta - alphaLambda;
    var root = System.Numerics.Complex.Sqrt(p * p - 4 * beta);
    return Math.Max(((p + root) / 2).Magnitude, ((p - root) / 2).Magnitude);
}
