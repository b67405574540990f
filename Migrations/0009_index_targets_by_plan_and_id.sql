-- A plan's targets in id order, straight from the index (an index on planID holds the rowid
-- after it): a report on one plan reads them without sorting, and the smallest and largest
-- target id of every plan take two index searches each, which tells a report over all plans
-- whether each plan's targets form one run of ids. It replaces the index on planID and
-- deadline, whose deadline part only narrowed one plan's targets further.
DROP INDEX target_planID_deadline;
CREATE INDEX target_planID ON target(planID);
