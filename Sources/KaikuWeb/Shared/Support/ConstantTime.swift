/// Comparing secrets (the CSRF token) in time that does not depend on where they differ, so
/// that timing the answers does not reveal a secret character by character.
enum ConstantTime {
    /// Whether the UTF-8 bytes of `given` and `expected` are equal. Every byte of `expected` is
    /// looked at whatever `given` is; only the length of `expected` (public) shows in the time.
    static func equals(_ given: String, _ expected: String) -> Bool {
        let given = Array(given.utf8), expected = Array(expected.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : ~expected[index])
        }
        return difference == 0
    }
}
