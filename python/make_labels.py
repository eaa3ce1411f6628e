"""Writes the class names that ship with the app, from Debian's python3-torchvision.

  static/labels/imagenet.json       the 1000 ImageNet classes, in torchvision's order
                                    (torchvision/models/_meta.py), the order of AlexNet's outputs
  static/labels/fashion-mnist.json  the 10 Fashion-MNIST classes (torchvision.datasets.FashionMNIST)

Run from anywhere: /usr/bin/python3 python/make_labels.py. The output is
committed; running it again must change nothing.
"""
import json
import os

from torchvision.datasets import FashionMNIST
from torchvision.models._meta import _IMAGENET_CATEGORIES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "static", "labels")
PRINT_WIDTH = 120


def json_list(names: list) -> str:
    """A JSON array as Prettier prints it: on one line if it fits, else one name a line, tab-indented."""
    one_line = json.dumps(names, ensure_ascii=False)
    if len(one_line) <= PRINT_WIDTH:
        return one_line + "\n"
    return "[\n" + ",\n".join("\t" + json.dumps(n, ensure_ascii=False) for n in names) + "\n]\n"


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    for name, labels in [("imagenet", list(_IMAGENET_CATEGORIES)), ("fashion-mnist", list(FashionMNIST.classes))]:
        with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
            f.write(json_list(labels))
        print(f"{name}: {len(labels)} labels")


if __name__ == "__main__":
    main()
