-- A policy plan as imported: what it says about itself and the plain text its targets quote.
CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    title TEXT,
    issuer TEXT,
    documentNumber TEXT,
    issueDate TEXT CHECK (issueDate IS NULL OR length(issueDate) = 10),
    region TEXT,
    horizonStartYear INTEGER,
    horizonEndYear INTEGER,
    fileName TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    plainText TEXT NOT NULL,
    importedAt TEXT NOT NULL,
    CHECK ((horizonStartYear IS NULL) = (horizonEndYear IS NULL)),
    CHECK (horizonStartYear IS NULL OR horizonStartYear <= horizonEndYear)
);
