#ifndef CBPERANKS_H
#define CBPERANKS_H

#include <stddef.h>

/// The bytes of `cl100k_base.tiktoken`, embedded in the binary at build time.
const unsigned char *cbperanks_cl100k_base(size_t *length);

/// The bytes of `o200k_base.tiktoken`, embedded in the binary at build time.
const unsigned char *cbperanks_o200k_base(size_t *length);

#endif
