"""Golden values for GoldenValueTests.cs.

A scalar float64 transcription of torch.optim's single-tensor algorithms (torch/optim/*.py,
_single_tensor_*), run for 8 steps on f(x) = 1/2 * sum(c_i * x_i^2) with c = (1, 10, 0.1)
from x = (1.5, -2, 0.25). Prints the parameters after the last step. Run: python3 golden_values.py
"""
import math

C = [1.0, 10.0, 0.1]
X0 = [1.5, -2.0, 0.25]
STEPS = 8


def lerp(start, end, weight):
    return start + weight * (end - start) if abs(weight) < 0.5 else end - (end - start) * (1 - weight)


def run(step_fn, state):
    x = list(X0)
    for t in range(1, STEPS + 1):
        g = [c * xi for c, xi in zip(C, x)]
        for i in range(len(x)):
            x[i] = step_fn(t, i, x[i], g[i], state)
    return x


def sgd(lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    def step(t, i, p, g, s):
        if weight_decay != 0:
            g = g + weight_decay * p
        if momentum != 0:
            if t == 1:
                s[i] = g
            else:
                s[i] = s[i] * momentum + (1 - dampening) * g
            g = g + momentum * s[i] if nesterov else s[i]
        return p + (-lr) * g
    return run(step, [0.0] * 3)


def adagrad(lr=1e-2, lr_decay=0.0, weight_decay=0.0, initial_accumulator_value=0.0, eps=1e-10):
    def step(t, i, p, g, s):
        if weight_decay != 0:
            g = g + weight_decay * p
        clr = lr / (1 + (t - 1) * lr_decay)
        s[i] = s[i] + 1 * g * g
        std = math.sqrt(s[i]) + eps
        return p + (-clr) * g / std
    return run(step, [initial_accumulator_value] * 3)


def rmsprop(lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False):
    def step(t, i, p, g, s):
        sq, ga, buf = s[i]
        if weight_decay != 0:
            g = g + weight_decay * p
        sq = sq * alpha + (1 - alpha) * g * g
        if centered:
            ga = lerp(ga, g, 1 - alpha)
            avg = math.sqrt(sq + (-1) * ga * ga)
        else:
            avg = math.sqrt(sq)
        avg = avg + eps
        if momentum > 0:
            buf = buf * momentum + 1 * g / avg
            p = p + (-lr) * buf
        else:
            p = p + (-lr) * g / avg
        s[i] = (sq, ga, buf)
        return p
    return run(step, [(0.0, 0.0, 0.0)] * 3)


def adadelta(lr=1.0, rho=0.9, eps=1e-6, weight_decay=0.0):
    def step(t, i, p, g, s):
        sq, acc = s[i]
        if weight_decay != 0:
            g = g + weight_decay * p
        sq = sq * rho + (1 - rho) * g * g
        std = math.sqrt(sq + eps)
        delta = math.sqrt(acc + eps) / std * g
        acc = acc * rho + (1 - rho) * delta * delta
        s[i] = (sq, acc)
        return p + (-lr) * delta
    return run(step, [(0.0, 0.0)] * 3)


def adam(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0, amsgrad=False, decoupled=False):
    def step(t, i, p, g, s):
        m, v, vmax = s[i]
        if weight_decay != 0:
            if decoupled:
                p = p * (1 - lr * weight_decay)
            else:
                g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1)
        v = v * beta2 + (1 - beta2) * g * g
        bias_correction1 = 1 - beta1 ** t
        bias_correction2 = 1 - beta2 ** t
        step_size = lr / bias_correction1
        bias_correction2_sqrt = math.sqrt(bias_correction2)
        if amsgrad:
            vmax = max(vmax, v)
            denom = math.sqrt(vmax) / bias_correction2_sqrt + eps
        else:
            denom = math.sqrt(v) / bias_correction2_sqrt + eps
        s[i] = (m, v, vmax)
        return p + (-step_size) * m / denom
    return run(step, [(0.0, 0.0, 0.0)] * 3)


def nadam(lr=2e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0, momentum_decay=4e-3):
    mu_product = [1.0]

    def step(t, i, p, g, s):
        m, v = s[i]
        bias_correction2 = 1 - beta2 ** t
        if weight_decay != 0:
            g = g + weight_decay * p
        mu = beta1 * (1. - 0.5 * (0.96 ** (t * momentum_decay)))
        mu_next = beta1 * (1. - 0.5 * (0.96 ** ((t + 1) * momentum_decay)))
        if i == 0:
            mu_product[0] *= mu
        m = lerp(m, g, 1 - beta1)
        v = v * beta2 + (1 - beta2) * g * g
        denom = math.sqrt(v / bias_correction2) + eps
        mu_product_next = mu_product[0] * mu_next
        p = p + (-lr * (1. - mu) / (1. - mu_product[0])) * g / denom
        p = p + ((-lr * mu_next) / (1. - mu_product_next)) * m / denom
        s[i] = (m, v)
        return p
    return run(step, [(0.0, 0.0)] * 3)


def radam(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    def step(t, i, p, g, s):
        m, v = s[i]
        if weight_decay != 0:
            g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1)
        v = v * beta2 + (1 - beta2) * g * g
        bias_correction1 = 1 - beta1 ** t
        bias_correction2 = 1 - beta2 ** t
        bias_corrected_exp_avg = m / bias_correction1
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * t * (beta2 ** t) / bias_correction2
        s[i] = (m, v)
        if rho_t > 5.0:
            rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
            adaptive_lr = (bias_correction2 ** 0.5) / (math.sqrt(v) + eps)
            return p + (-1.0) * (bias_corrected_exp_avg * lr * adaptive_lr * rect)
        return p + (-1.0) * (bias_corrected_exp_avg * lr)
    return run(step, [(0.0, 0.0)] * 3)


def adamax(lr=2e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    def step(t, i, p, g, s):
        m, u = s[i]
        if weight_decay != 0:
            g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1)
        u = max(u * beta2, abs(g) + eps)
        clr = lr / (1 - beta1 ** t)
        s[i] = (m, u)
        return p + (-clr) * m / u
    return run(step, [(0.0, 0.0)] * 3)


CASES = [
    ("Sgd", sgd(lr=0.1)),
    ("SgdNesterov", sgd(lr=0.1, momentum=0.9, nesterov=True)),
    ("SgdDampened", sgd(lr=0.05, momentum=0.8, dampening=0.3, weight_decay=0.1)),
    ("Adagrad", adagrad(lr=0.1)),
    ("AdagradDecay", adagrad(lr=0.1, lr_decay=0.5, weight_decay=0.05, initial_accumulator_value=0.2)),
    ("RmsProp", rmsprop(lr=0.01)),
    ("RmsPropCenteredMomentum", rmsprop(lr=0.01, centered=True, momentum=0.9, weight_decay=0.1)),
    ("Adadelta", adadelta()),
    ("AdadeltaDecay", adadelta(lr=0.5, rho=0.5, weight_decay=0.1)),
    ("Adam", adam(lr=0.1)),
    ("AdamAmsGrad", adam(lr=0.1, amsgrad=True, weight_decay=0.1)),
    ("AdamW", adam(lr=0.1, weight_decay=1e-2, decoupled=True)),
    ("AdamWAmsGrad", adam(lr=0.1, weight_decay=0.5, amsgrad=True, decoupled=True)),
    ("NAdam", nadam(lr=0.1)),
    ("NAdamDecay", nadam(lr=0.1, weight_decay=0.1, momentum_decay=0.1)),
    ("RAdam", radam(lr=0.1)),
    ("RAdamRectified", radam(lr=0.1, beta2=0.8, weight_decay=0.1)),
    ("Adamax", adamax(lr=0.1)),
    ("AdamaxDecay", adamax(lr=0.1, beta1=0.5, beta2=0.9, weight_decay=0.1)),
]

if __name__ == "__main__":
    for name, x in CASES:
        print(f'["{name}"] = [{", ".join(repr(v) for v in x)}],')
