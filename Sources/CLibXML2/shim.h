// libxml2's tolerant HTML parser (Debian: libxml2-dev).
#pragma once
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the toolchain's own copy of ICU
// (Foundation's _FoundationICU module). Nothing here uses libxml2's ICU converters, so leave
// them out of the module.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
