#!/usr/bin/env python3
"""The engine benchmark's computation in numpy (float64), to set beside EngineJmh's trace().

For n = 10, 64, 256, 512 tokens, d_model = 512, 8 heads (d_k = d_v = 64), scaled, not causal:
Q, K, V = X·W_Q, X·W_K, X·W_V; per head scores = q·kᵀ, scaled = scores / √d_k, a stable row softmax,
output = weights·v, every head's intermediates kept (as the engine's trace keeps them); then the heads' outputs
side by side. Inputs are Gaussian from a fixed seed with the engine benchmark's distributions:
X ~ N(0, 1), weights ~ N(0, 1/d_model).

Timed with timeit: `--repeat` repeats of `number` calls each (number chosen so that one repeat takes about
0.2 s, at least 1 call); prints the median and the minimum per call in microseconds and writes everything to
target/benchmarks/numpy.json (or --out).

Run from the repository root with Debian's numpy:
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 src/test/python/bench_numpy.py
Single-threaded BLAS (the Java engine is single-threaded):
    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 src/test/python/bench_numpy.py --out target/benchmarks/numpy-1t.json
"""
import argparse
import json
import os
import platform
import re
import statistics
import sys
import timeit
from pathlib import Path

import numpy as np

SIZES = (10, 64, 256, 512)
D_MODEL = 512
HEADS = 8
SEED = 20240611
ROOT = Path(__file__).resolve().parents[3]


def trace(x, wq, wk, wv, heads):
    """The engine's trace(): every head's q, k, v, scores, scaled, weights, output, and the concatenation."""
    q_all = x @ wq  # (n, heads·d_k)
    k_all = x @ wk
    v_all = x @ wv  # (n, heads·d_v)
    d_k = wq.shape[1] // heads
    d_v = wv.shape[1] // heads
    sqrt_dk = np.sqrt(d_k)
    trace_heads = []
    outputs = []
    for h in range(heads):
        q = q_all[:, h * d_k:(h + 1) * d_k]  # (n, d_k), a view
        k = k_all[:, h * d_k:(h + 1) * d_k]
        v = v_all[:, h * d_v:(h + 1) * d_v]
        scores = q @ k.T  # (n, n)
        scaled = scores / sqrt_dk
        e = np.exp(scaled - scaled.max(axis=1, keepdims=True))  # stable: every exponent <= 0
        weights = e / e.sum(axis=1, keepdims=True)
        output = weights @ v  # (n, d_v)
        trace_heads.append((q, k, v, scores, scaled, weights, output))
        outputs.append(output)
    return trace_heads, np.concatenate(outputs, axis=1)  # (n, heads·d_v)


def inputs(n, d_model, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, d_model))
    sd = 1.0 / np.sqrt(d_model)
    wq, wk, wv = (rng.standard_normal((d_model, d_model)) * sd for _ in range(3))
    return x, wq, wk, wv


def blas_description():
    """What BLAS numpy really loaded (from /proc/self/maps), and threadpoolctl's view when it is installed."""
    info = {}
    try:
        with open("/proc/self/maps") as f:
            libs = sorted({line.split()[-1] for line in f
                           if re.search(r"(blas|lapack|mkl|blis)[^/]*\.so", line.split()[-1])})
        info["loaded_libraries"] = libs
    except OSError:
        info["loaded_libraries"] = None
    try:
        import threadpoolctl
        info["threadpoolctl_version"] = threadpoolctl.__version__
        info["threadpools"] = threadpoolctl.threadpool_info()
    except ImportError:
        info["threadpoolctl_version"] = None
        info["threadpools"] = None
    return info


def check(n, out, trace_heads):
    assert out.shape == (n, HEADS * (D_MODEL // HEADS)), out.shape
    assert np.all(np.isfinite(out))
    for head in trace_heads:
        assert np.allclose(head[5].sum(axis=1), 1.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "target" / "benchmarks" / "numpy.json"))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--label", default="", help="a name for this configuration, stored in the JSON")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    blas = blas_description()
    env = {k: v for k, v in sorted(os.environ.items())
           if re.match(r"(OPENBLAS|OMP|MKL|BLIS|GOTO)_", k)}
    threads = [p.get("num_threads") for p in (blas.get("threadpools") or []) if p.get("user_api") == "blas"]
    print(f"numpy {np.__version__}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print(f"BLAS loaded: {', '.join(blas['loaded_libraries'] or ['?'])}")
    if blas["threadpools"] is None:
        print("threadpoolctl: not importable (apt-get install python3-threadpoolctl)")
    elif not blas["threadpools"]:
        print(f"threadpoolctl {blas['threadpoolctl_version']}: no known BLAS pool "
              "(the reference BLAS is single-threaded)")
    else:
        for p in blas["threadpools"]:
            print(f"threadpoolctl: {p.get('internal_api')} {p.get('version')} {p.get('architecture', '')}, "
                  f"{p.get('num_threads')} threads, {p.get('threading_layer', '')}")
    print(f"environment: {env or '(no OPENBLAS_/OMP_/MKL_ variables)'}")

    results = []
    print(f"\n{'n':>5} {'median µs/call':>16} {'min µs/call':>14} {'calls×repeats':>14}")
    for n in sizes:
        x, wq, wk, wv = inputs(n, D_MODEL, SEED)
        heads_out, out = trace(x, wq, wk, wv, HEADS)
        check(n, out, heads_out)
        timer = timeit.Timer(lambda: trace(x, wq, wk, wv, HEADS))
        one = min(timer.repeat(repeat=2, number=1))  # warm-up, and the cost of one call
        number = max(1, int(0.2 / max(one, 1e-9)))
        per_call = [t / number * 1e6 for t in timer.repeat(repeat=args.repeat, number=number)]
        median, best = statistics.median(per_call), min(per_call)
        results.append({"n": n, "d_model": D_MODEL, "heads": HEADS, "number": number, "repeat": args.repeat,
                        "median_us": median, "min_us": best, "per_call_us": per_call})
        print(f"{n:>5} {median:>16.1f} {best:>14.1f} {f'{number}×{args.repeat}':>14}")

    report = {
        "label": args.label,
        "numpy": np.__version__,
        "python": sys.version,
        "executable": sys.executable,
        "cpu_count": os.cpu_count(),
        "blas": blas,
        "blas_threads": threads[0] if threads else None,
        "environment": env,
        "dtype": "float64",
        "seed": SEED,
        "results": results,
    }
    out_path = Path(args.out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"\nwrote {out_path}")


if __name__ == "__main__":
    main()
