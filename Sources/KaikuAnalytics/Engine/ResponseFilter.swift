import Foundation

/// Which responses a figure is about. Every part left nil (or empty) selects all.
public struct ResponseFilter: Sendable, Hashable {
    public var waves: Set<String>?
    public var libraries: Set<String>?
    public var outlets: Set<String>?
    public var channels: Set<String>?
    public var forms: Set<String>?
    public var languages: Set<String>?
    /// Submitted at or after.
    public var from: Date?
    /// Submitted before.
    public var to: Date?
    /// Answer key → the values accepted (for a `multi` key, any one of them).
    public var answers: [String: Set<String>]

    public init(
        waves: Set<String>? = nil, libraries: Set<String>? = nil, outlets: Set<String>? = nil,
        channels: Set<String>? = nil, forms: Set<String>? = nil, languages: Set<String>? = nil,
        from: Date? = nil, to: Date? = nil, answers: [String: Set<String>] = [:]
    ) {
        self.waves = waves
        self.libraries = libraries
        self.outlets = outlets
        self.channels = channels
        self.forms = forms
        self.languages = languages
        self.from = from
        self.to = to
        self.answers = answers
    }

    /// Every response.
    public static let all = ResponseFilter()
}

/// The fields every response carries besides its answers.
public enum ContextField: String, CaseIterable, Sendable {
    case wave, library, outlet, channel, form, language
}
