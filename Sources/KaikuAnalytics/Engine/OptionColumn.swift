/// The options ticked under one `multi` answer key: a bitset of rows per option value.
struct OptionColumn: Sendable {
    private var values: [String] = []
    private var rows: [Bitset] = []

    /// Marks `value` ticked in `row`; rows come in ascending order as the index grows.
    mutating func insert(_ value: String, row: Int) {
        // A handful of options per question: comparing is cheaper than hashing.
        if let position = values.firstIndex(of: value) {
            rows[position].insertGrowing(row)
        } else {
            values.append(value)
            var bits = Bitset(capacity: 0)
            bits.insertGrowing(row)
            rows.append(bits)
        }
    }

    /// Appends the ticks of `other`, whose row 0 is row `offset` here.
    mutating func append(_ other: OptionColumn, offset: Int) {
        for (value, ticked) in zip(other.values, other.rows) {
            let position = values.firstIndex(of: value) ?? {
                values.append(value)
                rows.append(Bitset(capacity: 0))
                return values.count - 1
            }()
            ticked.forEachRow { rows[position].insertGrowing(offset + $0) }
        }
    }

    /// Each option's rows, ranging over `count` rows (rows after the last tick are not in it).
    func bitsets(count: Int) -> [(value: String, rows: Bitset)] {
        zip(values, rows).map { value, bits in
            var grown = bits
            grown.grow(to: count)
            return (value, grown)
        }
    }
}
