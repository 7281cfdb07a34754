#!/usr/bin/env python3
"""Measure the shape of a MovieLens data set that the synthetic generator imitates.

Prints the rating histogram (count per half star) and the log-normal fit of the per-user rating
counts above the minimum of 20. For the movies' rating counts it prints the least-squares slope
of log(count) over log(rank) and a Zipf-Mandelbrot fit. Then come the spread of the user and
movie mean ratings, the genre frequencies and the number of genres per movie. Standard library
only.

Usage: python3 movielens_shape.py DIR
"""

import csv
import math
import statistics
import sys
from collections import Counter, defaultdict

MIN_RATINGS_PER_USER = 20


def slope(points):
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    den = sum((x - mean_x) ** 2 for x in xs)
    return num / den


def fit_zipf_mandelbrot(counts):
    """Grid-search s and q (as a fraction of the movie count) that minimise the squared log error."""
    total, movies = sum(counts), len(counts)
    log_counts = [math.log(count) for count in counts]
    best = None
    for exponent in [x / 10 for x in range(5, 41)]:
        for offset in (0.0, 0.01, 0.02, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3):
            weights = [(rank + offset * movies) ** -exponent for rank in range(1, movies + 1)]
            scale = math.log(total / sum(weights))
            error = sum((log_counts[i] - scale - math.log(weights[i])) ** 2 for i in range(movies))
            if best is None or error < best[0]:
                best = (error, exponent, offset)
    return best[1], best[2]


def main(directory):
    histogram = Counter()
    per_user = Counter()
    per_movie = Counter()
    user_sum = defaultdict(float)
    movie_sum = defaultdict(float)
    values = []
    with open(f"{directory}/ratings.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            value = float(row["rating"])
            user, movie = int(row["userId"]), int(row["movieId"])
            histogram[value] += 1
            per_user[user] += 1
            per_movie[movie] += 1
            user_sum[user] += value
            movie_sum[movie] += value
            values.append(value)

    print("rating histogram:")
    for value in sorted(histogram):
        print(f"  {value:.1f} {histogram[value]}")
    print(f"ratings {len(values)}, mean {statistics.fmean(values):.4f}, sd {statistics.pstdev(values):.4f}")

    extra = [math.log(count - MIN_RATINGS_PER_USER + 1) for count in per_user.values()]
    print(f"users {len(per_user)}, min {min(per_user.values())}, max {max(per_user.values())}, "
          f"median {statistics.median(per_user.values())}")
    print(f"log(count - {MIN_RATINGS_PER_USER} + 1): mean {statistics.fmean(extra):.4f}, "
          f"sd {statistics.pstdev(extra):.4f}")

    counts = sorted(per_movie.values(), reverse=True)
    for low, high in ((1, 100), (1, 1000), (10, 1000)):
        points = [(rank, counts[rank - 1]) for rank in range(low, min(high, len(counts)) + 1)]
        print(f"movies {len(counts)}: log-log slope of count over rank {low}-{high}: {slope(points):.4f}")

    exponent, offset = fit_zipf_mandelbrot(counts)
    print(f"Zipf-Mandelbrot fit of count ~ (rank + q)^-s: s {exponent:.2f}, q {offset:.3f} x movies")

    user_means = [user_sum[u] / n for u, n in per_user.items()]
    movie_means = [movie_sum[m] / n for m, n in per_movie.items() if n >= 20]
    print(f"sd of user means {statistics.pstdev(user_means):.4f}; "
          f"sd of movie means (movies with 20+ ratings) {statistics.pstdev(movie_means):.4f}")

    genres = Counter()
    genre_counts = Counter()
    with open(f"{directory}/movies.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            labels = [g for g in row["genres"].split("|") if g]
            genre_counts[len(labels)] += 1
            genres.update(labels)
    print("genres:", ", ".join(f"{g} {n}" for g, n in genres.most_common()))
    print("genres per movie:", ", ".join(f"{k} {genre_counts[k]}" for k in sorted(genre_counts)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: movielens_shape.py DIR")
    main(sys.argv[1])
