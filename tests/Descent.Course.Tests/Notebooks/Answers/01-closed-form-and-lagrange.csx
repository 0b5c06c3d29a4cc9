// === 1.1 right
double MyArgMin(double a, double b) => Math.Log(b / a);
// === 1.1 wrong
double MyArgMin(double a, double b) => Math.Log(a / b);
// === 1.2 right
double[] MyTwoConstraintMinimum()
{
    var kkt = Matrix<double>.Build.Dense(5, 5);
    kkt.SetSubMatrix(0, 0, A3);
    double[,] constraints = { { 1, 1, 1 }, { 1, 0, -1 } };
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < 3; i++) { kkt[3 + r, i] = constraints[r, i]; kkt[i, 3 + r] = constraints[r, i]; }
    var right = Vector<double>.Build.Dense(new[] { b3[0], b3[1], b3[2], 1, 0 });
    var s = kkt.Solve(right);
    return new[] { s[0], s[1], s[2] };
}
// === 1.2 wrong
double[] MyTwoConstraintMinimum()
{
    var s = SolveLagrange(A3, b3, new[] { 1.0, 1, 1 }, 1);
    return new[] { s[0], s[1], s[2] };
}
// === 1.3 right
double[] MyProjectOntoDisk(double[] p, double radius)
{
    double norm = Math.Sqrt(p[0] * p[0] + p[1] * p[1]);
    return norm <= radius ? (double[])p.Clone() : new[] { p[0] * radius / norm, p[1] * radius / norm };
}
// === 1.3 wrong
double[] MyProjectOntoDisk(double[] p, double radius)
{
    double norm = Math.Sqrt(p[0] * p[0] + p[1] * p[1]);
    return new[] { p[0] * radius / norm, p[1] * radius / norm };
}
// === 1.4 right
double MyPredictedChange(double lambda, double delta) => -lambda * delta;
// === 1.4 wrong
double MyPredictedChange(double lambda, double delta) => lambda * delta;
