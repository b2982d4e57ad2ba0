/// What text from outside may hold before it is checked further or stored: no control
/// characters (PostgreSQL refuses NUL in text, and no person types the others), except tab and
/// line breaks in a long answer, and a length limit counted in characters and in Unicode scalars
/// (a base letter with thousands of combining marks is one character but many scalars).
public enum TextRules {
    /// Whether `text` holds a character that is never accepted: C0 and C1 control characters
    /// and DEL; tab, line feed and carriage return only when `allowingLineBreaks`.
    public static func hasControlCharacters(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: !allowingLineBreaks
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }

    /// Whether `text` is longer than `maximum` characters, or than twice as many scalars
    /// (room for decomposed letters such as a + U+0308).
    public static func isTooLong(_ text: String, maximum: Int) -> Bool {
        text.unicodeScalars.count > maximum * 2 || text.count > maximum
    }
}
