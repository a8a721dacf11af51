#!/usr/bin/env python3
"""Reference vectors for the attention engine, from an independent implementation (numpy).

Run from the repository root with Debian's numpy (apt-get install python3-numpy):

    /usr/bin/python3 src/test/python/make_reference.py > src/test/resources/reference/attention-cases.json

The Java test ReferenceVectorsTest reads the file and compares every number to within 1e-9.
The attention here is written independently of the Java engine, following PyTorch's
nn.MultiheadAttention head split: head h uses columns [h*d_k, (h+1)*d_k).
"""
import json
import numpy as np


def attention(x, wq, wk, wv, heads, causal, scale):
    n = x.shape[0]
    dk = wq.shape[1] // heads
    dv = wv.shape[1] // heads
    q_all, k_all, v_all = x @ wq, x @ wk, x @ wv
    out_heads = []
    for h in range(heads):
        q = q_all[:, h * dk:(h + 1) * dk]
        k = k_all[:, h * dk:(h + 1) * dk]
        v = v_all[:, h * dv:(h + 1) * dv]
        scores = q @ k.T
        scaled = scores / np.sqrt(dk) if scale else scores.copy()
        masked = scaled.copy()
        if causal:
            masked[np.triu(np.ones((n, n), dtype=bool), k=1)] = -np.inf
        m = masked.max(axis=1, keepdims=True)
        e = np.exp(masked - m)
        weights = e / e.sum(axis=1, keepdims=True)
        out_heads.append(dict(q=q, k=k, v=v, scores=scores, scaled=scaled, weights=weights, output=weights @ v))
    return out_heads, np.concatenate([h["output"] for h in out_heads], axis=1)


def case(name, rng, n, d_model, dk, dv, heads=1, causal=False, scale=True, spread=1.0, zero_queries=False):
    x = rng.normal(0, spread, (n, d_model))
    wq = np.zeros((d_model, heads * dk)) if zero_queries else rng.normal(0, spread, (d_model, heads * dk))
    wk = rng.normal(0, spread, (d_model, heads * dk))
    wv = rng.normal(0, 1.0, (d_model, heads * dv))
    heads_out, output = attention(x, wq, wk, wv, heads, causal, scale)
    tolist = lambda a: [[float(v) for v in row] for row in a]
    return {
        "name": name,
        "request": {"tokens": ["t%d" % i for i in range(n)], "x": tolist(x), "wq": tolist(wq), "wk": tolist(wk),
                    "wv": tolist(wv), "heads": heads, "causal": causal, "scale": scale},
        "expected": {"heads": [{k: tolist(v) for k, v in h.items()} for h in heads_out], "output": tolist(output)},
    }


def main():
    rng = np.random.default_rng(20261127)
    cases = [
        case("basic 5 tokens", rng, 5, 6, 4, 4),
        case("one token", rng, 1, 4, 3, 3),
        case("causal", rng, 7, 5, 4, 4, causal=True),
        case("several heads", rng, 6, 8, 3, 3, heads=4),
        case("several heads causal", rng, 6, 8, 2, 2, heads=3, causal=True),
        case("d_v differs from d_k", rng, 5, 6, 4, 7),
        case("several heads, d_v differs from d_k", rng, 4, 6, 2, 5, heads=2),
        case("huge scores", rng, 6, 6, 4, 4, spread=12.0),
        case("scale off", rng, 5, 6, 4, 4, scale=False),
        case("all-zero queries (uniform weights)", rng, 6, 5, 4, 4, zero_queries=True),
        case("lesson size, 10 tokens", rng, 10, 6, 4, 4),
        case("larger, 16 tokens, 4 heads", rng, 16, 16, 4, 4, heads=4),
    ]
    print(json.dumps({"generator": "numpy " + np.__version__, "tolerance": 1e-9, "cases": cases}))


if __name__ == "__main__":
    main()
