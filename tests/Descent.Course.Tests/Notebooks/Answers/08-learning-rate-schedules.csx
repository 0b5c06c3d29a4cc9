// === 8.1 right
double WarmupInverseSqrt(int t, double peak, int warmup) =>
    t < warmup ? peak * t / warmup : peak * Math.Sqrt((double)warmup / t);
// === 8.1 wrong
double WarmupInverseSqrt(int t, double peak, int warmup) =>
    t < warmup ? peak * t / warmup : peak * warmup / t;   // decays like 1/t, not 1/√t
// === 8.2 right
double DecayFactor(double initial, double final, int steps) => Math.Pow(final / initial, 1.0 / steps);
// === 8.2 wrong
double DecayFactor(double initial, double final, int steps) => Math.Pow(final / initial, 1 / steps);
// === 8.3 right
double PredictedFloor() => 0.02 / 4 * traceSigma / 8;
// === 8.3 wrong
double PredictedFloor() => 0.02 / 4 * traceSigma;
