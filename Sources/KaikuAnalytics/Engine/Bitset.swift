/// A set of row numbers as bits: the selection a filter makes. Intersections and counts run
/// 64 rows at a time, which is why a filter over a million responses costs microseconds.
public struct Bitset: Sendable, Hashable {
    /// How many rows the set ranges over (not how many are in it).
    public private(set) var capacity: Int
    private(set) var words: [UInt64]

    /// Every row of `capacity` in the set (`filled`), or none.
    public init(capacity: Int, filled: Bool = false) {
        self.capacity = capacity
        words = Array(repeating: filled ? ~0 : 0, count: (capacity + 63) / 64)
        if filled { clearTail() }
    }

    public func contains(_ row: Int) -> Bool {
        guard row >= 0, row < capacity else { return false }
        return words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    public mutating func insert(_ row: Int) {
        precondition(row >= 0 && row < capacity, "row \(row) outside 0..<\(capacity)")
        words[row >> 6] |= 1 << UInt64(row & 63)
    }

    /// Adds `row`, growing the range to take it in: how a column under construction sets its
    /// bits without allocating for every row.
    mutating func insertGrowing(_ row: Int) {
        precondition(row >= 0, "row \(row) is negative")
        if row >= capacity {
            capacity = row + 1
            while words.count <= row >> 6 { words.append(0) }
        }
        words[row >> 6] |= 1 << UInt64(row & 63)
    }

    /// Grows the range to `capacity` rows; the new rows are not in the set.
    public mutating func grow(to capacity: Int) {
        guard capacity > self.capacity else { return }
        self.capacity = capacity
        words += Array(repeating: 0, count: (capacity + 63) / 64 - words.count)
    }

    /// How many rows are in the set.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    public mutating func formIntersection(_ other: Bitset) {
        precondition(capacity == other.capacity, "bitsets of different ranges")
        for index in words.indices { words[index] &= other.words[index] }
    }

    public mutating func formUnion(_ other: Bitset) {
        precondition(capacity == other.capacity, "bitsets of different ranges")
        for index in words.indices { words[index] |= other.words[index] }
    }

    public static func & (lhs: Bitset, rhs: Bitset) -> Bitset {
        var result = lhs
        result.formIntersection(rhs)
        return result
    }

    public static func | (lhs: Bitset, rhs: Bitset) -> Bitset {
        var result = lhs
        result.formUnion(rhs)
        return result
    }

    /// Calls `body` with each row in the set, in order, without building a list.
    @inline(__always)
    public func forEachRow(_ body: (Int) -> Void) {
        for index in words.indices {
            var remaining = words[index]
            while remaining != 0 {
                body(index << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
    }

    /// Whether every row of the range is in the set.
    public var isFull: Bool { count == capacity }

    /// The rows in the set, in order.
    public var rows: [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(count)
        for (index, word) in words.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                rows.append(index << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
        return rows
    }

    /// Keeps bits past `capacity` zero, so that counts and equality stay right.
    private mutating func clearTail() {
        let used = capacity & 63
        if used != 0, !words.isEmpty { words[words.count - 1] &= (1 << UInt64(used)) - 1 }
    }
}
