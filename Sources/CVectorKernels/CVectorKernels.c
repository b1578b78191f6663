#include "CVectorKernels.h"

#include <math.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define VIK_X86 1
#endif

#ifdef VIK_X86
static int vik_has_avx2(void);
static float vik_quantize_int8_avx2(const float *values, size_t count, int8_t *codes);
static void vik_float_to_half_avx2(const float *values, size_t count, uint16_t *halves);
#endif

// MARK: Conversions

float vik_quantize_int8(const float *values, size_t count, int8_t *codes) {
#ifdef VIK_X86
    if (vik_has_avx2()) return vik_quantize_int8_avx2(values, count, codes);
#endif
    float largest = 0;
    for (size_t i = 0; i < count; i++) {
        float magnitude = fabsf(values[i]);
        largest = magnitude > largest ? magnitude : largest;
    }
    if (largest == 0) {
        memset(codes, 0, count);
        return 0;
    }
    float inverse = 127.0f / largest;
    for (size_t i = 0; i < count; i++) {
        float scaled = nearbyintf(values[i] * inverse);
        codes[i] = (int8_t)(scaled > 127 ? 127 : (scaled < -127 ? -127 : scaled));
    }
    return largest / 127.0f;
}

static uint16_t vik_half_from_float(float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    uint32_t sign = (bits >> 16) & 0x8000u;
    uint32_t exponent = (bits >> 23) & 0xffu;
    uint32_t mantissa = bits & 0x7fffffu;
    if (exponent == 0xffu) return (uint16_t)(sign | 0x7c00u | (mantissa ? 0x200u : 0));
    int32_t halfExponent = (int32_t)exponent - 127 + 15;
    if (halfExponent >= 0x1f) return (uint16_t)(sign | 0x7c00u);
    if (halfExponent <= 0) {
        if (halfExponent < -10) return (uint16_t)sign;
        mantissa |= 0x800000u;
        uint32_t shift = (uint32_t)(14 - halfExponent);
        uint32_t half = mantissa >> shift;
        uint32_t remainder = mantissa & ((1u << shift) - 1);
        uint32_t halfway = 1u << (shift - 1);
        if (remainder > halfway || (remainder == halfway && (half & 1u))) half++;
        return (uint16_t)(sign | half);
    }
    uint32_t half = ((uint32_t)halfExponent << 10) | (mantissa >> 13);
    uint32_t remainder = mantissa & 0x1fffu;
    if (remainder > 0x1000u || (remainder == 0x1000u && (half & 1u))) half++;
    return (uint16_t)(sign | half);
}

static float vik_float_from_half(uint16_t half) {
    uint32_t sign = (uint32_t)(half & 0x8000u) << 16;
    uint32_t exponent = (half >> 10) & 0x1fu;
    uint32_t mantissa = half & 0x3ffu;
    uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else {
            exponent = 127 - 15 + 1;
            while (!(mantissa & 0x400u)) {
                mantissa <<= 1;
                exponent--;
            }
            bits = sign | (exponent << 23) | ((mantissa & 0x3ffu) << 13);
        }
    } else if (exponent == 0x1f) {
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else {
        bits = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
    }
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

void vik_float_to_half(const float *values, size_t count, uint16_t *halves) {
#ifdef VIK_X86
    if (vik_has_avx2()) {
        vik_float_to_half_avx2(values, count, halves);
        return;
    }
#endif
    for (size_t i = 0; i < count; i++) halves[i] = vik_half_from_float(values[i]);
}

// MARK: Portable kernels

// Integer accumulation is associative, so compilers vectorise this loop without fast-math.
static int32_t vik_dot_int8_portable(const int8_t *a, const int8_t *b, size_t count) {
    int32_t sum = 0;
    for (size_t i = 0; i < count; i++) sum += (int32_t)a[i] * (int32_t)b[i];
    return sum;
}

static float vik_dot_half_portable(const uint16_t *a, const float *b, size_t count) {
    float sums[8] = {0};
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        for (size_t lane = 0; lane < 8; lane++) sums[lane] += vik_float_from_half(a[i + lane]) * b[i + lane];
    }
    for (; i < count; i++) sums[0] += vik_float_from_half(a[i]) * b[i];
    return ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]));
}

// MARK: x86 AVX2 kernels

#ifdef VIK_X86
__attribute__((target("avx2"))) static int32_t vik_dot_int8_avx2(const int8_t *a, const int8_t *b, size_t count) {
    __m256i accumulator = _mm256_setzero_si256();
    const __m256i ones = _mm256_set1_epi16(1);
    size_t i = 0;
    for (; i + 32 <= count; i += 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(a + i));
        __m256i y = _mm256_loadu_si256((const __m256i *)(b + i));
        // maddubs multiplies unsigned by signed bytes: move b's sign onto a. Codes stay in -127...127, so no
        // lane overflows 16 bits (2 * 127 * 127 < 32767).
        __m256i products = _mm256_maddubs_epi16(_mm256_sign_epi8(y, y), _mm256_sign_epi8(x, y));
        accumulator = _mm256_add_epi32(accumulator, _mm256_madd_epi16(products, ones));
    }
    __m128i folded = _mm_add_epi32(_mm256_castsi256_si128(accumulator), _mm256_extracti128_si256(accumulator, 1));
    folded = _mm_add_epi32(folded, _mm_shuffle_epi32(folded, 0x4e));
    folded = _mm_add_epi32(folded, _mm_shuffle_epi32(folded, 0xb1));
    int32_t sum = _mm_cvtsi128_si32(folded);
    for (; i < count; i++) sum += (int32_t)a[i] * (int32_t)b[i];
    return sum;
}

__attribute__((target("avx2,fma,f16c"))) static float vik_dot_half_avx2(const uint16_t *a, const float *b,
                                                                          size_t count) {
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        s0 = _mm256_fmadd_ps(_mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(a + i))), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(a + i + 8))),
                             _mm256_loadu_ps(b + i + 8), s1);
    }
    __m256 s = _mm256_add_ps(s0, s1);
    __m128 folded = _mm_add_ps(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1));
    folded = _mm_add_ps(folded, _mm_movehl_ps(folded, folded));
    folded = _mm_add_ss(folded, _mm_shuffle_ps(folded, folded, 0x55));
    float sum = _mm_cvtss_f32(folded);
    for (; i < count; i++) sum += vik_float_from_half(a[i]) * b[i];
    return sum;
}

__attribute__((target("avx2,fma,f16c"))) static float vik_quantize_int8_avx2(const float *values, size_t count,
                                                                              int8_t *codes) {
    const __m256 signMask = _mm256_set1_ps(-0.0f);
    __m256 largest8 = _mm256_setzero_ps();
    size_t i = 0;
    for (; i + 8 <= count; i += 8) largest8 = _mm256_max_ps(largest8, _mm256_andnot_ps(signMask, _mm256_loadu_ps(values + i)));
    float lanes[8];
    _mm256_storeu_ps(lanes, largest8);
    float largest = 0;
    for (int lane = 0; lane < 8; lane++) largest = lanes[lane] > largest ? lanes[lane] : largest;
    for (size_t j = i; j < count; j++) largest = fabsf(values[j]) > largest ? fabsf(values[j]) : largest;
    if (largest == 0) {
        memset(codes, 0, count);
        return 0;
    }
    float inverse = 127.0f / largest;
    const __m256 scale = _mm256_set1_ps(inverse);
    const __m256 high = _mm256_set1_ps(127.0f), low = _mm256_set1_ps(-127.0f);
    for (i = 0; i + 8 <= count; i += 8) {
        __m256 scaled = _mm256_round_ps(_mm256_mul_ps(_mm256_loadu_ps(values + i), scale),
                                        _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        __m256i integers = _mm256_cvtps_epi32(_mm256_min_ps(_mm256_max_ps(scaled, low), high));
        __m128i words = _mm_packs_epi32(_mm256_castsi256_si128(integers), _mm256_extracti128_si256(integers, 1));
        _mm_storel_epi64((__m128i *)(codes + i), _mm_packs_epi16(words, words));
    }
    for (; i < count; i++) {
        float rounded = nearbyintf(values[i] * inverse);
        codes[i] = (int8_t)(rounded > 127 ? 127 : (rounded < -127 ? -127 : rounded));
    }
    return largest / 127.0f;
}

__attribute__((target("avx2,f16c"))) static void vik_float_to_half_avx2(const float *values, size_t count,
                                                                       uint16_t *halves) {
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        _mm_storeu_si128((__m128i *)(halves + i),
                         _mm256_cvtps_ph(_mm256_loadu_ps(values + i), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
    }
    for (; i < count; i++) halves[i] = vik_half_from_float(values[i]);
}

static int vik_has_avx2(void) {
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c");
    }
    return cached;
}
#endif

// MARK: Row scans

void vik_score_int8(const int8_t *codes, const float *scales, size_t rows, size_t dimensions,
                    const int8_t *query_codes, float query_scale, float *scores) {
#ifdef VIK_X86
    if (vik_has_avx2()) {
        for (size_t row = 0; row < rows; row++) {
            int32_t dot = vik_dot_int8_avx2(codes + row * dimensions, query_codes, dimensions);
            scores[row] = (float)dot * scales[row] * query_scale;
        }
        return;
    }
#endif
    for (size_t row = 0; row < rows; row++) {
        int32_t dot = vik_dot_int8_portable(codes + row * dimensions, query_codes, dimensions);
        scores[row] = (float)dot * scales[row] * query_scale;
    }
}

void vik_score_float16(const uint16_t *halves, size_t rows, size_t dimensions, const float *query, float *scores) {
#ifdef VIK_X86
    if (vik_has_avx2()) {
        for (size_t row = 0; row < rows; row++) scores[row] = vik_dot_half_avx2(halves + row * dimensions, query, dimensions);
        return;
    }
#endif
    for (size_t row = 0; row < rows; row++) scores[row] = vik_dot_half_portable(halves + row * dimensions, query, dimensions);
}
