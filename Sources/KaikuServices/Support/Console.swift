import Foundation

/// Lines for the person at the terminal, written at once (not held in a buffer when the
/// output goes to a file), so a one-time password or a status is never lost in a log.
public enum Console {
    public static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
