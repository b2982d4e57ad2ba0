@testable import KaikuWeb
import Testing

@Suite("Charts: heat table")
struct HeatTableTests {
    @Test("a share picks its class by sixths, nothing is heat-0 and no figure heat-none",
          arguments: [
            (0.0, "heat-0"), (-0.1, "heat-0"), (0.01, "heat-1"), (1.0 / 6, "heat-1"), (0.17, "heat-2"),
            (0.5, "heat-3"), (0.51, "heat-4"), (0.8, "heat-5"), (0.99, "heat-6"), (1.0, "heat-6"), (1.2, "heat-6"),
          ] as [(Double, String)])
    func classes(share: Double, expected: String) {
        #expect(HeatTable.heatClass(for: share) == expected)
    }

    @Test("missing and non-finite shares are heat-none")
    func missing() {
        #expect(HeatTable.heatClass(for: nil) == "heat-none")
        #expect(HeatTable.heatClass(for: .nan) == "heat-none")
        #expect(HeatTable.heatClass(for: .infinity) == "heat-none")
    }

    @Test("rows of shares become cells with the formatted figure and its class")
    func rows() {
        let table = HeatTable(columns: ["1", "2", "3"], rows: [.init(label: "Ystävällisyys", shares: [0.1, nil, 0.9], format: ChartFixture.percent)])
        #expect(table.rows[0].cells.map(\.text) == ["10 %", "–", "90 %"])
        #expect(table.rows[0].cells.map(\.heatClass) == ["heat-1", "heat-none", "heat-6"])
    }
}
