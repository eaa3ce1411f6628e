"""Export the sample gallery shipped in static/samples.

Fashion-MNIST: the first test image of each class, as 28x28 grey PNGs (what
the default model was trained on). Photos: four free-licence pictures that
Debian ships in python3-skimage (scikit-image's sample data), re-encoded as
JPEG. Photo-like: a handful of pictures from the held-out "in the wild" set
(`npm run wild`), given with --wild; without it the ones already in the gallery
stay. Writes index.json (read by the gallery) and CREDITS.md.

The photos need python3-skimage's data folder; without installing the package:
    apt-get download python3-skimage && dpkg-deb -x python3-skimage_*.deb /tmp/skimage
    /usr/bin/python3 python/export_samples.py --photos /tmp/skimage/usr/lib/python3/dist-packages/skimage/data
"""
import argparse
import gzip
import json
import os

import numpy as np
from PIL import Image

CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

# file in scikit-image's data folder -> (id, title, credit, licence), from the notes in skimage/data/_fetchers.py
PHOTOS = [
    ("chelsea.png", "cat", "Chelsea the cat", "Stéfan van der Walt", "CC0 1.0 (no copyright restrictions)"),
    ("coffee.png", "coffee", "A cup of coffee", "Rachel Michetti, courtesy of Pikolo Espresso Bar",
     "CC0 1.0 (no copyright restrictions)"),
    ("astronaut.png", "astronaut", "Astronaut Eileen Collins", "NASA (Great Images in NASA)",
     "Public domain (no known copyright restrictions)"),
    ("rocket.jpg", "rocket", "Falcon 9 launching DSCOVR", "SpaceX", "Public domain (released by SpaceX)"),
]

PHOTO_MAX_SIDE = 640

# The photo-like samples: the first picture of each of these classes in the wild set (not picked for
# being recognised: the model gets some of them wrong, as it does in the wild).
PHOTO_LIKE_CLASSES = ["Sneaker", "Trouser", "Bag", "Dress", "Pullover", "Ankle boot"]


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def slug(label):
    return label.lower().replace("/", "-").replace(" ", "-")


def export_fashion(root, out):
    images = read_idx(os.path.join(root, "t10k-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(root, "t10k-labels-idx1-ubyte.gz"))
    entries = []
    for label, name in enumerate(CLASSES):
        index = int(np.nonzero(labels == label)[0][0])
        file = f"fashion-mnist/{index:04d}-{slug(name)}.png"
        Image.fromarray(images[index], mode="L").save(os.path.join(out, file), optimize=True)
        entries.append({"id": f"fashion-{index}", "file": file, "title": name, "kind": "fashion-mnist",
                        "label": label, "source": f"Fashion-MNIST test set, item {index}"})
    # The gallery opens on the first test item, an ankle boot, as the dataset's own examples do.
    entries.sort(key=lambda e: int(e["id"].split("-")[1]))
    return entries


def export_photos(root, out):
    entries = []
    for source, ident, title, credit, licence in PHOTOS:
        image = Image.open(os.path.join(root, source)).convert("RGB")
        image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE), Image.LANCZOS)
        file = f"photos/{ident}.jpg"
        image.save(os.path.join(out, file), quality=88, optimize=True)
        entries.append({"id": ident, "file": file, "title": title, "kind": "photo",
                        "source": f"{credit}; scikit-image sample data ({source}), Debian package python3-skimage",
                        "licence": licence})
    return entries


def export_photo_like(wild_dir, out):
    with open(os.path.join(wild_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    packages = ", ".join(f"{c['package']} ({c['licence']})" for c in manifest["backgrounds"])
    entries = []
    for name in PHOTO_LIKE_CLASSES:
        picture = next(p for p in manifest["pictures"] if p["label"] == name)
        index = picture["index"]
        file = f"photo-like/{index:04d}-{slug(name)}.jpg"
        Image.open(os.path.join(wild_dir, picture["file"])).convert("RGB").save(
            os.path.join(out, file), quality=90, optimize=True)
        entries.append({"id": f"photo-like-{index}", "file": file, "title": name, "kind": "photo-like",
                        "label": CLASSES.index(name),
                        "source": f"Fashion-MNIST test set, item {index}, made photo-like by `npm run wild` "
                                  f"(seed {manifest['seed']}) on a held-out background",
                        "licence": f"Fashion-MNIST: MIT; backgrounds from {packages}"})
    return entries


def kept_photo_like(out):
    """The photo-like samples already in the gallery, kept when --wild is not given."""
    try:
        with open(os.path.join(out, "index.json"), encoding="utf-8") as f:
            return [e for e in json.load(f) if e["kind"] == "photo-like"]
    except FileNotFoundError:
        return []


def write_credits(out, entries):
    lines = [
        "# Sample images",
        "",
        "Written by `python/export_samples.py`; do not edit by hand.",
        "",
        "## Fashion-MNIST",
        "",
        "From the Fashion-MNIST test set (Zalando Research, MIT licence, called Expat by Debian), as shipped by Debian's "
        "`dataset-fashion-mnist` package: the first test image of each class, 28×28 grey.",
        "",
    ]
    lines += [f"- `{e['file']}`: {e['title']} ({e['source']})" for e in entries if e["kind"] == "fashion-mnist"]
    lines += ["", "## Photo-like", "",
              "Fashion-MNIST test garments tinted, scaled, turned and composited on photographs that training never "
              "saw (the held-out \"in the wild\" set, `npm run wild`), re-encoded as JPEG.", ""]
    lines += [f"- `{e['file']}`: {e['title']} ({e['source']}). Licence: {e['licence']}."
              for e in entries if e["kind"] == "photo-like"]
    lines += ["", "## Photos", "",
              "From scikit-image's sample data (Debian package `python3-skimage`), scaled to at most "
              f"{PHOTO_MAX_SIDE} pixels and re-encoded as JPEG.", ""]
    lines += [f"- `{e['file']}`: {e['title']}. {e['source']}. Licence: {e['licence']}."
              for e in entries if e["kind"] == "photo"]
    with open(os.path.join(out, "CREDITS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--photos", default="/usr/lib/python3/dist-packages/skimage/data")
    p.add_argument("--out", default="static/samples")
    p.add_argument("--wild", help="a folder written by `npm run wild`, for the photo-like samples")
    args = p.parse_args()
    for folder in ("fashion-mnist", "photos", "photo-like"):
        os.makedirs(os.path.join(args.out, folder), exist_ok=True)
    photo_like = export_photo_like(args.wild, args.out) if args.wild else kept_photo_like(args.out)
    entries = export_fashion(args.data, args.out) + photo_like + export_photos(args.photos, args.out)
    with open(os.path.join(args.out, "index.json"), "w", encoding="utf-8") as f:
        json.dump(entries, f, indent="\t", ensure_ascii=False)
        f.write("\n")
    write_credits(args.out, entries)
    print(f"wrote {len(entries)} samples to {args.out}")


if __name__ == "__main__":
    main()
