/// A1-style cell references: column letters (A…Z, AA…, up to XFD) and a 1-based row number.
enum CellReference {
    /// Excel's limits.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    /// `A` for 0, `Z` for 25, `AA` for 26.
    static func columnName(_ index: Int) -> String {
        var name = "", rest = index + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// `C5` → row 4, column 2 (both 0-based); nil for anything else or beyond Excel's limits.
    static func parse(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where digits == 0, 97...122 where digits == 0:
                column = column * 26 + Int((scalar.value & ~0x20) - 64)
                letters += 1
            case 48...57 where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            case 36 where digits == 0: continue // `$A$1`
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, (1...maximumRows).contains(row), (1...maximumColumns).contains(column) else { return nil }
        return (row - 1, column - 1)
    }
}
