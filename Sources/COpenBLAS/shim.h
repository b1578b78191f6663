// BLAS on Linux comes from the system OpenBLAS (Debian: libopenblas-dev).
// On Apple platforms VectorIndex uses Accelerate instead and does not import this module.
#pragma once
#include <cblas.h>
