import KaikuCore
import Testing

/// The survey editor's edits of a draft document: pure operations on the tree.
@Suite("editing a definition document")
struct DocumentEditingTests {
    private func lukki() throws -> SurveyDocument {
        SurveyDocument(try Fixtures.lukkiSurvey())
    }

    @Test("a path reads and writes the same notation as a problem's path")
    func pathRoundTrip() throws {
        let path = DocumentPath("pages[2].questions[4].show_if")
        #expect(path.components == [.key("pages"), .index(2), .key("questions"), .index(4), .key("show_if")])
        #expect(path.description == "pages[2].questions[4].show_if")
        #expect(DocumentPath("scales.agree5[0].label").components == [.key("scales"), .key("agree5"), .index(0), .key("label")])
        #expect(DocumentPath("").components.isEmpty)
    }

    @Test("set writes a value, creates missing map keys and removes a key given nil")
    func setAndRemove() throws {
        var node = DocumentNode.mapping([.pair("id", .string("a"))])
        try node.set(.string("Hei"), at: DocumentPath("title.fi"))
        #expect(node[path: DocumentPath("title.fi")] == .string("Hei"))
        try node.set(nil, at: DocumentPath("id"))
        #expect(node.keys == ["title"])
        #expect(throws: DocumentEditError.noSuchPlace("pages[3]")) { try node.set(.null, at: DocumentPath("pages[3]")) }
    }

    @Test("insert, remove and move work within a list and refuse places that do not exist")
    func listEdits() throws {
        var node = DocumentNode.mapping([])
        try node.insert(.string("a"), inListAt: DocumentPath("list"))
        try node.insert(.string("b"), inListAt: DocumentPath("list"))
        try node.insert(.string("c"), at: 0, inListAt: DocumentPath("list"))
        #expect(node["list"] == .sequence([.string("c"), .string("a"), .string("b")]))
        try node.move(from: 0, to: 2, inListAt: DocumentPath("list"))
        #expect(node["list"] == .sequence([.string("a"), .string("b"), .string("c")]))
        try node.remove(at: 1, inListAt: DocumentPath("list"))
        #expect(node["list"] == .sequence([.string("a"), .string("c")]))
        #expect(throws: DocumentEditError.noSuchPlace("list[5]")) { try node.remove(at: 5, inListAt: DocumentPath("list")) }
        #expect(node["list"] == .sequence([.string("a"), .string("c")]))
    }

    @Test("renaming a question rewrites its show_if references and forms, but not quoted values")
    func renameQuestion() throws {
        var document = try lukki()
        try document.renameQuestion("used_self_service_machines", to: "machines")
        let effort = try #require(document.place(ofQuestion: "effort_self_service"))
        #expect(document.root[path: effort.path.appending("show_if")] == .string("machines == 'yes'"))
        #expect(document.place(ofQuestion: "used_self_service_machines") == nil)
        #expect(document.problems.isEmpty)
        try document.renameQuestion("grade", to: "school_grade")
        #expect(document.root["forms"]?["doorstep"]?.elements.contains(.string("school_grade")) == true)
        #expect(document.problems.isEmpty)
        #expect(ShowIfRenaming.rename("staff", to: "people", in: "staff.friendly >= 4 and x == 'staff'") == "people.friendly >= 4 and x == 'staff'")
    }

    @Test("renaming to an id another question has changes only the question, and the duplicate is reported")
    func renameToTaken() throws {
        var document = try lukki()
        try document.renameQuestion("nps", to: "grade")
        #expect(document.problems.contains { if case .duplicateQuestion("grade", _) = $0.kind { true } else { false } })
        #expect(document.root["forms"]?["doorstep"]?.elements.contains(.string("nps")) == true)
    }

    @Test("removing a question takes it out of forms; a show_if naming it is then reported")
    func removeQuestion() throws {
        var document = try lukki()
        try document.removeQuestion("used_self_service_machines")
        #expect(document.place(ofQuestion: "used_self_service_machines") == nil)
        let problems = document.problems
        #expect(problems.contains { $0.kind == .showIfUnknownQuestion("used_self_service_machines") })
        #expect(!problems.contains { if case .unknownFormQuestion = $0.kind { true } else { false } })
    }

    @Test("moving a question up past the top of its page puts it last on the page before")
    func moveAcrossPages() throws {
        var document = try lukki()
        try document.moveQuestion("grade", by: -1)
        #expect(document.place(ofQuestion: "grade") == QuestionPlace(id: "grade", page: 0, index: 1))
        try document.moveQuestion("grade", by: 1)
        #expect(document.place(ofQuestion: "grade") == QuestionPlace(id: "grade", page: 1, index: 0))
        try document.moveQuestion("nps", by: 1)
        #expect(document.place(ofQuestion: "nps") == QuestionPlace(id: "nps", page: 1, index: 2))
    }

    @Test("changing a question's type drops the fields it no longer uses and adds the ones it needs")
    func changeType() throws {
        var document = try lukki()
        try document.changeType(ofQuestion: "three_words", to: .choice)
        let place = try #require(document.place(ofQuestion: "three_words"))
        #expect(document.root[path: place.path.appending("options")]?.elements.count == 2)
        try document.changeType(ofQuestion: "three_words", to: .number)
        #expect(document.root[path: place.path]?.keys == ["id", "type", "text"])
        #expect(document.problems.isEmpty)
    }

    @Test("setting a question's forms keeps each form in the survey's order")
    func setForms() throws {
        var document = try lukki()
        try document.setForms(ofQuestion: "three_words", to: ["doorstep"])
        let doorstep = document.root["forms"]?["doorstep"]?.elements.compactMap(\.scalarText) ?? []
        #expect(doorstep.firstIndex(of: "three_words").map { $0 > doorstep.firstIndex(of: "nps")! } == true)
        try document.setForms(ofQuestion: "three_words", to: [])
        #expect(!(document.root["forms"]?["doorstep"]?.elements.contains(.string("three_words")) ?? true))
    }

    @Test("a new survey lists what it still needs, each at its place")
    func newSurvey() throws {
        var document = SurveyDocument.new(id: "kirjastokysely", title: ["fi": "Kysely", "sv": "Enkät"], languages: ["fi", "sv", "en"])
        #expect(document.problems.map(\.description).sorted() == [
            "pages[0].questions: questions must not be empty",
            "title: missing translation for 'en'",
        ])
        let question = SurveyDocument.question(id: document.unusedQuestionID(), type: .scale, languages: document.languages, scales: [])
        try document.root.insert(question, inListAt: DocumentPath("pages[0].questions"))
        #expect(document.place(ofQuestion: "q1") != nil)
        #expect(document.scaleNames == StarterScales.names, "the starter scales are ready, and complete in every language")
        #expect(document.problems.contains(DefinitionProblem("pages[0].questions[0].options[0].label", .missingTranslation("fi"))))
    }

    @Test("the Lukki survey written as YAML parses back to the same definition")
    func yamlRoundTrip() throws {
        let survey = try Fixtures.lukkiSurvey()
        let yaml = survey.document.yaml
        #expect(yaml.contains("value: \"yes\""))
        #expect(try SurveyDefinitionParser.parse(yaml) == survey)
    }
}

@Suite("editing named scales")
struct ScaleEditingTests {
    @Test("renaming a scale renames every question's reference; a taken name is refused")
    func renameScale() throws {
        var document = SurveyDocument(try Fixtures.lukkiSurvey())
        try document.renameScale("agree5", to: "samaa_mielta")
        #expect(document.scaleNames.contains("samaa_mielta"))
        #expect(!document.scaleNames.contains("agree5"))
        #expect(document.problems.isEmpty)
        #expect(throws: DocumentEditError.nameTaken("effort7")) { try document.renameScale("samaa_mielta", to: "effort7") }
    }
}
