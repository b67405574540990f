-- Whether a change target promises a fall (下降13.5%, 降低0.5个百分点): its value is the size
-- of the fall and its figures are changes with their sign. Targets stored before this
-- migration promise a rise, as they were judged.
ALTER TABLE target ADD COLUMN isReduction BOOLEAN NOT NULL DEFAULT 0 CHECK (isReduction IN (0, 1));
