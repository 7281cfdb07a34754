"""Time SciPy's sparse X^T X with cosine scaling on a MovieLens ratings.csv.

The reference for `movierecs bench similarity`: X is the user x item rating matrix in CSR form,
the product X^T X gives every item-item dot product, and dividing row i and column j by the item
norms turns them into cosines. No top-k selection is done here, so MovieRecs does strictly more
work in its own timing. Prints and optionally writes JSON with the same fields as the CLI:
seconds (median of --runs timed runs after one warm-up), items, pairs (item pairs with a
non-zero cosine, each counted once).

Usage: python3 item_cosine.py DIR [--runs 5] [--json FILE]
Needs Debian's python3-scipy (apt-get install python3-scipy) and runs with /usr/bin/python3.
"""

import argparse
import csv
import json
import os
import statistics
import time

import numpy as np
import scipy
import scipy.sparse as sparse


def load_ratings(directory):
    users, items, values = [], [], []
    with open(os.path.join(directory, "ratings.csv"), newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            if not row:
                continue
            users.append(int(row[0]))
            items.append(int(row[1]))
            values.append(float(row[2]))
    user_ids = {user: index for index, user in enumerate(sorted(set(users)))}
    item_ids = {item: index for index, item in enumerate(sorted(set(items)))}
    rows = np.fromiter((user_ids[user] for user in users), dtype=np.int32, count=len(users))
    columns = np.fromiter((item_ids[item] for item in items), dtype=np.int32, count=len(items))
    return sparse.csr_matrix(
        (np.asarray(values, dtype=np.float64), (rows, columns)), shape=(len(user_ids), len(item_ids))
    )


def cosine(matrix):
    products = (matrix.T @ matrix).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=0)).ravel())
    inverse = sparse.diags(1.0 / norms)
    return (inverse @ products @ inverse).tocsr()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json")
    arguments = parser.parse_args()

    matrix = load_ratings(arguments.directory)
    result = cosine(matrix)
    seconds = []
    for _ in range(arguments.runs):
        start = time.perf_counter()
        result = cosine(matrix)
        seconds.append(time.perf_counter() - start)

    off_diagonal = result.nnz - result.diagonal().nonzero()[0].size
    summary = {
        "tool": f"scipy {scipy.__version__}",
        "seconds": statistics.median(seconds),
        "minSeconds": min(seconds),
        "maxSeconds": max(seconds),
        "runs": arguments.runs,
        "items": matrix.shape[1],
        "ratings": matrix.nnz,
        "pairs": off_diagonal // 2,
    }
    print(json.dumps(summary))
    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as handle:
            json.dump(summary, handle, indent=2)


if __name__ == "__main__":
    main()
