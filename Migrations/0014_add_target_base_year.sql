-- The year whose level a change target is measured from (比2020年下降13.5%: 2020; 比上年增长8%
-- in a plan due 2024: 2023). Its figures are levels, and the change is judged from the level of
-- that year. Targets stored before this migration are judged as they were.
ALTER TABLE target ADD COLUMN baseYear INTEGER CHECK (baseYear IS NULL OR baseYear BETWEEN 1900 AND 2200);
