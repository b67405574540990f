// zlib (Debian: zlib1g-dev), which PlanIngest inflates the members of DOCX archives with.
#ifndef PLANTRACK_CZLIB_SHIM_H
#define PLANTRACK_CZLIB_SHIM_H

#include <zlib.h>

#endif
