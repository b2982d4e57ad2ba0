import Foundation

/// One cell of an exported response, before it is written as text: numbers stay numbers so
/// a CSV writer can give them its decimal separator and a spreadsheet can hold them as numbers.
public enum ExportCell: Sendable, Hashable {
    /// Unanswered, hidden, redacted, or not known.
    case empty
    case integer(Int)
    case decimal(Double)
    case text(String)
    /// Written in UTC as `2026-03-02T10:17:40Z` (whole seconds).
    case date(Date)
    /// Written in lowercase hexadecimal with dashes.
    case uuid(UUID)

    /// The cell as text (nil when empty), numbers with `decimalSeparator`.
    public func text(decimalSeparator: Character = ".") -> String? {
        switch self {
        case .empty: return nil
        case .integer(let value): return String(value)
        case .decimal(let value): return Self.decimal(value, separator: decimalSeparator)
        case .text(let value): return value
        case .date(let date):
            var bytes: [UInt8] = []
            ExportFormatting.appendDate(date, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        case .uuid(let id):
            var bytes: [UInt8] = []
            ExportFormatting.appendUUID(id, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `2.5`, or `2,5` with a decimal comma; whole values without a fraction (`3`).
    static func decimal(_ value: Double, separator: Character) -> String {
        let text = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return separator == "." ? text : text.replacingOccurrences(of: ".", with: String(separator))
    }
}

/// Fast formatting of times, ids and whole numbers straight into bytes.
enum ExportFormatting {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // `Int.min` has no positive counterpart; its magnitude fits in UInt.
            appendUnsigned(value.magnitude, to: &bytes)
        } else {
            appendUnsigned(UInt(value), to: &bytes)
        }
    }

    private static func appendUnsigned(_ value: UInt, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) + 48)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: rest % 10) + 48
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    private static func appendTwoDigits(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: value / 10) + 48)
        bytes.append(UInt8(truncatingIfNeeded: value % 10) + 48)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, the fraction of a second dropped.
    static func appendDate(_ date: Date, to bytes: inout [UInt8]) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var second = seconds % 86_400
        if second < 0 { second += 86_400; days -= 1 }
        // Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        if (0...9999).contains(year) {
            appendTwoDigits(year / 100, to: &bytes)
            appendTwoDigits(year % 100, to: &bytes)
        } else {
            appendInteger(year, to: &bytes)
        }
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(month, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(day, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendTwoDigits(second / 3600, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(second / 60 % 60, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(second % 60, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// `0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11`.
    static func appendUUID(_ id: UUID, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: id.uuid) { raw in
            for (index, byte) in raw.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }
}
