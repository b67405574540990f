-- `import --replace` looks for the newest plan read from a file of the same name, else with the
-- same title: these indices find it without reading every plan.
CREATE INDEX plan_fileName ON plan(fileName);
CREATE INDEX plan_title ON plan(title);
