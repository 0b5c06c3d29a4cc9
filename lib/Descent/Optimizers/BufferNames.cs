namespace Descent.Optimizers;

/// <summary>Names of the per-parameter buffers kept in an <see cref="OptimizerState{T}"/>.</summary>
public static class BufferNames
{
    /// <summary>SGD's momentum buffer b (PyTorch <c>momentum_buffer</c>); also RMSprop's momentum buffer.</summary>
    public const string Momentum = "Momentum";
    /// <summary>Running average of the gradient m (PyTorch <c>exp_avg</c>).</summary>
    public const string FirstMoment = "FirstMoment";
    /// <summary>Running average of the squared gradient v (PyTorch <c>exp_avg_sq</c>).</summary>
    public const string SecondMoment = "SecondMoment";
    /// <summary>AMSGrad's running maximum of v (PyTorch <c>max_exp_avg_sq</c>).</summary>
    public const string MaxSecondMoment = "MaxSecondMoment";
    /// <summary>RMSprop's and Adadelta's running average of the squared gradient (PyTorch <c>square_avg</c>).</summary>
    public const string SquareAverage = "SquareAverage";
    /// <summary>Centered RMSprop's running average of the gradient (PyTorch <c>grad_avg</c>).</summary>
    public const string GradientAverage = "GradientAverage";
    /// <summary>Adadelta's running average of the squared updates (PyTorch <c>acc_delta</c>).</summary>
    public const string AccumulatedUpdate = "AccumulatedUpdate";
    /// <summary>Adagrad's sum of squared gradients (PyTorch <c>sum</c>).</summary>
    public const string Sum = "Sum";
    /// <summary>Adamax's exponentially weighted infinity norm u (PyTorch <c>exp_inf</c>).</summary>
    public const string InfinityNorm = "InfinityNorm";
    /// <summary>NAdam's scalar product of the momentum coefficients, mu_1 ... mu_t (PyTorch <c>mu_product</c>).</summary>
    public const string MuProduct = "MuProduct";
}
