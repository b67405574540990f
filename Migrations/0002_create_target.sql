-- A tracked numeric target of a plan. A target stated several times in one plan is one row
-- here with one targetSource row per statement.
CREATE TABLE target (
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
    deadlineSource TEXT CHECK (deadlineSource IN ('stated', 'inherited')),
    recurrence TEXT CHECK (recurrence IN ('annual')),
    isIncrement BOOLEAN NOT NULL CHECK (isIncrement IN (0, 1)),
    isAspirational BOOLEAN NOT NULL CHECK (isAspirational IN (0, 1)),
    reviewState TEXT NOT NULL DEFAULT 'extracted'
        CHECK (reviewState IN ('extracted', 'confirmed', 'rejected', 'edited')),
    confidence DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    CHECK (comparator <> 'range' OR valueMax IS NOT NULL),
    CHECK (valueMax IS NULL OR valueMax >= value)
);
CREATE INDEX target_planID_deadline ON target(planID, deadline);
CREATE INDEX target_deadline ON target(deadline);
CREATE INDEX target_metric ON target(metric);

-- One statement of a target: the exact quote and its Unicode scalar offsets in the plan text.
CREATE TABLE targetSource (
    id INTEGER PRIMARY KEY,
    targetID INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
    quote TEXT NOT NULL CHECK (quote <> ''),
    startOffset INTEGER NOT NULL CHECK (startOffset >= 0),
    endOffset INTEGER NOT NULL CHECK (endOffset >= startOffset)
);
CREATE INDEX targetSource_targetID ON targetSource(targetID);
CREATE INDEX targetSource_quote ON targetSource(quote);
