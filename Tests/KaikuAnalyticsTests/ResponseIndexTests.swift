import Foundation
import KaikuAnalytics
import KaikuCore
import Testing

@Suite("The columnar response index")
struct ResponseIndexTests {
    static let definition: SurveyDefinition = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-customer-survey.yaml")
        // A broken bundled survey fails every test here loudly.
        return try! SurveyDefinitionParser.parse(String(contentsOf: url, encoding: .utf8))
    }()

    static func row(
        _ sequence: Int64, wave: String = "2018", library: String = "lohja", outlet: String = "lohja-main",
        channel: Channel = .web, form: String = "full", language: String = "fi", day: Int = 1, answers: Answers
    ) -> IndexedResponse {
        let response = SurveyResponse(
            id: UUID(), survey: definition.id, version: 1, form: form, channel: channel, outlet: outlet, language: language,
            startedAt: nil, submittedAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(day) * 86_400), answers: answers
        )
        return IndexedResponse(sequence: sequence, response: response, wave: wave, library: library)
    }

    static var rows: [IndexedResponse] {
        [
            row(1, wave: "2017", answers: ["grade": .integer(9), "help_channels": .list([.text("desk"), .text("chat")]), "best_moment": .text("Hyvä palvelu")]),
            row(2, wave: "2017", library: "karkkila", outlet: "karkkila-main", channel: .interviewer, form: "doorstep", answers: ["grade": .integer(7)]),
            row(3, language: "sv", day: 5, answers: ["grade": .integer(9), "nps": .integer(10), "help_channels": .list([.text("desk")])]),
            row(4, library: "vihti", outlet: "vihti-main", channel: .kiosk, day: 9, answers: ["grade": .integer(10), "nps": .integer(3), "best_moment": .text("Lastenosasto")]),
        ]
    }

    @Test("filters select by wave, library, channel, form, language, date and answer")
    func filters() {
        var index = ResponseIndex(survey: Self.definition.id, definition: Self.definition)
        index.append(Self.rows)
        #expect(index.count == 4)
        #expect(index.rows(.all).rows == [0, 1, 2, 3])
        #expect(index.rows(ResponseFilter(waves: ["2017"])).rows == [0, 1])
        #expect(index.rows(ResponseFilter(libraries: ["lohja", "vihti"])).rows == [0, 2, 3])
        #expect(index.rows(ResponseFilter(channels: ["interviewer"], forms: ["doorstep"])).rows == [1])
        #expect(index.rows(ResponseFilter(languages: ["sv"])).rows == [2])
        let from = Date(timeIntervalSince1970: 1_800_000_000 + 5 * 86_400), to = Date(timeIntervalSince1970: 1_800_000_000 + 9 * 86_400)
        #expect(index.rows(ResponseFilter(from: from, to: to)).rows == [2], "from is inclusive, to exclusive")
        #expect(index.rows(ResponseFilter(answers: ["grade": ["9"]])).rows == [0, 2])
        #expect(index.rows(ResponseFilter(answers: ["help_channels": ["chat"]])).rows == [0])
        #expect(index.rows(ResponseFilter(waves: ["2018"], answers: ["grade": ["9", "10"]])).rows == [2, 3])
        #expect(index.rows(ResponseFilter(waves: ["1999"])).count == 0)
        #expect(index.rows(ResponseFilter(answers: ["no_such_key": ["1"]])).count == 0)
    }

    @Test("counts and answered per key, for single values, multi options and texts")
    func counts() {
        var index = ResponseIndex(survey: Self.definition.id, definition: Self.definition)
        index.append(Self.rows)
        let all = index.rows(.all)
        #expect(index.counts(of: "grade", in: all) == ["7": 1, "9": 2, "10": 1])
        #expect(index.counts(of: "nps", in: all) == ["10": 1, "3": 1])
        #expect(index.answered("nps", in: all) == 2, "a key first answered in a later row is padded before it")
        #expect(index.counts(of: "help_channels", in: all) == ["desk": 2, "chat": 1])
        #expect(index.answered("help_channels", in: all) == 2)
        #expect(index.texts(of: "best_moment", in: all) == ["Hyvä palvelu", "Lastenosasto"])
        #expect(index.answered("best_moment", in: all) == 2)
        let lohja = index.rows(ResponseFilter(libraries: ["lohja"]))
        #expect(index.counts(of: "grade", in: lohja) == ["9": 2])
        #expect(index.texts(of: "best_moment", in: lohja) == ["Hyvä palvelu"])
    }

    @Test("a number coded from an integer and from its text are the same value")
    func integerAndTextAgree() {
        var index = ResponseIndex(survey: Self.definition.id, definition: Self.definition)
        index.append([
            Self.row(1, answers: ["grade": .integer(8)]), Self.row(2, answers: ["grade": .decimal(8)]),
            Self.row(3, answers: ["grade": .text("8")]), Self.row(4, answers: ["grade": .integer(2000)]),
        ])
        #expect(index.counts(of: "grade", in: index.rows(.all)) == ["8": 3, "2000": 1])
        #expect(index.rows(ResponseFilter(answers: ["grade": ["8"]])).rows == [0, 1, 2])
        var some = Bitset(capacity: 4)
        some.insert(1)
        some.insert(3)
        #expect(index.counts(of: "grade", in: some) == ["8": 1, "2000": 1])
    }

    @Test("catching up by sequence: rows already taken in are skipped, new ones added")
    func catchUp() {
        var index = ResponseIndex(survey: Self.definition.id, definition: Self.definition)
        let rows = Self.rows
        index.append(Array(rows.prefix(2)))
        #expect(index.lastSequence == 2)
        index.append(rows)
        #expect(index.count == 4, "rows 1 and 2 again changed nothing")
        #expect(index.lastSequence == 4)
        #expect(index.counts(of: "help_channels", in: index.rows(.all)) == ["desk": 2, "chat": 1])
        var other = ResponseIndex(survey: "another-survey", definition: Self.definition)
        other.append(rows)
        #expect(other.count == 0, "rows of another survey are not taken in")
    }

    @Test("a batch taken in on two cores and joined gives the index that one row at a time gives")
    func splitBatchJoins() {
        // A small linear congruential generator: the same varied rows on every run.
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let libraries = [("lohja", "lohja-main"), ("karkkila", "karkkila-main"), ("vihti", "vihti-main")]
        let rows: [IndexedResponse] = (1...3_001).map { sequence in
            var answers: Answers = [:]
            if next(5) > 0 { answers["grade"] = .integer(4 + next(7)) }
            if next(3) > 0 { answers["nps"] = .integer(next(11)) }
            if next(2) == 0 { answers["help_channels"] = .list([.text(["desk", "chat", "phone"][next(3)]), .text("desk")]) }
            if next(10) == 0 { answers["best_moment"] = .text("Vastaus \(sequence)") }
            // Keys the definition does not have, first seen only in the second half.
            if sequence > 2_500, next(2) == 0 { answers["retired_question"] = .text(["a", "b"][next(2)]) }
            if sequence > 2_900 { answers["retired_multi"] = .list([.integer(next(3))]) }
            let (library, outlet) = libraries[next(3)]
            return Self.row(
                Int64(sequence), wave: sequence < 1_500 ? "2017" : "2018", library: library, outlet: outlet,
                channel: next(2) == 0 ? .web : .interviewer, language: next(4) == 0 ? "sv" : "fi", day: next(30), answers: answers
            )
        }
        var joined = ResponseIndex(survey: Self.definition.id, definition: Self.definition)
        joined.append(rows, splitFrom: 2_000)
        var single = ResponseIndex(survey: Self.definition.id, definition: Self.definition)
        for row in rows { single.append([row]) }
        #expect(joined.count == 3_001 && joined.lastSequence == 3_001)
        let keys = Self.definition.answerKeys + ["retired_question", "retired_multi"]
        let selections = [
            ResponseFilter.all, ResponseFilter(waves: ["2018"]), ResponseFilter(libraries: ["vihti"], channels: ["web"]),
            ResponseFilter(answers: ["help_channels": ["chat"]]), ResponseFilter(answers: ["grade": ["9", "10"]]),
            ResponseFilter(languages: ["sv"], answers: ["retired_question": ["b"]]),
        ]
        for filter in selections {
            let selected = single.rows(filter)
            #expect(joined.rows(filter) == selected)
            for key in keys {
                #expect(joined.counts(of: key, in: selected) == single.counts(of: key, in: selected), "\(key)")
                #expect(joined.answered(key, in: selected) == single.answered(key, in: selected), "\(key)")
            }
            for field in ContextField.allCases {
                #expect(joined.counts(of: field, in: selected) == single.counts(of: field, in: selected))
            }
            #expect(joined.textAnswers(of: "best_moment", in: selected) == single.textAnswers(of: "best_moment", in: selected))
        }
        #expect(joined.counts(of: "retired_multi", in: joined.rows(.all)).values.reduce(0, +) == 101)
    }

    @Test("a bitset counts, intersects and lists rows across word boundaries")
    func bitset() {
        var a = Bitset(capacity: 130)
        for row in [0, 63, 64, 127, 129] { a.insert(row) }
        #expect(a.count == 5)
        #expect(a.rows == [0, 63, 64, 127, 129])
        let full = Bitset(capacity: 130, filled: true)
        #expect(full.count == 130)
        #expect((a & full) == a)
        var b = Bitset(capacity: 130)
        b.insert(64)
        b.insert(100)
        #expect((a & b).rows == [64])
        #expect((a | b).count == 6)
        #expect(!a.contains(130))
        a.grow(to: 200)
        #expect(a.count == 5 && a.capacity == 200)
    }
}
