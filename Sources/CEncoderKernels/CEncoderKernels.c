#include "CEncoderKernels.h"

#include <math.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define TEK_X86 1
#endif

static const float tek_sqrt_half = 0.70710678118654752f;
static const float tek_sqrt_two_over_pi = 0.79788456080286536f;

// MARK: Portable

static void tek_softmax_rows_scalar(float *scores, size_t rows, size_t columns) {
    for (size_t row = 0; row < rows; row++) {
        float *values = scores + row * columns;
        float largest = -INFINITY;
        for (size_t i = 0; i < columns; i++) largest = values[i] > largest ? values[i] : largest;
        float sum = 0;
        for (size_t i = 0; i < columns; i++) {
            values[i] = expf(values[i] - largest);
            sum += values[i];
        }
        float inverse = 1 / sum;
        for (size_t i = 0; i < columns; i++) values[i] *= inverse;
    }
}

static void tek_activate_scalar(float *values, size_t count, tek_activation activation) {
    switch (activation) {
    case TEK_ACTIVATION_GELU:
        for (size_t i = 0; i < count; i++) values[i] = 0.5f * values[i] * (1 + erff(values[i] * tek_sqrt_half));
        break;
    case TEK_ACTIVATION_GELU_TANH:
        for (size_t i = 0; i < count; i++) {
            float x = values[i];
            values[i] = 0.5f * x * (1 + tanhf(tek_sqrt_two_over_pi * (x + 0.044715f * x * x * x)));
        }
        break;
    case TEK_ACTIVATION_RELU:
        for (size_t i = 0; i < count; i++) values[i] = values[i] > 0 ? values[i] : 0;
        break;
    }
}

static void tek_linear_few_rows_scalar(const float *x, size_t rows, size_t inputs, const float *weight, size_t outputs,
                                       float *y, size_t ldy) {
    for (size_t j = 0; j < outputs; j++) {
        const float *w = weight + j * inputs;
        for (size_t r = 0; r < rows; r++) {
            const float *a = x + r * inputs;
            float sum = 0;
            for (size_t k = 0; k < inputs; k++) sum += a[k] * w[k];
            y[r * ldy + j] += sum;
        }
    }
}

// MARK: AVX2

#ifdef TEK_X86
enum { TEK_AVX2 = 1, TEK_AVX512 = 2 };

// The vector extensions the kernels use, looked up once.
static int tek_features(void) {
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        int avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
        int avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
        cached = (avx2 ? TEK_AVX2 : 0) | (avx512 ? TEK_AVX512 : 0);
    }
    return cached;
}

static int tek_has_avx2(void) { return (tek_features() & TEK_AVX2) != 0; }

static int tek_has_avx512(void) { return (tek_features() & TEK_AVX512) != 0; }

// e^x within about 2 ulps for x in [-87, 88] (Cephes' expf polynomial); below -87 gives about 1e-38, not 0.
__attribute__((target("avx2,fma"))) static inline __m256 tek_exp8(__m256 x) {
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-87.0f)), _mm256_set1_ps(88.0f));
    __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504f)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fmadd_ps(n, _mm256_set1_ps(2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    __m256 y = _mm256_add_ps(_mm256_fmadd_ps(_mm256_mul_ps(p, r), r, r), _mm256_set1_ps(1.0f));
    __m256i exponent = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(y, _mm256_castsi256_ps(exponent));
}

__attribute__((target("avx2,fma"))) static inline float tek_sum8(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

__attribute__((target("avx2,fma"))) static inline float tek_max8(__m256 v) {
    __m128 s = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_max_ps(s, _mm_movehl_ps(s, s));
    s = _mm_max_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

__attribute__((target("avx2,fma"))) static void tek_softmax_rows_avx2(float *scores, size_t rows, size_t columns) {
    size_t lanes = columns / 8 * 8;
    for (size_t row = 0; row < rows; row++) {
        float *values = scores + row * columns;
        __m256 largest8 = _mm256_set1_ps(-INFINITY);
        for (size_t i = 0; i < lanes; i += 8) largest8 = _mm256_max_ps(largest8, _mm256_loadu_ps(values + i));
        float largest = tek_max8(largest8);
        for (size_t i = lanes; i < columns; i++) largest = values[i] > largest ? values[i] : largest;
        __m256 shift = _mm256_set1_ps(largest);
        __m256 sums = _mm256_setzero_ps();
        for (size_t i = 0; i < lanes; i += 8) {
            __m256 e = tek_exp8(_mm256_sub_ps(_mm256_loadu_ps(values + i), shift));
            _mm256_storeu_ps(values + i, e);
            sums = _mm256_add_ps(sums, e);
        }
        float sum = tek_sum8(sums);
        for (size_t i = lanes; i < columns; i++) {
            values[i] = expf(values[i] - largest);
            sum += values[i];
        }
        __m256 inverse = _mm256_set1_ps(1 / sum);
        for (size_t i = 0; i < lanes; i += 8) _mm256_storeu_ps(values + i, _mm256_mul_ps(_mm256_loadu_ps(values + i), inverse));
        for (size_t i = lanes; i < columns; i++) values[i] *= 1 / sum;
    }
}

// GELU's error function as a rational approximation on [-4, 4] (Eigen's float erf), within a few float ulps of erff.
static const float tek_erf_p[7] = {-2.72614225801306e-10f, 2.77068142495902e-08f, -2.10102402082508e-06f,
                                   -5.69250639462346e-05f, -7.34990630326855e-04f, -2.95459980854025e-03f,
                                   -1.60960333262415e-02f};
static const float tek_erf_q[5] = {-1.45660718464996e-05f, -2.13374055278905e-04f, -1.68282697438203e-03f,
                                   -7.37332916720468e-03f, -1.42647390514189e-02f};
__attribute__((target("avx2,fma"))) static inline __m256 tek_erf8(__m256 x) {
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-4.0f)), _mm256_set1_ps(4.0f));
    __m256 x2 = _mm256_mul_ps(x, x);
    __m256 p = _mm256_set1_ps(tek_erf_p[0]);
    for (int i = 1; i < 7; i++) p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(tek_erf_p[i]));
    __m256 q = _mm256_set1_ps(tek_erf_q[0]);
    for (int i = 1; i < 5; i++) q = _mm256_fmadd_ps(q, x2, _mm256_set1_ps(tek_erf_q[i]));
    return _mm256_div_ps(_mm256_mul_ps(p, x), q);
}

__attribute__((target("avx2,fma"))) static void tek_activate_avx2(float *values, size_t count, tek_activation activation) {
    size_t lanes = count / 8 * 8;
    __m256 half = _mm256_set1_ps(0.5f), one = _mm256_set1_ps(1.0f);
    switch (activation) {
    case TEK_ACTIVATION_GELU:
        for (size_t i = 0; i < lanes; i += 8) {
            __m256 x = _mm256_loadu_ps(values + i);
            __m256 erf = tek_erf8(_mm256_mul_ps(x, _mm256_set1_ps(tek_sqrt_half)));
            _mm256_storeu_ps(values + i, _mm256_mul_ps(_mm256_mul_ps(half, x), _mm256_add_ps(one, erf)));
        }
        break;
    case TEK_ACTIVATION_GELU_TANH:
        for (size_t i = 0; i < lanes; i += 8) {
            __m256 x = _mm256_loadu_ps(values + i);
            __m256 cube = _mm256_mul_ps(_mm256_mul_ps(x, x), x);
            __m256 u = _mm256_mul_ps(_mm256_set1_ps(tek_sqrt_two_over_pi), _mm256_fmadd_ps(_mm256_set1_ps(0.044715f), cube, x));
            // 0.5 (1 + tanh u) = 1 - 1 / (e^(2u) + 1)
            __m256 e = tek_exp8(_mm256_add_ps(u, u));
            __m256 gate = _mm256_sub_ps(one, _mm256_div_ps(one, _mm256_add_ps(e, one)));
            _mm256_storeu_ps(values + i, _mm256_mul_ps(x, gate));
        }
        break;
    case TEK_ACTIVATION_RELU:
        for (size_t i = 0; i < lanes; i += 8) _mm256_storeu_ps(values + i, _mm256_max_ps(_mm256_loadu_ps(values + i), _mm256_setzero_ps()));
        break;
    }
    tek_activate_scalar(values + lanes, count - lanes, activation);
}

// MARK: AVX-512

// Sums of four vectors, one lane each.
__attribute__((target("avx512f,avx512dq"))) static inline __m128 tek_sum4x16(__m512 a, __m512 b, __m512 c, __m512 d) {
    __m256 a8 = _mm256_add_ps(_mm512_castps512_ps256(a), _mm512_extractf32x8_ps(a, 1));
    __m256 b8 = _mm256_add_ps(_mm512_castps512_ps256(b), _mm512_extractf32x8_ps(b, 1));
    __m256 c8 = _mm256_add_ps(_mm512_castps512_ps256(c), _mm512_extractf32x8_ps(c, 1));
    __m256 d8 = _mm256_add_ps(_mm512_castps512_ps256(d), _mm512_extractf32x8_ps(d, 1));
    __m256 pairs = _mm256_hadd_ps(_mm256_hadd_ps(a8, b8), _mm256_hadd_ps(c8, d8));
    return _mm_add_ps(_mm256_castps256_ps128(pairs), _mm256_extractf128_ps(pairs, 1));
}

// Blocks of 4 rows of x by 4 weight rows (16 accumulators of the 32 registers). A block past the last row or output
// repeats it and drops the result, so each weight row comes from memory once; while the first rows of a block are
// multiplied, the weights four blocks ahead are prefetched into L2 (into L1 they stall on its few outstanding misses).
__attribute__((target("avx512f,avx512dq"))) static void tek_linear_few_rows_avx512(const float *x, size_t rows,
                                                                                 size_t inputs, const float *weight,
                                                                                 size_t outputs, float *y,
                                                                                 size_t ldy) {
    enum { block = 4, distance = 4 };
    size_t lanes = inputs / 16 * 16;
    for (size_t j = 0; j < outputs; j += block) {
        const float *w[block];
        for (size_t c = 0; c < block; c++) w[c] = weight + (j + c < outputs ? j + c : outputs - 1) * inputs;
        const char *ahead = (const char *)(w[0] + distance * block * inputs);
        for (size_t r = 0; r < rows; r += block) {
            const float *a[block];
            for (size_t i = 0; i < block; i++) a[i] = x + (r + i < rows ? r + i : rows - 1) * inputs;
            int prefetches = r == 0 && j + (distance + 1) * block <= outputs;
            __m512 acc[block][block];
            for (size_t i = 0; i < block; i++)
                for (size_t c = 0; c < block; c++) acc[i][c] = _mm512_setzero_ps();
            for (size_t k = 0; k < lanes; k += 16) {
                if (prefetches) {
                    // block rows of 16 floats a step: four cache lines.
                    for (size_t line = 0; line < 4; line++) _mm_prefetch(ahead + 16 * k + 64 * line, _MM_HINT_T1);
                }
                __m512 wk[block];
                for (size_t c = 0; c < block; c++) wk[c] = _mm512_loadu_ps(w[c] + k);
                for (size_t i = 0; i < block; i++) {
                    __m512 ak = _mm512_loadu_ps(a[i] + k);
                    for (size_t c = 0; c < block; c++) acc[i][c] = _mm512_fmadd_ps(ak, wk[c], acc[i][c]);
                }
            }
            for (size_t i = 0; i < block && r + i < rows; i++) {
                float sums[block];
                _mm_storeu_ps(sums, tek_sum4x16(acc[i][0], acc[i][1], acc[i][2], acc[i][3]));
                for (size_t c = 0; c < block && j + c < outputs; c++) {
                    for (size_t k = lanes; k < inputs; k++) sums[c] += a[i][k] * w[c][k];
                    y[(r + i) * ldy + j + c] += sums[c];
                }
            }
        }
    }
}
#endif

// MARK: Entry points

// Calls `fast` where the CPU has what `has` checks for, `portable` elsewhere.
#ifdef TEK_X86
#define TEK_DISPATCH(has, fast, portable, ...) \
    do {                                      \
        if (has()) fast(__VA_ARGS__);         \
        else portable(__VA_ARGS__);           \
    } while (0)
#else
#define TEK_DISPATCH(has, fast, portable, ...) portable(__VA_ARGS__)
#endif

void tek_softmax_rows(float *scores, size_t rows, size_t columns) {
    TEK_DISPATCH(tek_has_avx2, tek_softmax_rows_avx2, tek_softmax_rows_scalar, scores, rows, columns);
}

void tek_activate(float *values, size_t count, tek_activation activation) {
    TEK_DISPATCH(tek_has_avx2, tek_activate_avx2, tek_activate_scalar, values, count, activation);
}

int tek_linear_few_rows_is_fast(void) {
#ifdef TEK_X86
    return tek_has_avx512();
#else
    return 0;
#endif
}

void tek_linear_few_rows(const float *x, size_t rows, size_t inputs, const float *weight, size_t outputs, float *y,
                         size_t ldy) {
    if (rows == 0 || outputs == 0) return;
    TEK_DISPATCH(tek_has_avx512, tek_linear_few_rows_avx512, tek_linear_few_rows_scalar, x, rows, inputs, weight,
                 outputs, y, ldy);
}
