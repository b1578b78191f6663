#if canImport(Accelerate)
import Accelerate
#else
internal import COpenBLAS
#endif

/// The BLAS routines the encoder uses, over OpenBLAS on Linux and Accelerate on Apple platforms.
enum BLAS {
    /// Makes OpenBLAS single-threaded, once per process: the encoder spreads a batch over threads itself, and
    /// a threaded BLAS call inside each worker would oversubscribe the cores.
    static let configureThreading: Void = {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
    }()

    /// `C = alpha * A * op(B) + beta * C` on row-major matrices with explicit leading dimensions.
    ///
    /// `A` is `m` x `k`; `B` is `k` x `n`, or `n` x `k` when `transposeB`; `C` is `m` x `n`.
    static func gemm(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        _ a: UnsafePointer<Float>, lda: Int,
        _ b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        beta: Float, _ c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, blasInt(m), blasInt(n), blasInt(k),
            alpha, a, blasInt(lda), b, blasInt(ldb), beta, c, blasInt(ldc))
    }

    #if canImport(Accelerate)
    private static func blasInt(_ value: Int) -> Int32 { Int32(value) }
    #else
    private static func blasInt(_ value: Int) -> blasint { blasint(value) }
    #endif
}
