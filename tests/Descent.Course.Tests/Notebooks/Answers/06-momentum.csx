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
(double LearningRate, double Momentum) PolyakTuning(double smallest, double largest)
{
    double rootKappa = Math.Sqrt(largest / smallest);
    return (4 / Math.Pow(Math.Sqrt(largest) + Math.Sqrt(smallest), 2), Math.Pow((rootKappa - 1) / (rootKappa + 1), 2));
}
// === 6.2 wrong
(double LearningRate, double Momentum) PolyakTuning(double smallest, double largest)
{
    // the rate √β taken for β itself
    double rootKappa = Math.Sqrt(largest / smallest);
    return (4 / Math.Pow(Math.Sqrt(largest) + Math.Sqrt(smallest), 2), (rootKappa - 1) / (rootKappa + 1));
}
// === 6.3 right
double PredictedContraction()
{
    // (1 + β − αλ)² = 0.0196 < 4β = 2.56: complex roots, |z| = √β
    return Math.Sqrt(0.64);
}
// === 6.3 wrong
double PredictedContraction()
{
    // gradient descent's |1 − αλ|
    return 0.5;
}
