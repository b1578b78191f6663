// Embeds the BPE rank files of Sources/Chunkers/Resources into the object file with the
// assembler's .incbin, so the tokenizer needs no resource bundle at run time (a copied `rag`
// binary keeps working). CBPERANKS_DIR is the absolute path of that folder, set by Package.swift.
//
// Each file becomes one symbol: an 8-byte length, then the bytes. The length is the difference of
// two assembler-local labels, and only the leading symbol is visible, so Mach-O's atoms (which
// split sections at symbols) cannot separate the length from the data it measures.
#include "CBPERanks.h"

#include <stdint.h>

#if defined(__APPLE__)
#define CBPERANKS_SYMBOL(name) "_" #name
#define CBPERANKS_LOCAL(name) "L" #name
#define CBPERANKS_SECTION "__TEXT,__const"
#else
#define CBPERANKS_SYMBOL(name) #name
#define CBPERANKS_LOCAL(name) ".L" #name
#define CBPERANKS_SECTION ".rodata"
#endif

#define CBPERANKS_EMBED(name, file)                                                       \
    __asm__(".pushsection " CBPERANKS_SECTION "\n"                                        \
            ".balign 16\n"                                                                \
            CBPERANKS_SYMBOL(name) ":\n"                                                  \
            ".quad " CBPERANKS_LOCAL(name##_end) " - " CBPERANKS_LOCAL(name##_begin) "\n" \
            CBPERANKS_LOCAL(name##_begin) ":\n"                                           \
            ".incbin \"" CBPERANKS_DIR "/" file "\"\n"                                    \
            CBPERANKS_LOCAL(name##_end) ":\n"                                             \
            ".popsection\n");                                                             \
    extern const unsigned char name[] __attribute__((visibility("hidden")));

CBPERANKS_EMBED(cbperanks_cl100k, "cl100k_base.tiktoken")
CBPERANKS_EMBED(cbperanks_o200k, "o200k_base.tiktoken")

static const unsigned char *cbperanks_contents(const unsigned char *embedded, size_t *length) {
    *length = (size_t)*(const uint64_t *)(const void *)embedded;
    return embedded + sizeof(uint64_t);
}

const unsigned char *cbperanks_cl100k_base(size_t *length) {
    return cbperanks_contents(cbperanks_cl100k, length);
}

const unsigned char *cbperanks_o200k_base(size_t *length) {
    return cbperanks_contents(cbperanks_o200k, length);
}
