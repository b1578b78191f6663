// libxml2's tolerant HTML parser (Debian: libxml2-dev).
#pragma once
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system ICU headers,
// whose UErrorCode clashes with the ICU copy inside Foundation (_FoundationICU) in any Swift file
// that sees both. Nothing RAGKit calls needs ICU's declarations; only xmlCharEncodingHandler,
// which RAGKit never touches, changes shape.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
