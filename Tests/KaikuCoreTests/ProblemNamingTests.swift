import KaikuCore
import Testing

/// Each problem names its one field, and a new option's value is made from its label.
@Suite("Naming fields and option values")
struct ProblemNamingTests {
    static let languages = ["fi", "sv", "en"]

    static func field(_ path: String, perPage: [Int] = [2, 3]) -> ProblemField? {
        ProblemField(path: DocumentPath(path), languages: languages, questionsPerPage: perPage)
    }

    @Test("three missing labels of one question are three different fields, numbered over the survey")
    func optionLabels() {
        #expect(Self.field("pages[1].questions[0].options[2].label.fi") == ProblemField(owner: .question(number: 3, page: 2, index: 1), part: .optionLabel(3), language: "fi"))
        #expect(Self.field("pages[1].questions[0].options[2].label.sv") == ProblemField(owner: .question(number: 3, page: 2, index: 1), part: .optionLabel(3), language: "sv"))
        #expect(Self.field("pages[1].questions[0].options[0].label.fi")?.part == .optionLabel(1))
        #expect(Self.field("pages[0].questions[1].options[0].value") == ProblemField(owner: .question(number: 2, page: 1, index: 2), part: .optionValue(1)))
    }

    @Test("question texts, items, show_if, page titles and the survey's texts are named")
    func otherFields() {
        #expect(Self.field("pages[0].questions[1].text.sv") == ProblemField(owner: .question(number: 2, page: 1, index: 2), part: .questionText, language: "sv"))
        #expect(Self.field("pages[1].questions[2].items[1].text.en")?.part == .itemText(2))
        #expect(Self.field("pages[1].questions[2].show_if")?.part == .showIf)
        #expect(Self.field("pages[1].title.fi") == ProblemField(owner: .page(2), part: .pageTitle, language: "fi"))
        #expect(Self.field("thanks.sv") == ProblemField(owner: .survey, part: .thanks, language: "sv"))
    }

    @Test("a named scale's option texts and values are named by the scale")
    func scaleFields() {
        #expect(Self.field("scales.agree5[1].label.sv") == ProblemField(owner: .scale("agree5"), part: .optionLabel(2), language: "sv"))
        #expect(Self.field("scales.agree5[0].value") == ProblemField(owner: .scale("agree5"), part: .optionValue(1)))
        #expect(Self.field("scales.agree5[0].label.de") == nil)
        #expect(Self.field("scales.agree5[0]") == nil)
    }

    @Test("option rows with an empty value get one from their label, unique among the rows")
    func fillingValues() {
        func row(_ value: DocumentNode, _ fi: String, _ sv: String = "") -> DocumentNode {
            .mapping([.pair("value", value), .pair("label", .mapping([.pair("fi", .string(fi)), .pair("sv", .string(sv))]))])
        }
        let rows = [row(.string("kylla"), "Kyllä"), row(.string(""), "Kyllä"), row(.string(""), "", "Åbo"), row(.string(""), "?"), row(.integer(3), "Ei")]
        let filled = OptionValueSlug.fillingEmptyValues(of: rows, languages: ["fi", "sv"])
        #expect(filled.map { $0["value"] } == [.string("kylla"), .string("kylla_2"), .string("abo"), .string(""), .integer(3)])
    }

    @Test("a path that is no single field, or points outside the survey, names nothing")
    func notAField() {
        #expect(Self.field("pages[0].questions") == nil)
        #expect(Self.field("pages[5].questions[0].text.fi") == nil)
        #expect(Self.field("pages[0].questions[9].text.fi") == nil)
        #expect(Self.field("pages[0].questions[0].text.de") == nil)
        #expect(Self.field("scales.agree5") == nil)
        #expect(Self.field("title") == nil)
    }

    @Test("an option value is its label folded to ASCII: ä → a, ö → o, å → a")
    func slugFolds() {
        #expect(OptionValueSlug.make(from: "Lähes päivittäin", avoiding: []) == "lahes_paivittain")
        #expect(OptionValueSlug.make(from: "Åbo – Turku!", avoiding: []) == "abo_turku")
        #expect(OptionValueSlug.make(from: "Kerran viikossa tai useammin", avoiding: []) == "kerran_viikossa_tai_useammin")
        #expect(OptionValueSlug.make(from: "2–3 kertaa", avoiding: []) == "v_2_3_kertaa")
        #expect(OptionValueSlug.make(from: "Yes", avoiding: []) == "yes_")
        #expect(OptionValueSlug.make(from: "—", avoiding: []) == nil)
        #expect((OptionValueSlug.make(from: String(repeating: "pitkä ", count: 50), avoiding: []) ?? "").count <= OptionValueSlug.maximumLength)
    }

    @Test("a slug never repeats a value the question already has")
    func slugUnique() {
        #expect(OptionValueSlug.make(from: "Kyllä", avoiding: ["kylla"]) == "kylla_2")
        #expect(OptionValueSlug.make(from: "Kyllä", avoiding: ["kylla", "kylla_2"]) == "kylla_3")
    }
}
