// Extended attributes (part of the C library): plantrack marks the report files it writes, so a
// later run may replace its own reports but never a file it did not write.
#ifndef PLANTRACK_CXATTR_SHIM_H
#define PLANTRACK_CXATTR_SHIM_H

#include <sys/xattr.h>

#endif
