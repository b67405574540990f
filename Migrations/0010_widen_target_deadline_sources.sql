-- Deadlines may also come from a heading that names its section's year ('section') and from
-- the document's own year ('document year'), beside 'stated' and 'inherited'. A CHECK
-- constraint cannot be altered in place in SQLite, so the table is rebuilt the standard way:
-- create the new table, copy the rows, drop the old one, rename, and recreate its indices.
-- Foreign keys are checked after the migration, and the tables that refer to target by name
-- refer to the new table once it is renamed.
CREATE TABLE target_new (
    id INTEGER PRIMARY KEY,
    planID INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    section TEXT,
    metric TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('count', 'amount', 'ratio', 'growth', 'delta', 'subsidy', 'parameter')),
    value DOUBLE PRECISION NOT NULL,
    valueMax DOUBLE PRECISION,
    unit TEXT NOT NULL,
    comparator TEXT NOT NULL CHECK (comparator IN ('>=', '<=', '~', '=', 'range')),
    deadline TEXT CHECK (deadline IS NULL OR length(deadline) = 10),
    deadlineSource TEXT
        CHECK (deadlineSource IN ('stated', 'section', 'document year', 'inherited')),
    recurrence TEXT CHECK (recurrence IN ('annual')),
    isIncrement BOOLEAN NOT NULL CHECK (isIncrement IN (0, 1)),
    isAspirational BOOLEAN NOT NULL CHECK (isAspirational IN (0, 1)),
    reviewState TEXT NOT NULL DEFAULT 'extracted'
        CHECK (reviewState IN ('extracted', 'confirmed', 'rejected', 'edited')),
    confidence DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    CHECK (comparator <> 'range' OR valueMax IS NOT NULL),
    CHECK (valueMax IS NULL OR valueMax >= value)
);
INSERT INTO target_new (
    id, planID, section, metric, kind, value, valueMax, unit, comparator, deadline, deadlineSource,
    recurrence, isIncrement, isAspirational, reviewState, confidence)
SELECT
    id, planID, section, metric, kind, value, valueMax, unit, comparator, deadline, deadlineSource,
    recurrence, isIncrement, isAspirational, reviewState, confidence
FROM target;
DROP TABLE target;
ALTER TABLE target_new RENAME TO target;
CREATE INDEX target_deadline ON target(deadline);
CREATE INDEX target_metric ON target(metric);
CREATE INDEX target_recurrence ON target(recurrence, planID) WHERE recurrence IS NOT NULL;
CREATE INDEX target_planID ON target(planID);
