/// A column of short texts stored as small integer codes (dictionary coding): a wave, an
/// outlet, an option's value. Code 0 means "no value".
struct CodedColumn: Sendable {
    private(set) var codes: [UInt32] = []
    /// The value of each code; index 0 is the missing value.
    private(set) var values: [String] = [""]
    private var lookup: [String: UInt32] = [:]

    mutating func append(_ value: String?) {
        guard let value else { return codes.append(0) }
        codes.append(code(for: value))
    }

    /// Pads with "no value" up to `count` rows (a key first seen in a later response).
    mutating func pad(to count: Int) {
        if codes.count < count { codes += Array(repeating: 0, count: count - codes.count) }
    }

    private mutating func code(for value: String) -> UInt32 {
        if let code = lookup[value] { return code }
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
        for (row, code) in codes.enumerated() where wanted[Int(code)] { result.insert(row) }
        return result
    }

    /// How many rows of `selection` have each value (rows without a value left out).
    func counts(in selection: Bitset) -> [String: Int] {
        var byCode = Array(repeating: 0, count: values.count)
        for row in selection.rows { byCode[Int(codes[row])] += 1 }
        var counts: [String: Int] = [:]
        for (code, count) in byCode.enumerated() where code != 0 && count > 0 { counts[values[code]] = count }
        return counts
    }

    func value(at row: Int) -> String? {
        let code = codes[row]
        return code == 0 ? nil : values[Int(code)]
    }
}
