-- Ratings of record: one row per (user, movie), the value in half stars (1 = 0.5, 10 = 5.0),
-- so every stored value is exact and on the MovieLens grid.
CREATE TABLE ratings (
    user_id    integer  NOT NULL,
    movie_id   integer  NOT NULL,
    half_stars smallint NOT NULL CHECK (half_stars BETWEEN 1 AND 10),
    rated_at   bigint   NOT NULL,
    PRIMARY KEY (user_id, movie_id)
);

CREATE INDEX ratings_by_movie ON ratings (movie_id);

-- Files imported into the ratings, so a restart does not import the same file twice.
CREATE TABLE imports (
    file_name   text   NOT NULL,
    sha256      text   NOT NULL,
    row_count   bigint NOT NULL,
    imported_at bigint NOT NULL,
    PRIMARY KEY (file_name, sha256)
);
