-- Finds the stored plan of a 文号 when the same document comes again as another file whose
-- title reads differently (a PDF that breaks the title over two lines).
CREATE INDEX planDocumentNumber ON plan (documentNumber);
