#if canImport(Accelerate)
import Accelerate
#else
internal import COpenBLAS
#endif

/// The few BLAS routines the scans use, over OpenBLAS on Linux and Accelerate on Apple platforms.
enum BLAS {
    /// Makes the BLAS library single-threaded, once per process: VectorIndex splits scans over threads itself,
    /// and a threaded BLAS call inside each worker would oversubscribe the cores.
    static let configureThreading: Void = {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
    }()

    /// `y[i] = dot(A[i], x)` for the `rows` x `columns` row-major matrix `A` (leading dimension `columns`).
    static func matrixVector(
        _ matrix: UnsafePointer<Float>, rows: Int, columns: Int,
        _ vector: UnsafePointer<Float>, into result: UnsafeMutablePointer<Float>
    ) {
        cblas_sgemv(
            CblasRowMajor, CblasNoTrans, blasInt(rows), blasInt(columns), 1, matrix, blasInt(columns),
            vector, 1, 0, result, 1)
    }

    /// `C = Q * A^T`: `C` is `queries` x `rows` (row-major), `Q` is `queries` x `columns`, `A` is `rows` x `columns`.
    static func matrixMatrixTransposed(
        _ queries: UnsafePointer<Float>, queryCount: Int,
        _ matrix: UnsafePointer<Float>, rows: Int, columns: Int,
        into result: UnsafeMutablePointer<Float>
    ) {
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, blasInt(queryCount), blasInt(rows), blasInt(columns), 1,
            queries, blasInt(columns), matrix, blasInt(columns), 0, result, blasInt(rows))
    }

    /// The dot product of two vectors of `count` floats.
    static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, count: Int) -> Float {
        cblas_sdot(blasInt(count), x, 1, y, 1)
    }

    #if canImport(Accelerate)
    private static func blasInt(_ value: Int) -> Int32 { Int32(value) }
    #else
    private static func blasInt(_ value: Int) -> blasint { blasint(value) }
    #endif
}
