-- A progress figure for one period of a target, in the target's base unit. A replaced figure
-- keeps its row with `replacedAt` set, so history is never lost; at most one figure per
-- (target, period) is current.
CREATE TABLE progressEntry (
    id INTEGER PRIMARY KEY,
    targetID INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
    period TEXT NOT NULL CHECK (period <> ''),
    periodStart TEXT NOT NULL CHECK (length(periodStart) = 10),
    periodEnd TEXT NOT NULL CHECK (length(periodEnd) = 10 AND periodEnd >= periodStart),
    value DOUBLE PRECISION NOT NULL,
    note TEXT,
    source TEXT,
    recordedAt TEXT NOT NULL,
    replacedAt TEXT CHECK (replacedAt IS NULL OR replacedAt >= recordedAt)
);
CREATE UNIQUE INDEX progressEntry_current_period
    ON progressEntry(targetID, period) WHERE replacedAt IS NULL;
-- Serves the report queries (sums, latest and first figure per target up to a date) from the
-- index alone.
CREATE INDEX progressEntry_current_periodEnd
    ON progressEntry(targetID, periodEnd, periodStart, value, period) WHERE replacedAt IS NULL;
