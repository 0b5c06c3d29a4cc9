"""Golden values for GoldenValueTests.cs.

A scalar float64 transcription of the published algorithms: torch.optim's single-tensor functions
(torch/optim/*.py, _single_tensor_*; Muon and Adafactor from torch/optim/_muon.py and _adafactor.py),
lion-pytorch's update_fn and schedulefree's AdamWScheduleFree.step. Each runs for 8 steps on
f(x) = 1/2 * sum(c_i * x_i^2) with c = (1, 10, 0.1, 2, 0.5, 5) from x = (1.5, -2, 0.25, -0.5, 1, 3),
restricted to the first 3 coordinates (the classic optimizers) or all 6 (the newer ones, where the
6 values are also read as a 2 x 3 or 3 x 2 matrix). Sums run in index order, as in the library.
Prints the parameters after the last step, as OptimizerRegistry.cs lists them. Run: python3 golden_values.py
"""
import math

import sys

C = [1.0, 10.0, 0.1, 2.0, 0.5, 5.0]
X0 = [1.5, -2.0, 0.25, -0.5, 1.0, 3.0]
STEPS = 8


def lerp(start, end, weight):
    return start + weight * (end - start) if abs(weight) < 0.5 else end - (end - start) * (1 - weight)


def run(step_fn, state):
    x = list(X0[:3])
    for t in range(1, STEPS + 1):
        g = [c * xi for c, xi in zip(C, x)]
        for i in range(len(x)):
            x[i] = step_fn(t, i, x[i], g[i], state)
    return x


def run_tensors(step_fn, n=6):
    """step_fn(t, x, g) updates the whole list x in place (for per-tensor and matrix algorithms)."""
    x = list(X0[:n])
    for t in range(1, STEPS + 1):
        g = [c * xi for c, xi in zip(C, x)]
        step_fn(t, x, g)
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


def lion(lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    m = [0.0] * 6

    def step(t, x, g):
        for i in range(len(x)):
            x[i] = x[i] * (1 - lr * weight_decay)
            c = m[i] * beta1 + (1 - beta1) * g[i]
            sign = 1.0 if c > 0 else -1.0 if c < 0 else 0.0
            x[i] = x[i] + (-lr) * sign
            m[i] = m[i] * beta2 + (1 - beta2) * g[i]
    return run_tensors(step)


def schedule_free_adamw(lr=0.0025, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0, warmup_steps=0, r=0.0,
                        weight_lr_power=2.0):
    z = list(X0)  # the first y
    v = [0.0] * 6
    group = {'lr_max': -1.0, 'weight_sum': 0.0}

    def step(t, y, g):
        k = t - 1
        sched = (k + 1) / warmup_steps if k < warmup_steps else 1.0
        bias_correction2 = 1 - beta2 ** (k + 1)
        lr_t = lr * sched
        lr_max = group['lr_max'] = max(lr_t, group['lr_max'])
        weight = ((k + 1) ** r) * (lr_max ** weight_lr_power)
        weight_sum = group['weight_sum'] = group['weight_sum'] + weight
        ckp1 = weight / weight_sum if weight_sum != 0 else 0
        for i in range(len(y)):
            v[i] = v[i] * beta2 + (1 - beta2) * g[i] * g[i]
            denom = math.sqrt(v[i] / bias_correction2) + eps
            u = g[i] / denom
            if weight_decay != 0:
                u = u + weight_decay * y[i]
            y[i] = lerp(y[i], z[i], ckp1)
            y[i] = y[i] + lr_t * (beta1 * (1 - ckp1) - 1) * u
            z[i] = z[i] - lr_t * u
    return run_tensors(step)


def schedule_free_evaluation_point(y, z, beta1):
    return [lerp(yi, zi, 1 - 1 / beta1) for yi, zi in zip(y, z)]


def newton_schulz(G, rows, cols, steps=5, eps=1e-7, a=3.4445, b=-4.7750, c=2.0315):
    """torch.optim._muon._zeropower_via_newtonschulz in float64 (PyTorch uses bfloat16), row-major lists."""
    transpose = rows > cols
    m, n = (cols, rows) if transpose else (rows, cols)
    X = [[G[j * cols + i] if transpose else G[i * cols + j] for j in range(n)] for i in range(m)]
    total = 0.0
    for i in range(m):
        for j in range(n):
            total += X[i][j] * X[i][j]
    norm = max(math.sqrt(total), eps)
    X = [[X[i][j] / norm for j in range(n)] for i in range(m)]
    for _ in range(steps):
        A = [[sum_in_order(X[i][k] * X[j][k] for k in range(n)) for j in range(m)] for i in range(m)]
        cA = [[c * A[i][j] for j in range(m)] for i in range(m)]
        B = [[b * A[i][j] + sum_in_order(cA[i][k] * A[k][j] for k in range(m)) for j in range(m)] for i in range(m)]
        X = [[a * X[i][j] + sum_in_order(B[i][k] * X[k][j] for k in range(m)) for j in range(n)] for i in range(m)]
    if transpose:
        return [X[j][i] for i in range(rows) for j in range(cols)]
    return [X[i][j] for i in range(rows) for j in range(cols)]


def sum_in_order(values):
    total = 0.0
    for v in values:
        total += v
    return total


def muon(rows, cols, lr=1e-3, weight_decay=0.1, momentum=0.95, nesterov=True, eps=1e-7, ns_steps=5,
         adjust_lr_fn="original"):
    buf = [0.0] * (rows * cols)

    def step(t, p, g):
        update = [0.0] * len(p)
        for i in range(len(p)):
            buf[i] = lerp(buf[i], g[i], 1 - momentum)
            update[i] = lerp(g[i], buf[i], momentum) if nesterov else buf[i]
        o = newton_schulz(update, rows, cols, ns_steps, eps)
        if adjust_lr_fn == "original":
            adjusted_lr = lr * math.sqrt(max(1, rows / cols))
        else:
            adjusted_lr = lr * (0.2 * math.sqrt(max(rows, cols)))
        for i in range(len(p)):
            p[i] = p[i] * (1 - lr * weight_decay)
            p[i] = p[i] + (-adjusted_lr) * o[i]
    return run_tensors(step, rows * cols)


def adafactor(tensors, lr=1e-2, beta2_decay=-0.8, eps1=None, eps2=1e-3, d=1.0, weight_decay=0.0):
    """tensors: the layout, a list of (offset, rows, cols) for a matrix or (offset, n) for a vector."""
    if eps1 is None:
        eps1 = sys.float_info.epsilon
    state = {}
    for tensor in tensors:
        if len(tensor) == 3:
            state[tensor] = ([0.0] * tensor[1], [0.0] * tensor[2])
        else:
            state[tensor] = [0.0] * tensor[1]

    def step(t, x, g):
        one_minus_beta2_t = float(t) ** beta2_decay
        rho_t = min(lr, 1 / (float(t) ** 0.5))
        for tensor in tensors:
            offset = tensor[0]
            numel = tensor[1] * (tensor[2] if len(tensor) == 3 else 1)
            p = x[offset:offset + numel]
            grad = g[offset:offset + numel]
            alpha = max(eps2, math.sqrt(sum_in_order(v * v for v in p)) / (numel ** 0.5)) * rho_t
            if weight_decay != 0:
                p = [v * (1 - lr * weight_decay) for v in p]
            if len(tensor) == 3:
                _, rows, cols = tensor
                row_var, col_var = state[tensor]
                for i in range(rows):
                    norm = math.sqrt(sum_in_order(grad[i * cols + j] ** 2 for j in range(cols)))
                    row_var[i] = lerp(row_var[i], norm * norm / cols, one_minus_beta2_t)
                for j in range(cols):
                    norm = math.sqrt(sum_in_order(grad[i * cols + j] ** 2 for i in range(rows)))
                    col_var[j] = lerp(col_var[j], norm * norm / rows, one_minus_beta2_t)
                row_mean = max(sum_in_order(row_var) / rows, eps1)
                var_estimate = [row_var[i] * col_var[j] / row_mean for i in range(rows) for j in range(cols)]
            else:
                variance = state[tensor]
                for i in range(numel):
                    variance[i] = lerp(variance[i], grad[i] * grad[i], one_minus_beta2_t)
                var_estimate = list(variance)
            update = [1 / math.sqrt(max(v, eps1 * eps1)) * gi for v, gi in zip(var_estimate, grad)]
            denom = max(1.0, math.sqrt(sum_in_order(u * u for u in update)) / ((numel ** 0.5) * d))
            for i in range(numel):
                x[offset + i] = p[i] + (-alpha / denom) * update[i]
    return run_tensors(step)


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
    ("Lion", lion(lr=0.1)),
    ("LionDecay", lion(lr=0.05, beta1=0.8, beta2=0.9, weight_decay=0.5)),
    ("Adafactor", adafactor([(0, 6)], lr=0.1)),
    ("AdafactorFactored", adafactor([(0, 2, 3)], lr=0.1, weight_decay=0.1, d=1.5)),
    ("AdafactorMixed", adafactor([(0, 2, 2), (4, 2)], lr=0.5, beta2_decay=-0.5, eps1=1e-30, eps2=1e-2)),
    ("Muon", muon(2, 3, lr=0.1)),
    ("MuonTall", muon(3, 2, lr=0.1, weight_decay=0.0, nesterov=False, adjust_lr_fn="match_rms_adamw")),
    ("ScheduleFreeAdamW", schedule_free_adamw(lr=0.1)),
    ("ScheduleFreeAdamWWarmup", schedule_free_adamw(lr=0.1, beta1=0.8, warmup_steps=3, weight_decay=0.1, r=1.0,
                                                    weight_lr_power=1.0)),
]

if __name__ == "__main__":
    for name, x in CASES:
        print(f'["{name}"] = [{", ".join(repr(v) for v in x)}],')
