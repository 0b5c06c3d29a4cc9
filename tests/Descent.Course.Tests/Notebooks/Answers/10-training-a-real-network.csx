// === 10.1 right
double PredictedMidCosineRate(double bestRate) => bestRate * (1 + Math.Cos(Math.PI / 2)) / 2;   // half the rate
// === 10.1 wrong
double PredictedMidCosineRate(double bestRate) => bestRate * Math.Cos(Math.PI / 4);             // cos of a quarter turn, not (1 + cos(π/2)) / 2
// === 10.2 right
double EmaWeight(double beta, int count, int t) =>
    t == 0 ? Math.Pow(beta, count - 1) : (1 - beta) * Math.Pow(beta, count - 1 - t);
// === 10.2 wrong
double EmaWeight(double beta, int count, int t) => (1 - beta) * Math.Pow(beta, count - 1 - t);   // forgets that the first vector is copied
