// Kernels for TextEncoder's forward pass: the attention softmax, the feed-forward activations, and products with
// few rows (one query), where BLAS spends more time packing the weights than multiplying.
// Plain C with x86 AVX2/FMA and AVX-512 paths chosen at run time (a portable loop elsewhere), because Swift has no per-function
// target attributes and its baseline x86-64 build runs SIMD8 math on SSE2 without fused multiply-add.
#pragma once
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The feed-forward activations of a BERT layer.
typedef enum {
    /// x * Φ(x) with the error function ("gelu").
    TEK_ACTIVATION_GELU = 0,
    /// The tanh approximation of GELU ("gelu_new", "gelu_pytorch_tanh").
    TEK_ACTIVATION_GELU_TANH = 1,
    /// max(0, x).
    TEK_ACTIVATION_RELU = 2,
} tek_activation;

/// Replaces each of `rows` rows of `columns` floats by its softmax.
void tek_softmax_rows(float *scores, size_t rows, size_t columns);

/// Applies `activation` in place to `count` floats.
void tek_activate(float *values, size_t count, tek_activation activation);

/// Whether tek_linear_few_rows has a vector path on this machine (AVX-512); without one, BLAS is faster.
int tek_linear_few_rows_is_fast(void);

/// y[r * ldy + j] += dot(row r of x, row j of weight) for r < rows and j < outputs, x being rows x inputs and
/// weight outputs x inputs, both row-major: x W^T read straight from the weights, each weight read once.
void tek_linear_few_rows(const float *x, size_t rows, size_t inputs, const float *weight, size_t outputs, float *y,
                         size_t ldy);

#ifdef __cplusplus
}
#endif
