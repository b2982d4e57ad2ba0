/// A column of short texts stored as small integer codes (dictionary coding): a wave, an
/// outlet, an option's value. Code 0 means "no value".
struct CodedColumn: Sendable {
    private(set) var codes: [UInt32] = []
    /// The value of each code; index 0 is the missing value.
    private(set) var values: [String] = [""]
    private var lookup: [String: UInt32] = [:]
    /// Small whole numbers (grades, NPS, scale points) are most answers: coded without a string.
    private var integerCodes: [UInt32] = []

    mutating func append(_ value: String?) {
        guard let value else { return codes.append(0) }
        codes.append(code(for: value))
    }

    /// Appends a whole-number answer; the same code as its text form would get.
    mutating func append(integer value: Int) {
        guard value >= 0, value < 1024 else { return append(String(value)) }
        if value < integerCodes.count, integerCodes[value] != 0 { return codes.append(integerCodes[value]) }
        let code = code(for: String(value))
        if value >= integerCodes.count { integerCodes += Array(repeating: 0, count: value + 1 - integerCodes.count) }
        integerCodes[value] = code
        codes.append(code)
    }

    /// Appends the rows of `other`, recoded into this column's codes.
    mutating func append(_ other: CodedColumn) {
        var recode: [UInt32] = [0]
        for value in other.values.dropFirst() { recode.append(code(for: value)) }
        codes.append(contentsOf: other.codes.lazy.map { recode[Int($0)] })
    }

    /// Pads with "no value" up to `count` rows (a key first seen in a later response).
    mutating func pad(to count: Int) {
        // `repeatElement` rather than a new array: padding happens for most skipped answers.
        if codes.count < count { codes.append(contentsOf: repeatElement(0, count: count - codes.count)) }
    }

    private mutating func code(for value: String) -> UInt32 {
        // Most columns hold a handful of values (options, waves, channels): comparing them is
        // cheaper than hashing the text.
        if values.count <= 16 {
            for code in 1..<values.count where values[code] == value { return UInt32(code) }
        } else if let code = lookup[value] {
            return code
        }
        let code = UInt32(values.count)
        values.append(value)
        lookup[value] = code
        return code
    }

    /// The rows whose value is one of `accepted`.
    func rows(matching accepted: Set<String>, capacity: Int) -> Bitset {
        var wanted = Array(repeating: false, count: values.count)
        for value in accepted { if let code = lookup[value] { wanted[Int(code)] = true } }
        var result = Bitset(capacity: capacity)
        codes.withUnsafeBufferPointer { codes in
            for row in codes.indices where wanted[Int(codes[row])] { result.insert(row) }
        }
        return result
    }

    /// How many rows of `selection` have each value (rows without a value left out).
    func counts(in selection: Bitset) -> [String: Int] {
        var byCode = Array(repeating: 0, count: values.count)
        codes.withUnsafeBufferPointer { codes in
            byCode.withUnsafeMutableBufferPointer { byCode in
                // A full selection (the whole survey) needs no look at the bits.
                if selection.isFull {
                    for code in codes { byCode[Int(code)] += 1 }
                } else {
                    selection.forEachRow { byCode[Int(codes[$0])] += 1 }
                }
            }
        }
        var counts: [String: Int] = [:]
        for (code, count) in byCode.enumerated() where code != 0 && count > 0 { counts[values[code]] = count }
        return counts
    }

    func value(at row: Int) -> String? {
        let code = codes[row]
        return code == 0 ? nil : values[Int(code)]
    }
}
