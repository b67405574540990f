-- The audit trail of the review loop: every change a person made to a target, field by field.
CREATE TABLE targetChange (
    id INTEGER PRIMARY KEY,
    targetID INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field <> ''),
    oldValue TEXT,
    newValue TEXT,
    reason TEXT,
    changedBy TEXT NOT NULL CHECK (changedBy <> ''),
    changedAt TEXT NOT NULL
);
CREATE INDEX targetChange_targetID ON targetChange(targetID, id);
