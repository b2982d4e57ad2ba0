/// Where the pages, questions and form entries of a definition were written in its document.
/// Something that could not be read is left out of the definition, so counting what is left
/// would point the problems after it at the wrong place.
struct SourcePaths {
    /// Per page: its path and the paths of its questions.
    var pages: [(path: String, questions: [String])] = []
    /// Per form name: the path of each question id kept.
    var forms: [String: [String]] = [:]

    func page(_ index: Int) -> String {
        pages.indices.contains(index) ? pages[index].path : "pages[\(index)]"
    }

    func question(_ index: Int, onPage page: Int) -> String {
        guard pages.indices.contains(page), pages[page].questions.indices.contains(index) else {
            return "\(self.page(page)).questions[\(index)]"
        }
        return pages[page].questions[index]
    }

    func formEntry(_ index: Int, of form: String) -> String {
        guard let paths = forms[form], paths.indices.contains(index) else { return "forms.\(form)[\(index)]" }
        return paths[index]
    }
}

/// The rules that span a whole definition: unique ids, `show_if` references and forms.
struct DefinitionChecks {
    let definition: SurveyDefinition
    let paths: SourcePaths
    private(set) var problems: [DefinitionProblem] = []

    init(definition: SurveyDefinition, paths: SourcePaths = SourcePaths()) {
        self.definition = definition
        self.paths = paths
    }

    mutating func run() {
        checkScales()
        checkPagesAndQuestions()
        checkForms()
    }

    private mutating func checkScales() {
        var seen: Set<String> = []
        for scale in definition.scales where !seen.insert(scale.name).inserted {
            problems.append(DefinitionProblem("scales.\(scale.name)", .duplicateScale(scale.name)))
        }
    }

    private mutating func checkPagesAndQuestions() {
        var pageIDs: Set<String> = []
        var firstPath: [String: String] = [:]
        /// Questions that come before the one being checked, by id.
        var earlier: [String: Question] = [:]
        for (pageIndex, page) in definition.pages.enumerated() {
            let pagePath = paths.page(pageIndex)
            if !pageIDs.insert(page.id).inserted {
                problems.append(DefinitionProblem("\(pagePath).id", .duplicatePage(page.id)))
            }
            for (index, question) in page.questions.enumerated() {
                let path = paths.question(index, onPage: pageIndex)
                if let first = firstPath[question.id] {
                    problems.append(DefinitionProblem("\(path).id", .duplicateQuestion(question.id, firstAt: first)))
                } else {
                    firstPath[question.id] = path
                }
                if let condition = question.showIf {
                    checkShowIf(condition, at: "\(path).show_if", earlier: earlier)
                }
                earlier[question.id] = earlier[question.id] ?? question
            }
        }
    }

    private mutating func checkShowIf(_ condition: ShowIfCondition, at path: String, earlier: [String: Question]) {
        for key in condition.expression.referencedKeys {
            let questionID = String(key.split(separator: ".").first ?? "")
            guard definition.question(questionID) != nil else {
                problems.append(DefinitionProblem(path, .showIfUnknownQuestion(questionID)))
                continue
            }
            guard earlier[questionID] != nil else {
                problems.append(DefinitionProblem(path, .showIfLaterQuestion(questionID)))
                continue
            }
            guard definition.target(ofKey: key) != nil else {
                problems.append(DefinitionProblem(path, keyProblem(key, questionID: questionID)))
                continue
            }
        }
        for use in condition.expression.uses {
            guard let target = definition.target(ofKey: use.key), earlier[target.question.id] != nil else { continue }
            let question = target.question
            switch use {
            case .has(_, let value):
                if question.type != .multi {
                    problems.append(DefinitionProblem(path, .showIfNotMulti(use.key)))
                } else {
                    checkValue(value.canonical, of: use.key, question: question, at: path)
                }
            case .ordering:
                if !isNumeric(target) {
                    problems.append(DefinitionProblem(path, .showIfNotNumeric(use.key)))
                }
            case .equality(_, let value):
                checkValue(value.canonical, of: use.key, question: question, at: path)
            }
        }
    }

    /// Why `key` names no answer of the (known) question `questionID`: an item it does not have,
    /// or a key that stops short of one answer (`staff` of a matrix, `services.courtesy` of an
    /// importance–performance question).
    private func keyProblem(_ key: String, questionID: String) -> DefinitionProblem.Kind {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let question = definition.question(questionID)
        if parts.count > 1, !(question?.items.contains { $0.id == parts[1] } ?? false) {
            return .showIfUnknownItem(parts[1], question: questionID)
        }
        if let example = question?.answerKeys.first(where: { $0.hasPrefix("\(key).") }) {
            return .showIfIncompleteKey(key, example: example)
        }
        return .showIfUnknownItem(parts.dropFirst().joined(separator: "."), question: questionID)
    }

    /// Numeric answers: NPS, grade, number, and scales, matrix or importance–performance items
    /// whose options are all numbers (a scale of words cannot be compared with `<`).
    private func isNumeric(_ target: AnswerKeyTarget) -> Bool {
        let question = target.question
        if question.type.isNumeric && question.type != .scale { return true }
        guard [.scale, .matrix, .importancePerformance].contains(question.type) else { return false }
        let options = target.options
        return !options.isEmpty && options.allSatisfy { if case .integer = $0.value { true } else { false } }
    }

    /// A literal compared with an option-based answer must be one of its options (or "na").
    private mutating func checkValue(_ value: String, of key: String, question: Question, at path: String) {
        guard let target = definition.target(ofKey: key) else { return }
        let options = target.options
        guard question.type.takesOptions || question.type == .importancePerformance else { return }
        let allowed = Set(options.map(\.value.canonical)).union(question.notApplicable ? ["na"] : [])
        if !allowed.contains(value) {
            problems.append(DefinitionProblem(path, .showIfUnknownValue(value, question: key)))
        }
    }

    private mutating func checkForms() {
        let ids = Set(definition.questions.map(\.id))
        for form in definition.forms {
            var seen: Set<String> = []
            for (index, id) in form.questionIDs.enumerated() {
                let path = paths.formEntry(index, of: form.name)
                if !ids.contains(id) {
                    problems.append(DefinitionProblem(path, .unknownFormQuestion(id)))
                } else if !seen.insert(id).inserted {
                    problems.append(DefinitionProblem(path, .duplicateFormQuestion(id)))
                }
            }
        }
    }
}
