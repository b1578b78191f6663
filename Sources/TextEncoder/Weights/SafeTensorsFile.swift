import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A safetensors file, memory-mapped read-only and validated when opened.
///
/// Opening checks the 8-byte header length against the file size, parses the JSON header, and checks every
/// tensor's data type, shape and byte range, so a truncated or lying file is a ``TextEncoderError`` rather than
/// a crash. Float32 tensors are read in place from the mapping; other float types are converted on request.
///
/// ```swift
/// let file = try SafeTensorsFile(contentsOf: folder.appendingPathComponent("model.safetensors"))
/// print(file.tensors.keys.sorted())
/// ```
public final class SafeTensorsFile: @unchecked Sendable {
    // The mapping is read-only and never changes after init, so sharing it between threads is safe.

    /// The largest JSON header accepted (100 MB, as the safetensors format itself limits).
    public static let maximumHeaderLength = 100_000_000

    /// The file.
    public let url: URL
    /// The file's size in bytes.
    public let fileSize: Int
    /// Every tensor in the header, by name.
    public let tensors: [String: TensorInfo]
    /// The header's `__metadata__` strings.
    public let metadata: [String: String]
    private let base: UnsafeRawPointer?

    /// Maps and validates a safetensors file.
    ///
    /// - Parameter url: The file.
    /// - Throws: ``TextEncoderError`` with kind `.missingFile`, `.io` or `.invalidWeights`.
    public init(contentsOf url: URL) throws(TextEncoderError) {
        self.url = url
        let path = url.path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let kind: TextEncoderError.Kind = errno == ENOENT ? .missingFile : .io
            throw TextEncoderError(kind, "cannot open the weights file (errno \(errno))", path: path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw TextEncoderError(.io, "cannot stat the weights file (errno \(errno))", path: path)
        }
        let size = Int(status.st_size)
        fileSize = size
        guard size >= 8 else {
            throw TextEncoderError(.invalidWeights, "the file is \(size) bytes, shorter than its 8-byte header length", path: path)
        }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw TextEncoderError(.io, "cannot map the weights file (errno \(errno))", path: path)
        }
        let base = UnsafeRawPointer(mapping)
        do {
            (tensors, metadata) = try Self.parseHeader(base, size: size, path: path)
        } catch {
            munmap(mapping, size)
            throw error
        }
        self.base = base
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), fileSize) }
    }

    /// The raw bytes of a tensor, valid while this file is alive; empty when `tensor` does not lie inside the
    /// file (a ``TensorInfo`` made by hand).
    public func bytes(of tensor: TensorInfo) -> UnsafeRawBufferPointer {
        guard tensor.fileOffset >= 0, tensor.byteCount >= 0, tensor.byteCount <= fileSize - tensor.fileOffset else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: base.map { $0 + tensor.fileOffset }, count: tensor.byteCount)
    }

    /// Every byte of the file, valid while this file is alive.
    var contents: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: fileSize)
    }

    private static func parseHeader(
        _ base: UnsafeRawPointer, size: Int, path: String
    ) throws(TextEncoderError) -> ([String: TensorInfo], [String: String]) {
        var length: UInt64 = 0
        for index in 0..<8 { length |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * UInt64(index)) }
        guard length <= UInt64(maximumHeaderLength), Int(length) <= size - 8 else {
            throw TextEncoderError(
                .invalidWeights, "the header length \(length) runs past the end of the \(size)-byte file", path: path)
        }
        let headerEnd = 8 + Int(length)
        let json = Data(bytes: base + 8, count: Int(length))
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
                throw TextEncoderError(.invalidWeights, "the header is not a JSON object", path: path)
            }
            object = parsed
        } catch let error as TextEncoderError {
            throw error
        } catch {
            throw TextEncoderError(.invalidWeights, "the header is not valid JSON", path: path)
        }
        var tensors: [String: TensorInfo] = [:]
        var metadata: [String: String] = [:]
        for (name, value) in object {
            if name == "__metadata__" {
                for (key, text) in value as? [String: Any] ?? [:] { metadata[key] = text as? String }
                continue
            }
            guard let entry = value as? [String: Any], let typeName = entry["dtype"] as? String,
                let shapeValues = entry["shape"] as? [NSNumber], let offsets = entry["data_offsets"] as? [NSNumber],
                offsets.count == 2
            else {
                throw TextEncoderError(.invalidWeights, "tensor \"\(name)\" has a malformed header entry", path: path)
            }
            let dataType = TensorDataType(rawValue: typeName)
            guard let elementSize = dataType.byteSize else {
                throw TextEncoderError(.invalidWeights, "tensor \"\(name)\" has unknown dtype \"\(typeName)\"", path: path)
            }
            let shape = shapeValues.map { Int(truncating: $0) }
            guard shape.allSatisfy({ $0 >= 0 && $0 < 1 << 32 }),
                let begin = Int(exactly: offsets[0].doubleValue), let end = Int(exactly: offsets[1].doubleValue),
                begin >= 0, begin <= end, end <= size - headerEnd
            else {
                throw TextEncoderError(
                    .invalidWeights, "tensor \"\(name)\" lies outside the \(size)-byte file (truncated?)", path: path)
            }
            var elements = 1
            for dimension in shape {
                let (product, overflow) = elements.multipliedReportingOverflow(by: dimension)
                guard !overflow else {
                    throw TextEncoderError(.invalidWeights, "tensor \"\(name)\" has an impossible shape", path: path)
                }
                elements = product
            }
            guard elements.multipliedReportingOverflow(by: elementSize) == (end - begin, false) else {
                throw TextEncoderError(
                    .invalidWeights,
                    "tensor \"\(name)\" holds \(end - begin) bytes but shape \(shape) of \(typeName) needs \(elements * elementSize)",
                    path: path)
            }
            tensors[name] = TensorInfo(
                name: name, dataType: dataType, shape: shape, fileOffset: headerEnd + begin, byteCount: end - begin)
        }
        return (tensors, metadata)
    }
}
