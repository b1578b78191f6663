// Embeds the BPE rank files of Sources/Chunkers/Resources into the object file with the
// assembler's .incbin, so the tokenizer needs no resource bundle at run time (a copied `rag`
// binary keeps working). CBPERANKS_DIR is the absolute path of that folder, set by Package.swift.
#include "CBPERanks.h"

#if defined(__APPLE__)
#define CBPERANKS_SYMBOL(name) "_" #name
#define CBPERANKS_SECTION "__TEXT,__const"
#else
#define CBPERANKS_SYMBOL(name) #name
#define CBPERANKS_SECTION ".rodata"
#endif

#define CBPERANKS_EMBED(name, file)                                   \
    __asm__(".pushsection " CBPERANKS_SECTION "\n"                    \
            ".balign 16\n"                                            \
            CBPERANKS_SYMBOL(name##_start) ":\n"                      \
            ".incbin \"" CBPERANKS_DIR "/" file "\"\n"                \
            CBPERANKS_SYMBOL(name##_end) ":\n"                        \
            ".popsection\n");                                         \
    extern const unsigned char name##_start[] __attribute__((visibility("hidden"))); \
    extern const unsigned char name##_end[] __attribute__((visibility("hidden")));

CBPERANKS_EMBED(cbperanks_cl100k, "cl100k_base.tiktoken")
CBPERANKS_EMBED(cbperanks_o200k, "o200k_base.tiktoken")

const unsigned char *cbperanks_cl100k_base(size_t *length) {
    *length = (size_t)(cbperanks_cl100k_end - cbperanks_cl100k_start);
    return cbperanks_cl100k_start;
}

const unsigned char *cbperanks_o200k_base(size_t *length) {
    *length = (size_t)(cbperanks_o200k_end - cbperanks_o200k_start);
    return cbperanks_o200k_start;
}
