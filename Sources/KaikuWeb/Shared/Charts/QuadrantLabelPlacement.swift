/// Places the numbers of a quadrant chart's points: each number goes to the first spot around
/// its point that covers no point, no quadrant name and no number already placed, so that
/// crowded points stay readable. Always the same spots in the same order, so the output is
/// deterministic.
enum QuadrantLabelPlacement {
    struct Box: Sendable, Equatable {
        let left, top, right, bottom: Double

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }
    }

    /// The centres of the numbers, one for each point.
    static func place(numbers: [String], at points: [(x: Double, y: Double)], bounds: Box, avoiding obstacles: [Box]) -> [(x: Double, y: Double)] {
        let dots = points.map { Box(left: $0.x - 4, top: $0.y - 4, right: $0.x + 4, bottom: $0.y + 4) } + obstacles
        var placed: [Box] = []
        var centres: [(x: Double, y: Double)] = []
        for (index, number) in numbers.enumerated() {
            let half = TextFit.width(of: number, fontSize: ChartLayout.valueSize) / 2 + 1
            let point = points[index]
            let boxes = candidates(half: half).map { offset in
                Box(left: point.x + offset.x - half, top: point.y + offset.y - 6,
                    right: point.x + offset.x + half, bottom: point.y + offset.y + 6)
            }
            let inside = boxes.filter {
                $0.left >= bounds.left && $0.right <= bounds.right && $0.top >= bounds.top && $0.bottom <= bounds.bottom
            }
            let free = inside.first { box in
                !placed.contains { $0.overlaps(box) } && !dots.contains { $0.overlaps(box) }
            }
            let chosen = free ?? inside.first ?? boxes[0]
            placed.append(chosen)
            centres.append(((chosen.left + chosen.right) / 2, (chosen.top + chosen.bottom) / 2))
        }
        return centres
    }

    /// Offsets from the point to the number's centre: beside, above, below, the diagonals, then
    /// the same ring twice as far out.
    private static func candidates(half: Double) -> [(x: Double, y: Double)] {
        let side = half + 5
        let ring: [(x: Double, y: Double)] = [
            (side, 0), (-side, 0), (0, -11), (0, 11), (side, -9), (-side, -9), (side, 9), (-side, 9),
        ]
        return ring + ring.map { ($0.x * 2, $0.y * 2) }
    }
}
