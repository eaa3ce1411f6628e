"""Photo-like pictures made from Fashion-MNIST garments, for training and for the held-out test set.

A 28x28 grey garment becomes a 224x224 colour picture the way a student's photo
might look: tinted, smaller than the frame and off-centre, slightly rotated or
mirrored, laid over a photograph, a plain colour or a texture, then blurred or
sharpened, noisy, JPEG-compressed and colour-shifted as a whole. The garment's
own intensity is its mask, so folds and prints survive the tint.

Everything is drawn from a torch.Generator, so a seed gives the same pictures.
Backgrounds come from Debian packages only (see BACKGROUND_SOURCES); the source
named `held-out` is never used in training.
"""
import glob
import io
import math
import os
import re

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

SIZE = 224

# Where background photographs come from: Debian package, file patterns, licence (see
# /usr/share/doc/<package>/copyright). "held-out" is used only by the in-the-wild test set.
BACKGROUND_SOURCES = {
    "train": [
        ("plasma-workspace-wallpapers", ["/usr/share/wallpapers/*/contents/images/*"], "LGPL-3 / CC-BY-SA-4.0"),
        ("gnome-backgrounds", ["/usr/share/backgrounds/gnome/*.webp"], "CC-BY-SA-3.0"),
        ("ukui-wallpapers", ["/usr/share/backgrounds/*.jpg", "/usr/share/backgrounds/*.png"], "GPL-2+ / CC-BY-SA"),
        ("python3-skimage", ["/usr/lib/python3/dist-packages/skimage/data/*.png",
                             "/usr/lib/python3/dist-packages/skimage/data/*.jpg"], "BSD-3 / CC0 / public domain"),
    ],
    "held-out": [
        ("mate-backgrounds", ["/usr/share/backgrounds/mate/*/*"], "GPL-2+ / CC-BY-SA"),
        ("sway-backgrounds", ["/usr/share/backgrounds/sway/*.png"], "CC0"),
    ],
}

# skimage's data folder also has tiny test patterns and greyscale scans: keep photographs only.
MIN_BACKGROUND_SIDE = 300


def _pick_one_per_folder(paths):
    """Wallpaper packages ship one picture in many sizes: keep the one nearest 1280 px wide."""
    by_folder = {}
    for p in sorted(paths):
        # KDE-style folders hold one picture in many sizes; MATE names them Name_3840x2160.jpg.
        key = os.path.dirname(p) if "/contents/images" in p else re.sub(r"_\d+x\d+(?=\.)", "", p)
        by_folder.setdefault(key, []).append(p)

    def width_of(path):
        size = re.search(r"(\d+)x\d+\.\w+$", os.path.basename(path))
        return int(size.group(1)) if size else 1280
    return [min(group, key=lambda q: abs(width_of(q) - 1280)) for group in by_folder.values()]


def load_backgrounds(split: str, short_side: int = 288):
    """The background photographs of one split, as uint8 tensors [3, H, W], shorter side `short_side`."""
    bank, credits = [], []
    for package, patterns, licence in BACKGROUND_SOURCES[split]:
        paths = [p for pattern in patterns for p in glob.glob(pattern)]
        paths = _pick_one_per_folder([p for p in paths if p.lower().endswith((".jpg", ".jpeg", ".png", ".webp"))])
        used = 0
        for path in paths:
            try:
                with Image.open(path) as im:
                    if min(im.size) < MIN_BACKGROUND_SIDE or im.mode in ("1", "L", "I;16", "I"):
                        continue
                    im = im.convert("RGB")
                    scale = short_side / min(im.size)
                    im = im.resize((max(short_side, round(im.width * scale)), max(short_side, round(im.height * scale))),
                                   Image.BILINEAR)
                    bank.append(torch.from_numpy(np.asarray(im).copy()).permute(2, 0, 1).contiguous())
                    used += 1
            except OSError:
                continue
        credits.append({"package": package, "licence": licence, "pictures": used})
    if not bank:
        raise SystemExit(f"No background photographs found for '{split}': apt-get install "
                         + " ".join(p for p, _, _ in BACKGROUND_SOURCES[split]))
    return bank, credits


def _uniform(gen, n, lo, hi):
    return lo + (hi - lo) * torch.rand(n, generator=gen)


def _hsv_to_rgb(h, s, v):
    """Vectorised HSV -> RGB, each [N] in [0, 1]; returns [N, 3]."""
    i = torch.floor(h * 6) % 6
    f = h * 6 - torch.floor(h * 6)
    p, q, t = v * (1 - s), v * (1 - f * s), v * (1 - (1 - f) * s)
    table = torch.stack([
        torch.stack([v, t, p], 1), torch.stack([q, v, p], 1), torch.stack([p, v, t], 1),
        torch.stack([p, q, v], 1), torch.stack([t, p, v], 1), torch.stack([v, p, q], 1)], 0)
    return table[i.long(), torch.arange(len(h))]


def _gaussian_blur(x, sigma):
    """Depthwise Gaussian blur of [B, C, H, W] with a per-picture sigma [B]."""
    radius = int(math.ceil(3 * float(sigma.max())))
    if radius < 1:
        return x
    offsets = torch.arange(-radius, radius + 1, dtype=torch.float32)
    kernels = torch.exp(-offsets[None] ** 2 / (2 * sigma[:, None].clamp(min=1e-3) ** 2))
    kernels = kernels / kernels.sum(1, keepdim=True)
    b, c, h, w = x.shape
    flat = x.reshape(1, b * c, h, w)
    k = kernels.repeat_interleave(c, 0)
    flat = F.conv2d(F.pad(flat, (radius, radius, 0, 0), mode="reflect"), k[:, None, None, :], groups=b * c)
    flat = F.conv2d(F.pad(flat, (0, 0, radius, radius), mode="reflect"), k[:, None, :, None], groups=b * c)
    return flat.reshape(b, c, h, w)


def _affine_grid(theta, size):
    """F.affine_grid(theta, (b, 1, size, size), align_corners=False), without its batched matmul (slow on CPU)."""
    coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
    x, y = coords[None, None, :], coords[None, :, None]
    t = theta[:, :, :, None, None]
    return torch.stack([t[:, 0, 0] * x + t[:, 0, 1] * y + t[:, 0, 2], t[:, 1, 0] * x + t[:, 1, 1] * y + t[:, 1, 2]], -1)


def _photo_crops(bank, n, gen):
    """n random crops of random background photographs, mirrored at random, [n, 3, SIZE, SIZE] in [0, 1]."""
    out = torch.empty(n, 3, SIZE, SIZE)
    picks = torch.randint(0, len(bank), (n,), generator=gen)
    for i in range(n):
        photo = bank[int(picks[i])]
        _, h, w = photo.shape
        side = int(min(h, w) * float(_uniform(gen, 1, 0.35, 1.0)))
        y = int(torch.randint(0, h - side + 1, (1,), generator=gen))
        x = int(torch.randint(0, w - side + 1, (1,), generator=gen))
        crop = photo[:, y:y + side, x:x + side].float().div(255)[None]
        crop = F.interpolate(crop, size=(SIZE, SIZE), mode="bilinear", align_corners=False, antialias=True)[0]
        out[i] = crop.flip(-1) if torch.rand(1, generator=gen) < 0.5 else crop
    return out


def _textures(n, gen):
    """Smooth colour blobs or two-colour stripes, [n, 3, SIZE, SIZE]."""
    blobs = F.interpolate(torch.rand(n, 3, 6, 6, generator=gen), size=(SIZE, SIZE), mode="bicubic",
                          align_corners=False).clamp(0, 1)
    ys, xs = torch.meshgrid(torch.linspace(-1, 1, SIZE), torch.linspace(-1, 1, SIZE), indexing="ij")
    angle = _uniform(gen, n, 0, math.pi)
    freq = _uniform(gen, n, 3, 25)
    wave = torch.sin(freq[:, None, None] * (xs * torch.cos(angle)[:, None, None] + ys * torch.sin(angle)[:, None, None]))
    mix = (wave > 0).float()[:, None]
    a, b = torch.rand(n, 3, 1, 1, generator=gen), torch.rand(n, 3, 1, 1, generator=gen)
    stripes = a * mix + b * (1 - mix)
    use_stripes = (torch.rand(n, generator=gen) < 0.4)[:, None, None, None]
    return torch.where(use_stripes, stripes, blobs)


def _jpeg(x, quality):
    """Re-encode one [3, H, W] picture in [0, 1] as JPEG at `quality` and decode it again."""
    arr = (x.clamp(0, 1) * 255).round().byte().permute(1, 2, 0).numpy()
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="JPEG", quality=int(quality))
    buf.seek(0)
    with Image.open(buf) as im:
        return torch.from_numpy(np.asarray(im.convert("RGB")).copy()).permute(2, 0, 1).float().div(255)


# How often each look is drawn. "clean" is Fashion-MNIST as it is (grey on black, full frame),
# kept in the mix so the model still reads the original test set.
TRAIN_MIX = {"clean": 0.2, "black": 0.1, "plain": 0.15, "texture": 0.15, "photo": 0.4}
WILD_MIX = {"clean": 0.0, "black": 0.0, "plain": 0.15, "texture": 0.15, "photo": 0.7}


def photo_like(images_u8: torch.Tensor, gen: torch.Generator, bank, mix=TRAIN_MIX) -> torch.Tensor:
    """uint8 garments [B, 28, 28] -> photo-like pictures [B, 3, 224, 224] in [0, 1]."""
    b = images_u8.shape[0]
    g = images_u8.float().div(255)[:, None]
    kinds = list(mix)
    look = torch.multinomial(torch.tensor([mix[k] for k in kinds]), b, replacement=True, generator=gen)
    clean = look == kinds.index("clean")

    # Geometry: scale of the frame, mirror, rotation, position (the garment stays in the frame).
    scale = torch.where(clean, torch.ones(b), _uniform(gen, b, 0.35, 1.0))
    aspect = torch.where(clean, torch.ones(b), _uniform(gen, b, 0.9, 1.1))
    angle = torch.where(clean, torch.zeros(b), _uniform(gen, b, -15, 15) * math.pi / 180)
    mirror = torch.where(torch.rand(b, generator=gen) < 0.5, -1.0, 1.0)
    room = (1 - scale).clamp(min=0)
    tx, ty = _uniform(gen, b, -1, 1) * room, _uniform(gen, b, -1, 1) * room
    cos, sin = torch.cos(angle), torch.sin(angle)
    sx, sy = scale * aspect, scale
    # affine_grid maps output coordinates to input ones: the inverse of "scale, rotate, move".
    theta = torch.stack([
        torch.stack([mirror * cos / sx, mirror * sin / sx, -mirror * (cos * tx + sin * ty) / sx], 1),
        torch.stack([-sin / sy, cos / sy, (sin * tx - cos * ty) / sy], 1)], 1)
    grid = _affine_grid(theta, SIZE)
    garment = F.grid_sample(g, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    # Clean pictures are exactly the original preprocessing (edge pixels replicated, not faded to black).
    if clean.any():
        garment[clean] = F.grid_sample(g[clean], grid[clean], mode="bilinear", padding_mode="border",
                                       align_corners=False)

    # Appearance: white as in the data set for clean pictures; otherwise a tint, shaded by the
    # garment's own intensity, and an opaque-enough mask.
    hue, sat = torch.rand(b, generator=gen), _uniform(gen, b, 0, 1) ** 0.7
    val = _uniform(gen, b, 0.15, 1.0)
    tint = _hsv_to_rgb(hue, sat, val)[:, :, None, None]
    # (Whole-batch pictures are 38 MB each: the arithmetic is written to make as few passes over
    # them as it can, which halves the time a batch takes to make.)
    peak = garment.amax(dim=(2, 3), keepdim=True).clamp(min=1e-3)
    shading = _uniform(gen, b, 0.2, 0.9)[:, None, None, None]
    fg = tint * (garment * (shading / peak)).add_(1 - shading)
    fg[clean] = 1.0
    opacity = torch.where(clean, torch.ones(b), _uniform(gen, b, 1.5, 4.0))[:, None, None, None]
    alpha = (garment * opacity).clamp_(0, 1)

    # Backgrounds.
    bg = torch.empty(b, 3, SIZE, SIZE)
    plain = look == kinds.index("plain")
    bg[(look == kinds.index("clean")) | (look == kinds.index("black"))] = 0.0
    bg[plain] = torch.rand(int(plain.sum()), 3, 1, 1, generator=gen).expand(-1, -1, SIZE, SIZE)
    textured = look == kinds.index("texture")
    if textured.any():
        bg[textured] = _textures(int(textured.sum()), gen)
    photo = look == kinds.index("photo")
    if photo.any():
        bg[photo] = _photo_crops(bank, int(photo.sum()), gen)
    out = fg.sub_(bg).mul_(alpha).add_(bg)  # alpha * fg + (1 - alpha) * bg

    # The camera: colour jitter of the whole frame, blur or sharpen, noise, JPEG.
    styled = ~clean
    jitter = styled & (torch.rand(b, generator=gen) < 0.8)
    n = int(jitter.sum())
    if n:
        x = out[jitter]
        # Saturation s (towards the pixel's grey), contrast c (towards the picture's mean, which s
        # leaves unchanged), brightness k and a per-channel gain: one affine map of x and its grey.
        s = _uniform(gen, n, 0.6, 1.4)[:, None, None, None]
        c = _uniform(gen, n, 0.7, 1.3)[:, None, None, None]
        k = _uniform(gen, n, 0.7, 1.3)[:, None, None, None] * _uniform(gen, n * 3, 0.9, 1.1).reshape(n, 3, 1, 1)
        grey = x.mean(1, keepdim=True)
        mean = x.mean(dim=(1, 2, 3), keepdim=True)
        x = (x * (k * c * s)).add_(k * (1 - c) * mean).addcmul_(grey, k * c * (1 - s))
        out[jitter] = x.clamp_(0, 1)
    filt = torch.rand(b, generator=gen)
    blur = styled & (filt < 0.25)
    if blur.any():
        out[blur] = _gaussian_blur(out[blur], _uniform(gen, int(blur.sum()), 0.5, 2.0))
    sharpen = styled & (filt > 0.9)
    if sharpen.any():
        x = out[sharpen]
        out[sharpen] = (x + _uniform(gen, len(x), 0.5, 1.5)[:, None, None, None]
                        * (x - _gaussian_blur(x, torch.full((len(x),), 1.0)))).clamp(0, 1)
    noisy = styled & (torch.rand(b, generator=gen) < 0.3)
    if noisy.any():
        k = int(noisy.sum())
        amount = _uniform(gen, k, 0.01, 0.05)[:, None, None, None]
        noise = torch.randn(k, 3, SIZE, SIZE, generator=gen).mul_(amount)
        out[noisy] = out[noisy].add_(noise).clamp_(0, 1)
    jpeg = styled & (torch.rand(b, generator=gen) < 0.3)
    quality = torch.randint(30, 91, (b,), generator=gen)
    for i in torch.nonzero(jpeg).flatten().tolist():
        out[i] = _jpeg(out[i], quality[i])
    return out.clamp_(0, 1)


def channel_stats(images_u8, gen, bank, n=2048, batch=128):
    """Per-channel mean and std of the training distribution, measured on n augmented pictures."""
    total, total_sq, count = torch.zeros(3, dtype=torch.float64), torch.zeros(3, dtype=torch.float64), 0
    idx = torch.randint(0, len(images_u8), (n,), generator=gen)
    for i in range(0, n, batch):
        x = photo_like(images_u8[idx[i:i + batch]], gen, bank).double()
        total += x.sum(dim=(0, 2, 3))
        total_sq += (x ** 2).sum(dim=(0, 2, 3))
        count += x.shape[0] * SIZE * SIZE
    mean = total / count
    std = (total_sq / count - mean ** 2).sqrt()
    return [round(float(v), 4) for v in mean], [round(float(v), 4) for v in std]
