"""The model card's grid of training pictures as the colour model saw them.

Usage: /usr/bin/python3 python/export_augmentation.py [--out static/models/fashion-mnist]

Draws a seeded handful of Fashion-MNIST *training* garments through the same
photo-like augmentation as `npm run train` (python/photo_augment.py, training
backgrounds only) and writes them as one JPEG atlas (augmentation.jpg) with an
index of their classes (augmentation.json).
"""
import argparse
import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from photo_augment import TRAIN_MIX, load_backgrounds, photo_like  # noqa: E402
from train_fashion_mnist import CLASSES, load_split  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--out", default="static/models/fashion-mnist")
    p.add_argument("--count", type=int, default=12)
    p.add_argument("--columns", type=int, default=6)
    p.add_argument("--cell", type=int, default=112, help="side of one picture in the atlas, in pixels")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()

    torch.set_num_threads(1)
    train_x, train_y = load_split(args.data, "train")
    bank, _ = load_backgrounds("train")
    gen = torch.Generator().manual_seed(args.seed)
    idx = torch.randperm(len(train_x), generator=gen)[:args.count]
    pictures = photo_like(train_x[idx], gen, bank)
    cells = F.interpolate(pictures, size=(args.cell, args.cell), mode="area").clamp(0, 1)

    rows = -(-args.count // args.columns)
    atlas = np.full((rows * args.cell, args.columns * args.cell, 3), 255, dtype=np.uint8)
    for i, cell in enumerate(cells):
        r, c = divmod(i, args.columns)
        atlas[r * args.cell:(r + 1) * args.cell, c * args.cell:(c + 1) * args.cell] = (
            (cell * 255).round().byte().permute(1, 2, 0).numpy())
    Image.fromarray(atlas).save(os.path.join(args.out, "augmentation.jpg"), quality=85, optimize=True)
    index = {"file": "augmentation.jpg", "columns": args.columns, "cell": args.cell, "seed": args.seed,
             "labels": [CLASSES[int(train_y[i])] for i in idx.tolist()],
             "mix": TRAIN_MIX}
    with open(os.path.join(args.out, "augmentation.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1)
        f.write("\n")
    print(f"augmentation: {args.count} training pictures in {args.out}/augmentation.jpg")


if __name__ == "__main__":
    main()
