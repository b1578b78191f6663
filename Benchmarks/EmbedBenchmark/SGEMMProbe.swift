#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// One single-precision matrix product `C = A B^T`, to measure the BLAS peak on the encoder's shapes.
enum SGEMMProbe {
    static func run(m: Int, n: Int, k: Int, _ a: [Float], _ b: [Float], _ c: inout [Float]) {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, .init(m), .init(n), .init(k), 1, a, .init(k), b, .init(k), 0, &c, .init(n))
    }
}
