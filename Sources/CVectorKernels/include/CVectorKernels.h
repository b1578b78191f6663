// Reduced-precision scan kernels for VectorIndex: int8 and float16 copies of the matrix, scored against a query.
// Plain C with x86 AVX2/F16C paths chosen at run time (a portable loop elsewhere), because Swift has no per-function
// target attributes and its generic SIMD conversions between integer and float lanes do not vectorise well.
#pragma once
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Quantises `count` floats to int8 with one scale (max |x| / 127); returns the scale (0 for an all-zero input).
float vik_quantize_int8(const float *values, size_t count, int8_t *codes);

/// Converts `count` floats to IEEE half precision (round to nearest even).
void vik_float_to_half(const float *values, size_t count, uint16_t *halves);

/// scores[i] = scales[i] * query_scale * dot(codes row i, query_codes) for `rows` rows of `dimensions` int8 codes.
void vik_score_int8(const int8_t *codes, const float *scales, size_t rows, size_t dimensions,
                    const int8_t *query_codes, float query_scale, float *scores);

/// scores[i] = dot(half row i, query) for `rows` rows of `dimensions` halves.
void vik_score_float16(const uint16_t *halves, size_t rows, size_t dimensions, const float *query, float *scores);

#ifdef __cplusplus
}
#endif
