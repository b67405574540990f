-- A target that a newer version of its plan no longer states, but that carries figures or a
-- person's review, is kept as retired instead of being deleted: out of the reports and of name
-- lookups, listed by `targets`, back in service if a later version states it again.
ALTER TABLE target ADD COLUMN retiredAt TEXT;

-- Plans removed with `plans remove`: their rows are gone (targets, figures and history go with
-- them), so what was removed, when and by whom is kept here.
CREATE TABLE planRemoval (
    id INTEGER PRIMARY KEY,
    planID INTEGER NOT NULL,
    title TEXT,
    fileName TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    targetCount INTEGER NOT NULL CHECK (targetCount >= 0),
    figureCount INTEGER NOT NULL CHECK (figureCount >= 0),
    reason TEXT,
    removedBy TEXT NOT NULL CHECK (removedBy <> ''),
    removedAt TEXT NOT NULL
);
