-- One row: the count of committed changes to what callers may do (AccessChanges).
CREATE TABLE access_generation (
    id INTEGER NOT NULL PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO access_generation (id, generation) VALUES (1, 0);
