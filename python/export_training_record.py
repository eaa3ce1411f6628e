"""Turn a training run's JSON-lines log into the record the model card page shows.

Usage: /usr/bin/python3 python/export_training_record.py RUN_DIR OUT.json ["note on how the run went"]
                                                          [--after EARLIER.json]

Steps logged twice (a run resumed from an earlier checkpoint repeats them) keep
their last record, which is the one the final weights descend from. `--after`
names the record of the model this run started from (`--init` a colour model):
its points come first and this run's steps and epochs continue from its last,
so the card's curve shows the whole training the shipped weights had.
"""
import argparse
import json
import os

import torch


def main(run_dir: str, out_path: str, note: str = "", after: str | None = None) -> None:
    by_step = {}
    final_acc = None
    with open(os.path.join(run_dir, "log.jsonl")) as f:
        for line in f:
            rec = json.loads(line)
            if "final_test_acc" in rec:
                final_acc = rec["final_test_acc"]
                continue
            by_step[rec["step"]] = rec
    args = torch.load(os.path.join(run_dir, "checkpoint.pt"))["args"]
    earlier = None
    if after:
        with open(after) as f:
            earlier = json.load(f)
    points = list(earlier["points"]) if earlier else []
    step0 = points[-1]["step"] if points else 0
    epoch0 = points[-1]["epoch"] if points else 0.0
    seconds = earlier["minutes"] * 60 if earlier else 0.0
    previous = 0
    for step in sorted(by_step):
        rec = by_step[step]
        seconds += (step - previous) * args["batch"] / rec["images_per_s"]
        previous = step
        point = {"step": step0 + step, "epoch": round(epoch0 + rec["epoch"], 4), "loss": rec["loss"], "lr": rec["lr"]}
        if "test_acc_sample" in rec:
            point["testAccuracy"] = rec["test_acc_sample"]
        if "wild_acc_sample" in rec:
            point["wildAccuracy"] = rec["wild_acc_sample"]
        points.append(point)
    record = {
        "command": "npm run train",
        # With --after, "epochs" counts the whole training; the rest are this run's settings.
        "hyperparameters": {k: args[k] for k in ("epochs", "batch", "lr", "weight_decay", "smooth", "seed") if k in args}
        | {"optimizer": "AdamW", "schedule": "one-cycle"} | ({"epochs": round(epoch0 + args["epochs"], 2)} if earlier else {}),
        "points": points,
        "finalTestAccuracy": final_acc,
        "minutes": round(seconds / 60, 1),
        "note": note,
    }
    with open(out_path, "w") as f:
        json.dump(record, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    cli.add_argument("run_dir")
    cli.add_argument("out")
    cli.add_argument("note", nargs="?", default="")
    cli.add_argument("--after", help="the record of the model this run continued")
    a = cli.parse_args()
    main(a.run_dir, a.out, a.note, a.after)
