// === 7.1 right
void AdamStepKingmaBa(double[] theta, double[] g, double[] m, double[] v, int t, double alpha, double beta1 = 0.9, double beta2 = 0.999, double epsilonHat = 1e-8)
{
    // m̂/√v̂ = (m/(1 − β₁ᵗ)) / (√v/√(1 − β₂ᵗ)): both corrections go into αₜ
    double stepSize = alpha * Math.Sqrt(1 - Math.Pow(beta2, t)) / (1 - Math.Pow(beta1, t));
    for (int i = 0; i < theta.Length; i++)
    {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        theta[i] -= stepSize * m[i] / (Math.Sqrt(v[i]) + epsilonHat);
    }
}
// === 7.1 wrong
void AdamStepKingmaBa(double[] theta, double[] g, double[] m, double[] v, int t, double alpha, double beta1 = 0.9, double beta2 = 0.999, double epsilonHat = 1e-8)
{
    // PyTorch's form: ε̂ added to the corrected √v̂ instead of to the raw √v
    for (int i = 0; i < theta.Length; i++)
    {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        double mHat = m[i] / (1 - Math.Pow(beta1, t)), vHat = v[i] / (1 - Math.Pow(beta2, t));
        theta[i] -= alpha * mHat / (Math.Sqrt(vHat) + epsilonHat);
    }
}
// === 7.2 right
double PredictedAdamWRest(double h, double sigma, double lambda)
{
    // fixed point: θ = h/(h + λ√v̂), with √v̂ = √(h²(1 − θ)² + σ²), the gradient's root mean square at rest
    double theta = 1;
    for (int k = 0; k < 200; k++) theta = h / (h + lambda * Math.Sqrt(h * h * (1 - theta) * (1 - theta) + sigma * sigma));
    return theta;
}
// === 7.2 wrong
double PredictedAdamWRest(double h, double sigma, double lambda) =>
    h / (h + lambda * sigma);   // takes √v̂ for the noise σ alone, forgetting the mean gradient at rest
