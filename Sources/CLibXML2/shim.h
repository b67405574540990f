// The parts of libxml2 (Debian: libxml2-dev) that PlanIngest reads HTML pages and DOCX XML with.
#ifndef PLANTRACK_CLIBXML2_SHIM_H
#define PLANTRACK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation.
// PlanIngest never touches the ICU members of the encoding handler (it only holds pointers to
// it), so the declarations are read as if libxml2 were built without ICU.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#endif
