"""Stage 2 of the default model: teach the grey Fashion-MNIST AlexNet to see colour photos.

Started by `npm run train`. It starts from the stage-1 grey model (`npm run train:grey`,
or the grey model a commit shipped, read from its tfjs folder), trains on photo-like
pictures made on the fly from the Fashion-MNIST training split (python/photo_augment.py),
and keeps conv1 smooth with a penalty on neighbouring weights, so its filters read as
edges and colour blobs rather than noise.

Preprocessing (the model card repeats it): the picture as RGB in [0, 1], 224x224,
normalised with per-channel mean and std measured on the training distribution at the
start of the run (kept in the checkpoint and in preprocessing.json).

Every --checkpoint-every steps it saves everything needed to resume with --resume.
"""
import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from alexnet_torch import AlexNet  # noqa: E402
from fast_malloc import rerun_under_jemalloc  # noqa: E402
from photo_augment import (WILD_MIX, channel_stats, load_backgrounds, photo_like)  # noqa: E402
from train_fashion_mnist import MEAN as GREY_MEAN, STD as GREY_STD, load_split  # noqa: E402


def read_tfjs_model(folder: str) -> dict:
    """A state dict from this project's tfjs folder (model.json + shards), dequantising uint8/float16."""
    with open(os.path.join(folder, "model.json")) as f:
        manifest = json.load(f)
    state = {}
    for group in manifest["weightsManifest"]:
        data = b"".join(open(os.path.join(folder, p), "rb").read() for p in group["paths"])
        offset = 0
        for w in group["weights"]:
            count = int(np.prod(w["shape"])) if w["shape"] else 1
            q = w.get("quantization")
            if q and q["dtype"] == "uint8":
                raw = np.frombuffer(data, np.uint8, count, offset).astype(np.float32)
                values, offset = raw * q["scale"] + q["min"], offset + count
            elif q and q["dtype"] == "float16":
                values, offset = np.frombuffer(data, np.float16, count, offset).astype(np.float32), offset + 2 * count
            else:
                values, offset = np.frombuffer(data, np.float32, count, offset), offset + 4 * count
            state[w["name"]] = torch.from_numpy(values.copy()).reshape(w["shape"])
    return state


def colour_preprocessing(init: str):
    """The normalisation of a colour model to train further, or None for a grey (stage-1) model.

    A colour .pth has its run's preprocessing.json beside it; a tfjs folder (the shipped
    model) names it in its model card, with "grayscale": false.
    """
    if os.path.isdir(init):
        with open(os.path.join(init, "model.json")) as f:
            pre = json.load(f).get("modelCard", {}).get("preprocessing", {})
        return None if pre.get("grayscale", True) else {"mean": pre["mean"], "std": pre["std"]}
    beside = os.path.join(os.path.dirname(os.path.abspath(init)), "preprocessing.json")
    if not os.path.exists(beside):
        return None
    with open(beside) as f:
        return json.load(f)


def grey_to_colour_start(state: dict, mean, std, blur_sigma: float) -> dict:
    """Re-express the grey model's conv1 for colour input.

    The grey model saw one plane replicated three times, so only the sum of its three
    channel filters mattered; the rest is leftover initialisation noise. Each channel
    starts as a third of that sum (lightly blurred), rescaled from the grey
    normalisation to the new per-channel one, with the bias absorbing the mean shift.
    """
    w = state["features.0.weight"].clone()
    b = state["features.0.bias"].clone()
    luma = w.sum(1, keepdim=True) / 3
    if blur_sigma > 0:
        r = 2
        k = torch.exp(-torch.arange(-r, r + 1, dtype=torch.float32) ** 2 / (2 * blur_sigma ** 2))
        k = (k / k.sum())
        kernel = (k[:, None] * k[None, :])[None, None]
        luma = F.conv2d(F.pad(luma, (r, r, r, r), mode="replicate"), kernel)
    new_w = torch.cat([luma * (std[c] / GREY_STD) for c in range(3)], 1)
    # grey-normalised input = (x_c * s_c + m_c - GREY_MEAN) / GREY_STD for the new input x_c.
    bias_shift = sum(luma.sum(dim=(1, 2, 3)) * (mean[c] - GREY_MEAN) / GREY_STD for c in range(3))
    state["features.0.weight"] = new_w
    state["features.0.bias"] = b + bias_shift
    return state


def conv1_smoothness(weight: torch.Tensor) -> float:
    """Mean Pearson correlation of horizontally and vertically adjacent weights, per filter."""
    w = weight.detach()
    scores = []
    for a, b in ((w[..., :, :-1], w[..., :, 1:]), (w[..., :-1, :], w[..., 1:, :])):
        a = a.reshape(w.shape[0], -1)
        b = b.reshape(w.shape[0], -1)
        a = a - a.mean(1, keepdim=True)
        b = b - b.mean(1, keepdim=True)
        r = (a * b).sum(1) / (a.norm(dim=1) * b.norm(dim=1)).clamp(min=1e-12)
        scores.append(r.mean())
    return float(sum(scores) / 2)


def smoothness_penalty(weight: torch.Tensor) -> torch.Tensor:
    """Squared differences of neighbouring conv1 weights relative to their energy (scale-free)."""
    dx = weight[..., :, 1:] - weight[..., :, :-1]
    dy = weight[..., 1:, :] - weight[..., :-1, :]
    return ((dx ** 2).sum() + (dy ** 2).sum()) / (weight ** 2).sum().clamp(min=1e-12)


def normalise(x, mean, std):
    return (x - torch.tensor(mean)[None, :, None, None]) / torch.tensor(std)[None, :, None, None]


@torch.no_grad()
def accuracy(model, pictures_fn, labels, n, mean, std, batch=200):
    model.eval()
    correct = 0
    for i in range(0, n, batch):
        x = normalise(pictures_fn(i, min(n, i + batch)), mean, std)
        correct += (model(x).argmax(1) == labels[i:min(n, i + batch)]).sum().item()
    model.train()
    return correct / n


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--init", default="training-runs/fashion-mnist/alexnet-fashion-mnist.pth",
                   help="the stage-1 grey model: a state-dict .pth or a tfjs model folder; or a colour model "
                        "to train further: a .pth beside its run's preprocessing.json, or the shipped "
                        "static/models/fashion-mnist")
    p.add_argument("--out", default="training-runs/fashion-photo")
    p.add_argument("--epochs", type=float, default=4.0)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--weight-decay", type=float, default=5e-4)
    p.add_argument("--smooth", type=float, default=0.02, help="weight of conv1's smoothness penalty")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    p.add_argument("--checkpoint-every", type=int, default=100)
    p.add_argument("--eval-every", type=int, default=250)
    p.add_argument("--eval-limit", type=int, default=600)
    p.add_argument("--resume", action="store_true")
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "checkpoint.pt")
    log_path = os.path.join(args.out, "log.jsonl")

    train_x, train_y = load_split(args.data, "train")
    test_x, test_y = load_split(args.data, "test")
    bank, credits = load_backgrounds("train")
    held_bank, _ = load_backgrounds("held-out")

    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    resumed = args.resume and os.path.exists(ckpt_path)
    state = torch.load(ckpt_path) if resumed else None
    colour_init = colour_preprocessing(args.init)
    if state:
        mean, std = state["mean"], state["std"]
    elif colour_init:
        # Continuing an earlier colour model: its normalisation stays, or its conv1 would no longer fit.
        mean, std = colour_init["mean"], colour_init["std"]
    else:
        mean, std = channel_stats(train_x, torch.Generator().manual_seed(args.seed + 1), bank)
    with open(os.path.join(args.out, "preprocessing.json"), "w") as f:
        json.dump({"mean": mean, "std": std, "backgrounds": credits}, f, indent=1)
    print(f"per-channel mean {mean} std {std}", flush=True)

    model = AlexNet(num_classes=10)
    if not state:
        init = (read_tfjs_model(args.init) if os.path.isdir(args.init) else torch.load(args.init))
        model.load_state_dict(init if colour_init else grey_to_colour_start(init, mean, std, blur_sigma=0.8))
    # Channels-last runs the convolutions about 20 % faster on CPU (oneDNN); the weights are saved contiguous.
    model = model.to(memory_format=torch.channels_last)
    steps_per_epoch = len(train_x) // args.batch
    total_steps = int(math.ceil(args.epochs * steps_per_epoch))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=total_steps, pct_start=0.1)
    step = 0
    order = torch.randperm(len(train_x), generator=gen)
    if state:
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        if state["scheduler"]["total_steps"] == total_steps:
            sched.load_state_dict(state["scheduler"])
        else:
            sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=total_steps,
                                                        pct_start=0.1, last_epoch=state["step"] - 1)
            print(f"schedule changed: {state['scheduler']['total_steps']} -> {total_steps} steps", flush=True)
        gen.set_state(state["generator"])
        torch.set_rng_state(state["torch_rng"])
        step, order = state["step"], state["order"]
        print(f"resumed at step {step}/{total_steps}", flush=True)

    # Fixed evaluation pictures: the clean test split, and photo-like test pictures on held-out backgrounds.
    wild_gen = torch.Generator().manual_seed(12345)
    wild_cache = photo_like(test_x[:args.eval_limit], wild_gen, held_bank, WILD_MIX)

    def clean_pictures(a, b):
        return F.interpolate(test_x[a:b].float().div(255)[:, None], size=(224, 224), mode="bilinear",
                             align_corners=False).expand(-1, 3, -1, -1)

    def save_checkpoint():
        tmp = ckpt_path + ".tmp"
        torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                    "generator": gen.get_state(), "torch_rng": torch.get_rng_state(), "step": step,
                    "order": order, "mean": mean, "std": std, "args": vars(args)}, tmp)
        os.replace(tmp, ckpt_path)

    model.train()
    log = open(log_path, "a")
    t0, seen_since = time.time(), 0
    conv1 = model.features[0].weight
    while step < total_steps:
        pos = (step % steps_per_epoch) * args.batch
        if pos == 0 and step > 0:
            order = torch.randperm(len(train_x), generator=gen)
        idx = order[pos:pos + args.batch]
        x = normalise(photo_like(train_x[idx], gen, bank), mean, std).contiguous(memory_format=torch.channels_last)
        y = train_y[idx]
        ce = F.cross_entropy(model(x), y)
        loss = ce + args.smooth * smoothness_penalty(conv1)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        step += 1
        seen_since += len(idx)
        if step % 20 == 0:
            dt = time.time() - t0
            rec = {"step": step, "epoch": round(step / steps_per_epoch, 4), "loss": round(ce.item(), 5),
                   "lr": sched.get_last_lr()[0], "images_per_s": round(seen_since / dt, 1),
                   "conv1_smoothness": round(conv1_smoothness(conv1), 4)}
            if step % args.eval_every == 0 or step == total_steps:
                rec["test_acc_sample"] = accuracy(model, clean_pictures, test_y, args.eval_limit, mean, std)
                rec["wild_acc_sample"] = accuracy(model, lambda a, b: wild_cache[a:b], test_y, args.eval_limit,
                                                  mean, std)
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print(json.dumps(rec), flush=True)
            t0, seen_since = time.time(), 0
        if step % args.checkpoint_every == 0:
            save_checkpoint()

    save_checkpoint()
    final = {"step": step, "final_test_acc": accuracy(model, clean_pictures, test_y, len(test_x), mean, std),
             "conv1_smoothness": conv1_smoothness(conv1)}
    log.write(json.dumps(final) + "\n")
    log.close()
    print(json.dumps(final), flush=True)
    weights = {name: value.contiguous() for name, value in model.state_dict().items()}
    torch.save(weights, os.path.join(args.out, "alexnet-fashion-photo.pth"))


if __name__ == "__main__":
    rerun_under_jemalloc()
    main()
