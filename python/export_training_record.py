"""Turn a training run's JSON-lines log into the record the model card page shows.

Usage: /usr/bin/python3 python/export_training_record.py RUN_DIR OUT.json ["note on how the run went"]

Steps logged twice (a run resumed from an earlier checkpoint repeats them) keep
their last record, which is the one the final weights descend from.
"""
import json
import os
import sys

import torch


def main(run_dir: str, out_path: str, note: str = "") -> None:
    by_step = {}
    final_acc = None
    seconds = 0.0
    with open(os.path.join(run_dir, "log.jsonl")) as f:
        for line in f:
            rec = json.loads(line)
            if "final_test_acc" in rec:
                final_acc = rec["final_test_acc"]
                continue
            by_step[rec["step"]] = rec
    args = torch.load(os.path.join(run_dir, "checkpoint.pt"))["args"]
    points = []
    previous = 0
    for step in sorted(by_step):
        rec = by_step[step]
        seconds += (step - previous) * args["batch"] / rec["images_per_s"]
        previous = step
        point = {"step": step, "epoch": round(rec["epoch"], 4), "loss": rec["loss"], "lr": rec["lr"]}
        if "test_acc_sample" in rec:
            point["testAccuracy"] = rec["test_acc_sample"]
        if "wild_acc_sample" in rec:
            point["wildAccuracy"] = rec["wild_acc_sample"]
        points.append(point)
    record = {
        "command": "npm run train",
        "hyperparameters": {k: args[k] for k in ("epochs", "batch", "lr", "weight_decay", "smooth", "seed") if k in args}
        | {"optimizer": "AdamW", "schedule": "one-cycle"},
        "points": points,
        "finalTestAccuracy": final_acc,
        "minutes": round(seconds / 60, 1),
        "note": note,
    }
    with open(out_path, "w") as f:
        json.dump(record, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
