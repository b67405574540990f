-- Whether a target binds (an indicator table's 属性: 1 for 约束性, 0 for 预期性, NULL when the
-- plan says neither) and the value it starts from in its base year (基期值（2020年）), both
-- read from indicator tables. Targets stored before this migration have none of them.
ALTER TABLE target ADD COLUMN binding BOOLEAN CHECK (binding IN (0, 1));
ALTER TABLE target ADD COLUMN baselineValue DOUBLE PRECISION;
ALTER TABLE target ADD COLUMN baselineYear INTEGER
    CHECK (baselineYear IS NULL OR baselineYear BETWEEN 1900 AND 2200);
CREATE INDEX target_binding ON target(binding, planID) WHERE binding IS NOT NULL;
