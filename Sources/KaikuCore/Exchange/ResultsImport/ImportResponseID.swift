import Foundation

/// The id of an imported response, the same every time the same row of the same source is
/// imported, so that importing a file twice stores nothing twice (the store answers "already
/// stored" for the same id with the same content).
///
/// The id is a UUID of version 8 (RFC 9562, "custom") whose other 122 bits are those of the
/// 128-bit FNV-1a hash of: the tag `kaiku-import-1`, the source's name, the survey, and either
/// the source's respondent id or the row's cells (without trailing empty ones) and how many
/// identical rows came before it in the file, so that two respondents who answered alike stay
/// two. Each part is hashed as its UTF-8 byte count (8 bytes, little-endian) and its bytes, so
/// no two different lists of parts hash the same bytes. FNV-1a is not a cryptographic hash;
/// nothing here needs one, and it is easy to compute again anywhere.
public enum ImportResponseID {
    /// The id of a row with the source's own respondent id.
    public static func make(source: String, survey: String, respondentID: String) -> UUID {
        uuid(of: ["kaiku-import-1", source, survey, "respondent", respondentID])
    }

    /// The id of a row known by its cells; `occurrence` counts identical rows before it.
    public static func make(source: String, survey: String, cells: [String], occurrence: Int) -> UUID {
        var cells = cells
        while cells.last?.isEmpty == true { cells.removeLast() }
        return uuid(of: ["kaiku-import-1", source, survey, "row", String(occurrence), String(cells.count)] + cells)
    }

    /// The FNV-1a 128-bit hash of `parts`, length-prefixed.
    static func fnv1a128(_ parts: [String]) -> UInt128 {
        let prime: UInt128 = 0x0000000001000000000000000000013B
        var hash: UInt128 = 0x6c62272e07bb014262b821756295c58d
        func add(_ byte: UInt8) {
            hash ^= UInt128(byte)
            hash = hash &* prime
        }
        for part in parts {
            let bytes = Array(part.utf8)
            var count = UInt64(bytes.count)
            for _ in 0..<8 {
                add(UInt8(truncatingIfNeeded: count))
                count >>= 8
            }
            bytes.forEach(add)
        }
        return hash
    }

    private static func uuid(of parts: [String]) -> UUID {
        let hash = fnv1a128(parts)
        var bytes = (0..<16).map { UInt8(truncatingIfNeeded: hash >> (8 * (15 - $0))) }
        bytes[6] = bytes[6] & 0x0F | 0x80 // version 8
        bytes[8] = bytes[8] & 0x3F | 0x80 // variant 10
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
