// libxlsxwriter (Debian: libxlsxwriter-dev), which the CLI writes request sheets and reports
// as Excel workbooks with.
#ifndef PLANTRACK_CXLSXWRITER_SHIM_H
#define PLANTRACK_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
