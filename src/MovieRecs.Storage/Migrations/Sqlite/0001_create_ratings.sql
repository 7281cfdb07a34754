-- Ratings of record: one row per (user, movie), the value in half stars (1 = 0.5, 10 = 5.0),
-- so every stored value is exact and on the MovieLens grid.
CREATE TABLE ratings (
    user_id    INTEGER NOT NULL,
    movie_id   INTEGER NOT NULL,
    half_stars INTEGER NOT NULL CHECK (half_stars BETWEEN 1 AND 10),
    rated_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, movie_id)
) WITHOUT ROWID;

CREATE INDEX ratings_by_movie ON ratings (movie_id);

-- Files imported into the ratings, so a restart does not import the same file twice.
CREATE TABLE imports (
    file_name   TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    row_count   INTEGER NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (file_name, sha256)
);
