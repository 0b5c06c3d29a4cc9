// === 8.1 right
double TransformerRate(int t, int dModel, int warmup) =>
    // the line c·t meets d^(−1/2)·t^(−1/2) at t = warmup: c = d^(−1/2) · warmup^(−3/2)
    Math.Min(1 / Math.Sqrt(t), t / Math.Pow(warmup, 1.5)) / Math.Sqrt(dModel);
// === 8.1 wrong
double TransformerRate(int t, int dModel, int warmup) =>
    // the line rises to d^(−1/2) instead of to the decay's value at t = warmup: it misses the meeting point
    t < warmup ? (double)t / warmup / Math.Sqrt(dModel) : 1 / Math.Sqrt(dModel * (double)t);
// === 8.2 right
double DecayFactor(double initial, double final, int steps) => Math.Pow(final / initial, 1.0 / steps);
// γ^h = 1/2: h = ln 2 / ln(1/γ) = steps · ln 2 / ln(initial / final)
double HalfLife(double initial, double final, int steps) => steps * Math.Log(2) / Math.Log(initial / final);
// === 8.2 wrong
double DecayFactor(double initial, double final, int steps) => Math.Pow(final / initial, 1.0 / steps);
// half the run is not half the rate: the rate falls by a constant factor per step, not by a constant amount
double HalfLife(double initial, double final, int steps) => steps / 2.0;
// === 8.3 right
double PredictedFloor(double eta, int batchSize) => eta / 4 * traceSigma / batchSize;
// === 8.3 wrong
double PredictedFloor(double eta, int batchSize) => eta / 4 * traceSigma;   // forgot that a batch of B rows divides Σ by B
