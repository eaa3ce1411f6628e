"""PyTorch CPU timings for `npm run bench`: the reference every engine row is divided by.

PyTorch runs at its best on this machine: eval mode, no autograd, the pthread
OpenBLAS Debian installs, and both one thread per core (it defaults to one here)
and a single thread: on a 2-core machine where anything else runs, a second
OpenMP thread that keeps losing its core can make a pass several times slower,
and the better of the two is the fair reference.
"logits" is a plain forward pass; "all" also keeps a copy of every module's
output, which is what the engine's all-activations mode hands back.

Prints one JSON object: {"blas", "torch", "rows": [{threads, model, batch,
mode, firstMs, times}]}.
"""
import argparse
import json
import os
import sys
import time

import torch
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "python"))
from alexnet_torch import build  # noqa: E402


def blas_library() -> str:
    """Which BLAS shared object this process actually loaded."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "/" in line}
    return ", ".join(sorted(paths)) or "none found"


def keep_all_outputs(model: nn.Module) -> list:
    """Hooks copying every module's output (clone: the in-place ReLUs would overwrite it)."""
    kept = []
    modules = [m for m in model.modules() if not list(m.children())]
    hooks = [m.register_forward_hook(lambda _m, _i, out: kept.append(out.detach().clone())) for m in modules]
    return hooks, kept


def timed(model: nn.Module, x: torch.Tensor, kept: list) -> float:
    start = time.perf_counter()
    with torch.no_grad():
        model(x)
    kept.clear()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", default="seed,torchvision")
    parser.add_argument("--batches", default="1,8")
    parser.add_argument("--passes", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--warmup-ms", type=float, default=0)
    args = parser.parse_args()

    rows = []
    for threads in sorted({os.cpu_count() or 1, 1}, reverse=True):
        torch.set_num_threads(threads)
        torch.manual_seed(0)
        for name in args.models.split(","):
            model = build(name).eval()
            for batch in [int(b) for b in args.batches.split(",")]:
                x = torch.randn(batch, 3, 224, 224)
                for mode in ("logits", "all"):
                    hooks, kept = keep_all_outputs(model) if mode == "all" else ([], [])
                    start = time.perf_counter()
                    first = timed(model, x, kept)
                    warmed = 1
                    while warmed < args.warmup or time.perf_counter() - start < args.warmup_ms / 1000:
                        timed(model, x, kept)
                        warmed += 1
                    times = [timed(model, x, kept) for _ in range(args.passes)]
                    for hook in hooks:
                        hook.remove()
                    row = {"threads": threads, "model": name, "batch": batch, "mode": mode, "firstMs": first}
                    rows.append({**row, "times": times})
    print(json.dumps({"blas": blas_library(), "torch": torch.__version__, "rows": rows}))


if __name__ == "__main__":
    main()
