/// Small-group suppression: results for fewer respondents than `minimum` are not shown, so that
/// no one's answers can be singled out from a filtered view.
public struct Suppression: Sendable, Equatable {
    public let minimum: Int

    public init(minimum: Int = 5) {
        self.minimum = minimum
    }

    /// Whether a result based on `n` respondents may be shown.
    public func allows(n: Int) -> Bool {
        n >= minimum
    }
}
