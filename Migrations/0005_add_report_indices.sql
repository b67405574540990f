-- Report queries read only current figures: with `replacedAt` in the index, SQLite serves the
-- sums, latest and first figures per target from the index alone (a covering index), without
-- touching the table. Recurring targets are found without scanning every target.
DROP INDEX progressEntry_current_periodEnd;
CREATE INDEX progressEntry_report
    ON progressEntry(targetID, periodEnd, periodStart, value, period, replacedAt)
    WHERE replacedAt IS NULL;
CREATE INDEX target_recurrence ON target(recurrence, planID) WHERE recurrence IS NOT NULL;
