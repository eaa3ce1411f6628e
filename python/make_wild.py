"""The held-out "in the wild" test set: photo-like pictures of Fashion-MNIST *test* garments.

`npm run wild -- --out DIR [--n 2000] [--seed S]` writes DIR/<label>/<test index>.png, one
folder per class (a character that cannot stand in a file name, such as `/`, written `_`),
and DIR/manifest.json listing every picture's source. Pictures are made only from the test
split and laid over backgrounds from the held-out source (python/photo_augment.py), which
training never sees. The same seed gives the same pictures, byte for byte.
"""
import argparse
import json
import os
import sys

import numpy as np
import torch
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from photo_augment import BACKGROUND_SOURCES, WILD_MIX, load_backgrounds, photo_like  # noqa: E402
from train_fashion_mnist import CLASSES, load_split  # noqa: E402


def folder_name(label: str) -> str:
    return "".join("_" if c in '/\\:*?"<>|' else c for c in label)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True)
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    args = p.parse_args()
    if not 1 <= args.n <= 10000:
        print("wild: --n must be between 1 and 10000 (the test split has 10,000 pictures)", file=sys.stderr)
        sys.exit(2)

    torch.set_num_threads(1)  # the same bytes on any machine, and it leaves a core for other work
    test_x, test_y = load_split(args.data, "test")
    bank, credits = load_backgrounds("held-out")
    gen = torch.Generator().manual_seed(args.seed)
    # A class-balanced choice of test pictures: the first n of a seeded permutation.
    picks = torch.randperm(len(test_x), generator=gen)[:args.n].sort().values
    for label in CLASSES:
        os.makedirs(os.path.join(args.out, folder_name(label)), exist_ok=True)

    entries = []
    for start in range(0, len(picks), 64):
        idx = picks[start:start + 64]
        pictures = photo_like(test_x[idx], gen, bank, WILD_MIX)
        for j, test_index in enumerate(idx.tolist()):
            label = CLASSES[int(test_y[test_index])]
            rel = f"{folder_name(label)}/{test_index:05d}.png"
            arr = (pictures[j] * 255).round().byte().permute(1, 2, 0).numpy()
            Image.fromarray(np.ascontiguousarray(arr)).save(os.path.join(args.out, rel), optimize=False)
            entries.append({"file": rel, "label": label, "split": "test", "index": test_index})

    manifest = {"seed": args.seed, "n": len(entries), "split": "test", "backgrounds": credits,
                "held_out_packages": [s[0] for s in BACKGROUND_SOURCES["held-out"]], "pictures": entries}
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print(f"wild: {len(entries)} pictures from the test split in {args.out}")


if __name__ == "__main__":
    main()
