/// Answer key → position, found by FNV-1a over the key's bytes in an open-addressed table:
/// cheaper than `Dictionary`'s seeded SipHash for the forty-odd keys of every exported row.
struct AnswerKeyTable: Sendable {
    private let hashes: [UInt64]
    private let keys: [String]
    /// -1 marks an empty slot.
    private let positions: [Int]
    private let mask: Int

    init(_ positions: [String: Int]) {
        var size = 16
        while size < positions.count * 4 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size), keys = [String](repeating: "", count: size)
        var slots = [Int](repeating: -1, count: size)
        for (key, position) in positions {
            let hash = Self.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            (hashes[slot], keys[slot], slots[slot]) = (hash, key, position)
        }
        self.hashes = hashes
        self.keys = keys
        self.positions = slots
        mask = size - 1
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

    static func hash(_ key: String) -> UInt64 {
        // Over contiguous bytes: walking `utf8` one byte at a time is several times slower.
        var key = key
        return key.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }
}
