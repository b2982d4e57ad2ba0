import Foundation
import KaikuCore
import Testing

/// The UI texts (`{fi,sv,en}.json` and `AREA.{fi,sv,en}.json` in KaikuWeb's `Shared/Resources` and each feature's `Resources`, and the services' own) and number formats.
@Suite("catalogue and number formats")
struct CatalogueTests {
    /// One problem of every kind, with both one-sided ranges, which have messages of their own.
    static let everyAnswerProblem: [AnswerProblem] = [
        AnswerProblem(key: "grade", .required),
        AnswerProblem(key: "age", .notAnOption("99")),
        AnswerProblem(key: "grade", .notANumber),
        AnswerProblem(key: "grade", .notAWholeNumber),
        AnswerProblem(key: "nps", .outOfRange(minimum: 0, maximum: 10)),
        AnswerProblem(key: "visits", .outOfRange(minimum: 1, maximum: nil)),
        AnswerProblem(key: "visits", .outOfRange(minimum: nil, maximum: 365)),
        AnswerProblem(key: "grade", .notApplicableNotAllowed),
        AnswerProblem(key: "help_channels", .expectedList),
        AnswerProblem(key: "age", .expectedSingle),
        AnswerProblem(key: "help_channels", .repeatedChoice("desk")),
        AnswerProblem(key: "best_moment", .tooLong(maximum: 5_000)),
        AnswerProblem(key: "best_moment", .controlCharacters),
        AnswerProblem(key: "effort_self_service", .hidden),
        AnswerProblem(key: "help_channels", .notInForm),
        AnswerProblem(key: "colour", .unknownKey),
        AnswerProblem(key: "outlet", .unknownOutlet("helsinki-main")),
    ]

    private func files() throws -> [String: [String: String]] {
        var texts: [String: [String: String]] = [:]
        let files = try Fixtures.localeFiles()
        for language in Catalogue.languages {
            for (name, data) in files where name == "\(language).json" || name.hasSuffix(".\(language).json") {
                texts[language, default: [:]].merge(try JSONDecoder().decode([String: String].self, from: data)) { first, _ in first }
            }
        }
        return texts
    }

    /// The `{name}` placeholders of a text.
    private func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    @Test("fi, sv and en have exactly the same keys")
    func sameKeys() throws {
        let catalogue = try Catalogue(files: Fixtures.localeFiles())
        let finnish = catalogue.keys(of: "fi")
        #expect(!finnish.isEmpty)
        #expect(catalogue.keys(of: "sv").symmetricDifference(finnish).sorted() == [])
        #expect(catalogue.keys(of: "en").symmetricDifference(finnish).sorted() == [])
    }

    @Test("a key defined in two files of one language is refused")
    func duplicateKeyAcrossFiles() throws {
        let files = Catalogue.languages.map { (name: "\($0).json", data: Data(#"{"hello": "hei"}"#.utf8)) }
            + [(name: "editor.fi.json", data: Data(#"{"hello": "moi"}"#.utf8))]
        #expect(throws: CatalogueError.duplicateKey("hello", language: "fi", file: "editor.fi.json")) {
            try Catalogue(files: files)
        }
    }

    @Test("area files merge into their language")
    func areaFilesMerge() throws {
        let files = Catalogue.languages.map { (name: "\($0).json", data: Data(#"{"hello": "hei"}"#.utf8)) }
            + [(name: "editor.sv.json", data: Data(#"{"bye": "hej då"}"#.utf8))]
        let catalogue = try Catalogue(files: files)
        #expect(catalogue.text("bye", in: "sv") == "hej då")
        #expect(catalogue.keys(of: "sv") == ["hello", "bye"])
        #expect(catalogue.keys(of: "fi") == ["hello"])
    }

    @Test("no text is empty or only spaces")
    func noEmptyTexts() throws {
        for (language, texts) in try files() {
            let empty = texts.filter { $0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.keys.sorted()
            #expect(empty == [], "\(language)")
        }
    }

    @Test("each key has the same placeholders in every language")
    func samePlaceholders() throws {
        let texts = try files()
        let finnish = try #require(texts["fi"])
        #expect(placeholders(in: "Anna luku väliltä {min}–{max}. {") == ["min", "max"])
        for (key, text) in finnish {
            let expected = placeholders(in: text)
            for language in ["sv", "en"] {
                #expect(placeholders(in: texts[language]?[key] ?? "") == expected, "\(language): \(key)")
            }
        }
    }

    @Test("every answer problem has a message in every language, naming exactly the values it is given")
    func answerProblemMessages() throws {
        let texts = try files()
        #expect(Set(Self.everyAnswerProblem.map(\.code)).count == 15)
        #expect(Set(Self.everyAnswerProblem.map(\.message.key)).count == 17)
        for problem in Self.everyAnswerProblem {
            let message = problem.message
            for language in Catalogue.languages {
                let text = try #require(texts[language]?[message.key], "\(language) has no \(message.key)")
                #expect(placeholders(in: text) == Set(message.arguments.keys), "\(language): \(message.key)")
            }
        }
        for code in Self.everyAnswerProblem.map(\.code) {
            #expect(texts["en"]?["answer_\(code)"] != nil, "answer_\(code)")
        }
    }

    @Test("a number is filled in with a decimal comma in Finnish and Swedish and a point in English")
    func decimalSeparator() throws {
        let catalogue = try Catalogue(files: Fixtures.localeFiles())
        #expect(catalogue.text("answer_too_small", in: "fi", ["min": .number(2.5)]) == "Luvun on oltava vähintään 2,5.")
        #expect(catalogue.text("answer_too_small", in: "sv", ["min": .number(2.5)]) == "Talet måste vara minst 2,5.")
        #expect(catalogue.text("answer_too_small", in: "en", ["min": .number(2.5)]) == "The number must be at least 2.5.")
        let nps = AnswerProblem(key: "nps", .outOfRange(minimum: 0, maximum: 10)).message
        #expect(catalogue.text(nps, in: "fi") == "Anna luku väliltä 0–10.")
        #expect(catalogue.text(nps, in: "sv") == "Ange ett tal mellan 0 och 10.")
        let unknown = AnswerProblem(key: "colour", .unknownKey).message
        #expect(catalogue.text(unknown, in: "en") == #"The survey has no question "colour"."#)
    }

    @Test("a missing text falls back to Finnish, then to the key itself")
    func fallbacks() {
        let catalogue = Catalogue(texts: ["fi": ["hello": "Hei {name}"], "sv": [:]])
        #expect(catalogue.text("hello", in: "sv", ["name": "Aino"]) == "Hei Aino")
        #expect(catalogue.text("missing_key", in: "fi") == "missing_key")
        #expect(catalogue.supports("sv"))
        #expect(!catalogue.supports("en"))
    }

    @Test("grouped writes 1500 as 1 500 with a no-break space in fi and sv, and 1,500 in en")
    func groupedNumbers() {
        #expect(NumberFormat.grouped(1500, in: "fi") == "1\u{00A0}500")
        #expect(NumberFormat.grouped(1500, in: "sv") == "1\u{00A0}500")
        #expect(NumberFormat.grouped(1500, in: "en") == "1,500")
        #expect(NumberFormat.grouped(1_234_567, in: "en") == "1,234,567")
        #expect(NumberFormat.grouped(999, in: "fi") == "999")
        #expect(NumberFormat.grouped(-310_000, in: "fi") == "\u{2212}310\u{00A0}000")
    }

    @Test("format writes decimals with the language's separator and a real minus sign")
    func formattedNumbers() {
        #expect(NumberFormat.format(8.25, in: "fi") == "8,25")
        #expect(NumberFormat.format(8.25, in: "en") == "8.25")
        #expect(NumberFormat.format(9, in: "sv") == "9")
        #expect(NumberFormat.format(-2.5, in: "fi") == "\u{2212}2,5")
        #expect(NumberFormat.format(3.14159, in: "en", decimals: 2) == "3.14")
        #expect(NumberFormat.format(3.14159, in: "fi", decimals: 1) == "3,1")
    }
}
