namespace Descent.Tests.Optimizers;

/// <summary>
/// Independent scalar transcriptions of torch.optim's algorithms (the algorithm boxes and the <c>_single_tensor_*</c>
/// functions), written without the library: the oracles the optimizers are checked against.
/// Each keeps its own state and applies one step in place to p given g.
/// </summary>
public interface IAlgorithmBox
{
    void Step(double[] p, double[] g);
}

internal static class TorchOps
{
    // torch.lerp: start + w (end - start) for |w| < 0.5, else end - (end - start)(1 - w).
    public static double Lerp(double start, double end, double w) =>
        Math.Abs(w) < 0.5 ? start + w * (end - start) : end - (end - start) * (1 - w);
}

public sealed class SgdBox(double lr, double momentum = 0, double dampening = 0, double weightDecay = 0, bool nesterov = false) : IAlgorithmBox
{
    private double[]? buf;

    public void Step(double[] p, double[] g)
    {
        bool first = buf is null;
        buf ??= new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            if (momentum != 0)
            {
                buf[i] = first ? d : buf[i] * momentum + (1 - dampening) * d;
                d = nesterov ? d + momentum * buf[i] : buf[i];
            }
            p[i] = p[i] + (-lr) * d;
        }
    }
}

public sealed class AdagradBox(double lr, double lrDecay = 0, double weightDecay = 0, double initialAccumulator = 0, double eps = 1e-10) : IAlgorithmBox
{
    private double[]? sum;
    private int t;

    public void Step(double[] p, double[] g)
    {
        if (sum is null) { sum = new double[p.Length]; Array.Fill(sum, initialAccumulator); }
        t++;
        double clr = lr / (1 + (t - 1) * lrDecay);
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            sum[i] = sum[i] + 1 * d * d;
            double std = Math.Sqrt(sum[i]) + eps;
            p[i] = p[i] + (-clr) * d / std;
        }
    }
}

public sealed class RmsPropBox(double lr, double alpha = 0.99, double eps = 1e-8, double weightDecay = 0, double momentum = 0, bool centered = false) : IAlgorithmBox
{
    private double[]? sq, ga, buf;

    public void Step(double[] p, double[] g)
    {
        sq ??= new double[p.Length]; ga ??= new double[p.Length]; buf ??= new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            sq[i] = sq[i] * alpha + (1 - alpha) * d * d;
            double avg;
            if (centered)
            {
                ga[i] = TorchOps.Lerp(ga[i], d, 1 - alpha);
                avg = Math.Sqrt(sq[i] + (-1) * ga[i] * ga[i]);
            }
            else avg = Math.Sqrt(sq[i]);
            avg = avg + eps;
            if (momentum > 0)
            {
                buf[i] = buf[i] * momentum + 1 * d / avg;
                p[i] = p[i] + (-lr) * buf[i];
            }
            else p[i] = p[i] + (-lr) * d / avg;
        }
    }
}

public sealed class AdadeltaBox(double lr = 1.0, double rho = 0.9, double eps = 1e-6, double weightDecay = 0) : IAlgorithmBox
{
    private double[]? sq, acc;

    public void Step(double[] p, double[] g)
    {
        sq ??= new double[p.Length]; acc ??= new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            sq[i] = sq[i] * rho + (1 - rho) * d * d;
            double std = Math.Sqrt(sq[i] + eps);
            double delta = Math.Sqrt(acc[i] + eps) / std * d;
            acc[i] = acc[i] * rho + (1 - rho) * delta * delta;
            p[i] = p[i] + (-lr) * delta;
        }
    }
}

public sealed class AdamBox(double lr, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0, bool amsGrad = false, bool decoupled = false) : IAlgorithmBox
{
    private double[]? m, v, vMax;
    private int t;

    public void Step(double[] p, double[] g)
    {
        m ??= new double[p.Length]; v ??= new double[p.Length]; vMax ??= new double[p.Length];
        t++;
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0)
            {
                if (decoupled) p[i] = p[i] * (1 - lr * weightDecay);
                else d = d + weightDecay * p[i];
            }
            m[i] = TorchOps.Lerp(m[i], d, 1 - beta1);
            v[i] = v[i] * beta2 + (1 - beta2) * d * d;
            double biasCorrection1 = 1 - Math.Pow(beta1, t);
            double biasCorrection2 = 1 - Math.Pow(beta2, t);
            double stepSize = lr / biasCorrection1;
            double biasCorrection2Sqrt = Math.Sqrt(biasCorrection2);
            double denom;
            if (amsGrad)
            {
                vMax[i] = Math.Max(vMax[i], v[i]);
                denom = Math.Sqrt(vMax[i]) / biasCorrection2Sqrt + eps;
            }
            else denom = Math.Sqrt(v[i]) / biasCorrection2Sqrt + eps;
            p[i] = p[i] + (-stepSize) * m[i] / denom;
        }
    }
}

public sealed class NAdamBox(double lr, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0, double momentumDecay = 4e-3) : IAlgorithmBox
{
    private double[]? m, v;
    private double muProduct = 1.0;
    private int t;

    public double MuProduct => muProduct;

    public void Step(double[] p, double[] g)
    {
        m ??= new double[p.Length]; v ??= new double[p.Length];
        t++;
        double biasCorrection2 = 1 - Math.Pow(beta2, t);
        double mu = beta1 * (1.0 - 0.5 * Math.Pow(0.96, t * momentumDecay));
        double muNext = beta1 * (1.0 - 0.5 * Math.Pow(0.96, (t + 1) * momentumDecay));
        muProduct *= mu;
        double muProductNext = muProduct * muNext;
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            m[i] = TorchOps.Lerp(m[i], d, 1 - beta1);
            v[i] = v[i] * beta2 + (1 - beta2) * d * d;
            double denom = Math.Sqrt(v[i] / biasCorrection2) + eps;
            p[i] = p[i] + (-lr * (1.0 - mu) / (1.0 - muProduct)) * d / denom;
            p[i] = p[i] + ((-lr * muNext) / (1.0 - muProductNext)) * m[i] / denom;
        }
    }
}

public sealed class RAdamBox(double lr, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0) : IAlgorithmBox
{
    private double[]? m, v;
    private int t;

    public void Step(double[] p, double[] g)
    {
        m ??= new double[p.Length]; v ??= new double[p.Length];
        t++;
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            m[i] = TorchOps.Lerp(m[i], d, 1 - beta1);
            v[i] = v[i] * beta2 + (1 - beta2) * d * d;
            double biasCorrection1 = 1 - Math.Pow(beta1, t);
            double biasCorrection2 = 1 - Math.Pow(beta2, t);
            double biasCorrectedExpAvg = m[i] / biasCorrection1;
            double rhoInf = 2 / (1 - beta2) - 1;
            double rhoT = rhoInf - 2 * t * Math.Pow(beta2, t) / biasCorrection2;
            if (rhoT > 5.0)
            {
                double rect = Math.Sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
                double adaptiveLr = Math.Sqrt(biasCorrection2) / (Math.Sqrt(v[i]) + eps);
                p[i] = p[i] + (-1.0) * (biasCorrectedExpAvg * lr * adaptiveLr * rect);
            }
            else p[i] = p[i] + (-1.0) * (biasCorrectedExpAvg * lr);
        }
    }
}

public sealed class AdamaxBox(double lr, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0) : IAlgorithmBox
{
    private double[]? m, u;
    private int t;

    public void Step(double[] p, double[] g)
    {
        m ??= new double[p.Length]; u ??= new double[p.Length];
        t++;
        double clr = lr / (1 - Math.Pow(beta1, t));
        for (int i = 0; i < p.Length; i++)
        {
            double d = g[i];
            if (weightDecay != 0) d = d + weightDecay * p[i];
            m[i] = TorchOps.Lerp(m[i], d, 1 - beta1);
            u[i] = Math.Max(u[i] * beta2, Math.Abs(d) + eps);
            p[i] = p[i] + (-clr) * m[i] / u[i];
        }
    }
}
