/// A condition on a record's metadata (or id) that restricts a search.
///
/// Filters are applied *before* the top-k selection, as a candidate mask: a filtered search returns `k` results
/// whenever at least `k` records match, unlike engines that filter the `k` nearest after the fact.
///
/// A comparison on a key the record does not have is false, so ``notEquals(_:_:)`` and ``notIn(_:_:)`` (which are
/// the negations of ``equals(_:_:)`` and ``in(_:_:)``) are true for it. Ordering comparisons hold between two numbers
/// or two strings, never between a number and a string or for booleans.
///
/// ```swift
/// let hits = try index.search(query, k: 5, filter: .and([.equals("lang", "en"), .greaterThan("year", 2020)]))
/// ```
public indirect enum VectorFilter: Sendable, Hashable {
    /// The value at the key equals the given value.
    case equals(String, MetadataValue)
    /// The key is missing or its value differs from the given value.
    case notEquals(String, MetadataValue)
    /// The value at the key is less than the given value.
    case lessThan(String, MetadataValue)
    /// The value at the key is less than or equal to the given value.
    case lessThanOrEqual(String, MetadataValue)
    /// The value at the key is greater than the given value.
    case greaterThan(String, MetadataValue)
    /// The value at the key is greater than or equal to the given value.
    case greaterThanOrEqual(String, MetadataValue)
    /// The value at the key equals one of the given values.
    case `in`(String, [MetadataValue])
    /// The key is missing or its value equals none of the given values.
    case notIn(String, [MetadataValue])
    /// Every filter holds (true for an empty list).
    case and([VectorFilter])
    /// At least one filter holds (false for an empty list).
    case or([VectorFilter])
    /// The filter does not hold.
    case not(VectorFilter)
    /// The record's id is one of the given ids.
    case ids(Set<String>)
}
