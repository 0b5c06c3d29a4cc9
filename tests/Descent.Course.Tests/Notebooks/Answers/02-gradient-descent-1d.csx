// === 2.1 right
double[] DescendWhileDecreasing(Func<double, double> f, Func<double, double> derivative, double x0, double learningRate, int maxSteps)
{
    var xs = new List<double> { x0 };
    double x = x0, value = f(x0);
    for (int t = 0; t < maxSteps; t++)
    {
        double candidate = x - learningRate * derivative(x);
        double candidateValue = f(candidate);
        if (candidateValue > value) break;
        x = candidate;
        value = candidateValue;
        xs.Add(x);
    }
    return xs.ToArray();
}
// === 2.1 wrong
double[] DescendWhileDecreasing(Func<double, double> f, Func<double, double> derivative, double x0, double learningRate, int maxSteps)
{
    // the uphill step is kept before stopping
    var xs = new List<double> { x0 };
    double x = x0;
    for (int t = 0; t < maxSteps; t++)
    {
        double candidate = x - learningRate * derivative(x);
        xs.Add(candidate);
        if (f(candidate) > f(x)) break;
        x = candidate;
    }
    return xs.ToArray();
}
// === 2.2 right
(double Threshold, double OneStep) LearningRates(double a) => (2 / (2 * a), 1 / (2 * a));
// === 2.2 wrong
(double Threshold, double OneStep) LearningRates(double a) => (2 / a, 1 / a);   // curvature taken as a instead of 2a
// === 2.3 right
int StepsToReach(double learningRate, double curvature, double startDistance, double tolerance)
{
    if (startDistance <= tolerance) return 0;
    double r = Math.Abs(1 - learningRate * curvature);
    if (r >= 1) return int.MaxValue;
    if (r == 0) return 1;
    return (int)Math.Ceiling(Math.Log(tolerance / startDistance) / Math.Log(r));
}
// === 2.3 wrong
int StepsToReach(double learningRate, double curvature, double startDistance, double tolerance)
{
    // the factor without its absolute value
    if (startDistance <= tolerance) return 0;
    double r = 1 - learningRate * curvature;
    if (r >= 1 || r <= -1) return int.MaxValue;
    if (r == 0) return 1;
    return (int)Math.Ceiling(Math.Log(tolerance / startDistance) / Math.Log(r));
}
// === 2.4 right
double RateForCycle(double amplitude) => 2 * amplitude / Math.Tanh(amplitude);   // x̄ − α·tanh x̄ = −x̄
// === 2.4 wrong
double RateForCycle(double amplitude) => amplitude / Math.Tanh(amplitude);       // x̄ = α·tanh x̄: a fixed point of x ↦ α·tanh x, not a cycle of the step
