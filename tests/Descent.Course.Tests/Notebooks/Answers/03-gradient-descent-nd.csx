// === 3.1 right
double Contraction(Matrix<double> a, double learningRate) =>
    a.Evd(Symmetricity.Symmetric).EigenValues.Select(z => Math.Abs(1 - learningRate * z.Real)).Max();
// === 3.1 wrong
double Contraction(Matrix<double> a, double learningRate) =>
    Math.Abs(1 - learningRate * a.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Max());   // only the steepest direction
// === 3.2 right
double[] FivePointGradient(Func<double[], double> f, double[] theta, double h)
{
    var copy = (double[])theta.Clone();
    var gradient = new double[theta.Length];
    double At(int i, double shift) { copy[i] = theta[i] + shift; double v = f(copy); copy[i] = theta[i]; return v; }
    for (int i = 0; i < theta.Length; i++)
        gradient[i] = (-At(i, 2 * h) + 8 * At(i, h) - 8 * At(i, -h) + At(i, -2 * h)) / (12 * h);
    return gradient;
}
// === 3.2 wrong
double[] FivePointGradient(Func<double[], double> f, double[] theta, double h)
{
    var copy = (double[])theta.Clone();
    var gradient = new double[theta.Length];
    double At(int i, double shift) { copy[i] = theta[i] + shift; double v = f(copy); copy[i] = theta[i]; return v; }
    for (int i = 0; i < theta.Length; i++)
        gradient[i] = (-At(i, 2 * h) + 8 * At(i, h) - 8 * At(i, -h) + At(i, -2 * h)) / (6 * h);   // 6h instead of 12h
    return gradient;
}
// === 3.3 right
double[] LineLossGradient(double[] p)
{
    double r1 = p[0] * 2 + p[1] - 1, r2 = p[0] * -1 + p[1] - 3;
    return [Math.Tanh(r1) * 2 + Math.Tanh(r2) * -1, Math.Tanh(r1) + Math.Tanh(r2)];
}
// === 3.3 wrong
double[] LineLossGradient(double[] p)
{
    double r1 = p[0] * 2 + p[1] - 1, r2 = p[0] * -1 + p[1] - 3;
    return [Math.Tanh(r1) + Math.Tanh(r2), Math.Tanh(r1) + Math.Tanh(r2)];   // the inner derivative ∂r/∂w = x forgotten
}
// === 3.4 right
int PredictedEscapeStep(double learningRate, double y0, double c) => (int)Math.Ceiling(Math.Log(1 / y0) / Math.Log(1 + 2 * c * learningRate));
// === 3.4 wrong
int PredictedEscapeStep(double learningRate, double y0, double c) => (int)Math.Ceiling(Math.Log(1 / y0) / Math.Log(1 + 2 * learningRate));   // the lesson's saddle formula, c forgotten
