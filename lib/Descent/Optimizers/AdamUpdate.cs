using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// The update shared by <see cref="Adam"/> and <see cref="AdamW"/> (PyTorch's <c>_single_tensor_adam</c>); they differ
/// only in where the weight decay goes: into the gradient (Adam, L2) or straight onto the parameters (AdamW, decoupled).
/// </summary>
internal sealed record AdamUpdate(double Beta1, double Beta2, double Epsilon, double WeightDecay, bool AmsGrad, bool Decoupled)
{
    public void InitializeState<T>(OptimizerState<T> state) where T : unmanaged, IFloatingPointIeee754<T>
    {
        state.AddBuffer(BufferNames.FirstMoment, 0);
        state.AddBuffer(BufferNames.SecondMoment, 0);
        if (AmsGrad) state.AddBuffer(BufferNames.MaxSecondMoment, 0);
    }

    /// <summary>Bias corrections of step t: step size gamma / (1 - beta1^t) and sqrt(1 - beta2^t).</summary>
    private (double StepSize, double BiasCorrection2Sqrt) Corrections(double learningRate, long step)
    {
        double biasCorrection1 = 1 - Math.Pow(Beta1, step);
        double biasCorrection2 = 1 - Math.Pow(Beta2, step);
        return (learningRate / biasCorrection1, Math.Sqrt(biasCorrection2));
    }

    public void Reference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> m = state.Buffer(BufferNames.FirstMoment);
        Span<double> v = state.Buffer(BufferNames.SecondMoment);
        Span<double> vMax = AmsGrad ? state.Buffer(BufferNames.MaxSecondMoment) : default;
        var (stepSize, biasCorrection2Sqrt) = Corrections(learningRate, state.Step);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0)
            {
                if (Decoupled) parameters[i] = parameters[i] * (1 - learningRate * WeightDecay);
                else g = g + WeightDecay * parameters[i];
            }

            m[i] = Lerp.Of(m[i], g, 1 - Beta1);
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            double vHat = v[i];
            if (AmsGrad) vHat = vMax[i] = Math.Max(vMax[i], v[i]);
            double denominator = Math.Sqrt(vHat) / biasCorrection2Sqrt + Epsilon;
            parameters[i] = parameters[i] - stepSize * m[i] / denominator;
        }
    }

    public void Fast<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool coupled = WeightDecay != 0 && !Decoupled, decoupled = WeightDecay != 0 && Decoupled;
        if (AmsGrad) Fast<T, Set>(coupled, decoupled, parameters, gradients, state, learningRate);
        else Fast<T, Unset>(coupled, decoupled, parameters, gradients, state, learningRate);
    }

    private void Fast<T, TAmsGrad>(bool coupled, bool decoupled, Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TAmsGrad : struct, IFlag
    {
        if (coupled) Fast<T, Set, Unset, TAmsGrad>(parameters, gradients, state, learningRate);
        else if (decoupled) Fast<T, Unset, Set, TAmsGrad>(parameters, gradients, state, learningRate);
        else Fast<T, Unset, Unset, TAmsGrad>(parameters, gradients, state, learningRate);
    }

    private void Fast<T, TCoupled, TDecoupled, TAmsGrad>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TCoupled : struct, IFlag
        where TDecoupled : struct, IFlag
        where TAmsGrad : struct, IFlag
    {
        var (stepSize, biasCorrection2Sqrt) = Corrections(learningRate, state.Step);
        var kernel = new Kernel<T, TCoupled, TDecoupled, TAmsGrad>(this, learningRate, stepSize, biasCorrection2Sqrt);
        Elementwise.Run(kernel, parameters, gradients,
            state.Buffer(BufferNames.FirstMoment), state.Buffer(BufferNames.SecondMoment),
            AmsGrad ? state.Buffer(BufferNames.MaxSecondMoment) : default);
    }

    /// <summary>The update, compiled once per kind of weight decay and per AMSGrad, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TCoupled, TDecoupled, TAmsGrad>(AdamUpdate adam, double learningRate, double stepSize, double biasCorrection2Sqrt)
        : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TCoupled : struct, IFlag
        where TDecoupled : struct, IFlag
        where TAmsGrad : struct, IFlag
    {
        private readonly Lerp.Weight<T> firstMoment = new(1 - adam.Beta1);
        private readonly T beta2 = T.CreateTruncating(adam.Beta2);
        private readonly T oneMinusBeta2 = T.CreateTruncating(1 - adam.Beta2);
        private readonly T epsilon = T.CreateTruncating(adam.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(adam.WeightDecay);
        private readonly T shrink = T.CreateTruncating(1 - learningRate * adam.WeightDecay);
        private readonly T stepSize = T.CreateTruncating(stepSize);
        private readonly T biasCorrection2Sqrt = T.CreateTruncating(biasCorrection2Sqrt);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector m, ref TVector v, ref TVector vMax)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecoupled.IsSet) parameter = parameter * shrink;
            if (TCoupled.IsSet) g = g + parameter * weightDecay;
            m = firstMoment.Of(m, g);
            v = v * beta2 + g * oneMinusBeta2 * g;
            var vHat = v;
            if (TAmsGrad.IsSet) vHat = vMax = TVector.Max(vMax, v);
            var denominator = TVector.Sqrt(vHat) / biasCorrection2Sqrt + TVector.Broadcast(epsilon);
            parameter = parameter - m * stepSize / denominator;
        }
    }
}
