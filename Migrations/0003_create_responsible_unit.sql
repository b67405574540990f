-- Departments named as responsible for targets, each name stored once.
CREATE TABLE responsibleUnit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> '')
);

-- Which units answer for which target; `position` keeps the stated order, lead first.
CREATE TABLE targetResponsibleUnit (
    targetID INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
    responsibleUnitID INTEGER NOT NULL REFERENCES responsibleUnit(id),
    isLead BOOLEAN NOT NULL CHECK (isLead IN (0, 1)),
    position INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (targetID, responsibleUnitID)
);
CREATE INDEX targetResponsibleUnit_responsibleUnitID
    ON targetResponsibleUnit(responsibleUnitID, targetID);
