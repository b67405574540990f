-- Each target's current figures summed up per calendar year (a period lies inside one year),
-- and over all years in the row with periodYear 0: reports read one row per target instead of
-- every figure, and the yearly rows only when a window cuts the figures. The store rewrites a
-- target's rows in the same transaction as its figures; `plantrack check` compares them with
-- the figures. Days are integers YYYYMMDD (20240630), which reports read without parsing text.
-- WITHOUT ROWID (SQLite's) stores the rows in key order, so a report reads them in one pass
-- instead of looking each one up from the key index; another database would drop the clause.
CREATE TABLE progressYear (
    targetID INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
    periodYear INTEGER NOT NULL,
    figureCount INTEGER NOT NULL CHECK (figureCount > 0),
    total DOUBLE PRECISION NOT NULL,
    maximum DOUBLE PRECISION NOT NULL,
    firstStart INTEGER NOT NULL,
    firstEnd INTEGER NOT NULL,
    firstValue DOUBLE PRECISION NOT NULL,
    lastStart INTEGER NOT NULL,
    lastEnd INTEGER NOT NULL,
    lastValue DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (targetID, periodYear)
) WITHOUT ROWID;

INSERT INTO progressYear (targetID, periodYear, figureCount, total, maximum, firstStart, firstEnd,
    firstValue, lastStart, lastEnd, lastValue)
WITH totals AS (
    SELECT targetID, CAST(substr(periodEnd, 1, 4) AS INTEGER) AS periodYear, count(*) AS figureCount,
        sum(value) AS total, max(value) AS maximum, min(periodEnd) AS firstEnd,
        max(periodEnd) AS lastEnd
    FROM progressEntry WHERE replacedAt IS NULL
    GROUP BY targetID, CAST(substr(periodEnd, 1, 4) AS INTEGER)
    UNION ALL
    SELECT targetID, 0, count(*), sum(value), max(value), min(periodEnd), max(periodEnd)
    FROM progressEntry WHERE replacedAt IS NULL
    GROUP BY targetID
)
SELECT totals.targetID, totals.periodYear, totals.figureCount, totals.total, totals.maximum,
    CAST(replace(earliest.periodStart, '-', '') AS INTEGER),
    CAST(replace(totals.firstEnd, '-', '') AS INTEGER), earliest.value,
    CAST(replace(latest.periodStart, '-', '') AS INTEGER),
    CAST(replace(totals.lastEnd, '-', '') AS INTEGER), latest.value
FROM totals
JOIN progressEntry AS earliest
    ON earliest.targetID = totals.targetID AND earliest.replacedAt IS NULL
    AND earliest.periodEnd = totals.firstEnd
JOIN progressEntry AS latest
    ON latest.targetID = totals.targetID AND latest.replacedAt IS NULL
    AND latest.periodEnd = totals.lastEnd;
