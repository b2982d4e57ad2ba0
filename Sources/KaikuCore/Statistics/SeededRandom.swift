/// A small seeded generator (SplitMix64): the same seed gives the same numbers on every run and
/// every machine, so demo data is reproducible and a fuzz failure is found again by rerunning.
/// Not for anything secret.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in 0..<1.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// A number in `0..<count`; 0 when `count` is not positive.
    public mutating func index(_ count: Int) -> Int {
        count > 0 ? Int(next() % UInt64(count)) : 0
    }
}
