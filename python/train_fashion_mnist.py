"""Train the article's AlexNet (seed variant) on Fashion-MNIST, reproducibly.

Started by `npm run train`. Every `--checkpoint-every` steps it saves model,
optimiser, scheduler, RNG state and position, so a killed run resumes where it
stopped with `--resume`. It writes a JSON-lines log and, at the end, the final
state dict (`alexnet-fashion-mnist.pth`) that `npm run convert` turns into the
shipped model.

Preprocessing (the model card repeats it): the 28x28 grey image scaled to
[0, 1], resized to 224x224 with bilinear interpolation (half-pixel centres,
PyTorch's align_corners=False), normalised with Fashion-MNIST's mean and std,
and replicated to three channels.
"""
import argparse
import gzip
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from alexnet_torch import AlexNet  # noqa: E402
from fast_malloc import rerun_under_jemalloc  # noqa: E402

MEAN = 0.2860
STD = 0.3530
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def read_idx(path: str) -> np.ndarray:
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    ndim = magic & 0xFF
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load_split(root: str, split: str):
    prefix = "train" if split == "train" else "t10k"
    images = read_idx(os.path.join(root, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(root, f"{prefix}-labels-idx1-ubyte.gz"))
    return torch.from_numpy(images.copy()), torch.from_numpy(labels.astype(np.int64))


def preprocess(images_u8: torch.Tensor, size: int = 224) -> torch.Tensor:
    """uint8 [B,28,28] -> float32 [B,3,size,size], as the model card says."""
    x = images_u8.float().div_(255.0).unsqueeze(1)
    x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=False)
    x = (x - MEAN) / STD
    return x.expand(-1, 3, -1, -1).contiguous()


def augment(images_u8: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """Random horizontal flip and a shift of up to 2 pixels, on the 28x28 image."""
    b = images_u8.shape[0]
    flip = torch.rand(b, generator=gen) < 0.5
    out = images_u8.clone()
    out[flip] = out[flip].flip(-1)
    padded = F.pad(out, (2, 2, 2, 2))
    dx = torch.randint(0, 5, (b,), generator=gen)
    dy = torch.randint(0, 5, (b,), generator=gen)
    for i in range(b):
        out[i] = padded[i, dy[i]:dy[i] + 28, dx[i]:dx[i] + 28]
    return out


@torch.no_grad()
def evaluate(model, images, labels, batch=250, limit=None):
    model.eval()
    n = len(images) if limit is None else min(limit, len(images))
    correct = 0
    for i in range(0, n, batch):
        x = preprocess(images[i:i + batch])
        correct += (model(x).argmax(1) == labels[i:i + batch]).sum().item()
    model.train()
    return correct / n


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--out", default="training-runs/fashion-mnist")
    p.add_argument("--epochs", type=float, default=4.5)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--lr", type=float, default=3e-4)
    p.add_argument("--weight-decay", type=float, default=5e-4)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    p.add_argument("--checkpoint-every", type=int, default=200)
    p.add_argument("--eval-every", type=int, default=400)
    p.add_argument("--eval-limit", type=int, default=2000)
    p.add_argument("--resume", action="store_true")
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "checkpoint.pt")
    log_path = os.path.join(args.out, "log.jsonl")

    train_x, train_y = load_split(args.data, "train")
    test_x, test_y = load_split(args.data, "test")

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    model = AlexNet(num_classes=10)
    steps_per_epoch = len(train_x) // args.batch
    total_steps = int(math.ceil(args.epochs * steps_per_epoch))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=total_steps, pct_start=0.1)
    gen = torch.Generator().manual_seed(args.seed)
    step = 0
    order = torch.randperm(len(train_x), generator=gen)

    if args.resume and os.path.exists(ckpt_path):
        state = torch.load(ckpt_path)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        if state["scheduler"]["total_steps"] == total_steps:
            sched.load_state_dict(state["scheduler"])
        else:
            # --epochs changed on resume: continue on a one-cycle schedule of the new length from here.
            sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=total_steps,
                                                        pct_start=0.1, last_epoch=state["step"] - 1)
            print(f"schedule changed: {state['scheduler']['total_steps']} -> {total_steps} steps", flush=True)
        gen.set_state(state["generator"])
        torch.set_rng_state(state["torch_rng"])
        step = state["step"]
        order = state["order"]
        print(f"resumed at step {step}/{total_steps}", flush=True)

    def save_checkpoint():
        tmp = ckpt_path + ".tmp"
        torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                    "generator": gen.get_state(), "torch_rng": torch.get_rng_state(), "step": step,
                    "order": order, "args": vars(args)}, tmp)
        os.replace(tmp, ckpt_path)

    model.train()
    log = open(log_path, "a")
    t0 = time.time()
    seen_since = 0
    while step < total_steps:
        pos = (step % steps_per_epoch) * args.batch
        if pos == 0 and step > 0:
            order = torch.randperm(len(train_x), generator=gen)
        idx = order[pos:pos + args.batch]
        x = preprocess(augment(train_x[idx], gen))
        y = train_y[idx]
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        step += 1
        seen_since += len(idx)
        if step % 20 == 0:
            dt = time.time() - t0
            rec = {"step": step, "epoch": step / steps_per_epoch, "loss": round(loss.item(), 5),
                   "lr": sched.get_last_lr()[0], "images_per_s": round(seen_since / dt, 1)}
            if step % args.eval_every == 0 or step == total_steps:
                rec["test_acc_sample"] = evaluate(model, test_x, test_y, limit=args.eval_limit)
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print(json.dumps(rec), flush=True)
            t0, seen_since = time.time(), 0
        if step % args.checkpoint_every == 0:
            save_checkpoint()

    save_checkpoint()
    acc = evaluate(model, test_x, test_y)
    final = {"step": step, "final_test_acc": acc}
    log.write(json.dumps(final) + "\n")
    log.close()
    print(json.dumps(final), flush=True)
    torch.save(model.state_dict(), os.path.join(args.out, "alexnet-fashion-mnist.pth"))


if __name__ == "__main__":
    rerun_under_jemalloc()
    main()
