// === 8.1 right
double WarmupStableDecay(int t, double peak, int warmup, int decay, int total)
{
    if (t < warmup) return peak * t / warmup;
    if (t <= total - decay) return peak;
    if (t <= total) return peak * (total - t) / decay;
    return 0;
}
// === 8.1 wrong
double WarmupStableDecay(int t, double peak, int warmup, int decay, int total)
{
    if (t < warmup) return peak * t / warmup;
    if (t <= total - decay) return peak;
    if (t <= total) return peak * (total - t - 1) / decay;   // off by one: reaches 0 one step early
    return 0;
}
// === 8.2 right
double DecayFactor(double initial, double final, int steps) => Math.Pow(final / initial, 1.0 / steps);
// === 8.2 wrong
double DecayFactor(double initial, double final, int steps) => Math.Pow(final / initial, 1 / steps);
// === 8.3 right
double PredictedFloor() => 0.02 / 4 * traceSigma / 8;
// === 8.3 wrong
double PredictedFloor() => 0.02 / 4 * traceSigma;
