// === 7.1 right
void AdamStep(double[] theta, double[] g, double[] m, double[] v, int t, double alpha, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
{
    for (int i = 0; i < theta.Length; i++)
    {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        double mHat = m[i] / (1 - Math.Pow(beta1, t));
        double vHat = v[i] / (1 - Math.Pow(beta2, t));
        theta[i] -= alpha * mHat / (Math.Sqrt(vHat) + epsilon);
    }
}
// === 7.1 wrong
void AdamStep(double[] theta, double[] g, double[] m, double[] v, int t, double alpha, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
{
    // the second moment used without its bias correction
    for (int i = 0; i < theta.Length; i++)
    {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        double mHat = m[i] / (1 - Math.Pow(beta1, t));
        theta[i] -= alpha * mHat / (Math.Sqrt(v[i]) + epsilon);
    }
}
// === 7.2 right
double PredictedAdamWRest()
{
    // at rest h(θ − 1) = −λ√v̂ θ with √v̂ ≈ σ = 3 (the gradient is mostly noise): θ = h / (h + λσ)
    return 1 / (1 + 0.2 * 3);
}
// === 7.2 wrong
double PredictedAdamWRest()
{
    // the L2 end point h / (h + λ)
    return 1 / (1 + 0.2);
}
