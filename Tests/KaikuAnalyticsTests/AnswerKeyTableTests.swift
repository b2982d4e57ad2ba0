@testable import KaikuAnalytics
import Testing

@Suite("Answer key table")
struct AnswerKeyTableTests {
    @Test("keys inserted one by one are found after the table has grown many times; others are not")
    func growsAndFinds() {
        var table = AnswerKeyTable()
        let keys = (0..<1_000).map { "services.item\($0).importance" } + ["grade", "nps", "", "å.ä.ö"]
        for (position, key) in keys.enumerated() { table.insert(key, at: position) }
        #expect(table.count == keys.count)
        for (position, key) in keys.enumerated() { #expect(table.position(of: key) == position, "\(key)") }
        #expect(table.position(of: "services.item1000.importance") == nil)
        #expect(table.position(of: "Grade") == nil)
    }

    @Test("a table made from a dictionary finds what the dictionary maps")
    func fromDictionary() {
        let positions = ["grade": 0, "nps": 1, "staff.friendly": 2]
        let table = AnswerKeyTable(positions)
        for (key, position) in positions { #expect(table.position(of: key) == position) }
        #expect(table.position(of: "staff") == nil)
    }
}
