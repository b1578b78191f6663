// libxml2's tolerant HTML parser (Debian: libxml2-dev).
#pragma once
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
