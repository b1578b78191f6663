import Foundation

/// A model in a ``ModelStore``.
public struct InstalledModel: Sendable, Hashable {
    /// The model's name in the store (its folder's name).
    public var name: String
    /// The model folder.
    public var folder: URL
    /// The bytes its files take.
    public var sizeOnDisk: Int64
    /// The length of its vectors (`hidden_size`).
    public var dimensions: Int

    /// Creates a description of an installed model.
    ///
    /// - Parameters:
    ///   - name: The name.
    ///   - folder: The folder.
    ///   - sizeOnDisk: The bytes its files take.
    ///   - dimensions: The vector length.
    public init(name: String, folder: URL, sizeOnDisk: Int64, dimensions: Int) {
        self.name = name
        self.folder = folder
        self.sizeOnDisk = sizeOnDisk
        self.dimensions = dimensions
    }
}
