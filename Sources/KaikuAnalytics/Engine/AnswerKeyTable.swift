/// Answer key → position, found by FNV-1a over the key's bytes in an open-addressed table:
/// cheaper than `Dictionary`'s seeded SipHash for the fifty-odd answers of every response the
/// index takes in or an export writes.
struct AnswerKeyTable: Sendable {
    private var hashes: [UInt64]
    private var keys: [String]
    /// -1 marks an empty slot.
    private var positions: [Int]
    private var mask: Int
    private(set) var count = 0

    init(_ positions: [String: Int] = [:]) {
        let size = Self.size(for: positions.count)
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: "", count: size)
        self.positions = Array(repeating: -1, count: size)
        mask = size - 1
        for (key, position) in positions { insert(key, at: position) }
    }

    func position(of key: String) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while positions[slot] >= 0 {
            if hashes[slot] == hash, keys[slot] == key { return positions[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `key` (not yet in the table) at `position`; the table grows to stay at most a
    /// quarter full, so probes stay short.
    mutating func insert(_ key: String, at position: Int) {
        if (count + 1) * 4 > positions.count { rehash(to: Self.size(for: count + 1)) }
        place(Self.hash(key), key, position)
        count += 1
    }

    private mutating func place(_ hash: UInt64, _ key: String, _ position: Int) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while positions[slot] >= 0 { slot = (slot + 1) & mask }
        (hashes[slot], keys[slot], positions[slot]) = (hash, key, position)
    }

    private mutating func rehash(to size: Int) {
        let old = zip(hashes, zip(keys, positions)).filter { $0.1.1 >= 0 }
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: "", count: size)
        positions = Array(repeating: -1, count: size)
        mask = size - 1
        for (hash, (key, position)) in old { place(hash, key, position) }
    }

    private static func size(for count: Int) -> Int {
        var size = 16
        while size < count * 4 { size *= 2 }
        return size
    }

    static func hash(_ key: String) -> UInt64 {
        // Over contiguous bytes: walking `utf8` one byte at a time is several times slower.
        // Every native string has them; a bridged one is copied once.
        func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        if let hash = key.utf8.withContiguousStorageIfAvailable(fnv) { return hash }
        var copy = key
        return copy.withUTF8(fnv)
    }
}
